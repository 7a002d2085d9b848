"""Argument and option types shared by the policykg commands (api/cli.py, api/cli_extract.py)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

PathsArg = Annotated[list[Path], typer.Argument(help="Files (.txt, .md, .docx, .pdf, .html, .htm) or directories of them.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for machines instead of tables.")]
StoreOpt = Annotated[Optional[str], typer.Option("--store", help="memory (embedded, default) or neo4j; "
                                                 "default from POLICYKG_STORE.")]
DataDirOpt = Annotated[Optional[Path], typer.Option("--data-dir", help="Embedded store directory (POLICYKG_DATA_DIR).")]
PolicyArg = Annotated[str, typer.Argument(help="Policy id, document number or part of its title.")]
DateOpt = Annotated[Optional[str], typer.Option("--on", help="Date YYYY-MM-DD (default today).")]

WorkersOpt = Annotated[Optional[int], typer.Option("--workers", min=1, help="Extraction processes (default: "
                                                  "POLICYKG_WORKERS, else all cores); 1 runs in this process.")]
BatchOpt = Annotated[Optional[int], typer.Option("--batch", min=1, help="Documents per Neo4j write transaction "
                                                "(default: POLICYKG_LOAD_BATCH, else 100); a failed batch is "
                                                "retried one document at a time.")]
