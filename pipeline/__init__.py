"""kehoach: Vietnamese government plans (kế hoạch) into structured, evidence-linked records.

For notebooks: `pipeline.extract_file(path)` gives one `Document`, `pipeline.to_frames(OUT)`
the tables of an `extract` output folder as DataFrames; the command line is `kehoach`.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Document

__version__ = "0.1.0"
__all__ = ["Document", "extract_file", "to_frames", "__version__"]


def extract_file(path: str | Path) -> Document:
    """Run the default pipeline on one file; raises `KehoachError` naming stage and cause."""
    from pipeline.stages import run

    return run(Path(path))


def to_frames(out: str | Path) -> dict:
    """The tables of an `extract` output folder as pandas DataFrames (the CSV columns)."""
    from pipeline.frames import to_frames as frames

    return frames(out)
