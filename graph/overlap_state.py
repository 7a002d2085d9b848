"""The overlap state an incremental update starts from (graph/overlaps_update.py explains the
update): per measure its policy, profile, near-copy keys, kept partners with their scores, group
and bigram counts, and the bigrams' document frequencies (df, n). Stored by the embedded store
in DATA_DIR/overlaps.state and by Neo4j on an OverlapState node: a JSON part followed by binary
arrays of counts and partners, read into Python only for the measures an update touches.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from .fast_json import dumps as _dumps, loads as _loads
from .graph_file import gc_paused
from .overlaps import Profile, _terms, block_keys, rules_fingerprint

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
        with gc_paused():
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
        head = _dumps({"format": STATE_FORMAT, "rules": rules_fingerprint(), "version": self.version, "consumed": list(self.consumed), "n": self.n,
                       "grams": "".join(self.grams), "df": [self.df.get(g, 0) for g in self.grams],
                       "extra_df": {g: x for g, x in self.df.items() if g not in self.gram_id()},
                       "counts_dtype": counts.dtype.str,
                       "measures": {m: [*e.raw[:5], None, e.raw[6]] for m, e in self.measures.items()}})
        return b"".join([_MAGIC, len(head).to_bytes(8, "little"), head, blen.tobytes(), ids.tobytes(), counts.tobytes(),
                         *(a.tobytes() for a in partners)])

    @classmethod
    def from_bytes(cls, data: bytes) -> OverlapState | None:
        """The state, or None when it is unreadable, of another format or made under other overlap
        rules (another word list or constant: its profiles are not today's); a full recompute
        follows. A state of format 1 is read too: its measures have no bags yet."""
        with gc_paused():  # ~80k entries allocated at once: no collections of the whole graph meanwhile
            return cls._from_bytes(data)

    @classmethod
    def _from_bytes(cls, data: bytes) -> OverlapState | None:
        try:
            if not data.startswith(_MAGIC):
                d = _loads(data)
                if d.get("format") != 1 or d.get("rules") != rules_fingerprint():
                    return None
                return cls(d["n"], d["df"], {m: Entry(raw) for m, raw in d["measures"].items()},
                           d["version"], tuple(d.get("consumed", ())), sorted(d["df"]))
            at = len(_MAGIC)
            size = int.from_bytes(data[at:at + 8], "little")
            d = _loads(data[at + 8:at + 8 + size])
            if d.get("format") != STATE_FORMAT or d.get("rules") != rules_fingerprint():
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
