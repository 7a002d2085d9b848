"""Export the whole graph, or a query result, as JSON or GraphML (Gephi, yEd)."""
from __future__ import annotations

import io
import json

import networkx as nx


def to_networkx(export: dict) -> nx.MultiDiGraph:
    """A store's export() as a networkx graph with GraphML-safe attributes."""
    g = nx.MultiDiGraph()
    for n in export["nodes"]:
        g.add_node(n["id"], labels=":".join(n["labels"]), **_scalars(n["properties"]))
    for r in export["relationships"]:
        g.add_edge(r["start"], r["end"], key=r["type"], type=r["type"], **_scalars(r["properties"]))
    return g


def _scalars(props: dict) -> dict:
    """GraphML holds str/int/float/bool only: lists become JSON text, None is left out."""
    out = {}
    for k, v in props.items():
        if v is None:
            continue
        out[k] = json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
    return out


def graphml(export: dict) -> str:
    buf = io.BytesIO()
    nx.write_graphml(to_networkx(export), buf, encoding="utf-8")
    return buf.getvalue().decode("utf-8")


def as_json(export: dict) -> str:
    return json.dumps(export, ensure_ascii=False, indent=1)


def rows_graphml(rows: list[dict], name: str) -> str:
    """A query result as GraphML: one node per row, so it opens in the same tools."""
    return graphml({"nodes": [{"id": f"{name}:{i}", "labels": [name], "properties": row} for i, row in enumerate(rows)],
                    "relationships": []})
