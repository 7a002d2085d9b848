"""Cross-policy overlaps: two measures of different policies that fund the same kind of thing
for the same object.

Pure: measures in, explained pairs and bounded groups out.
  - kind and object: what each measure funds, its Profile (graph/overlap_profile.py); two
    measures share a kind or an object when it is one of both;
  - text: cosine of TF-IDF-weighted character bigrams (digits and punctuation removed), so that
    shared rare terms weigh more than 给予/支持.
A pair is a candidate only when the two measures share a kind and an object (blocking on
(kind, object) keys, so the cost grows with the measures that share a key, not with all pairs),
or when their texts are near copies. Its score is
  W_KIND * kind + W_OBJECT * object + W_TEXT * min(1, 2 text)
(kind, object: the weaker of the two measures' weights for the shared kind and object); pairs
scoring >= THRESHOLD overlap, and each OVERLAPS keeps its basis (the shared kinds and objects).
Each measure keeps its TOP_K best partners (a pair stays if either side keeps it), and groups
join pairs strongest first up to MAX_GROUP measures, so groups never chain into hairballs. Constants were set on the `tune` split of
tests/gold/overlap_pairs_v2.json (labelled first); the `held_out` split is only reported.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import sparse

from extraction.lexicons import overlap_terms, sectors

from .overlap_profile import KIND_SHARE, SENTENCE_KIND, MeasureInfo, Profile, _terms, _view, profile

THRESHOLD = 0.55
NEAR_COPY = 0.6  # text cosine at which two clauses are the same clause whatever their cues
W_KIND, W_OBJECT, W_TEXT = 0.40, 0.50, 0.10
TOP_K = 8
MAX_GROUP = 12
RULE = "overlaps.v2"
_NOISE = re.compile(r"[\d\s\W_]+")


def tfidf_text(m: MeasureInfo) -> str:
    """The text a measure's TF-IDF bigrams are counted on (every path that scores pairs uses it)."""
    return _view(f"{m.heading or ''} {m.text}")


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


@lru_cache(maxsize=None)
def rules_fingerprint() -> str:
    """What a profile and a score depend on besides the text (the rule, the word lists, the
    sectors' cues and the constants), hashed: an overlap state made under other rules is not
    updated incrementally, the next derivation is a full one (graph/overlap_state.py)."""
    rules = [RULE, overlap_terms(), sectors(), THRESHOLD, NEAR_COPY, KIND_SHARE, SENTENCE_KIND, W_KIND, W_OBJECT,
             W_TEXT, TOP_K, MAX_GROUP]
    return hashlib.sha1(json.dumps(rules, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()[:16]



def _bigrams(text: str) -> Counter[str]:
    clean = _NOISE.sub("", text)
    return Counter(clean[i:i + 2] for i in range(len(clean) - 1))


def _tfidf_matrix(texts: list[str], stats: tuple[dict[str, int], int] | None = None
                  ) -> tuple[sparse.csr_matrix, list[str], list[Counter[str]]]:
    """Rows: L2-normalised TF-IDF vectors of character bigrams (sublinear tf, smoothed idf), with
    the columns' bigrams and each text's bigram counts. The document frequencies are the texts'
    own unless `stats` (df, n) gives them (an incremental update scores with the stored ones)."""
    counts = [_bigrams(t) for t in texts]
    if stats is None:
        df: dict[str, int] = Counter()
        for c in counts:
            df.update(c.keys())
        n = len(texts)
    else:
        df, n = stats
    grams = sorted({g for c in counts for g in c})
    vocab = {g: i for i, g in enumerate(grams)}
    idf = {g: math.log((n + 1) / (df.get(g, 0) + 1)) + 1 for g in grams}
    data, cols, indptr = [], [], [0]
    for c in counts:
        row_grams, values = tfidf_row(c, idf)
        cols.extend(vocab[g] for g in row_grams)
        data.append(values)
        indptr.append(len(cols))
    matrix = sparse.csr_matrix((np.concatenate(data) if data else np.zeros(0), np.array(cols, dtype=np.int64),
                                np.array(indptr, dtype=np.int64)), shape=(len(texts), max(1, len(vocab))))
    return matrix, grams, counts


def tfidf_row(counts: dict[str, int], idf: dict[str, float]) -> tuple[tuple[str, ...], np.ndarray]:
    """One text's row: its bigrams in column order (sorted) and their L2-normalised sublinear
    TF-IDF weights. The matrix above and the Spark job (api/spark_overlaps.py), which computes a
    row where its measure is, both use it, so their floats are equal."""
    grams = tuple(sorted(counts))
    row = [(1 + math.log(counts[g])) * idf[g] for g in grams]
    norm = math.sqrt(sum(v * v for v in row)) or 1.0
    return grams, np.array([v / norm for v in row], dtype=np.float64)


def text_keys(matrix: sparse.csr_matrix, grams: list[str], i: int) -> tuple[str, ...]:
    """The 3 heaviest bigrams of row i (ties: the first bigram): its near-copy block keys."""
    lo, hi = matrix.indptr[i], matrix.indptr[i + 1]
    cols, vals = matrix.indices[lo:hi], matrix.data[lo:hi]
    return tuple(grams[j] for j in cols[np.argsort(-vals, kind="stable")[:3]])


@dataclass
class _Block:
    members: list[int]
    kind: list[float]  # each member's weight for the block's kind (1.0 where a designation stands for it)
    obj: list[float]  # each member's weight for the block's object
    text_only: bool = False  # near-copy block: only the text similarity counts
    designation: bool = False  # pairs of two measures with kinds are compared in the kind blocks instead


def block_keys(p: Profile, texts: tuple[str, ...]) -> list[tuple[tuple[str, str], float, float, dict]]:
    """Where a measure is compared: (kind, object) keys, (kind, "") where the kind names its
    object or the measure names none, ("", designation) for a title or programme (compared there
    only with measures without a kind), and ("text", bigram) for near copies; with the measure's
    kind and object weights in that block and the block's flags."""
    self_object = _terms().self_object
    out = []
    for k, kw in p.kinds.items():
        for o, ow in p.objects.items():
            out.append(((k, o), kw, ow, {}))
        if k in self_object or not p.objects:
            out.append(((k, ""), kw, 1.0, {}))
    for d in p.designations:
        out.append((("", d), 1.0, p.objects.get(d, 1.0), {"designation": True}))
    for g in texts:
        out.append((("text", g), 0.0, 0.0, {"text_only": True}))
    return out


def _blocks(profiles: list[Profile], matrix: sparse.csr_matrix, grams: list[str]) -> dict[tuple[str, str], _Block]:
    """Measures grouped by what they could share (block_keys)."""
    blocks: dict[tuple[str, str], _Block] = {}
    for i, p in enumerate(profiles):
        for key, kind, obj, flags in block_keys(p, text_keys(matrix, grams, i)):
            b = blocks.setdefault(key, _Block([], [], [], **flags))
            b.members.append(i)
            b.kind.append(kind)
            b.obj.append(obj)
    return blocks


def _block_candidates(block: _Block, matrix, policy: np.ndarray, has_kinds: np.ndarray, threshold: float,
                      best: dict[tuple[int, int], tuple[float, float]], k: int = TOP_K, chunk: int = 256,
                      rows: np.ndarray | None = None) -> None:
    """Score the pairs of one block with array operations and keep, per measure, its k best
    partners above the threshold (the pairs a measure keeps overall are among these). `rows`:
    the positions in the block whose pairs are scored (default: all, i.e. every pair)."""
    idx = np.array(block.members)
    if len(idx) < 2:
        return
    rows = np.arange(len(idx)) if rows is None else rows
    kind, obj = np.array(block.kind), np.array(block.obj)
    sub = matrix[idx]
    for r0 in range(0, len(rows), chunk):
        part = rows[r0:r0 + chunk]
        text = (sub[part] @ sub.T).toarray()
        if block.text_only:
            score = np.where(text >= NEAR_COPY, text, 0.0)
        else:
            score = (W_KIND * np.minimum(kind[part, None], kind[None, :])
                     + W_OBJECT * np.minimum(obj[part, None], obj[None, :]) + W_TEXT * np.minimum(1.0, 2 * text))
            score = np.where(text >= NEAR_COPY, np.maximum(score, text), score)
        score[policy[idx[part]][:, None] == policy[idx][None, :]] = -1.0  # same policy, and itself
        if block.designation:
            score[has_kinds[idx[part]][:, None] & has_kinds[idx][None, :]] = -1.0
        score -= idx[None, :] * 1e-12  # ties go to the lower index, whatever the order of the block
        top = min(k, len(idx) - 1)
        cols = np.argpartition(-score, top - 1, axis=1)[:, :top] if top < len(idx) else np.argsort(-score, axis=1)
        for r in range(len(part)):
            i = int(idx[part[r]])
            for c in cols[r]:
                s = float(score[r, c])
                if s >= threshold:
                    j = int(idx[c])
                    pair = (i, j) if i < j else (j, i)
                    if s > best.get(pair, (-1.0, 0.0))[0]:
                        best[pair] = (s, float(text[r, c]))


def find_overlaps(measures: list[MeasureInfo], threshold: float = THRESHOLD, collect: dict | None = None) -> list[Overlap]:
    """Every overlapping pair. `collect`, when given, receives what an incremental update starts
    from (graph/overlaps_update.py): each measure's profile, near-copy keys and bigram counts, and
    the bigrams' document frequencies."""
    ordered = sorted(measures, key=lambda m: m.id)
    profiles = [profile(m) for m in ordered]
    matrix, grams, counts = _tfidf_matrix([tfidf_text(m) for m in ordered])
    if collect is not None:
        df: Counter[str] = Counter()
        for c in counts:
            df.update(c.keys())
        collect.update(n=len(ordered), df=dict(df), counts={m.id: c for m, c in zip(ordered, counts)}, measures={
            m.id: (m.policy_id, p, text_keys(matrix, grams, i)) for i, (m, p) in enumerate(zip(ordered, profiles))})
    if len(ordered) < 2:
        return []
    policy_codes = {p: n for n, p in enumerate(sorted({m.policy_id for m in ordered}))}
    policy = np.array([policy_codes[m.policy_id] for m in ordered])
    has_kinds = np.array([bool(p.kinds) for p in profiles])
    best: dict[tuple[int, int], tuple[float, float]] = {}  # pair -> (score, text similarity)
    for key, block in sorted(_blocks(profiles, matrix, grams).items()):
        _block_candidates(block, matrix, policy, has_kinds, threshold, best)
    found = [explain(ordered[i], ordered[j], profiles[i], profiles[j], score, text)
             for (i, j), (score, text) in sorted(best.items())]
    return _best_partners(found)


def explain(a: MeasureInfo, b: MeasureInfo, pa: Profile, pb: Profile, score: float, text: float) -> Overlap:
    """The pair (a.id < b.id) with its basis: the shared kinds and objects, and the text similarity."""
    shared_kinds = sorted(set(pa.kinds) & set(pb.kinds))
    shared_objects = sorted(set(pa.objects) & set(pb.objects))
    if not shared_kinds and pa.designations & pb.designations:  # the title or programme stands for both
        shared_kinds = sorted(pa.designations & pb.designations)
        shared_objects = sorted(set(shared_objects) | set(shared_kinds))
    if not shared_objects and shared_kinds:
        named = [k for k in shared_kinds if k in _terms().self_object]
        shared_objects = named or (["(any enterprise)"] if not pa.objects and not pb.objects else [])
    basis = ([f"kind: {'、'.join(shared_kinds)}"] if shared_kinds else []) + \
            ([f"object: {'、'.join(shared_objects)}"] if shared_objects else []) + [f"text {text:.2f}"]
    same_region = bool(a.region) and a.region == b.region
    return Overlap(a.id, b.id, round(score, 4), tuple(basis), same_region,
                   same_region and (a.non_cumulative or b.non_cumulative), tuple(shared_kinds), tuple(shared_objects))


def _best_partners(found: list[Overlap], k: int = TOP_K) -> list[Overlap]:
    """Keep a pair when it is among the k best of either measure (ties broken by id)."""
    by_measure: dict[str, list[Overlap]] = defaultdict(list)
    for o in found:
        by_measure[o.a].append(o)
        by_measure[o.b].append(o)
    keep = set()
    for items in by_measure.values():
        items.sort(key=lambda o: (-o.score, o.a, o.b))
        keep.update((o.a, o.b) for o in items[:k])
    return [o for o in found if (o.a, o.b) in keep]


def clusters(overlaps: list[Overlap], max_size: int = MAX_GROUP) -> list[list[str]]:
    """Groups of measures that fund the same thing, largest first, members sorted: the pairs are
    joined strongest first (ties by id), and a pair that would make a group larger than max_size
    is skipped, so a group grows around its closest pairs and never chains into a hairball."""
    parent: dict[str, str] = {}
    size: dict[str, int] = {}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for o in sorted(overlaps, key=lambda o: (-o.score, min(o.a, o.b), max(o.a, o.b))):
        for x in (o.a, o.b):
            if x not in parent:
                parent[x], size[x] = x, 1
        ra, rb = root(o.a), root(o.b)
        if ra != rb and size[ra] + size[rb] <= max_size:
            if rb < ra:
                ra, rb = rb, ra
            parent[rb] = ra
            size[ra] += size.pop(rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for x in parent:
        groups[root(x)].append(x)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda c: (-len(c), c[0]))


def cluster_id(members: list[str]) -> str:
    return "ovl_" + hashlib.sha1("\x1f".join(sorted(members)).encode("utf-8")).hexdigest()[:10]


def pair_row(o: Overlap, member_of: dict[str, str]) -> dict:
    """The OVERLAPS relationship a store writes for a pair (its group when both are in one)."""
    same = member_of.get(o.a) is not None and member_of.get(o.a) == member_of.get(o.b)
    return {"a": o.a, "b": o.b, "props": {
        "score": o.score, "basis": list(o.basis), "kinds": list(o.kinds), "objects": list(o.objects),
        "same_region": o.same_region, "non_cumulative": o.non_cumulative,
        "cluster": member_of[o.a] if same else None, "rule": RULE}}


def overlap_rows(measures: list[MeasureInfo], collect: dict | None = None) -> tuple[list[dict], dict[str, str]]:
    """What a store writes: relationship rows (with their group) and measure id -> group."""
    found = find_overlaps(measures, collect=collect)
    member_of = {m: cluster_id(c) for c in clusters(found) for m in c}
    return [pair_row(o, member_of) for o in found], member_of
