"""A readers-writer lock for the embedded store's graph, which writes change in place.

Readers (the API's threads answering questions) share it; a writer (a plan being executed, a
journal entry being replayed, a reloaded graph swapped in) holds it alone, so a reader sees the
graph before or after a plan, never half of one. A waiting writer goes before readers that
arrive after it (a steady stream of questions cannot starve a write). Both sides are reentrant
in their own thread, and the thread holding it exclusively may also read.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterator


class ReadWriteLock:
    def __init__(self):
        self._cond = threading.Condition(threading.Lock())
        self._readers = 0
        self._writer: int | None = None
        self._writer_depth = 0
        self._waiting_writers = 0
        self._mine = threading.local()  # this thread's shared holds

    @contextmanager
    def shared(self) -> Iterator[None]:
        me = threading.get_ident()
        held = getattr(self._mine, "n", 0)
        if held or self._writer == me:  # reentrant, or the writer reading what it writes
            self._mine.n = held + 1
            try:
                yield
            finally:
                self._mine.n -= 1
            return
        with self._cond:
            while self._writer is not None or self._waiting_writers:
                self._cond.wait()
            self._readers += 1
        self._mine.n = 1
        try:
            yield
        finally:
            self._mine.n = 0
            with self._cond:
                self._readers -= 1
                if not self._readers:
                    self._cond.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        me = threading.get_ident()
        if getattr(self._mine, "n", 0):
            raise RuntimeError("a thread reading the graph cannot start writing it")
        with self._cond:
            if self._writer == me:
                self._writer_depth += 1
            else:
                self._waiting_writers += 1
                try:
                    while self._writer is not None or self._readers:
                        self._cond.wait()
                finally:
                    self._waiting_writers -= 1
                self._writer, self._writer_depth = me, 1
        try:
            yield
        finally:
            with self._cond:
                self._writer_depth -= 1
                if not self._writer_depth:
                    self._writer = None
                    self._cond.notify_all()
