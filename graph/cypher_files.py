"""The named queries in cypher/: one file each, first line `// Title`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extraction.errors import NotFoundError

CYPHER_DIR = Path(__file__).resolve().parent.parent / "cypher"
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    text: str
    params: tuple[str, ...]


@lru_cache(maxsize=None)
def named_queries() -> dict[str, NamedQuery]:
    out = {}
    for path in sorted(CYPHER_DIR.glob("*.cypher")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0] if text else ""
        if not first.startswith("// "):
            raise ValueError(f"{path}: first line must be '// Title'")
        body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
        params = tuple(dict.fromkeys(_PARAM.findall(body)))
        out[path.stem] = NamedQuery(path.stem, first[3:].strip(), text, params)
    return out


def get_query(name: str) -> NamedQuery:
    try:
        return named_queries()[name]
    except KeyError:
        raise NotFoundError(f"no named query {name!r}; known: {', '.join(sorted(named_queries()))}") from None
