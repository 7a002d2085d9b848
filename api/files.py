"""Files -> extraction results: the only place that reads documents from disk.

Each file is read, decoded (extraction/decoding.py: .txt, .md, .docx, .pdf, .html, .htm) and
extracted on its own; a file that fails becomes an error entry naming the file, and the other
files of the run still go through. A directory stands for every file under it, whatever its
type, except hidden ones (.DS_Store, .git/): an unsupported file is named and counted, never
skipped silently, and a directory with no files at all is an error of its own.

With more than one worker (--workers, POLICYKG_WORKERS; default all cores) files are extracted
in worker processes (api/parallel.py), with the same results in the same order.

The limits in Settings bound what one file may cost: the bytes a .docx unpacks to (checked
before unpacking) and the characters of a document's text (checked before spaCy sees it).
"""
from __future__ import annotations

import hashlib
import logging
import os
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from pydantic import Field

from extraction.decoding import DecodedText, decode_bytes
from extraction.errors import EmptyInputError, InputError, PolicyKGError, TooLargeError
from extraction.pipeline import default_nlp, extract_text
from extraction.records import Document, ExtractionError, ExtractionResult

from .settings import Settings

log = logging.getLogger(__name__)


class FileError(ExtractionError):
    """An ExtractionError that also knows what kind of problem it is, for the run's summary.
    The code stays out of the JSON so the error shape ({path, error}) is unchanged."""

    code: str = Field(default="bad_input", exclude=True)  # unsupported_input, empty_input, too_large, bad_input, internal_error, not_stored


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, plus every non-hidden file inside directories named (sorted); a directory
    holding no such file stays in the list, so that reading it reports it as empty."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path)))
            out.extend(found or [path])
        else:
            out.append(path)
    return out


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def read_file(path: Path, settings: Settings | None = None) -> tuple[bytes, DecodedText]:
    """The file's bytes and its decoded text; raises InputError naming the file."""
    settings = settings or Settings()
    if path.is_dir():
        raise EmptyInputError("directory holds no files to read", path=str(path))
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=str(path)) from None
    return data, decode_bytes(data, str(path), settings.max_docx_unpacked_bytes)


def extract_bytes(data: bytes, name: str, settings: Settings | None = None) -> Document:
    """Decode and extract one document; raises InputError naming `name`."""
    settings = settings or Settings()
    return _extract(data, decode_bytes(data, name, settings.max_docx_unpacked_bytes), name, settings)


def _extract(data: bytes, decoded: DecodedText, name: str, settings: Settings) -> Document:
    limit = settings.max_document_chars
    if len(decoded.text) > limit:
        raise TooLargeError(f"{len(decoded.text):,} characters of text, more than the {limit:,} a document may have "
                            f"(POLICYKG_MAX_DOCUMENT_CHARS); split it into smaller files", path=name)
    nlp = default_nlp()
    nlp.max_length = max(nlp.max_length, limit)  # spaCy's own limit (E088) must not be the lower one
    doc = extract_text(decoded.text, name, sha256=hashlib.sha256(data).hexdigest(), nlp=nlp)
    if decoded.page_starts is not None:
        doc.page_starts = list(decoded.page_starts)
    return doc


def extract_file(path: Path, settings: Settings | None = None) -> Document:
    settings = settings or Settings()
    data, decoded = read_file(path, settings)
    return _extract(data, decoded, str(path), settings)


def extract_one(path: Path, settings: Settings) -> Document | FileError:
    """One file's document, or the error naming it; never raises for a bad file. The same in a
    worker process (api/parallel.py) as here, so both paths give the same rows."""
    try:
        return extract_file(path, settings)
    except Exception as exc:
        return file_error(str(path), exc)


def worker_count(workers: int | None, settings: Settings) -> int:
    """--workers, else POLICYKG_WORKERS, else every core."""
    n = workers if workers is not None else settings.workers
    n = n if n is not None else (os.cpu_count() or 1)
    if n < 1:
        raise InputError(f"workers must be at least 1, not {n}")
    return n


def iter_extract(paths: Iterable[Path], settings: Settings | None = None,
                 workers: int | None = None) -> Iterator[Document | FileError]:
    """One document or error per path, in the order of `paths`, as each is ready. With more than
    one worker (and more than one file) extraction runs in worker processes; the output is the
    same as with one."""
    settings = settings or Settings()
    paths = list(paths)
    n = min(worker_count(workers, settings), len(paths))
    if n <= 1:  # one worker, or one file: no pool to start
        for path in paths:
            yield extract_one(path, settings)
        return
    from .parallel import extract_in_pool

    yield from extract_in_pool(paths, settings, n)


def extract_or_error(data: bytes, name: str, settings: Settings | None = None) -> Document | FileError:
    """extract_bytes, with a failure returned as the FileError `policykg extract` reports for it
    (the Spark job, api/spark_job.py, turns each file into a record or an error row this way)."""
    try:
        return extract_bytes(data, name, settings)
    except Exception as exc:
        return file_error(name, exc)


def file_error(path: str, exc: Exception) -> FileError:
    if isinstance(exc, PolicyKGError):
        return FileError(path=path, error=exc.message, code=exc.code)
    # a bug on one file must not lose the others; it is logged in full
    log.error("extraction failed on %s", path, exc_info=exc)
    return FileError(path=path, error=f"internal error: {type(exc).__name__}: {exc}", code="internal_error")


def extract_paths(paths: Iterable[str | Path], settings: Settings | None = None,
                  workers: int | None = None) -> ExtractionResult:
    result = ExtractionResult()
    for item in iter_extract(expand_paths(paths), settings, workers):
        (result.errors if isinstance(item, ExtractionError) else result.documents).append(item)
    return result


def error_counts(errors: Iterable[ExtractionError]) -> dict[str, int]:
    """How many errors of each kind: {"unsupported": 1, "empty": 2, "no_text_layer": 1, "too_large": 1, "unreadable": 1}."""
    return kind_counts(Counter(getattr(e, "code", "") for e in errors))


def kind_counts(codes: dict[str, int]) -> dict[str, int]:
    """Error codes counted (as FileError.code) -> the kinds a summary names."""
    names = {"unsupported_input": "unsupported", "empty_input": "empty", "no_text_layer": "no_text_layer",
             "too_large": "too_large", "internal_error": "internal", "not_stored": "not_stored"}
    kinds: Counter = Counter()
    for code, n in codes.items():
        kinds[names.get(code, "unreadable")] += n
    return dict(kinds)


def summary_line(files: int, documents: int, errors: list[ExtractionError], middle: str = "",
                 counts: dict[str, int] | None = None) -> str:
    """The end of a run: "3 documents, 2 errors (5 files: 1 empty, 1 unsupported)", with
    `middle` (", 36 policies, 335 measures") after the documents; "nothing was read" when so.
    `counts` (kinds, as error_counts gives them) stands for `errors` when only counts are known."""
    counts = error_counts(errors) if counts is None else counts
    kinds = ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in sorted(counts.items()))
    line = (f"{documents} documents{middle}, {sum(counts.values())} errors ({files} files"
            + (f": {kinds})" if kinds else ")"))
    return line + ("; nothing was read" if not documents else "")
