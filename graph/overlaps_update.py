"""Incremental overlaps: a document added, replaced or removed is compared with the stored
measures it can overlap, not every measure with every other (graph/overlaps.py derives them all).

The overlap state (graph/overlap_state.py, kept by the store with its overlaps) holds, per measure, what
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

from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable

import math

import numpy as np
from scipy import sparse

from .graph_file import gc_paused
from .overlap_state import Entry, OverlapState
from .overlaps import (MAX_GROUP, THRESHOLD, TOP_K, MeasureInfo, Overlap, _bigrams, _Block, _block_candidates,
                       _tfidf_matrix, cluster_id, clusters, explain, pair_row, profile, text_keys, tfidf_text)

INCREMENTAL_SHARE = 0.05  # above this share of changed + removed measures, a full recompute


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
    with gc_paused():  # many small objects, next to a store's graph of millions that a collection would walk
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
