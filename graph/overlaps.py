"""Cross-policy overlaps: two measures of different policies that fund the same thing.

Pure: measures in, scored pairs and clusters out. Three signals, each in [0, 1]:
  - kind: cosine similarity of the support-type cue counts (extraction/data/support_types.json)
    over heading (x3) and text: what the money is for (算力券, 房租, 研发投入, 平台, 活动…);
  - sectors: overlap coefficient |A∩B| / min(|A|, |B|) of the measures' sectors (a clause that
    lists six sectors still targets the one it shares); 数字经济, which nearly every clause
    names, is left out, and a measure with no specific sector counts as neutral (0.5);
  - text: cosine of TF-IDF-weighted character bigrams (digits and punctuation removed; IDF over
    the measures compared), so shared rare terms (算力券, 育新基地) weigh more than 给予/支持;
    near-identical clauses overlap on this alone.
score = 0.4 kind + 0.35 sectors + 0.25 min(1, 2 text), or the text similarity itself when that
is higher; pairs scoring >= THRESHOLD are overlaps. Clusters are the connected components of
the overlap graph after dropping edges below CLUSTER_THRESHOLD, so that clusters stay tight.
The weights and thresholds were set by hand on tests/gold/overlap_pairs.json (labelled first).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

import networkx as nx

from extraction.lexicons import support_types

THRESHOLD = 0.50
CLUSTER_THRESHOLD = 0.65
WEIGHTS = {"kind": 0.40, "sectors": 0.35, "text": 0.25}
GENERIC_SECTORS = frozenset({"数字经济"})
_NOISE = re.compile(r"[\d\s\W_a-zA-Z]+")


@dataclass(frozen=True)
class MeasureInfo:
    id: str
    policy_id: str
    region: str | None
    non_cumulative: bool
    heading: str | None
    text: str
    sectors: tuple[str, ...]


@dataclass(frozen=True)
class Overlap:
    a: str
    b: str
    score: float
    basis: tuple[str, ...]
    same_region: bool
    non_cumulative: bool


@lru_cache(maxsize=None)
def _cues() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((name, tuple(cues)) for name, cues in support_types().items())


def _kind_vector(heading: str | None, text: str) -> dict[str, float]:
    vec = {}
    for name, cues in _cues():
        score = sum(3 * (heading or "").count(c) + text.count(c) for c in cues)
        if score:
            vec[name] = float(score)
    return vec


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    na, nb = math.sqrt(sum(v * v for v in a.values())), math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def _bigrams(text: str) -> Counter[str]:
    clean = _NOISE.sub("", text)
    return Counter(clean[i:i + 2] for i in range(len(clean) - 1))


def _tfidf(texts: list[str]) -> list[dict[str, float]]:
    counts = [_bigrams(t) for t in texts]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(texts)
    return [{k: (1 + math.log(v)) * (math.log((n + 1) / (df[k] + 1)) + 1) for k, v in c.items()} for c in counts]


def _sector_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.5  # no specific sector named: neither a match nor a mismatch
    return len(a & b) / min(len(a), len(b))


def find_overlaps(measures: list[MeasureInfo], threshold: float = THRESHOLD) -> list[Overlap]:
    ordered = sorted(measures, key=lambda m: m.id)
    vectors = _tfidf([m.text for m in ordered])
    prepared = [(m, _kind_vector(m.heading, m.text), frozenset(m.sectors) - GENERIC_SECTORS, v)
                for m, v in zip(ordered, vectors)]
    found = []
    for (a, ka, sa, ta), (b, kb, sb, tb) in combinations(prepared, 2):
        if a.policy_id == b.policy_id:
            continue
        kind, sectors, text = _cosine(ka, kb), _sector_overlap(sa, sb), _cosine(ta, tb)
        score = WEIGHTS["kind"] * kind + WEIGHTS["sectors"] * sectors + WEIGHTS["text"] * min(1.0, 2 * text)
        score = max(score, text)
        if score < threshold:
            continue
        basis = [f"kind {kind:.2f}", f"sectors {sectors:.2f}" + (f" ({'、'.join(sorted(sa & sb))})" if sa & sb else ""),
                 f"text {text:.2f}"]
        same_region = bool(a.region) and a.region == b.region
        found.append(Overlap(a.id, b.id, round(score, 4), tuple(basis), same_region,
                             same_region and (a.non_cumulative or b.non_cumulative)))
    return found


def clusters(overlaps: list[Overlap], threshold: float = CLUSTER_THRESHOLD) -> list[list[str]]:
    """Groups of measures that fund the same thing, largest first, members sorted."""
    g = nx.Graph()
    g.add_edges_from((o.a, o.b) for o in overlaps if o.score >= threshold)
    groups = [sorted(c) for c in nx.connected_components(g)]
    return sorted(groups, key=lambda c: (-len(c), c[0]))


def cluster_id(members: list[str]) -> str:
    import hashlib

    return "ovl_" + hashlib.sha1("\x1f".join(sorted(members)).encode("utf-8")).hexdigest()[:10]


def overlap_rows(measures: list[MeasureInfo]) -> tuple[list[dict], dict[str, str]]:
    """What a store writes: relationship rows (with their cluster) and measure id -> cluster."""
    found = find_overlaps(measures)
    member_of = {m: cluster_id(c) for c in clusters(found) for m in c}
    rows = []
    for o in found:
        same = member_of.get(o.a) is not None and member_of.get(o.a) == member_of.get(o.b)
        rows.append({"a": o.a, "b": o.b, "props": {
            "score": o.score, "basis": list(o.basis), "same_region": o.same_region,
            "non_cumulative": o.non_cumulative, "cluster": member_of[o.a] if same else None, "rule": "overlaps.v1"}})
    return rows, member_of
