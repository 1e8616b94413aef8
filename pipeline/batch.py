"""Many files through the pipeline: all cores, resumable, flat memory, nothing lost.

Each input either becomes a Document or one line of `errors.jsonl` naming its stage and
cause. Finished documents go straight to a cache in the output folder, keyed by the
input's sha256, its doc_id and path, and the pipeline's version and configuration; the
outputs are then assembled from the cache in `doc_id` order, one document at a time.
So memory does not grow with the batch, a re-run skips what is done, an interrupted run
(even `kill -9`) resumes where it stopped, and the outputs are byte-identical however
the work was scheduled: in-process, a local process pool, or a Dask cluster.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from pathlib import Path

from pipeline import __version__
from pipeline.errors import KehoachError
from pipeline.limits import Limits
from pipeline.models import RECORD_LISTS
from pipeline.outputs import atomic_write, pretty_json, safe_name, write_assembled
from pipeline.stages import DEFAULT_STAGES, Component, build, run

SKIPPED_NAMES = ("README", "SOURCES", "LICENSE", "CHANGELOG")
"""Files a directory walk passes over: the notes that sit beside a corpus, not plans."""
SKIPPED_DIRS = ("ground-truth",)
"""Folders a directory walk passes over: transcripts kept beside the files they transcribe."""
CACHE_DIR = ".kehoach-cache"


@dataclass(frozen=True)
class BatchConfig:
    stages: tuple[str, ...] = DEFAULT_STAGES
    limits: Limits = field(default_factory=Limits)
    debug: bool = False
    """Add the Python traceback to each error (never changes a Document)."""

    def fingerprint(self) -> str:
        """What a cached document depends on besides its input: the code and lexicons that
        made it, and the settings."""
        blob = json.dumps(
            {"version": __version__, "code": code_fingerprint(), "stages": self.stages,
             "limits": self.limits.output_affecting()},
            sort_keys=True,
        )
        return hashlib.sha256(blob.encode()).hexdigest()


@cache
def code_fingerprint() -> str:
    """sha256 of the package's source and data files: a changed rule or lexicon entry (or a
    retrained model, whose `meta.json` holds its training-data hash and scores) must not be
    served stale results from the cache of an earlier run."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if (p.suffix in (".py", ".yaml") or p.name == "meta.json")
                       and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class Outcome:
    """What a worker sends back: the Document as compact JSON, or the error."""

    doc_json: str | None
    error: dict[str, str] | None
    timings: dict[str, float]


@dataclass
class BatchSummary:
    ok: int = 0
    failed: int = 0
    cached: int = 0
    records: Counter[str] = field(default_factory=Counter)
    errors: list[dict[str, str]] = field(default_factory=list)
    timings: Counter[str] = field(default_factory=Counter)


def find_inputs(paths: Iterable[Path]) -> tuple[list[Path], list[dict[str, str]]]:
    """Files named, and files under folders named (recursively, hidden and note files
    skipped), in a stable order; a path that does not exist is an error, not a crash."""
    found: list[Path] = []
    errors: list[dict[str, str]] = []

    def consider(path: Path) -> None:
        problem = _not_a_document(path)
        if problem:
            errors.append({"path": str(path), "stage": "read", "error": problem})
        else:
            found.append(path)

    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS)
                for name in sorted(files):
                    if name.startswith(".") or name.split(".")[0].upper() in SKIPPED_NAMES:
                        continue
                    consider(Path(root) / name)
        elif path.exists() or path.is_symlink():
            consider(path)
        else:
            errors.append({"path": str(path), "stage": "read", "error": "no such file or folder"})
    return sorted(dict.fromkeys(found), key=str), sorted(errors, key=lambda e: e["path"])


def _not_a_document(path: Path) -> str | None:
    """Why `path` cannot be read as a document (a pipe would block a worker forever)."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if path.is_symlink():
            return f"a broken or looping symbolic link ({exc.strerror})"
        return f"cannot read the file: {exc.strerror or exc}"
    if not stat.S_ISREG(mode):
        return "not a regular file (a pipe, socket or device)"
    return None


def _sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def assign_doc_ids(paths: list[Path], hashes: dict[Path, str | None]) -> dict[Path, str]:
    """The file stem, or the first 12 hex of the sha256 where stems collide."""
    stems = Counter(p.stem for p in paths)
    return {
        p: p.stem if stems[p.stem] == 1 else (hashes[p] or hashlib.sha256(str(p).encode()).hexdigest())[:12]
        for p in paths
    }


@cache
def _pipeline(stages: tuple[str, ...]) -> tuple[Component, ...]:
    """The components, built once per worker process: finding installed ones scans the
    environment's entry points, which costs more than extracting a short plan."""
    return tuple(build(stages))


def process_one(path: str, doc_id: str, config: BatchConfig) -> Outcome:
    """The unit of work, run in a worker process (local pool or Dask)."""
    timings: dict[str, float] = {}
    try:
        doc = run(Path(path), doc_id, _pipeline(config.stages), limits=config.limits, timings=timings)
    except KehoachError as exc:
        error = {"path": path, "stage": exc.stage, "error": exc.cause}
        if config.debug:
            error["traceback"] = "".join(traceback.format_exception(exc.__cause__ or exc))
        return Outcome(None, error, timings)
    return Outcome(doc.model_dump_json(), None, timings)


class Cache:
    """Finished documents, one compact JSON file each, written atomically."""

    def __init__(self, out: Path, config: BatchConfig) -> None:
        self.root = out / CACHE_DIR
        self.fingerprint = config.fingerprint()

    def key(self, path: Path, doc_id: str, sha256: str) -> str:
        return hashlib.sha256(f"{sha256}\0{doc_id}\0{path}\0{self.fingerprint}".encode()).hexdigest()

    def file(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> str | None:
        try:
            return self.file(key).read_text(encoding="utf-8")
        except OSError:
            return None

    def put(self, key: str, doc_json: str) -> None:
        atomic_write(self.file(key), doc_json.encode("utf-8"))


def _remove_partials(out: Path) -> None:
    """Temporary files of a run that was killed: never complete, never under a final name."""
    if out.exists():
        for part in out.rglob(".*.part"):
            part.unlink(missing_ok=True)


def _run_local(
    todo: list[tuple[Path, str]], config: BatchConfig, jobs: int
) -> Iterator[tuple[Path, Outcome]]:
    if jobs <= 1 or len(todo) <= 1:
        for path, doc_id in todo:
            yield path, process_one(str(path), doc_id, config)
        return
    # a bounded window of documents in flight: a finished result is written and dropped
    # before the next is submitted, so memory does not grow with the batch
    window = jobs * 4
    pending = iter(todo)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        running: dict[Future[Outcome], Path] = {}
        for path, doc_id in islice(pending, window):
            running[pool.submit(process_one, str(path), doc_id, config)] = path
        while running:
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                path = running.pop(future)
                try:
                    outcome = future.result()
                except Exception as exc:  # the worker itself died (e.g. killed for memory)
                    outcome = Outcome(None, {"path": str(path), "stage": "worker", "error": f"{type(exc).__name__}: {exc}"}, {})
                yield path, outcome
                for next_path, next_id in islice(pending, 1):
                    running[pool.submit(process_one, str(next_path), next_id, config)] = next_path


def process_chunk(items: list[tuple[str, str]], config: BatchConfig) -> list[Outcome]:
    """Several documents in one Dask task: per-task scheduling costs milliseconds, as much as
    a small document takes, so tasks carry a chunk of documents."""
    return [process_one(path, doc_id, config) for path, doc_id in items]


def _run_dask(
    todo: list[tuple[Path, str]], config: BatchConfig, jobs: int, address: str | None
) -> Iterator[tuple[Path, Outcome]]:
    """The same work on Dask: a LocalCluster (`address` None) or an existing scheduler.
    Workers read the input paths, so a remote cluster needs them on a shared file system."""
    import logging

    from dask.distributed import Client, LocalCluster
    from dask.distributed import as_completed as dask_completed

    quiet = logging.getLogger("distributed")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # the cluster's INFO chatter would bury the progress bar
    cluster = None
    if address is None:
        cluster = LocalCluster(
            n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None,
            host="127.0.0.1", silence_logs=logging.ERROR,
        )
    client = Client(cluster if cluster is not None else address)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        size = max(1, min(32, -(-len(todo) // (workers * 4))))
        chunks = [todo[i : i + size] for i in range(0, len(todo), size)]
        futures = [
            client.submit(process_chunk, [(str(p), d) for p, d in chunk], config, pure=False) for chunk in chunks
        ]
        owner = {f.key: chunk for f, chunk in zip(futures, chunks, strict=True)}
        for future in dask_completed(futures):
            chunk = owner[future.key]
            try:
                outcomes = future.result()
            except Exception as exc:  # a worker died: every document of its chunk is reported
                outcomes = [
                    Outcome(None, {"path": str(p), "stage": "worker", "error": f"{type(exc).__name__}: {exc}"}, {})
                    for p, _ in chunk
                ]
            yield from zip((p for p, _ in chunk), outcomes, strict=True)
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        quiet.setLevel(level)


def extract_batch(
    inputs: list[Path],
    out: Path,
    fmt: str,
    config: BatchConfig,
    jobs: int = 1,
    scheduler: str = "local",
    on_done: Callable[[Path, str], None] | None = None,
    use_cache: bool = True,
) -> BatchSummary:
    """Process `inputs` into `out` in format `fmt`; see the module docstring."""
    out.mkdir(parents=True, exist_ok=True)
    _remove_partials(out)
    cache = Cache(out, config)
    summary = BatchSummary()
    hashes = {p: _sha256(p) for p in inputs}
    ids = assign_doc_ids(inputs, hashes)
    done: dict[str, str] = {}  # doc_id -> cache key, for assembly
    todo: list[tuple[Path, str]] = []
    for path in inputs:
        sha = hashes[path]
        key = cache.key(path, ids[path], sha or "unreadable")
        if use_cache and sha is not None and cache.get(key) is not None:
            done[ids[path]] = key
            summary.cached += 1
            if on_done:
                on_done(path, "cached")
        else:
            todo.append((path, ids[path]))
    if scheduler == "local":
        outcomes = _run_local(todo, config, jobs)
    else:
        outcomes = _run_dask(todo, config, jobs, None if scheduler == "dask" else scheduler)
    for path, outcome in outcomes:
        summary.timings.update(outcome.timings)
        if outcome.doc_json is not None:
            key = cache.key(path, ids[path], hashes[path] or "unreadable")
            cache.put(key, outcome.doc_json)
            done[ids[path]] = key
            if fmt == "json":  # stream: each document is on disk as soon as it is done
                atomic_write(out / f"{safe_name(ids[path])}.json", pretty_json(outcome.doc_json).encode("utf-8"))
        else:
            assert outcome.error is not None
            summary.errors.append(outcome.error)
        if on_done:
            on_done(path, "ok" if outcome.doc_json is not None else "failed")
    summary.ok = len(done)
    summary.failed = len(summary.errors)
    counts = write_assembled(fmt, (cache.get(done[d]) or "" for d in sorted(done)), out)
    summary.records.update(counts)
    return summary


__all__ = ["BatchConfig", "BatchSummary", "extract_batch", "find_inputs", "process_one", "RECORD_LISTS"]
