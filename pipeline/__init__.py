"""kehoach: Vietnamese government plans (kế hoạch) into structured, evidence-linked records.

For notebooks: `pipeline.extract_file(path)` gives one `Document`; the command line is
`kehoach extract`.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Document

__version__ = "0.1.0"
__all__ = ["Document", "extract_file", "__version__"]


def extract_file(path: str | Path) -> Document:
    """Run the default pipeline on one file; raises `KehoachError` naming stage and cause."""
    from pipeline.stages import run

    return run(Path(path))
