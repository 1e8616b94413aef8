"""Many files through the pipeline: one bad file never stops a batch, nothing is dropped.

Each input either becomes a Document or one line of `errors.jsonl` naming its stage and
cause. Documents are processed in a process pool (one process per core by default).
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import KehoachError
from pipeline.models import RECORD_LISTS, Document
from pipeline.stages import build, run

SKIPPED_NAMES = ("README", "SOURCES", "LICENSE", "CHANGELOG")
"""Files a directory walk passes over: the notes that sit beside a corpus, not plans."""


@dataclass
class BatchResult:
    documents: list[Document] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)

    def record_counts(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for doc in self.documents:
            for name in RECORD_LISTS:
                counts[name] += len(getattr(doc, name))
        return counts


def find_inputs(paths: Iterable[Path]) -> tuple[list[Path], list[dict[str, str]]]:
    """Files named, and files under folders named (recursively, hidden and note files
    skipped), in a stable order; a path that does not exist is an error, not a crash."""
    found: list[Path] = []
    errors: list[dict[str, str]] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or name.split(".")[0].upper() in SKIPPED_NAMES:
                        continue
                    found.append(Path(root) / name)
        elif path.is_file():
            found.append(path)
        else:
            errors.append({"path": str(path), "stage": "read", "error": "no such file or folder"})
    unique = sorted(dict.fromkeys(found), key=lambda p: str(p))
    return unique, errors


def assign_doc_ids(paths: list[Path]) -> dict[Path, str]:
    """The file stem, or the first 12 hex of the sha256 where stems collide."""
    stems = Counter(p.stem for p in paths)
    ids: dict[Path, str] = {}
    for p in paths:
        if stems[p.stem] == 1:
            ids[p] = p.stem
        else:
            try:
                ids[p] = hashlib.sha256(p.read_bytes()).hexdigest()[:12]
            except OSError:
                ids[p] = hashlib.sha256(str(p).encode()).hexdigest()[:12]
    return ids


def _process(path: Path, doc_id: str, stage_names: tuple[str, ...]) -> tuple[Document | None, dict[str, str] | None]:
    try:
        return run(path, doc_id, build(stage_names)), None
    except KehoachError as exc:
        return None, {"path": str(path), "stage": exc.stage, "error": exc.cause}


def process(
    paths: list[Path],
    stage_names: tuple[str, ...],
    jobs: int = 1,
    on_done: Callable[[Path, bool], None] | None = None,
) -> Iterator[tuple[Path, Document | None, dict[str, str] | None]]:
    """Yield each input's Document or error as it finishes (completion order)."""
    ids = assign_doc_ids(paths)
    if jobs <= 1 or len(paths) <= 1:
        for path in paths:
            doc, err = _process(path, ids[path], stage_names)
            if on_done:
                on_done(path, err is None)
            yield path, doc, err
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(_process, p, ids[p], stage_names): p for p in paths}
        for future in as_completed(futures):
            path = futures[future]
            try:
                doc, err = future.result()
            except Exception as exc:  # the worker itself died (e.g. killed for memory)
                doc, err = None, {"path": str(path), "stage": "worker", "error": f"{type(exc).__name__}: {exc}"}
            if on_done:
                on_done(path, err is None)
            yield path, doc, err
