"""Files -> extraction results: the only place that reads documents from disk.

Each file is read, decoded and extracted on its own; a file that fails becomes an error
entry naming the file, and the other files of the run still go through.
"""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Iterable, Iterator

from extraction.decoding import decode_bytes
from extraction.errors import InputError, PolicyKGError
from extraction.pipeline import default_nlp, extract_text
from extraction.records import Document, ExtractionError, ExtractionResult

log = logging.getLogger(__name__)
SUFFIXES = (".txt", ".docx")


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, plus the .txt/.docx files inside directories named (sorted)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        else:
            out.append(path)
    return out


def extract_bytes(data: bytes, name: str) -> Document:
    """Decode and extract one document; raises InputError naming `name`."""
    decoded = decode_bytes(data, name)
    return extract_text(decoded.text, name, sha256=hashlib.sha256(data).hexdigest(), nlp=default_nlp())


def extract_file(path: Path) -> Document:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except IsADirectoryError:
        raise InputError("is a directory", path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=str(path)) from None
    return extract_bytes(data, str(path))


def iter_extract(paths: Iterable[Path]) -> Iterator[Document | ExtractionError]:
    for path in paths:
        try:
            yield extract_file(path)
        except PolicyKGError as exc:
            yield ExtractionError(path=str(path), error=exc.message)
        except Exception as exc:  # a bug on one file must not lose the others; it is logged in full
            log.exception("extraction failed on %s", path)
            yield ExtractionError(path=str(path), error=f"internal error: {type(exc).__name__}: {exc}")


def extract_paths(paths: Iterable[str | Path]) -> ExtractionResult:
    result = ExtractionResult()
    for item in iter_extract(expand_paths(paths)):
        (result.errors if isinstance(item, ExtractionError) else result.documents).append(item)
    return result
