"""Neighbours along one relationship type in the embedded store's networkx graph (a MultiDiGraph
whose edge keys are relationship types), shared by the questions and the write executor.

They read networkx's adjacency dicts (`_succ`/`_pred`: neighbour -> {key: data}) directly, in
the order `out_edges`/`in_edges` give (nothing for a node not in the graph): building an edge view per call cost ~10 µs, most of a
question's time on a large graph, where a question follows hundreds of thousands of edges."""
from __future__ import annotations

import networkx as nx


def out_nodes(g: nx.MultiDiGraph, n: str, rtype: str) -> list[str]:
    """The ends of n's outgoing `rtype` relationships."""
    return [v for v, keys in g._succ.get(n, {}).items() if rtype in keys]


def in_nodes(g: nx.MultiDiGraph, n: str, rtype: str) -> list[str]:
    """The starts of n's incoming `rtype` relationships."""
    return [u for u, keys in g._pred.get(n, {}).items() if rtype in keys]
