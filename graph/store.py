"""What every store offers: ingest a document, answer the named questions, count, export."""
from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from extraction.records import Document

from . import contracts

QUESTIONS = tuple(contracts.QUESTIONS)  # the named questions every store answers (declared in contracts.py)


@dataclass
class IngestSummary:
    document: str
    status: str  # created, replaced, unchanged
    policies: int
    measures: int


class GraphStore(Protocol):
    name: str

    def ingest(self, doc: Document) -> IngestSummary: ...

    def batch(self) -> AbstractContextManager: ...  # many ingests as one run (embedded: one copy, few writes)

    def overlaps_stale(self) -> bool: ...

    def recompute_overlaps(self, full: bool = False) -> int: ...  # incremental unless full or many changes

    def query(self, name: str, params: dict) -> list[dict]: ...

    def counts(self) -> dict[str, int]: ...

    def export(self) -> dict: ...

    def close(self) -> None: ...
