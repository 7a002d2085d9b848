"""Incremental overlaps: a document added, replaced or removed is compared with the stored
measures it can overlap, not every measure with every other (graph/overlaps.py derives them all).

The overlap state (OverlapState, kept by the store with its overlaps) holds, per measure, what
blocking and the keep rule need: its policy, its profile (kinds, objects, designations), its
near-copy keys (3 heaviest bigrams), its kept partners with their scores, its group and the
bigram counts of its text (so the TF-IDF rows of a block are built with array operations, no
stored text normalised or counted again); and the bigrams' document frequencies (df, n) the
TF-IDF weights come from. Counts and partners are stored as arrays after the JSON and read into
Python only for the measures an update touches (the state is read at each update). An update:

  1. forgets the changed (rewritten) and removed measures' entries and pairs; their former
     partners lost a pair, so they are rescored too (a pair they had dropped may now be kept);
  2. adds the changed measures' bigrams to df and n, profiles them and indexes their block keys;
  3. scores every pair of a rescored measure with the members of each block it falls in (all
     pairs above the threshold, not only its k best, since the other side may keep the pair);
  4. applies the keep rule (a pair stays if it is among the TOP_K best of either side) to every
     measure the new pairs touch: each measure's kept partners in the state include its own TOP_K
     best, so its best TOP_K over (stored partners + new pairs) are its true best TOP_K;
  5. regroups locally: the groups of every measure whose pairs changed are dissolved and their
     members (with ungrouped partners) grouped again by overlaps.clusters, strongest pair first
     up to MAX_GROUP; the other groups keep their members and ids.

What it guarantees against a full recompute of the same measures: groups never exceed
MAX_GROUP; a removed measure leaves no pair; the pairs of a changed measure are scored exactly
as a full recompute would, except that df and n only grow between full recomputes (a removed or
rewritten text is not subtracted) and stored pairs keep the text similarity they were scored
with, so their weights drift with the corpus (W_TEXT = 0.10 of the score; tests measure it).
The groups can differ from a global regrouping, since groups away from the change are kept.
A store takes this path when the changed and removed measures are at most INCREMENTAL_SHARE of
those its state holds; otherwise (or without a valid state) it recomputes everything.
"""
from __future__ import annotations

import gc
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterable

import math

import numpy as np
from scipy import sparse

from .overlaps import (MAX_GROUP, THRESHOLD, TOP_K, MeasureInfo, Overlap, Profile, _bigrams, _Block,
                       _block_candidates, _terms, _tfidf_matrix, block_keys, cluster_id, clusters, explain, pair_row,
                       profile, text_keys, tfidf_text)

try:
    import orjson

    _dumps, _loads = orjson.dumps, orjson.loads
except ImportError:  # pragma: no cover - orjson is a dependency
    import json

    def _dumps(data) -> bytes:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    _loads = json.loads

INCREMENTAL_SHARE = 0.05  # above this share of changed + removed measures, a full recompute
STATE_FORMAT = 2
_MAGIC = b"policykg-overlaps\x002\n"  # format 2: this, the JSON's length (8 bytes), the JSON, the bags' arrays


class Entry:
    """What the state keeps of a measure, as the list it is stored as (the profile is built when
    a measure is compared, the partners when they are first asked for)."""
    __slots__ = ("raw", "_profile", "_keys", "_bag", "src", "k")

    def __init__(self, raw: list, bag: tuple[np.ndarray, np.ndarray] | None = None,
                 src: _Loaded | None = None, k: int = -1):
        self.raw = raw  # [policy, kinds, objects, designations, near-copy keys, partners, cluster]
        self._profile = None
        self._keys = None
        # the bigrams of its tfidf_text: (ids in OverlapState.grams, counts), ids ascending; None
        # in a state of format 1 (counted from the text when first scored)
        self._bag = _SOURCE if src is not None else bag
        # what it was read from (its bag and partners are read from there when first asked for)
        self.src, self.k = src, k

    @property
    def bag(self) -> tuple[np.ndarray, np.ndarray] | None:
        if self._bag is _SOURCE:
            self._bag = self.src.bag(self.k)
        return self._bag

    @bag.setter
    def bag(self, value: tuple[np.ndarray, np.ndarray] | None) -> None:
        self._bag = value

    @classmethod
    def new(cls, policy: str, p: Profile, texts: tuple[str, ...]) -> Entry:
        return cls([policy, p.kinds, p.objects, sorted(p.designations), list(texts), {}, None])

    @property
    def policy(self) -> str:
        return self.raw[0]

    @property
    def profile(self) -> Profile:
        if self._profile is None:
            self._profile = Profile(self.raw[1], self.raw[2], frozenset(self.raw[3]))
        return self._profile

    @property
    def texts(self) -> tuple[str, ...]:
        return tuple(self.raw[4])

    @property
    def partners(self) -> dict[str, float]:  # kept pairs: partner -> score
        p = self.raw[5]
        if p is None:
            p = self.raw[5] = self.src.partners(self.k)
        return p

    def partner_count(self) -> int:
        return int(self.src.plen[self.k]) if self.raw[5] is None else len(self.raw[5])

    @property
    def cluster(self) -> str | None:
        return self.raw[6]

    @cluster.setter
    def cluster(self, value: str | None) -> None:
        self.raw[6] = value

    def keys(self) -> list:
        if self._keys is None:
            self._keys = block_keys(self.profile, self.texts)
        return self._keys

    def weights(self, key: tuple[str, str]) -> tuple[float, float]:
        """Its kind and object weights in the block `key` (one of its block_keys)."""
        k, o = key
        if k == "text":
            return 0.0, 0.0
        if k == "":
            return 1.0, self.raw[2].get(o, 1.0)
        return self.raw[1][k], self.raw[2][o] if o else 1.0


_SOURCE = object()


@contextmanager
def _no_gc():
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Loaded:
    """The arrays a state of format 2 was read from, in its measure order (`names`)."""

    def __init__(self, names: list[str], blen: np.ndarray, ids: np.ndarray, counts: np.ndarray,
                 plen: np.ndarray, ppos: np.ndarray, pscores: np.ndarray):
        self.names, self.blen, self.ids, self.counts = names, blen, ids, counts
        self.plen, self.ppos, self.pscores = plen, ppos, pscores
        self.bstart = np.concatenate([[0], np.cumsum(np.maximum(blen, 0))])
        self.pstart = np.concatenate([[0], np.cumsum(plen)])

    def bag(self, k: int) -> tuple[np.ndarray, np.ndarray] | None:
        if self.blen[k] < 0:
            return None
        lo, hi = self.bstart[k], self.bstart[k + 1]
        return self.ids[lo:hi], self.counts[lo:hi]

    def partners(self, k: int) -> dict[str, float]:
        lo, hi = self.pstart[k], self.pstart[k + 1]
        names = self.names
        return dict(zip([names[i] for i in self.ppos[lo:hi].tolist()], self.pscores[lo:hi].tolist()))


def _gather(lengths: np.ndarray, rows: list[int], src_start: np.ndarray, sources: list[np.ndarray],
            explicit: dict[int, tuple], dtypes: list) -> list[np.ndarray]:
    """Arrays of the concatenated segments of each row (lengths; -1 counts as 0): for `rows`, the
    source arrays from src_start on; for the `explicit` rows, the arrays given."""
    size = np.maximum(lengths, 0)
    offset = np.concatenate([[0], np.cumsum(size)])
    outs = [np.empty(int(offset[-1]), dtype=t) for t in dtypes]
    if rows:  # copied by runs: rows whose segments follow each other in the source and here
        rows_a = np.array(rows, dtype=np.int64)
        n, dst = size[rows_a], offset[rows_a]
        delta = dst - src_start
        cut = np.flatnonzero((delta[1:] != delta[:-1]) | (src_start[1:] != src_start[:-1] + n[:-1])) + 1
        for a, b in zip([0, *cut.tolist()], [*cut.tolist(), len(rows)]):
            lo, hi, at = int(src_start[a]), int(src_start[b - 1] + n[b - 1]), int(dst[a])
            for out, arr in zip(outs, sources):
                out[at:at + hi - lo] = arr[lo:hi]
    for row, arrays in explicit.items():
        for out, a in zip(outs, arrays):
            out[offset[row]:offset[row + 1]] = a
    return outs

@dataclass
class OverlapState:
    n: int
    df: dict[str, int]
    measures: dict[str, Entry]
    version: int = 0  # the store's version these overlaps were committed as (the embedded store checks it)
    consumed: tuple[str, ...] = ()  # the stale marks this state cleared: still on a document, its commit failed
    grams: list[str] = field(default_factory=list)  # the bigrams the bags' ids stand for
    _index: dict[tuple[str, str], set[str]] | None = None
    _groups: dict[str, set[str]] | None = None
    _gram_id: dict[str, int] | None = None
    _gram_array: np.ndarray | None = None

    @classmethod
    def from_derivation(cls, collect: dict, rows: list[dict], member_of: dict[str, str]) -> OverlapState:
        """The state after a full recompute (overlaps.overlap_rows(..., collect))."""
        measures = {m: Entry.new(policy, p, texts) for m, (policy, p, texts) in collect["measures"].items()}
        for m, cluster in member_of.items():
            measures[m].cluster = cluster
        for r in rows:
            measures[r["a"]].partners[r["b"]] = measures[r["b"]].partners[r["a"]] = r["props"]["score"]
        state = cls(collect["n"], collect["df"], measures, grams=sorted(collect["df"]))
        for m, counts in collect.get("counts", {}).items():
            measures[m].bag = state.bag(counts)
        return state

    def gram_id(self) -> dict[str, int]:
        if self._gram_id is None:
            self._gram_id = {g: i for i, g in enumerate(self.grams)}
        return self._gram_id

    def bag(self, counts: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
        """A text's bigram counts as a bag (new bigrams join `grams`)."""
        ids = self.gram_id()
        for g in counts:
            if g not in ids:
                ids[g] = len(self.grams)
                self.grams.append(g)
                self._gram_array = None
        pairs = sorted((ids[g], x) for g, x in counts.items())
        return (np.array([i for i, _ in pairs], dtype=np.int32), np.array([x for _, x in pairs], dtype=np.int32))

    def gram_array(self) -> np.ndarray:
        if self._gram_array is None:
            self._gram_array = np.array(self.grams, dtype="<U2")
        return self._gram_array

    def groups(self) -> dict[str, set[str]]:
        """group -> its members"""
        if self._groups is None:
            self._groups = groups = defaultdict(set)
            for m, e in self.measures.items():
                if e.cluster:
                    groups[e.cluster].add(m)
        return self._groups

    def set_cluster(self, m: str, cluster: str | None) -> None:
        e = self.measures[m]
        if e.cluster == cluster:
            return
        if e.cluster and self._groups is not None:
            self._groups[e.cluster].discard(m)
        e.cluster = cluster
        if cluster and self._groups is not None:
            self._groups[cluster].add(m)

    @property
    def pairs(self) -> int:
        return sum(e.partner_count() for e in self.measures.values()) // 2

    def index(self) -> dict[tuple[str, str], set[str]]:
        if self._index is None:
            self._index = index = defaultdict(set)
            self_object = _terms().self_object
            for m, e in self.measures.items():  # block_keys without the weights, from the stored lists
                _, kinds, objects, designations, texts = e.raw[:5]
                for k in kinds:
                    for o in objects:
                        index[(k, o)].add(m)
                    if k in self_object or not objects:
                        index[(k, "")].add(m)
                for d in designations:
                    index[("", d)].add(m)
                for g in texts:
                    index[("text", g)].add(m)
        return self._index

    def to_bytes(self) -> bytes:
        with _no_gc():
            return self._to_bytes()

    def _to_bytes(self) -> bytes:
        """Format 2: the JSON of format 1 (df as counts in the order of `grams`, joined in one
        string: a bigram is 2 characters; the measures' partners null) and then, in the JSON's
        measure order, their bags as three arrays (bag lengths, -1 for none; the ids; the counts)
        and their partners as three (how many; their positions in that order; the scores)."""
        entries = list(self.measures.values())
        where = {m: i for i, m in enumerate(self.measures)}
        src = next((e.src for e in entries if e.src is not None), None)
        assert all(e.src is None or e.src is src for e in entries), "entries of two states"
        blen, plen = np.zeros(len(entries), np.int64), np.zeros(len(entries), np.int64)
        brows, bk, bexplicit, prows, pk, pexplicit = [], [], {}, [], [], {}
        for i, e in enumerate(entries):
            if e._bag is _SOURCE:
                blen[i] = src.blen[e.k]
                brows.append(i)
                bk.append(e.k)
            else:
                blen[i] = -1 if e._bag is None else len(e._bag[0])
                if e._bag is not None:
                    bexplicit[i] = e._bag
            if e.raw[5] is None:
                plen[i] = src.plen[e.k]
                prows.append(i)
                pk.append(e.k)
            else:
                p = e.raw[5]
                plen[i] = len(p)
                pexplicit[i] = ([where[x] for x in p], list(p.values()))
        empty = np.zeros(0, np.int64)
        ids, counts = _gather(blen, brows, src.bstart[bk] if src else empty, [src.ids, src.counts] if src else [],
                              bexplicit, [np.int32, np.int32])
        # the positions read are in the order read: renumbered (a partner not read is still stored)
        remap = np.array([where.get(m, -1) for m in src.names], dtype=np.int32) if src and prows else None
        ppos, pscores = _gather(plen, prows, src.pstart[pk] if src else empty,
                                [remap[src.ppos], src.pscores] if remap is not None else [], {}, [np.int32, np.float64])
        offset = np.concatenate([[0], np.cumsum(plen)])
        for row, (pos, scores) in pexplicit.items():
            ppos[offset[row]:offset[row + 1]] = pos
            pscores[offset[row]:offset[row + 1]] = scores
        partners = [plen, ppos, pscores]
        counts = counts.astype(np.uint16 if counts.max(initial=0) < 65536 else np.int32)
        head = _dumps({"format": STATE_FORMAT, "version": self.version, "consumed": list(self.consumed), "n": self.n,
                       "grams": "".join(self.grams), "df": [self.df.get(g, 0) for g in self.grams],
                       "extra_df": {g: x for g, x in self.df.items() if g not in self.gram_id()},
                       "counts_dtype": counts.dtype.str,
                       "measures": {m: [*e.raw[:5], None, e.raw[6]] for m, e in self.measures.items()}})
        return b"".join([_MAGIC, len(head).to_bytes(8, "little"), head, blen.tobytes(), ids.tobytes(), counts.tobytes(),
                         *(a.tobytes() for a in partners)])

    @classmethod
    def from_bytes(cls, data: bytes) -> OverlapState | None:
        """The state, or None when it is unreadable or of another format (a full recompute follows).
        A state of format 1 is read too: its measures have no bags yet."""
        with _no_gc():  # ~80k entries allocated at once: no collections of the whole graph meanwhile
            return cls._from_bytes(data)

    @classmethod
    def _from_bytes(cls, data: bytes) -> OverlapState | None:
        try:
            if not data.startswith(_MAGIC):
                d = _loads(data)
                if d.get("format") != 1:
                    return None
                return cls(d["n"], d["df"], {m: Entry(raw) for m, raw in d["measures"].items()},
                           d["version"], tuple(d.get("consumed", ())), sorted(d["df"]))
            at = len(_MAGIC)
            size = int.from_bytes(data[at:at + 8], "little")
            d = _loads(data[at + 8:at + 8 + size])
            if d.get("format") != STATE_FORMAT:
                return None
            at += 8 + size
            joined = d["grams"]
            grams = [joined[i:i + 2] for i in range(0, len(joined), 2)]
            df = dict(zip(grams, d["df"]))
            df.update(d.get("extra_df", {}))
            raws = d["measures"]
            lengths = np.frombuffer(data, np.int64, len(raws), at)
            at += lengths.nbytes
            total = int(lengths[lengths > 0].sum())
            ids = np.frombuffer(data, np.int32, total, at)
            counts = np.frombuffer(data, np.dtype(d["counts_dtype"]), total, at + ids.nbytes)
            at += ids.nbytes + counts.nbytes
            counts = counts.astype(np.int32)
            plens = np.frombuffer(data, np.int64, len(raws), at)
            at += plens.nbytes
            ptotal = int(plens.sum())
            ppos = np.frombuffer(data, np.int32, ptotal, at)
            pscores = np.frombuffer(data, np.float64, ptotal, at + ppos.nbytes)
            if at + ppos.nbytes + pscores.nbytes != len(data):
                return None
            src = _Loaded(list(raws), lengths, ids, counts, plens, ppos, pscores)
            measures = {m: Entry(raw, src=src, k=k) for k, (m, raw) in enumerate(raws.items())}
            return cls(d["n"], df, measures, d["version"], tuple(d.get("consumed", ())), grams)
        except (ValueError, KeyError, TypeError, AttributeError, IndexError):
            return None


def incremental_changes(state: OverlapState | None, stored: Iterable[str], stale: set[str]) -> tuple[set[str], set[str]] | None:
    """(changed, removed) measure ids when the update can be incremental, else None: no state, a
    stored measure the state does not know although no stale document holds it (the state is not
    that of these overlaps), or more changes than INCREMENTAL_SHARE of the measures."""
    if state is None:
        return None
    stored = set(stored)
    if any(m not in state.measures for m in stored - stale):
        return None
    changed, removed = stale & stored, set(state.measures) - stored
    if len(changed) + len(removed) > INCREMENTAL_SHARE * max(1, len(state.measures)):
        return None
    return changed, removed


@dataclass
class Update:
    """What a store writes: pairs to delete, OVERLAPS rows to write (MERGE, props replaced),
    the group of the pairs whose group changed, and of the measures whose group changed (None:
    none). `pairs`: the overlapping pairs after the update."""
    delete: list[tuple[str, str]]
    rows: list[dict]
    pair_clusters: dict[tuple[str, str], str | None]
    clusters: dict[str, str | None]
    pairs: int


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def update_overlaps(state: OverlapState, changed: list[MeasureInfo], removed: set[str],
                    infos: Callable[[set[str]], dict[str, MeasureInfo]], threshold: float = THRESHOLD) -> Update:
    """Update `state` (in place) for the changed measures (their current data) and the removed
    ids; `infos(ids)` gives the stored measures' data (texts, regions) for the blocks involved."""
    with _no_gc():  # many small objects, next to a store's graph of millions that a collection would walk
        return _update(state, changed, removed, infos, threshold)


def _update(state: OverlapState, changed: list[MeasureInfo], removed: set[str],
                    infos: Callable[[set[str]], dict[str, MeasureInfo]], threshold: float = THRESHOLD) -> Update:
    """Update `state` (in place) for the changed measures (their current data) and the removed
    ids; `infos(ids)` gives the stored measures' data (texts, regions) for the blocks involved."""
    ms, index = state.measures, state.index()
    changed_ids = {m.id for m in changed}
    gone = (changed_ids | removed) & set(ms)
    old_pairs = {_pair(r, x) for r in gone for x in ms[r].partners}
    lost = {x for r in gone for x in ms[r].partners} - changed_ids - removed
    regroup = _members(state, {ms[r].cluster for r in gone if ms[r].cluster})
    for r in gone:
        state.set_cluster(r, None)
        e = ms.pop(r)
        for x in e.partners:
            if x in ms:
                ms[x].partners.pop(r, None)
        for key, *_ in e.keys():
            index[key].discard(r)

    if changed:  # df first: the changed texts count in the weights they are scored with
        texts = [_text(m) for m in changed]
        for t in texts:
            state.df.update({g: state.df.get(g, 0) + 1 for g in _bigrams(t)})
        state.n += len(changed_ids - gone)
        matrix, grams, counts = _tfidf_matrix(texts, (state.df, state.n))
        for i, m in enumerate(changed):
            ms[m.id] = e = Entry.new(m.policy_id, profile(m), text_keys(matrix, grams, i))
            e.bag = state.bag(counts[i])
            for key, *_ in e.keys():
                index[key].add(m.id)

    rescored = changed_ids | lost
    cand, data = _score(state, rescored, {m.id: m for m in changed}, infos, threshold)

    cand = _keepable(state, cand, rescored)
    # the keep rule on every measure the new pairs touch
    touched = rescored | {x for p in cand for x in p}
    stored_before = {_pair(u, x) for u in touched for x in ms[u].partners} | old_pairs
    options: dict[str, dict[str, float]] = {u: dict(ms[u].partners) for u in touched}
    for (a, b), (score, _) in cand.items():
        options[a][b] = options[b][a] = score
    top: dict[str, set[str]] = {}

    def best(y: str) -> set[str]:
        if y not in top:
            ranked = sorted((options[y] if y in options else ms[y].partners).items(),
                            key=lambda kv: (-kv[1], *_pair(y, kv[0])))
            top[y] = {x for x, _ in ranked[:TOP_K]}
        return top[y]

    kept = {_pair(u, x) for u in touched for x in options[u] if x in best(u) or u in best(x)}
    for u in touched:
        for x in list(ms[u].partners):
            if _pair(u, x) not in kept:
                ms[u].partners.pop(x)
                ms[x].partners.pop(u, None)
    written = []
    for a, b in sorted(kept):
        if (a, b) in cand:
            ms[a].partners[b] = ms[b].partners[a] = cand[(a, b)][0]
            written.append((a, b))

    moved = {x for p in (stored_before ^ kept) | set(written) for x in p if x in ms}
    return _regroup(state, moved | (regroup & set(ms)) | changed_ids, sorted(stored_before - kept),
                    written, cand, data, changed_ids)


def _rank(y: str, x: str, score: float) -> tuple:
    """The keep rule's order of y's partners (best first; ties by the pair's ids)."""
    return (-score, *_pair(y, x))


def _keepable(state: OverlapState, cand: dict, rescored: set[str]) -> dict:
    """The candidates the keep rule could keep: a new pair of a rescored measure r with a measure
    b that is not rescored and not already r's partner is dropped when it is neither among r's
    TOP_K best (over r's stored and new pairs) nor better than b's TOP_K-th stored partner (then
    it is among the best of neither side, and b, touched by no other kept pair, is left as it is).
    What the rule keeps is the same, over far fewer measures: a new measure's blocks hold
    thousands that score above the threshold with it."""
    ms = state.measures
    mine: dict[str, dict[str, float]] = defaultdict(dict)
    for (a, b), (score, _) in cand.items():
        for y, x in ((a, b), (b, a)):
            if y in rescored:
                mine[y][x] = score
    top = {}
    for y, new in mine.items():
        options = {**ms[y].partners, **new}
        top[y] = set(sorted(options, key=lambda x: _rank(y, x, options[x]))[:TOP_K])
    others = {x for p in cand for x in p} - rescored
    floor = _kth_scores(ms, others)

    def kth(b: str) -> float:  # b's TOP_K-th best stored score (-1: fewer partners)
        return floor[b]

    def below(b: str, r: str, score: float) -> bool:  # ranks after b's TOP_K-th stored partner
        if score != kth(b):
            return score < kth(b)
        p = ms[b].partners
        return _rank(b, r, score) > sorted(_rank(b, x, s) for x, s in p.items())[TOP_K - 1]

    out = {}
    for (a, b), v in cand.items():
        if a in rescored and b in rescored:
            out[(a, b)] = v
            continue
        r, o = (a, b) if a in rescored else (b, a)
        if o in ms[r].partners or o in top[r] or not below(o, r, v[0]):  # partners are mutual
            out[(a, b)] = v
    return out


def _kth_scores(ms: dict[str, Entry], ids: set[str]) -> dict[str, float]:
    """Each measure's TOP_K-th best stored score (-1: fewer partners), from the arrays read for
    those whose partners were not read (no dicts built for thousands of measures)."""
    out = {}
    loaded: list[tuple[str, int]] = []
    for m in ids:
        e = ms[m]
        if e.raw[5] is None:
            loaded.append((m, e.k))
        else:
            p = e.raw[5]
            out[m] = sorted(p.values(), reverse=True)[TOP_K - 1] if len(p) >= TOP_K else -1.0
    if loaded:
        src = ms[loaded[0][0]].src
        k = np.array([x for _, x in loaded], dtype=np.int64)
        lo, n = src.pstart[k], src.plen[k]
        before = np.cumsum(n) - n
        segment = np.repeat(np.arange(len(k)), n)
        scores = src.pscores[np.repeat(lo - before, n) + np.arange(int(n.sum()))]
        ranked = scores[np.lexsort((-scores, segment))]
        kth = np.where(n >= TOP_K, ranked[np.minimum(before + TOP_K - 1, max(0, len(ranked) - 1))] if len(ranked) else -1.0, -1.0)
        out.update(zip([m for m, _ in loaded], kth.tolist()))
    return out


def _text(m: MeasureInfo) -> str:
    return tfidf_text(m)


def _members(state: OverlapState, groups: set[str]) -> set[str]:
    index = state.groups()
    return {m for g in groups for m in index.get(g, ())}


def _score(state: OverlapState, rows: set[str], known: dict[str, MeasureInfo],
           infos: Callable[[set[str]], dict[str, MeasureInfo]], threshold: float
           ) -> tuple[dict[tuple[str, str], tuple[float, float]], dict[str, MeasureInfo]]:
    """Every pair of a measure in `rows` with a member of one of its blocks (pair -> (score,
    text)), and the data of the measures involved."""
    ms, index = state.measures, state.index()
    blocks = {key: flags for r in rows for key, _, _, flags in ms[r].keys()}
    ids = sorted(set(rows).union(*(index[k] for k in blocks)) if blocks else rows)
    data = dict(known)
    if len(ids) < 2:
        return {}, data
    unbagged = [m for m in ids if ms[m].bag is None]  # a state of format 1: counted once, then kept
    if unbagged:
        data.update(infos(set(unbagged) - set(known)))
        for m in unbagged:
            ms[m].bag = state.bag(_bigrams(_text(data[m])))
    pos = {m: i for i, m in enumerate(ids)}
    matrix = _rows(state, [ms[m].bag for m in ids])
    policies = {p: i for i, p in enumerate(sorted({ms[m].policy for m in ids}))}
    policy = np.array([policies[ms[m].policy] for m in ids])
    has_kinds = np.array([bool(ms[m].raw[1]) for m in ids])
    best: dict[tuple[int, int], tuple[float, float]] = {}
    for key, flags in sorted(blocks.items()):
        members = sorted(index[key], key=pos.__getitem__)
        weights = [ms[m].weights(key) for m in members]
        block = _Block([pos[m] for m in members], [w[0] for w in weights], [w[1] for w in weights], **flags)
        todo = np.array([i for i, m in enumerate(members) if m in rows])
        _block_candidates(block, matrix, policy, has_kinds, threshold, best, k=len(members), rows=todo)
    data = _Lazy(data, infos)  # the stored measures' data: only for the pairs written
    # scores rounded as the stored pairs' are (overlaps.explain), so the keep rule ranks alike
    return {(ids[i], ids[j]): (round(score, 4), text) for (i, j), (score, text) in best.items()}, data


class _Lazy(dict):
    """Measure data fetched when first asked for (infos), so that only written pairs' are read."""

    def __init__(self, known: dict, infos: Callable[[set[str]], dict[str, MeasureInfo]]):
        super().__init__(known)
        self.infos = infos

    def __missing__(self, m: str) -> MeasureInfo:
        self.update(self.infos({m}))
        return dict.__getitem__(self, m)


def _rows(state: OverlapState, bags: list[tuple[np.ndarray, np.ndarray]]) -> sparse.csr_matrix:
    """overlaps._tfidf_matrix's rows (with the state's df and n) from the measures' bags: the
    columns are the bigrams in use, in their sorted order as there."""
    lengths = np.array([len(b[0]) for b in bags], dtype=np.int64)
    ids = np.concatenate([b[0] for b in bags]) if bags else np.zeros(0, np.int32)
    counts = np.concatenate([b[1] for b in bags]) if bags else np.zeros(0, np.int32)
    used, local = np.unique(ids, return_inverse=True)
    order = np.argsort(state.gram_array()[used], kind="stable")
    column = np.empty(len(used), dtype=np.int64)
    column[order] = np.arange(len(used))
    n, df, grams = state.n, state.df, state.grams
    idf = np.array([math.log((n + 1) / (df.get(grams[g], 0) + 1)) + 1 for g in used.tolist()])
    tf = np.array([0.0] + [1 + math.log(x) for x in range(1, int(counts.max(initial=1)) + 1)])
    values = tf[counts] * idf[local]
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    starts = indptr[:-1][lengths > 0]
    norms = np.ones(len(bags))
    norms[lengths > 0] = np.sqrt(np.add.reduceat(values * values, starts)) if len(starts) else 1.0
    norms[norms == 0] = 1.0
    values /= np.repeat(norms, lengths)
    matrix = sparse.csr_matrix((values, column[local], indptr), shape=(len(bags), max(1, len(used))))
    matrix.sort_indices()
    return matrix


def _regroup(state: OverlapState, moved: set[str], delete: list[tuple[str, str]], written: list[tuple[str, str]],
             cand: dict, data: dict[str, MeasureInfo], rewritten: set[str]) -> Update:
    """Dissolve the groups of the measures whose pairs changed and group their members again."""
    ms = state.measures
    old = {m: ms[m].cluster for m in moved}
    region = moved | _members(state, {c for c in old.values() if c})
    region |= {x for m in list(region) for x in ms[m].partners if ms[x].cluster is None}
    old.update({m: ms[m].cluster for m in region})
    inside = {_pair(a, b): s for a in region for b, s in ms[a].partners.items() if b in region}
    found = [Overlap(a, b, s, (), False, False) for (a, b), s in inside.items()]
    member_of = {m: cluster_id(c) for c in clusters(found, MAX_GROUP) for m in c}
    for m in region:
        state.set_cluster(m, member_of.get(m))

    def group(a: str, b: str, of: dict) -> str | None:
        return of.get(a) if of.get(a) is not None and of.get(a) == of.get(b) else None

    pair_clusters = {p: group(*p, member_of) for p in inside if group(*p, member_of) != group(*p, old)}
    rows = []
    for a, b in written:
        ia, ib = data[a], data[b]
        o = explain(ia, ib, ms[a].profile, ms[b].profile, *cand[(a, b)])
        rows.append(pair_row(o, {m: ms[m].cluster for m in (a, b) if ms[m].cluster}))
        pair_clusters.pop((a, b), None)
    changed_groups = {m: ms[m].cluster for m in region if ms[m].cluster != old.get(m)}
    changed_groups.update({m: ms[m].cluster for m in rewritten})  # a rewritten measure lost its properties
    return Update(delete, rows, pair_clusters, changed_groups, state.pairs)
