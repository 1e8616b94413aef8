"""The pipeline, assembled in one place as an ordered list of named stages.

Like a spaCy pipeline, each stage is a named component that reads and fills one shared
`Work` record. `build()` turns a list of names into the stages to run and refuses an
unknown name or a stage whose inputs no earlier stage makes. A record list no
stage fills stays empty rather than being filled with guesses.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import KehoachError, UnknownStage
from pipeline.limits import DocumentTimeout, Limits, check_deadline, time_limit
from pipeline.extract.agencies import extract_agencies
from pipeline.extract.citations import extract_citations
from pipeline.extract.context import DocContext
from pipeline.extract.deadlines import extract_deadlines
from pipeline.extract.targets import extract_targets
from pipeline.extract.tasks import extract_tasks
from pipeline.models import Agency, Citation, Deadline, Document, Evidence, Metadata, Section, Source, Target, Task
from pipeline.parse import load as loader
from pipeline.parse.metadata import extract_metadata
from pipeline.parse.normalize import normalize
from pipeline.parse.sections import segment
from pipeline.parse.textmap import MappedText, PageIndex


@dataclass
class Work:
    """Everything known about one document while it moves through the stages."""

    path: Path
    data: bytes
    doc_id: str
    loaded: loader.LoadedText | None = None
    mapped: MappedText | None = None
    pages: PageIndex = field(default_factory=PageIndex)
    metadata: Metadata = field(default_factory=Metadata)
    body_start: int = 0
    sections: list[Section] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    agencies: list[Agency] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    limits: Limits = field(default_factory=Limits)

    def locate(self, start: int, end: int) -> Evidence:
        """Evidence for `text[start:end]`: the span, its page and its source span."""
        assert self.mapped is not None
        source = self.mapped.source_span(start, end)
        return Evidence(span=(start, end), page=self.pages.page_of(source[0]), source_span=source)


def _read(path: Path, limits: Limits) -> bytes:
    try:
        size = path.stat().st_size
        if limits.max_bytes is not None and size > limits.max_bytes:
            raise KehoachError(
                "read", f"the file is {size / 1e6:.1f} MB, over the {limits.max_bytes / 1e6:.0f} MB limit per document"
            )
        return path.read_bytes()
    except OSError as exc:
        raise KehoachError("read", f"cannot read the file: {exc.strerror or exc}") from None


def _load(work: Work) -> None:
    work.loaded = loader.load(work.path, work.data, work.limits)
    work.warnings.extend(work.loaded.warnings)
    chars = len(work.loaded.text)
    if work.limits.max_chars is not None and chars > work.limits.max_chars:
        raise KehoachError(
            "load", f"the text is {chars:,} characters, over the limit of {work.limits.max_chars:,} per document"
        )
    work.pages = PageIndex(work.loaded.page_starts)


def _normalise(work: Work) -> None:
    assert work.loaded is not None
    work.mapped = normalize(work.loaded.text)
    if not work.mapped.text.strip():
        raise KehoachError("normalise", "the document has no text once layout and markup are removed")


def _metadata(work: Work) -> None:
    assert work.mapped is not None
    result = extract_metadata(work.mapped.text, work.locate)
    work.metadata = result.metadata
    work.body_start = result.body_start
    work.warnings.extend(result.warnings)


def _sections(work: Work) -> None:
    assert work.mapped is not None
    work.sections = segment(work.mapped.text, work.locate, work.body_start)


def _context(work: Work) -> DocContext:
    assert work.mapped is not None
    return DocContext(work.mapped.text, work.locate, work.metadata, tuple(work.sections), work.body_start)


def _citations(work: Work) -> None:
    work.citations = extract_citations(_context(work))


def _targets(work: Work) -> None:
    work.targets = extract_targets(_context(work))


def _deadlines(work: Work) -> None:
    work.deadlines = extract_deadlines(_context(work))


def _tasks(work: Work) -> None:
    work.tasks = extract_tasks(_context(work), work.deadlines)


def _agencies(work: Work) -> None:
    work.agencies = extract_agencies(_context(work), work.tasks, work.citations)


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Work], None]
    requires: tuple[str, ...] = ()
    doc: str = ""


STAGES: dict[str, Stage] = {
    s.name: s
    for s in (
        Stage("load", _load, (), "read the file (txt, md, html, docx, text pdf) chosen by content"),
        Stage("normalise", _normalise, ("load",), "NFC, tone marks, markup, wrapped lines; keeps an offset map"),
        Stage("metadata", _metadata, ("normalise",), "number, type, issuer, place, date, title, period, signer"),
        Stage("sections", _sections, ("metadata",), "the section tree with kinds"),
        Stage("citations", _citations, ("sections",), "legal citations: type, number, date, issuer, relation"),
        Stage("targets", _targets, ("sections",), "targets (chỉ tiêu): value, comparator, unit, subject, indicator"),
        Stage("deadlines", _deadlines, ("sections",), "deadlines and timeframes, normalised against the plan year"),
        Stage("tasks", _tasks, ("deadlines",), "tasks with lead, partner and advisor agencies and their timeframe"),
        Stage("agencies", _agencies, ("citations", "tasks"), "one record per agency named: canonical name, roles, level, mentions"),
    )
}
"""Every stage there is, by name."""

DEFAULT_STAGES: tuple[str, ...] = ("load", "normalise", "metadata", "sections", "citations", "targets", "deadlines", "tasks",
                                   "agencies")
"""What `kehoach extract` runs, in order."""


def build(names: Sequence[str] = DEFAULT_STAGES) -> list[Stage]:
    """The stages to run, in the given order; an unknown or out-of-order name is an error."""
    stages: list[Stage] = []
    done: set[str] = set()
    for name in names:
        if name not in STAGES:
            raise UnknownStage(f"unknown stage {name!r}; valid stages: {', '.join(STAGES)}")
        stage = STAGES[name]
        missing = [r for r in stage.requires if r not in done]
        if missing:
            raise UnknownStage(f"stage {name!r} needs {', '.join(missing)} to run before it")
        stages.append(stage)
        done.add(name)
    return stages


def run(
    path: Path,
    doc_id: str | None = None,
    stages: Sequence[Stage] | None = None,
    limits: Limits | None = None,
    timings: dict[str, float] | None = None,
) -> Document:
    """One file through the pipeline into a `Document`; failures name their stage.

    `timings`, when given, receives the seconds each stage took (for benchmarks; they are
    never written into the Document, which must not depend on the machine)."""
    stages = list(stages) if stages is not None else build()
    limits = limits or Limits()
    data = _read(path, limits)
    work = Work(path=path, data=data, doc_id=doc_id or path.stem, limits=limits)
    current = "load"
    with time_limit(limits.timeout) as deadline:
        try:
            for stage in stages:
                current = stage.name
                started = time.perf_counter()
                try:
                    stage.run(work)
                except KehoachError:
                    raise
                except Exception as exc:  # a bug or a broken input: report it against the stage
                    raise KehoachError(stage.name, f"{type(exc).__name__}: {exc}") from exc
                if timings is not None:
                    timings[stage.name] = timings.get(stage.name, 0.0) + time.perf_counter() - started
                check_deadline(deadline, stage.name, limits.timeout)
        except DocumentTimeout as exc:
            raise KehoachError(current, exc.cause) from None
    if work.mapped is None or work.loaded is None:
        raise KehoachError("assemble", "the pipeline must include the load and normalise stages")
    return Document(
        doc_id=work.doc_id,
        source=Source(
            path=str(path),
            sha256=hashlib.sha256(data).hexdigest(),
            format=work.loaded.format,  # type: ignore[arg-type]
            pages=work.loaded.pages,
            encoding=work.loaded.encoding,
            encoding_repaired=work.loaded.encoding_repaired,  # type: ignore[arg-type]
            ocr=work.loaded.ocr,
            ocr_confidence=work.loaded.ocr_confidence,
            ocr_pages=list(work.loaded.ocr_pages),
            ocr_page_confidence=list(work.loaded.ocr_page_confidence),
        ),
        text=work.mapped.text,
        metadata=work.metadata,
        sections=work.sections,
        citations=work.citations,
        targets=work.targets,
        deadlines=work.deadlines,
        tasks=work.tasks,
        agencies=work.agencies,
        warnings=work.warnings,
    )
