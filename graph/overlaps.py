"""Cross-policy overlaps: two measures of different policies that fund the same kind of thing
for the same object.

Pure: measures in, explained pairs and bounded groups out.
  - kind: what the money is for (算力券, 房租, 研发投入, 举办活动, 称号, 升规…): cue counts from
    extraction/data/overlap_terms.json over the heading (x3) and the text, each measure's kinds
    being those within KIND_SHARE of its best; two measures share a kind when it is a kind of both;
  - object: what specifically is funded: the measure's sectors plus titles, programmes,
    technologies and facilities named in it (专精特新, 算力券, 育新基地, 具身智能, 电竞场馆…);
    generic words are neither kinds nor objects, so a measure for "enterprises" in general has no
    object and overlaps nothing but a near-copy of itself;
  - text: cosine of TF-IDF-weighted character bigrams (digits and punctuation removed), so that
    shared rare terms weigh more than 给予/支持.
A pair is a candidate only when the two measures share a kind and an object (blocking on
(kind, object) keys, so the cost grows with the measures that share a key, not with all pairs),
or when their texts are near copies. Its score is
  W_KIND * kind + W_OBJECT * object + W_TEXT * min(1, 2 text)
(kind: the weaker of the shared kind's two weights; object: |A∩B| / min(|A|, |B|)); pairs
scoring >= THRESHOLD overlap, and each OVERLAPS keeps its basis (the shared kinds and objects).
Each measure keeps its TOP_K best partners (a pair stays if either side keeps it), and groups are
Louvain communities of that graph, split again until none has more than MAX_GROUP measures, so
groups never chain into hairballs. Constants were set on the `tune` split of
tests/gold/overlap_pairs_v2.json (labelled first); the `held_out` split is only reported.
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

import networkx as nx

from extraction.lexicons import overlap_terms, sectors

THRESHOLD = 0.55
NEAR_COPY = 0.6  # text cosine at which two clauses are the same clause whatever their cues
KIND_SHARE = 0.34
W_KIND, W_OBJECT, W_TEXT = 0.40, 0.50, 0.10
TOP_K = 8
MAX_GROUP = 12
RULE = "overlaps.v2"
_NOISE = re.compile(r"[\d\s\W_]+")


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
    kinds: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()


@dataclass(frozen=True)
class Profile:
    kinds: dict[str, float]  # kind (group) -> weight relative to the measure's best kind (1.0)
    objects: dict[str, float]  # sector or designation -> weight relative to the best object (1.0)
    designations: frozenset[str]  # the objects that are titles, programmes or facilities


@dataclass(frozen=True)
class _Terms:
    kinds: tuple[tuple[str, tuple[str, ...]], ...]
    designations: tuple[tuple[str, tuple[str, ...]], ...]
    sectors: dict[str, tuple[str, ...]]
    group: dict[str, str]
    broad: frozenset[str]
    self_object: frozenset[str]


@lru_cache(maxsize=None)
def _terms() -> _Terms:
    t = overlap_terms()
    return _Terms(tuple((k, tuple(v)) for k, v in t["kinds"].items()),
                  tuple((k, tuple(v)) for k, v in t["objects"].items()),
                  {k: tuple(v) for k, v in sectors().items()}, dict(t["kind_groups"]), frozenset(t["broad_sectors"]),
                  frozenset(t["self_object_kinds"]))


_FUNDING = re.compile(r"万元|亿元|%|给予|奖励|补贴|补助|资助|支持资金|贴息")
_SENTENCE = re.compile(r"[^。；;!！?？]+[。；;!！?？]?")


def _weighted(heading: str, text: str, cues: tuple[str, ...]) -> int:
    """Cue count: 3 in the heading, 2 in a sentence that gives money, 1 elsewhere."""
    score = 3 * sum(heading.count(c) for c in cues)
    for sentence in _SENTENCE.findall(text):
        n = sum(sentence.count(c) for c in cues)
        if n:
            score += n * (2 if _FUNDING.search(sentence) else 1)
    return score


def _relative(raw: dict[str, int]) -> dict[str, float]:
    best = max(raw.values(), default=0)
    return {k: round(v / best, 4) for k, v in raw.items() if v >= KIND_SHARE * best}


def profile(m: MeasureInfo) -> Profile:
    terms = _terms()
    heading, text = m.heading or "", m.text
    kinds: dict[str, int] = {}
    for name, cues in terms.kinds:
        s = _weighted(heading, text, cues)
        if s:
            group = terms.group.get(name, name)
            kinds[group] = max(kinds.get(group, 0), s)
    objects: dict[str, int] = {}
    designations = set()
    for name, cues in terms.designations:
        s = _weighted(heading, text, cues)
        if s:
            objects[name] = s
            designations.add(name)
    for name in set(m.sectors) - terms.broad:
        objects[name] = max(objects.get(name, 0), _weighted(heading, text, terms.sectors.get(name, (name,))), 1)
    return Profile(_relative(kinds), _relative(objects), frozenset(designations))


def _bigrams(text: str) -> Counter[str]:
    clean = _NOISE.sub("", text)
    return Counter(clean[i:i + 2] for i in range(len(clean) - 1))


def _tfidf(texts: list[str]) -> list[dict[str, float]]:
    counts = [_bigrams(t) for t in texts]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(texts)
    out = []
    for c in counts:
        v = {k: (1 + math.log(x)) * (math.log((n + 1) / (df[k] + 1)) + 1) for k, x in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out.append({k: x / norm for k, x in v.items()})
    return out


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def _candidates(profiles: list[Profile], vectors: list[dict[str, float]], policies: list[str]) -> set[tuple[int, int]]:
    """Pairs sharing a (kind, object) key, plus near copies (pairs sharing their rarest bigrams)."""
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        for k in p.kinds:
            for o in p.objects:
                blocks[(k, o)].append(i)
        if not p.objects or set(p.kinds) & _terms().self_object:  # compared on the kind alone (see find_overlaps)
            for k in p.kinds:
                blocks[(k, "")].append(i)
        if not p.kinds:  # compared on the designations it names (see find_overlaps)
            for d in p.designations:
                blocks[("designation", d)].append(i)
        for d in p.designations:
            blocks[("designated", d)].append(i)
    # near copies share most of their heaviest bigrams: block on each measure's three heaviest
    for i, v in enumerate(vectors):
        for g in sorted(v, key=lambda k: (-v[k], k))[:3]:
            blocks[("text", g)].append(i)
    pairs = set()
    for members in blocks.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if policies[i] != policies[j]:
                    pairs.add((i, j) if i < j else (j, i))
    return pairs


def find_overlaps(measures: list[MeasureInfo], threshold: float = THRESHOLD) -> list[Overlap]:
    ordered = sorted(measures, key=lambda m: m.id)
    profiles = [profile(m) for m in ordered]
    vectors = _tfidf([f"{m.heading or ''} {m.text}" for m in ordered])
    found = []
    for i, j in sorted(_candidates(profiles, vectors, [m.policy_id for m in ordered])):
        a, b, pa, pb = ordered[i], ordered[j], profiles[i], profiles[j]
        text = _cosine(vectors[i], vectors[j])
        shared_kinds = sorted(set(pa.kinds) & set(pb.kinds))
        shared_objects = sorted(set(pa.objects) & set(pb.objects))
        if not shared_kinds and (not pa.kinds or not pb.kinds) and pa.designations & pb.designations:
            # no funding cue on one side, but the same title or programme named: that is the kind
            shared_kinds = sorted(pa.designations & pb.designations)
            kind = 1.0
        elif shared_kinds:
            kind = max(min(pa.kinds[k], pb.kinds[k]) for k in shared_kinds)
        self_named = [k for k in shared_kinds if k in _terms().self_object]
        if shared_kinds and not shared_objects and (self_named or (not pa.objects and not pb.objects)):
            # the kind names its object (算力券 is for compute), or neither names one (both for any firm)
            shared_objects = self_named or ["(any enterprise)"]
            obj = 1.0
        elif shared_objects:
            obj = max(min(pa.objects[o], pb.objects[o]) for o in shared_objects)
        if shared_kinds and shared_objects:
            score = W_KIND * kind + W_OBJECT * obj + W_TEXT * min(1.0, 2 * text)
        else:
            score = 0.0
        if text >= NEAR_COPY:
            score = max(score, text)
        if score < threshold:
            continue
        basis = ([f"kind: {'、'.join(shared_kinds)}"] if shared_kinds else []) + \
                ([f"object: {'、'.join(shared_objects)}"] if shared_objects else []) + [f"text {text:.2f}"]
        same_region = bool(a.region) and a.region == b.region
        found.append(Overlap(a.id, b.id, round(score, 4), tuple(basis), same_region,
                             same_region and (a.non_cumulative or b.non_cumulative),
                             tuple(shared_kinds), tuple(shared_objects)))
    return _best_partners(found)


def _best_partners(found: list[Overlap], k: int = TOP_K) -> list[Overlap]:
    """Keep a pair when it is among the k best of either measure (ties broken by id)."""
    by_measure: dict[str, list[Overlap]] = defaultdict(list)
    for o in found:
        by_measure[o.a].append(o)
        by_measure[o.b].append(o)
    keep = set()
    for mid, items in by_measure.items():
        items.sort(key=lambda o: (-o.score, o.a, o.b))
        keep.update((o.a, o.b) for o in items[:k])
    return [o for o in found if (o.a, o.b) in keep]


def clusters(overlaps: list[Overlap], max_size: int = MAX_GROUP) -> list[list[str]]:
    """Groups of measures that fund the same thing, largest first, members sorted: Louvain
    communities (score-weighted, fixed seed), split again until none exceeds max_size."""
    g = nx.Graph()  # built in sorted order: Louvain's result depends on the order it visits nodes
    g.add_weighted_edges_from(sorted((min(o.a, o.b), max(o.a, o.b), o.score) for o in overlaps))
    groups: list[list[str]] = []
    pending = sorted((set(c) for c in nx.connected_components(g)), key=min)
    while pending:
        nodes = pending.pop()
        if len(nodes) <= max_size:
            if len(nodes) > 1:
                groups.append(sorted(nodes))
            continue
        pending.extend(_split(_sorted_subgraph(g, nodes), max_size))
    return sorted(groups, key=lambda c: (-len(c), c[0]))


def _sorted_subgraph(g: nx.Graph, nodes: set[str]) -> nx.Graph:
    sub = nx.Graph()
    sub.add_nodes_from(sorted(nodes))
    sub.add_weighted_edges_from(sorted((min(u, v), max(u, v), d["weight"]) for u, v, d in g.subgraph(nodes).edges(data=True)))
    return sub


def _split(sub: nx.Graph, max_size: int) -> list[set[str]]:
    resolution = 1.0
    for _ in range(8):
        parts = [set(c) for c in nx.community.louvain_communities(sub, weight="weight", resolution=resolution, seed=7)]
        if len(parts) > 1:
            return sorted(parts, key=min)
        resolution *= 2
    # one community however fine the resolution: cut it into chunks along its strongest edges
    order = sorted(sub.nodes, key=lambda n: (-sub.degree(n, weight="weight"), n))
    return [set(order[i:i + max_size]) for i in range(0, len(order), max_size)]


def cluster_id(members: list[str]) -> str:
    return "ovl_" + hashlib.sha1("\x1f".join(sorted(members)).encode("utf-8")).hexdigest()[:10]


def overlap_rows(measures: list[MeasureInfo]) -> tuple[list[dict], dict[str, str]]:
    """What a store writes: relationship rows (with their group) and measure id -> group."""
    found = find_overlaps(measures)
    member_of = {m: cluster_id(c) for c in clusters(found) for m in c}
    rows = []
    for o in found:
        same = member_of.get(o.a) is not None and member_of.get(o.a) == member_of.get(o.b)
        rows.append({"a": o.a, "b": o.b, "props": {
            "score": o.score, "basis": list(o.basis), "kinds": list(o.kinds), "objects": list(o.objects),
            "same_region": o.same_region, "non_cumulative": o.non_cumulative,
            "cluster": member_of[o.a] if same else None, "rule": RULE}})
    return rows, member_of
