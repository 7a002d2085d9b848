"""Neighbours along one relationship type in the embedded store's networkx graph (a MultiDiGraph
whose edge keys are relationship types), shared by the questions and the write executor."""
from __future__ import annotations

import networkx as nx


def out_nodes(g: nx.MultiDiGraph, n: str, rtype: str) -> list[str]:
    """The ends of n's outgoing `rtype` relationships."""
    return [v for _, v, k in g.out_edges(n, keys=True) if k == rtype]


def in_nodes(g: nx.MultiDiGraph, n: str, rtype: str) -> list[str]:
    """The starts of n's incoming `rtype` relationships."""
    return [u for u, _, k in g.in_edges(n, keys=True) if k == rtype]
