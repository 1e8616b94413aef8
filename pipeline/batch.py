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

import gc
import hashlib
import json
import multiprocessing
import os
import signal
import stat
import traceback
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from pathlib import Path

try:
    import resource
except ImportError:  # Windows: no memory ceiling
    resource = None  # type: ignore[assignment]

from pipeline import __version__
from pipeline.errors import KehoachError
from pipeline.limits import Limits
from pipeline.models import RECORD_LISTS
from pipeline.outputs import (
    OUTPUT_MARK,
    atomic_write,
    file_names,
    mark_output_folder,
    parse_formats,
    pretty_json,
    write_assembled,
    write_errors,
)
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


class BatchInterrupted(Exception):
    """The user pressed Ctrl-C: the workers are stopped, the documents finished so far are in
    the cache (a re-run resumes from them), and no output was left half-written."""

    def __init__(self, summary: BatchSummary) -> None:
        super().__init__("interrupted")
        self.summary = summary


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


OWN_FILES = frozenset({"errors.jsonl", "documents.jsonl", "index.html", "report.json"})
"""Files kehoach writes into an output folder besides the `<doc_id>.json` documents and
the CSV tables: never plans, skipped wherever a walk meets them in a folder kehoach wrote."""


def is_output_folder(folder: Path) -> bool:
    """A folder kehoach wrote: it holds the output mark or the document cache."""
    return (folder / OUTPUT_MARK).is_file() or (folder / CACHE_DIR).is_dir()


def _own_file(folder_is_output: bool, name: str) -> bool:
    """One of kehoach's own outputs (skipped only inside a folder kehoach wrote, so a user's
    plan saved as `report.json` elsewhere is still read)."""
    return folder_is_output and (name in OWN_FILES or name.endswith((".json", ".csv", ".parquet", ".png", ".svg")))


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def find_inputs(
    paths: Iterable[Path], exclude: Iterable[Path] = (), follow_symlinks: bool = False
) -> tuple[list[Path], list[dict[str, str]]]:
    """Files named, and files under folders named (recursively, hidden and note files
    skipped), in a stable order; a path that does not exist is an error, not a crash.

    A walk does not read back what kehoach wrote: the folders in `exclude` (the output
    folder of this run) and any folder marked as a kehoach output are skipped. Nor does it
    leave the folder it was given: a symbolic link found in it whose target lies outside
    that folder is reported as an error line and not followed, unless `follow_symlinks`
    (a link to /etc/passwd dropped into a shared folder must not end up in the outputs). A
    file named on the command line is read wherever it points: the user named it."""
    found: list[Path] = []
    errors: list[dict[str, str]] = []
    excluded = {os.path.realpath(p) for p in exclude}

    def consider(path: Path) -> None:
        problem = _not_a_document(path)
        if problem:
            errors.append({"path": str(path), "stage": "read", "error": problem})
        else:
            found.append(path)

    def outside(link: Path, top: str) -> str | None:
        """Where `link` points when that is outside `top` (None when inside, or when it
        is broken or loops: those are reported by `consider`)."""
        target = os.path.realpath(link)
        if _inside(target, top) or not os.path.exists(target):
            return None
        return target

    def not_followed(link: Path, target: str, what: str) -> None:
        errors.append({"path": str(link), "stage": "read", "error": (
            f"a symbolic link to {what} outside the input folder ({target}): not followed; "
            "use --follow-symlinks to read it")})

    for path in paths:
        if path.is_dir():
            top = os.path.realpath(path)
            seen: set[str] = set()
            for root, dirs, files in os.walk(path, followlinks=follow_symlinks):
                here = Path(root)
                real = os.path.realpath(root)
                if real in seen:  # a followed link back to a folder already walked
                    dirs[:] = []
                    continue
                seen.add(real)
                kept = []
                for name in sorted(dirs):
                    sub = here / name
                    if name.startswith(".") or name in SKIPPED_DIRS or is_output_folder(sub):
                        continue
                    if os.path.realpath(sub) in excluded:
                        continue
                    if sub.is_symlink() and not follow_symlinks:
                        # a link to a folder inside the input is walked at its real place
                        if (target := outside(sub, top)) is not None:
                            not_followed(sub, target, "a folder")
                        continue
                    kept.append(name)
                dirs[:] = kept
                output_here = is_output_folder(here) or real in excluded
                for name in sorted(files):
                    if name.startswith(".") or name.split(".")[0].upper() in SKIPPED_NAMES:
                        continue
                    if _own_file(output_here, name):
                        continue
                    file = here / name
                    if file.is_symlink() and not follow_symlinks and (target := outside(file, top)) is not None:
                        not_followed(file, target, "a file")
                        continue
                    consider(file)
        elif path.exists() or path.is_symlink():
            consider(path)
        else:
            errors.append({"path": str(path), "stage": "read", "error": "no such file or folder"})
    # one document per file, however it was named (`in/a.txt`, `./in/a.txt`, `/abs/in/a.txt`)
    unique = {os.path.abspath(p): p for p in sorted(found, key=str, reverse=True)}
    return sorted(unique.values(), key=str), sorted(errors, key=lambda e: e["path"])


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


def assign_doc_ids(paths: list[Path]) -> dict[Path, str]:
    """The file stem; where stems collide in the batch (`a/plan.txt`, `b/plan.txt`, or
    `plan.txt` beside `plan.md`), the first 12 hex of the sha256 of the file's path relative
    to the folder the colliding files share. So every input has its own id even when the
    contents are identical, and the id survives moving the whole corpus elsewhere."""
    by_stem: dict[str, list[Path]] = {}
    for p in paths:
        by_stem.setdefault(p.stem, []).append(p)
    ids = {group[0]: stem for stem, group in by_stem.items() if len(group) == 1}
    taken = set(ids.values())
    for group in (g for g in by_stem.values() if len(g) > 1):
        absolute = [os.path.abspath(p) for p in group]
        common = os.path.commonpath(absolute)
        for p, a in zip(group, absolute):
            digest = hashlib.sha256(Path(os.path.relpath(a, common)).as_posix().encode("utf-8")).hexdigest()
            size = 12
            while digest[:size] in taken:  # only a file named after another's hash gets here
                size += 4
            taken.add(digest[:size])
            ids[p] = digest[:size]
    return ids


@cache
def _pipeline(stages: tuple[str, ...]) -> tuple[Component, ...]:
    """The components, built once per worker process: finding installed ones scans the
    environment's entry points, which costs more than extracting a short plan."""
    return tuple(build(stages))


@cache
def settle_worker() -> None:
    """Once per worker process, after its first document: move everything alive then (modules,
    lexicons, models, compiled patterns: about 65,000 objects) out of the garbage collector's
    generations with `gc.freeze`. They live as long as the worker, yet every full collection
    walked them again. Only in processes kehoach owns (its pool workers, its own Dask cluster):
    freezing a caller's heap would keep its later garbage cycles forever."""
    gc.collect()
    gc.freeze()


def _address_space() -> int | None:
    """This process's virtual memory size in bytes (Linux), None where it cannot be read."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


@contextmanager
def memory_ceiling(extra: int | None) -> Iterator[None]:
    """Let the code inside grow this process's address space by at most `extra` bytes
    (RLIMIT_AS, relative to what the worker already holds, so its libraries and models do
    not count against the document): past it an allocation raises MemoryError instead of
    the kernel killing the worker, or the whole machine swapping. The previous limit is
    restored after, so a worker goes on to the next document."""
    current = _address_space() if extra else None
    if current is None or resource is None:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    ceiling = current + extra
    if hard != resource.RLIM_INFINITY:
        ceiling = min(ceiling, hard)
    if soft != resource.RLIM_INFINITY and soft <= ceiling:
        yield  # already held tighter by whoever started us
        return
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _is_out_of_memory(exc: BaseException | None) -> bool:
    """MemoryError, or a library that could not be mapped into memory on first import."""
    return isinstance(exc, MemoryError) or (isinstance(exc, (ImportError, OSError)) and "failed to map" in str(exc))


def _out_of_memory(limits: Limits) -> str:
    return (f"ran out of memory: the document needed more than the {(limits.max_memory or 0) / 1e9:g} GB "
            "allowed per document (Limits.max_memory)")


def process_one(path: str, doc_id: str, config: BatchConfig) -> Outcome:
    """The unit of work, run in a worker process (local pool or Dask), under the
    per-document memory ceiling: a document that exceeds it is an error line naming the
    stage it was in, and the worker goes on."""
    timings: dict[str, float] = {}
    try:
        with memory_ceiling(config.limits.max_memory):
            doc = run(Path(path), doc_id, _pipeline(config.stages), limits=config.limits, timings=timings)
            doc_json = doc.model_dump_json()
            del doc
    except KehoachError as exc:
        cause = _out_of_memory(config.limits) if _is_out_of_memory(exc.__cause__) else exc.cause
        error = {"path": path, "stage": exc.stage, "error": cause}
        if config.debug:
            error["traceback"] = "".join(traceback.format_exception(exc.__cause__ or exc))
        return Outcome(None, error, timings)
    except MemoryError as exc:  # outside any stage: reading the file, or writing the Document
        error = {"path": path, "stage": "read" if not timings else "assemble", "error": _out_of_memory(config.limits)}
        if config.debug:
            error["traceback"] = "".join(traceback.format_exception(exc))
        return Outcome(None, error, timings)
    return Outcome(doc_json, None, timings)


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
) -> Generator[tuple[Path, Outcome], None, None]:
    if jobs <= 1 or len(todo) <= 1:
        for path, doc_id in todo:
            yield path, process_one(str(path), doc_id, config)
        return
    # a bounded window of documents in flight: a finished result is written and dropped
    # before the next is submitted, so memory does not grow with the batch
    window = jobs * 4
    pending = iter(todo)
    others = set(multiprocessing.active_children())  # children that are not this pool's
    with ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts) as pool:
        try:
            running: dict[Future[Outcome], Path] = {}
            for path, doc_id in islice(pending, window):
                running[pool.submit(_process_in_worker, str(path), doc_id, config)] = path
            while running:
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    path = running.pop(future)
                    try:
                        outcome = future.result()
                    except Exception as exc:  # the worker itself died (e.g. killed for memory)
                        error = {"path": str(path), "stage": "worker", "error": f"{type(exc).__name__}: {exc}"}
                        outcome = Outcome(None, error, {})
                    yield path, outcome
                    for next_path, next_id in islice(pending, 1):
                        running[pool.submit(_process_in_worker, str(next_path), next_id, config)] = next_path
        except (KeyboardInterrupt, GeneratorExit):
            # the workers ignore Ctrl-C (see _ignore_interrupts): stop them here, at once,
            # rather than wait for the documents they are on
            pool.shutdown(wait=False, cancel_futures=True)
            for child in set(multiprocessing.active_children()) - others:
                child.terminate()
            raise


def _ignore_interrupts() -> None:
    """Pool workers leave Ctrl-C to the main process: otherwise each idle worker prints its
    own KeyboardInterrupt traceback when the terminal sends SIGINT to the whole group."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _process_in_worker(path: str, doc_id: str, config: BatchConfig) -> Outcome:
    """`process_one` in a worker process kehoach owns, which settles after its first document."""
    outcome = process_one(path, doc_id, config)
    settle_worker()
    return outcome


def process_chunk(items: list[tuple[str, str]], config: BatchConfig, settle: bool = False) -> list[Outcome]:
    """Several documents in one Dask task: per-task scheduling costs milliseconds, as much as
    a small document takes, so tasks carry a chunk of documents. `settle`: the worker is one of
    kehoach's own cluster, and settles after its first document (`settle_worker`)."""
    work = _process_in_worker if settle else process_one
    return [work(path, doc_id, config) for path, doc_id in items]


def _run_dask(
    todo: list[tuple[Path, str]], config: BatchConfig, jobs: int, address: str | None
) -> Generator[tuple[Path, Outcome], None, None]:
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
            # a shared cluster's workers are left as they are; kehoach's own settle (see settle_worker)
            client.submit(process_chunk, [(str(p), d) for p, d in chunk], config, cluster is not None, pure=False)
            for chunk in chunks
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


@dataclass(frozen=True)
class Finished:
    """One input done: `status` is ok, cached or failed; `doc_json` the Document as compact
    JSON (None when failed, and for cached ones unless the caller asked to read them)."""

    path: Path
    status: str
    doc_json: str | None = None
    error: dict[str, str] | None = None


def iter_batch(
    inputs: list[Path],
    out: Path,
    fmt: str | Sequence[str],
    config: BatchConfig,
    summary: BatchSummary,
    jobs: int = 1,
    scheduler: str = "local",
    use_cache: bool = True,
    failed: Sequence[dict[str, str]] = (),
    read_cached: bool = False,
) -> Generator[Finished, None, None]:
    """Process `inputs` into `out` in the formats `fmt`, yielding each input as it is done;
    see the module docstring. `failed` are inputs that could not even be named (from
    `find_inputs`): they are yielded first and go into `errors.jsonl` with the others.
    When the iteration ends, the outputs and `errors.jsonl` are written and `summary` is
    complete; closing the generator early stops the workers and writes nothing more."""
    formats = parse_formats(fmt)
    out.mkdir(parents=True, exist_ok=True)
    mark_output_folder(out)
    _remove_partials(out)
    cache = Cache(out, config)
    hashes = {p: _sha256(p) for p in inputs}
    ids = assign_doc_ids(inputs)
    names = file_names(ids.values())
    done: dict[str, str] = {}  # doc_id -> cache key, for assembly
    todo: list[tuple[Path, str]] = []
    for error in failed:
        summary.errors.append(error)
        yield Finished(Path(error["path"]), "failed", error=error)
    for path in inputs:
        sha = hashes[path]
        key = cache.key(path, ids[path], sha or "unreadable")
        if use_cache and sha is not None and (cached := cache.get(key)) is not None:
            done[ids[path]] = key
            summary.cached += 1
            summary.ok = len(done)
            yield Finished(path, "cached", cached if read_cached else None)
        else:
            todo.append((path, ids[path]))
    if scheduler == "local":
        outcomes = _run_local(todo, config, jobs)
    else:
        outcomes = _run_dask(todo, config, jobs, None if scheduler == "dask" else scheduler)
    try:  # Ctrl-C: what is cached stays cached; outputs are written whole or not at all
        for path, outcome in outcomes:
            summary.timings.update(outcome.timings)
            if outcome.doc_json is not None:
                key = cache.key(path, ids[path], hashes[path] or "unreadable")
                cache.put(key, outcome.doc_json)
                done[ids[path]] = key
                summary.ok = len(done)
                if "json" in formats:  # stream: each document is on disk as soon as it is done
                    atomic_write(out / f"{names[ids[path]]}.json", pretty_json(outcome.doc_json).encode("utf-8"))
                yield Finished(path, "ok", outcome.doc_json)
            else:
                assert outcome.error is not None
                summary.errors.append(outcome.error)
                summary.failed = len(summary.errors)
                yield Finished(path, "failed", error=outcome.error)
    except BaseException:
        outcomes.close()  # stops the workers now, not when the traceback is freed
        raise
    summary.failed = len(summary.errors)
    counts = write_assembled(formats, (cache.get(done[d]) or "" for d in sorted(done)), out, names)
    summary.records.update(counts)
    write_errors(summary.errors, out)


def extract_batch(
    inputs: list[Path],
    out: Path,
    fmt: str | Sequence[str],
    config: BatchConfig,
    jobs: int = 1,
    scheduler: str = "local",
    on_done: Callable[[Path, str], None] | None = None,
    use_cache: bool = True,
    failed: Sequence[dict[str, str]] = (),
) -> BatchSummary:
    """`iter_batch` run to the end, calling `on_done(path, status)` for each input; Ctrl-C
    raises `BatchInterrupted` with what was finished."""
    summary = BatchSummary()
    batch = iter_batch(inputs, out, fmt, config, summary, jobs, scheduler, use_cache, failed)
    try:
        for number, item in enumerate(batch):
            if on_done and number >= len(failed):  # the progress bar counts the inputs found
                on_done(item.path, item.status)
    except KeyboardInterrupt:
        batch.close()
        raise BatchInterrupted(summary) from None
    return summary


__all__ = ["BatchConfig", "BatchInterrupted", "BatchSummary", "Finished", "extract_batch", "find_inputs", "iter_batch",
           "process_one", "RECORD_LISTS"]
