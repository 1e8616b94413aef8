"""Per-document limits, so that one pathological file cannot stall or sink a batch.

The time limit is enforced two ways: preemptively with SIGALRM where the work runs on a
process's main thread (the local process pool), and cooperatively between stages
everywhere (Dask runs tasks on worker threads, where signals cannot be set).
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass

from pipeline.errors import KehoachError


@dataclass(frozen=True)
class Limits:
    timeout: float | None = 300.0
    """Seconds one document may take, all stages included."""
    max_pages: int | None = 2000
    """Pages a PDF may have; longer ones are refused before any text is read."""
    max_bytes: int | None = 200_000_000
    """Size of an input file."""
    max_chars: int | None = 5_000_000
    """Characters of text once loaded (a 500-page plan has about 1.5 million)."""
    max_unzipped: int | None = 64_000_000
    """Bytes a zip container (.docx, .xlsx …) may expand to, all parts together: a small zip
    can hold gigabytes of zeros. The real .docx plans seen hold about 30 KB of XML a page, so
    a 2,000-page plan fits; python-docx's tree costs about ten times the XML."""
    max_xml_elements: int | None = 2_000_000
    """XML elements in all parts of a zip container, counted by a streaming parse before any
    tree is built: the real plans hold about 30 elements per KB of XML (a ten-page 300 KB
    .docx, 9,500), while 344 KB of zipped empty paragraphs held tens of millions."""
    max_compression_ratio: float | None = 200.0
    """How tightly a zip member over 4 MB may be packed (expanded size over packed size):
    real Office XML packs 10 to 35 to 1, a zip bomb 1,000 to 1."""
    max_memory: int | None = 2_000_000_000
    """Bytes of address space one document may add to its batch worker (RLIMIT_AS): past it
    the document is an `errors.jsonl` line naming its stage, and the batch goes on."""
    ocr_threads: int | None = None
    """Pages of one document OCR'd at a time (default: one per core). A batch running one
    worker per core sets 1, so that workers × pages never exceeds the cores."""

    def output_affecting(self) -> dict[str, int | None]:
        """The limits that can change what a successful run writes (the timeout, the threads
        and the memory ceiling cannot: past them a document fails, never reads differently)."""
        d = asdict(self)
        d.pop("timeout")
        d.pop("ocr_threads")
        d.pop("max_memory")
        return d


class DocumentTimeout(KehoachError):
    pass


@contextmanager
def time_limit(seconds: float | None, stage: str = "timeout") -> Iterator[float | None]:
    """Raise `DocumentTimeout` after `seconds`; yields the monotonic deadline (or None)."""
    if not seconds:
        yield None
        return
    deadline = time.monotonic() + seconds
    use_signal = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not use_signal:
        yield deadline
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise DocumentTimeout(stage, f"processing took longer than the {seconds:g} s limit per document")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield deadline
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def check_deadline(deadline: float | None, stage: str, seconds: float | None) -> None:
    """The cooperative check, between stages."""
    if deadline is not None and time.monotonic() > deadline:
        raise DocumentTimeout(stage, f"processing took longer than the {seconds:g} s limit per document")
