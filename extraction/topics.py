"""Sectors a clause targets and the kind of support it gives, from the lexicons in data/."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicons import sectors as sector_table, support_types


@lru_cache(maxsize=None)
def _sector_pattern() -> tuple[re.Pattern, dict[str, str]]:
    canon: dict[str, str] = {}
    for name, synonyms in sector_table().items():
        for syn in [name, *synonyms]:
            canon.setdefault(syn, name)
    parts = []
    for syn in sorted(canon, key=len, reverse=True):
        esc = re.escape(syn)
        # Latin synonyms (AI, VR, 5G) only between non-Latin characters: not the AI in MAIL.
        parts.append(rf"(?<![A-Za-z]){esc}(?![A-Za-z])" if re.search(r"[A-Za-z]", syn) else esc)
    return re.compile("|".join(parts)), canon


def sectors_in(text: str) -> list[str]:
    """Canonical sectors named in `text`, in order of first mention."""
    pattern, canon = _sector_pattern()
    out: list[str] = []
    for m in pattern.finditer(text):
        name = canon[m.group(0)]
        if name not in out:
            out.append(name)
    return out


def sector_spans(text: str) -> list[tuple[int, int, str]]:
    pattern, canon = _sector_pattern()
    return [(m.start(), m.end(), canon[m.group(0)]) for m in pattern.finditer(text)]


def support_type(heading: str | None, text: str) -> str | None:
    best, best_score = None, 0
    for name, cues in support_types().items():
        score = sum(3 * (heading or "").count(c) + text.count(c) for c in cues)
        if score > best_score:
            best, best_score = name, score
    return best
