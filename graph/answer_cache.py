"""Answers of the named questions, kept per graph version so that a repeated read is cheap.

A store asks `AnswerCache.answer(version, name, values, compute)`: `version` is whatever names
the graph's state (every write changes it), `values` the checked parameters (a list one is keyed
as a tuple). An answer is kept as pickled bytes and every caller gets its own fresh copy, so no
caller can change what the next one is told. The cache is bounded (answers and bytes, least recently used go first), and
the first answer of a new version drops the answers of every other one: a write makes them
unreachable anyway.
"""
from __future__ import annotations

import pickle
import threading
from collections import OrderedDict
from typing import Callable, Hashable

DEFAULT_MAX_ANSWERS = 2048
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

Key = tuple[Hashable, str, tuple]


class AnswerCache:
    def __init__(self, max_answers: int = DEFAULT_MAX_ANSWERS, max_bytes: int = DEFAULT_MAX_BYTES):
        self.max_answers, self.max_bytes = max_answers, max_bytes
        self._answers: OrderedDict[Key, bytes] = OrderedDict()
        self._bytes = 0
        self._version: Hashable = None
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def answer(self, version: Hashable, name: str, values: dict, compute: Callable[[], list[dict]]) -> list[dict]:
        """The answer of question `name` with `values` on graph `version`, computed at most once
        per version while it stays in the cache; always a copy the caller may change."""
        key = (version, name, tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in values.items())))
        with self._lock:
            blob = self._answers.get(key)
            if blob is not None:
                self._answers.move_to_end(key)
                self.hits += 1
        if blob is not None:
            return pickle.loads(blob)
        rows = compute()
        blob = pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL)
        with self._lock:
            self.misses += 1
            if version != self._version:
                self._answers.clear()
                self._bytes, self._version = 0, version
            if key not in self._answers and len(blob) <= self.max_bytes:
                self._answers[key] = blob
                self._bytes += len(blob)
                while len(self._answers) > self.max_answers or self._bytes > self.max_bytes:
                    _, old = self._answers.popitem(last=False)
                    self._bytes -= len(old)
        return rows  # computed for this caller alone: the cache keeps its own bytes

    def clear(self) -> None:
        with self._lock:
            self._answers.clear()
            self._bytes, self._version = 0, None

    def __len__(self) -> int:
        return len(self._answers)
