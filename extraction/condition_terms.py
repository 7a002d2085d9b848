"""What the condition finders (conditions.py, condition_amounts.py) share: the lexicons of
data/condition_terms.json as compiled terms, and where a clause or sentence starts and which
term is named nearest before a position."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicons import _load

STOP = re.compile(r"[,，。;；:：]")
SENTENCE = re.compile(r"[。;；]")


@dataclass(frozen=True)
class Term:
    name: str
    regex: re.Pattern
    group: str = ""


@lru_cache(maxsize=None)
def terms() -> dict[str, tuple[Term, ...]]:
    data = _load("condition_terms.json")

    def table(entries: dict, group: str = "") -> list[Term]:
        return [Term(name, re.compile(rx), group) for name, rxs in entries.items() if name != "note" for rx in rxs]

    titles = data["titles"]
    return {
        "titles": tuple(table(titles["firm"], "firm") + table(titles["designation"], "designation")),
        "entities": tuple(table(data["entities"])),
        "sizes": tuple(table(data["sizes"])),
        "metrics": tuple(table(data["metrics"])),
        "bases": tuple(table(data["bases"])),
    }


def clause_start(view: str, floor: int, pos: int) -> int:
    stops = [m.end() for m in STOP.finditer(view, floor, pos)]
    return stops[-1] if stops else floor


def sentence_start(view: str, floor: int, pos: int) -> int:
    stops = [m.end() for m in SENTENCE.finditer(view, floor, pos)]
    return stops[-1] if stops else floor


def nearest(table: tuple[Term, ...], view: str, lo: int, hi: int) -> Term | None:
    """The term whose match ends nearest before `hi` in view[lo:hi] (longest at the same end)."""
    found = nearest_at(table, view, lo, hi)
    return found[0] if found else None


def nearest_at(table: tuple[Term, ...], view: str, lo: int, hi: int) -> tuple[Term, int] | None:
    """_nearest, with where its match starts."""
    best: tuple[int, int, Term, int] | None = None
    for t in table:
        for m in t.regex.finditer(view, lo, hi):
            key = (m.end(), m.end() - m.start())
            if best is None or key > best[:2]:
                best = (*key, t, m.start())
    return (best[2], best[3]) if best else None
