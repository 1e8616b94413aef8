"""The Python API behind `pipeline.extract_text`, `extract_many` and the inputs of
`kehoach extract`: one way to name inputs (paths, quoted glob patterns, `-` for standard
input) and one batch runner (`pipeline.batch`) for the command line and for Python."""

from __future__ import annotations

import glob
import os
import tempfile
from contextlib import nullcontext
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from pipeline.batch import BatchConfig, BatchSummary, find_inputs, iter_batch
from pipeline.errors import Failure, UsageError
from pipeline.limits import Limits
from pipeline.models import Document
from pipeline.outputs import atomic_write, safe_name

STDIN = "-"
STDIN_DIR = ".kehoach-stdin"
"""Where, in the output folder, the bytes read from standard input are kept: the document's
`source.path` names a file that holds exactly what was read, and a re-run reuses the cache."""


def expand_patterns(args: Iterable[str | Path]) -> list[Path]:
    """Paths as given, glob patterns expanded by kehoach (`'corpus/**/*.pdf'`, quoted so
    that the shell leaves them; `**` crosses folders). A path that exists is taken as it is,
    even with `*` or `[` in its name; a pattern that matches nothing is a `UsageError`."""
    paths: list[Path] = []
    for arg in args:
        text = str(arg)
        if glob.has_magic(text) and not os.path.lexists(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                raise UsageError(f"no file matches the pattern {text!r}")
            paths += [Path(m) for m in matches]
        else:
            paths.append(Path(text))
    return paths


def save_stdin(data: bytes, name: str, out: Path) -> Path:
    """The bytes of standard input as `OUT/.kehoach-stdin/<name>`; `name` gives the doc_id
    (its stem) and, by its extension, a hint of the format."""
    path = out / STDIN_DIR / safe_name(name)
    atomic_write(path, data)
    return path


def resolve_inputs(
    args: Sequence[str | Path], out: Path, follow_symlinks: bool = False, stdin: bytes | None = None,
    name: str = "stdin",
) -> tuple[list[Path], list[dict[str, str]]]:
    """The files `extract` processes and the error lines of those it cannot (see
    `batch.find_inputs`); `-` stands for `stdin` (read by the caller). Nothing to process at
    all is a `UsageError`."""
    if sum(str(a) == STDIN for a in args) > 1:
        raise UsageError("standard input (-) can be read only once")
    named = [save_stdin(stdin or b"", name, out) if str(a) == STDIN else a for a in args]
    inputs, missing = find_inputs(expand_patterns(named), exclude=[out], follow_symlinks=follow_symlinks)
    if not inputs and not missing:
        raise UsageError("no input files found under " + ", ".join(map(str, args)))
    return inputs, missing


def extract_text(text: str, name: str = "text.txt", limits: Limits | None = None) -> Document:
    """One document from a string (a plan pasted into a notebook, a web page's text); `name`
    is its file name: the stem is the doc_id, the extension hints the format (`.md`,
    `.html`), and it is the Document's `source.path`. Raises `KehoachError` naming stage and
    cause, like `extract_file`."""
    from pipeline.stages import run

    with tempfile.TemporaryDirectory(prefix="kehoach-") as tmp:
        path = Path(tmp) / safe_name(Path(name).name)
        path.write_text(text, encoding="utf-8")
        doc = run(path, Path(name).stem or "text", limits=limits)
    return doc.model_copy(update={"source": doc.source.model_copy(update={"path": name})})


def extract_many(
    paths: str | Path | Iterable[str | Path],
    out: str | Path | None = None,
    jobs: int | None = None,
    formats: str | Sequence[str] = "json",
    fresh: bool = False,
    limits: Limits | None = None,
    follow_symlinks: bool = False,
) -> Iterator[Document | Failure]:
    """Each input as a `Document`, or a `Failure` naming its stage and cause, as it is done
    (in completion order; cached ones first). With `out`, it is `kehoach extract PATHS -o
    OUT -f FORMATS`: the same cache (a second call only reads it back), the same outputs and
    `errors.jsonl`, written when the iteration ends. Without `out`, the batch runs in a
    temporary folder that is removed afterwards. `paths` are files, folders or quoted glob
    patterns; `jobs` defaults to every core."""
    from pipeline.stages import load_registry

    if isinstance(paths, (str, Path)):
        paths = [paths]
    jobs = jobs or os.cpu_count() or 1
    limits = limits or Limits(ocr_threads=max(1, (os.cpu_count() or 1) // jobs))  # as the command line
    config = BatchConfig(stages=load_registry().default_names(), limits=limits)
    with tempfile.TemporaryDirectory(prefix="kehoach-") if out is None else nullcontext(str(out)) as where:
        folder = Path(where)
        inputs, missing = resolve_inputs(list(paths), folder, follow_symlinks=follow_symlinks)
        for item in iter_batch(inputs, folder, formats if out is not None else "jsonl", config, BatchSummary(),
                               jobs=jobs, use_cache=not fresh, failed=missing, read_cached=True):
            if item.error is not None:
                yield Failure.from_line(item.error)
            else:
                assert item.doc_json is not None
                yield Document.model_validate_json(item.doc_json)

