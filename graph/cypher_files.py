"""The Cypher files of the named questions in cypher/: one file each, first line `// Title`.
Which file answers which question is declared in graph/contracts.py."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CYPHER_DIR = Path(__file__).resolve().parent.parent / "cypher"
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


@dataclass(frozen=True)
class NamedQuery:
    file: str
    title: str
    text: str
    params: tuple[str, ...]  # the $parameters outside comments, in order of first use


@lru_cache(maxsize=None)
def load_query(file: str) -> NamedQuery:
    path = CYPHER_DIR / file
    if not path.is_file():
        raise ValueError(f"{path}: no such Cypher file")
    text = path.read_text(encoding="utf-8")
    first = text.splitlines()[0] if text else ""
    if not first.startswith("// "):
        raise ValueError(f"{path}: first line must be '// Title'")
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    return NamedQuery(file, first[3:].strip(), text, tuple(dict.fromkeys(_PARAM.findall(body))))


def cypher_files() -> list[str]:
    """Every .cypher file in cypher/ (each must answer a declared question)."""
    return sorted(p.name for p in CYPHER_DIR.glob("*.cypher"))
