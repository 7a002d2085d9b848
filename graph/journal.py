"""The embedded store's journal: `graph.journal` beside graph.json, the writes since graph.json.

A commit appends one line (JSON, orjson) holding the commit's version and its plans, each plan
its list of operations as plain data (write_plan.py's dataclasses, `{"op": class name, field:
value...}`), and fsyncs it; graph.json is rewritten only by a compaction. Opening the store
loads graph.json and replays the entries after graph.json's version; another process's store
reads what was appended since it last looked and replays it in place.

The first line is a header naming the journal (a random id) and the graph.json version it
follows. A compaction writes graph.json (atomically) and then replaces the journal with a fresh
one (atomically, a new id): a reader that finds another id than the one it read reloads
everything. Entries whose version graph.json already holds are skipped (a crash between those
two replacements), a gap in the versions is an error. A last line without its newline, or that
does not parse, is what a crash mid-append leaves: it is ignored (with a warning), and the next
writer, holding the lock, truncates it before appending.
"""
from __future__ import annotations

import dataclasses
import logging
import os
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from extraction.errors import InputError

from . import write_plan as wp
from .fast_json import DecodeError as _DecodeError, dumps as _dumps, loads as _loads

log = logging.getLogger(__name__)

JOURNAL_FILE = "graph.journal"
JOURNAL_FORMAT = 1

OPERATIONS = {cls.__name__: cls for cls in (
    wp.UnlinkSource, wp.ReleaseDocument, wp.MergeNodes, wp.MergeRels, wp.LinkSource, wp.MarkStale,
    wp.MergeTitleStubs, wp.SettlePolicies, wp.PruneOrphans, wp.OverlapUpdate)}


def encode_op(op) -> dict:
    return {"op": type(op).__name__, **{f.name: getattr(op, f.name) for f in dataclasses.fields(op)}}


def decode_op(data: dict):
    data = dict(data)
    cls = OPERATIONS[data.pop("op")]
    # JSON has no tuples: a field given as a list was a tuple (the operations are frozen, hashable data)
    return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})


def encode_entry(version: int, plans) -> bytes:
    """One journal line: the commit's version and its plans (WritePlan objects)."""
    return _dumps({"v": version, "plans": [[encode_op(op) for op in p.operations] for p in plans]}) + b"\n"


def decode_plans(entry: dict) -> list[wp.WritePlan]:
    return [wp.WritePlan("journal", [decode_op(op) for op in ops]) for ops in entry["plans"]]


@dataclass(frozen=True)
class JournalRead:
    """What one read of the journal found after a given offset."""
    id: str | None  # the journal's id (None: no journal)
    base: int  # the graph.json version it follows
    entries: list[dict]  # complete entries, in order
    end: int  # the offset after the last complete entry
    stat: tuple | None  # (inode, size, mtime) of the file read
    torn: int  # bytes after `end` that are not a complete entry (a crash, or an append in progress)


def _stat(st) -> tuple:
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def stat(path: Path) -> tuple | None:
    try:
        return _stat(os.stat(path))
    except FileNotFoundError:
        return None


def read(path: Path, known_id: str | None = None, offset: int | None = None) -> JournalRead:
    """The entries after `offset` if the journal still has id `known_id`, else all of them."""
    try:
        f = open(path, "rb")
    except FileNotFoundError:
        return JournalRead(None, 0, [], 0, None, 0)
    with f:
        st = os.fstat(f.fileno())
        header_line = f.readline()
        try:
            header = _loads(header_line)
            jid, base = header["journal"], int(header["base"])
            if header.get("format") != JOURNAL_FORMAT:
                raise ValueError(f"journal format {header.get('format')!r}, expected {JOURNAL_FORMAT}")
        except (_DecodeError, ValueError, KeyError, TypeError) as exc:
            raise InputError(f"cannot read the embedded graph's journal header: {exc}", path=str(path)) from None
        start = offset if (known_id == jid and offset is not None) else len(header_line)
        f.seek(start)
        data = f.read()
    entries, pos = [], 0
    while pos < len(data):
        nl = data.find(b"\n", pos)
        if nl < 0:
            break
        try:
            entry = _loads(data[pos:nl])
            if not isinstance(entry, dict) or not isinstance(entry.get("v"), int):
                raise ValueError("not an entry")
        except (_DecodeError, ValueError):
            if nl + 1 < len(data):  # more follows: not a torn tail but a damaged journal
                raise InputError(f"cannot read the embedded graph's journal: a bad entry at byte {start + pos}",
                                 path=str(path)) from None
            break
        entries.append(entry)
        pos = nl + 1
    return JournalRead(jid, base, entries, start + pos, _stat(st), len(data) - pos)


def create(path: Path, base: int) -> tuple[str, int]:
    """A fresh journal (header only) following graph.json version `base`, replacing any other;
    returns its id and the offset after the header."""
    jid = uuid.uuid4().hex
    header = _dumps({"journal": jid, "format": JOURNAL_FORMAT, "base": base}) + b"\n"
    fd, tmp = tempfile.mkstemp(prefix=".graph.", suffix=".journal", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(header)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return jid, len(header)


def append(path: Path, end: int, line: bytes) -> tuple[int, tuple]:
    """Append one entry after offset `end` (what follows it, a torn entry, is cut first) and
    fsync. Call only while holding the write lock. Returns the new end and the file's stat."""
    with open(path, "r+b") as f:
        size = os.fstat(f.fileno()).st_size
        if size > end:
            log.warning("%s: ignoring %d bytes of an incomplete last entry (a write that crashed)", path, size - end)
            f.truncate(end)
        f.seek(end)
        try:
            f.write(line)
            f.flush()
            os.fsync(f.fileno())
        except BaseException:
            f.truncate(end)  # nothing half-written stays
            raise
        return end + len(line), _stat(os.fstat(f.fileno()))
