"""Compact JSON for the embedded store's files (graph.json, graph.journal, overlaps.state):
orjson, several times faster than the standard library's json, which stays the fallback."""
from __future__ import annotations

try:
    import orjson

    dumps = orjson.dumps
    loads = orjson.loads
    DecodeError: type[Exception] = orjson.JSONDecodeError
except ImportError:  # pragma: no cover - orjson is a dependency; stay readable without it
    import json

    def dumps(data) -> bytes:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    loads = json.loads
    DecodeError = json.JSONDecodeError
