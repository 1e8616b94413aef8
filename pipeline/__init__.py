"""kehoach: Vietnamese government plans (kế hoạch) into structured, evidence-linked records.

For notebooks and scripts:

- `extract_file(path)`, `extract_text(text, name=...)`: one `Document`;
- `extract_many(paths, out=..., jobs=...)`: an iterator of `Document` or `Failure`, the
  batch runner of `kehoach extract` (same cache, outputs and `errors.jsonl`);
- `load_documents(OUT)`: the Documents of an output folder in any format (json, jsonl,
  csv, parquet); `to_frames(OUT)`: its tables as pandas DataFrames;
- `KehoachError`: what they raise, with `.stage` and `.cause` (`UsageError` for a folder or
  pattern they cannot use).

The command line is `kehoach`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.errors import Failure, KehoachError, UsageError
from pipeline.models import Document

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__version__ = "0.1.0"
__all__ = ["Document", "Failure", "KehoachError", "UsageError", "extract_file", "extract_many", "extract_text",
           "load_documents", "to_frames", "__version__"]


def extract_file(path: str | Path) -> Document:
    """Run the default pipeline on one file; raises `KehoachError` naming stage and cause."""
    from pipeline.stages import run

    return run(Path(path))


def extract_text(text: str, name: str = "text.txt") -> Document:
    """Run the default pipeline on a string; `name` is its file name (the stem is the doc_id,
    the extension hints the format). Raises `KehoachError` naming stage and cause."""
    from pipeline.api import extract_text as run_text

    return run_text(text, name)


def extract_many(paths: str | Path | Iterable[str | Path], out: str | Path | None = None, jobs: int | None = None,
                 formats: str = "json", **options: Any) -> Iterator[Document | Failure]:
    """Each input as a `Document` or a `Failure`, as it is done: `kehoach extract PATHS -o OUT
    -f FORMATS -j JOBS` as an iterator (see `pipeline.api.extract_many` for the options)."""
    from pipeline.api import extract_many as run_many

    return run_many(paths, out, jobs=jobs, formats=formats, **options)


def load_documents(out: str | Path) -> dict[str, Document]:
    """The Documents of an `extract` output folder (json, jsonl, csv or parquet), by doc_id;
    raises `UsageError` saying why when `out` is not one."""
    from pipeline.readers import load_documents as load

    return load(out)


def to_frames(out: str | Path) -> dict:
    """The tables of an `extract` output folder as pandas DataFrames (the CSV columns)."""
    from pipeline.frames import to_frames as frames

    return frames(out)
