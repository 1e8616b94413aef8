"""The pipeline, assembled in one place as an ordered list of named components.

Like a spaCy pipeline, each component is named and declares the fields of the shared `Work`
record it `requires` and `assigns`. Parse components (load, normalise, metadata, sections)
fill `Work`; extractors return the records of one record list, and a list may have several
extractors (rules and a trained model) whose outputs are merged in one place
(`pipeline.merge`). `build()` turns names into components and refuses an unknown name or an
order in which something is read before it is made. A record list no component fills stays
empty rather than being filled with guesses.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Literal

from pipeline.errors import KehoachError, UnknownStage
from pipeline.merge import merge
from pipeline.limits import DocumentTimeout, Limits, check_deadline, time_limit
from pipeline.extract.agencies import extract_agencies
from pipeline.extract.citations import extract_citations
from pipeline.extract.context import DocContext
from pipeline.extract.deadlines import extract_deadlines
from pipeline.extract.indicators import annotate
from pipeline.extract.targets import extract_targets
from pipeline.extract.tasks import extract_tasks
from pipeline.models import Agency, Citation, Deadline, Document, Metadata, Section, Source, Target, Task
from pipeline.parse import load as loader
from pipeline.parse.metadata import extract_metadata
from pipeline.parse.normalize import control_warnings, normalize
from pipeline.parse.sections import segment
from pipeline.parse.textmap import Located, MappedText, PageIndex


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
    context: DocContext | None = None
    """What every extractor reads, made once after the parse components (its section lookup
    is precomputed on first use, so each extractor must not rebuild it)."""

    def locate(self, start: int, end: int) -> Located:
        """Where `text[start:end]` came from: the span, its page and its source span."""
        assert self.mapped is not None
        source = self.mapped.source_span(start, end)
        return Located((start, end), self.pages.page_of(source[0]), source)


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
    work.warnings.extend(control_warnings(work.loaded.text))
    if not work.mapped.text.strip():
        raise KehoachError("normalise", "the document has no text once layout and markup are removed")


def _metadata(work: Work) -> None:
    assert work.mapped is not None
    scan = work.loaded  # a scan's second OCR readings (letterhead, signature) ride on the loaded text
    result = extract_metadata(
        work.mapped.text, work.locate, scan.letterhead if scan else None, scan.signature if scan else None,
        scan.signature_page if scan else None,
    )
    work.metadata = result.metadata
    work.body_start = result.body_start
    work.warnings.extend(result.warnings)


def _sections(work: Work) -> None:
    assert work.mapped is not None
    work.sections = segment(work.mapped.text, work.locate, work.body_start)


def _context(work: Work) -> DocContext:
    assert work.mapped is not None
    if work.context is None:
        work.context = DocContext(work.mapped.text, work.locate, work.metadata, tuple(work.sections), work.body_start)
    return work.context


def _citations(work: Work) -> list[Citation]:
    return extract_citations(_context(work))


def _targets(work: Work) -> list[Target]:
    return extract_targets(_context(work))


def _indicators(work: Work) -> None:
    # after every producer of targets has been merged: each target's indicator, with its
    # confidence and the step that found it (or why there is none)
    work.targets = annotate(work.targets, work.mapped.text if work.mapped else "")


def _deadlines(work: Work) -> list[Deadline]:
    return extract_deadlines(_context(work))


def _tasks(work: Work) -> list[Task]:
    return extract_tasks(_context(work), work.deadlines)


def _agencies(work: Work) -> list[Agency]:
    return extract_agencies(_context(work), work.tasks, work.citations)


def _agencies_model(work: Work) -> list[Agency]:
    from pipeline import statistical  # spaCy is imported only when a model component runs

    assert work.mapped is not None
    return statistical.agencies_from_spans(_context(work), statistical.predict(work.mapped.text))


def _deadlines_model(work: Work) -> list[Deadline]:
    from pipeline import statistical

    assert work.mapped is not None
    return statistical.deadlines_from_spans(_context(work), statistical.predict(work.mapped.text))


def _tasks_model(work: Work) -> list[Task]:
    from pipeline import statistical

    return statistical.predict_tasks(_context(work), work.deadlines)


def _targets_model(work: Work) -> list[Target]:
    from pipeline import statistical

    return statistical.predict_targets(_context(work))


def _kinds_model(work: Work) -> list[Section]:
    from pipeline import statistical

    assert work.mapped is not None
    work.context = None  # the next extractor's context is made from the revised sections
    return statistical.predict_kinds(work.mapped.text, work.sections)


ComponentKind = Literal["parse", "rules", "model"]
EXTRACTOR_KINDS: tuple[str, ...] = ("rules", "model")
EXTRACTOR_CHOICES: tuple[str, ...] = ("auto", "rules", "model", "both")
"""`--extractors`: `auto` (the default) merges a model with the rules for the record types where
the test split says the merge beats the rules alone (`Component.auto`), rules elsewhere."""
RECORD_TYPES: tuple[str, ...] = ("sections", "citations", "targets", "deadlines", "tasks", "agencies")
"""The record lists extractors fill, in the order the default pipeline fills them (`sections` by
the parse stage, then revised by a model of section kinds where one is installed)."""
ENTRY_POINT_GROUP = "kehoach.components"
"""Packages add components through this entry-point group: each entry point is a function
that receives the `Registry` and calls `registry.add(Component(...))`."""


@dataclass(frozen=True)
class Component:
    """A named step of the pipeline that declares what it reads and what it fills, as spaCy's
    `Language.factory(requires=…, assigns=…)` does, so that `build` can refuse an order in which
    something is read before it is made.

    A `parse` component fills `Work` itself and returns None. An extractor (`rules` or `model`)
    returns the records of the one record list it `assigns`; several extractors may assign the
    same list, and their outputs are merged once, after the last of them (`pipeline.merge`)."""

    name: str
    run: Callable[[Work], list[Any] | None]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    kind: ComponentKind = "parse"
    doc: str = ""
    auto: bool = False
    """A model component `--extractors auto` runs beside the rules: set where merging it with
    the rules scored better than the rules alone on the test split (`benchmarks.model_vs_rules`)."""

    @property
    def record_type(self) -> str | None:
        return self.assigns[0] if self.kind in EXTRACTOR_KINDS else None


Stage = Component
"""The name the rest of the package has used for a pipeline step."""

_TEXT = ("mapped", "metadata", "sections")
_BUILTIN: tuple[Component, ...] = (
    Component("load", _load, (), ("loaded", "pages"), "parse", "read the file (txt, md, html, docx, text pdf) chosen by content"),
    Component("normalise", _normalise, ("loaded",), ("mapped",), "parse",
              "NFC, tone marks, markup, wrapped lines; keeps an offset map"),
    Component("metadata", _metadata, ("mapped",), ("metadata", "body_start"), "parse",
              "number, type, issuer, place, date, title, period, signer"),
    Component("sections", _sections, ("mapped", "body_start"), ("sections",), "parse", "the section tree with kinds"),
    Component("citations", _citations, _TEXT, ("citations",), "rules",
              "legal citations: type, number, date, issuer, relation"),
    Component("targets", _targets, _TEXT, ("targets",), "rules",
              "targets (chỉ tiêu): value, comparator, unit, subject, indicator"),
    Component("indicators", _indicators, ("mapped", "targets"), ("target_indicators",), "parse",
              "each target's indicator in the taxonomy (pipeline/extract/indicators), or why none"),
    Component("deadlines", _deadlines, _TEXT, ("deadlines",), "rules",
              "deadlines and timeframes, normalised against the plan year"),
    Component("tasks", _tasks, (*_TEXT, "deadlines"), ("tasks",), "rules",
              "tasks with lead, partner and advisor agencies and their timeframe"),
    Component("agencies", _agencies, (*_TEXT, "citations", "tasks"), ("agencies",), "rules",
              "one record per agency named: canonical name, roles, level, mentions"),
)


def _model_components() -> tuple[Component, ...]:
    """The trained components, when the trained pipeline ships with the package (its
    `meta.json` says where merging them with the rules wins; reading it imports no spaCy)."""
    from pipeline import statistical

    if not statistical.available():
        return ()
    auto = set(statistical.meta().get("auto", []))
    duties = (Component("tasks_model", _tasks_model, (*_TEXT, "deadlines"), ("tasks",), "model",
                        "spaCy text classifier: duty clauses, their lead chosen by a second classifier (leadcat)",
                        auto="tasks" in auto),) if "duty_threshold" in statistical.meta() else ()
    kinds = (Component("section_kinds_model", _kinds_model, ("mapped", "sections"), ("sections",), "model",
                       "spaCy text classifier: the kind of a top-level section whose heading names none",
                       auto="sections" in auto),) if "kinds_help" in statistical.meta() else ()
    targets = (Component("targets_model", _targets_model, _TEXT, ("targets",), "model",
                         "spaCy text classifier: target clauses, their values read by the targets module",
                         auto="targets" in auto),) if "target_threshold" in statistical.meta() else ()
    return kinds + targets + duties + (
        Component("deadlines_model", _deadlines_model, _TEXT, ("deadlines",), "model",
                  "spaCy span categoriser: DEADLINE spans, normalised by the deadlines module",
                  auto="deadlines" in auto),
        Component("agencies_model", _agencies_model, _TEXT, ("agencies",), "model",
                  "spaCy span categoriser: AGENCY spans, named by the agency canonicaliser",
                  auto="agencies" in auto),
    )


class Registry:
    """The components a pipeline can be built from, by name: the built-in ones, and those a
    caller or an installed package adds (`registry.add`), without editing this module."""

    def __init__(self, components: Sequence[Component] = ()) -> None:
        self._components: dict[str, Component] = {}
        for component in components:
            self.add(component)

    def add(self, component: Component) -> None:
        if component.name in self._components:
            raise UnknownStage(f"a component named {component.name!r} is already registered")
        if component.kind in EXTRACTOR_KINDS and (len(component.assigns) != 1
                                                  or component.assigns[0] not in RECORD_TYPES):
            raise UnknownStage(f"extractor {component.name!r} must assign exactly one of {', '.join(RECORD_TYPES)}")
        self._components[component.name] = component

    def __getitem__(self, name: str) -> Component:
        if name not in self._components:
            raise UnknownStage(f"unknown stage {name!r}; valid stages: {', '.join(self._components)}")
        return self._components[name]

    def __iter__(self) -> Iterator[Component]:
        return iter(self._components.values())

    def names(self) -> tuple[str, ...]:
        return tuple(self._components)

    def default_names(self, extractors: str = "auto") -> tuple[str, ...]:
        """The pipeline `kehoach extract` runs: every parse component, then for each record type
        its rule extractors, its model extractors, or both (`model` keeps the rules for a record
        type no model covers); `auto` adds to the rules the model components marked `auto`.
        Asking for models when none is installed is an error."""
        if extractors not in EXTRACTOR_CHOICES:
            raise UnknownStage(f"unknown extractors {extractors!r}; choose {', '.join(EXTRACTOR_CHOICES)}")
        models = [c for c in self if c.kind == "model"]
        if extractors == "auto":
            models = [c for c in models if c.auto]
            extractors = "both"
        elif extractors != "rules" and not models:
            raise UnknownStage(f"--extractors {extractors}: no model components are installed; "
                               f"installed extractors: {', '.join(c.name for c in self if c.kind == 'rules')}")
        # parse components that read records (annotators such as indicators) run right after the
        # last record list they read has been filled
        def reads(c: Component) -> list[str]:
            return [r for r in RECORD_TYPES if r in c.requires]

        names = [c.name for c in self if c.kind == "parse" and not reads(c)]
        for i, record_type in enumerate(RECORD_TYPES):
            rules = [c.name for c in self if c.kind == "rules" and c.record_type == record_type]
            learned = [c.name for c in models if c.record_type == record_type]
            names += rules if extractors == "rules" else (learned or rules) if extractors == "model" else rules + learned
            names += [c.name for c in self if c.kind == "parse" and reads(c)
                      and max(RECORD_TYPES.index(r) for r in reads(c)) == i]
        return tuple(names)


def builtin_registry() -> Registry:
    """The components that ship with kehoach, and nothing else (tests, reproducible runs)."""
    return Registry((*_BUILTIN, *_model_components()))


def load_registry() -> Registry:
    """The built-in components plus those of installed packages (entry-point group
    `kehoach.components`); a package whose hook fails is named in the error."""
    registry = builtin_registry()
    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            entry_point.load()(registry)
        except UnknownStage:
            raise
        except Exception as exc:
            raise UnknownStage(f"components from {entry_point.value!r} could not be loaded: "
                               f"{type(exc).__name__}: {exc}") from exc
    return registry


_SHIPPED = builtin_registry()
STAGES: dict[str, Component] = {c.name: c for c in _SHIPPED}
"""Every built-in stage, by name."""

DEFAULT_STAGES: tuple[str, ...] = _SHIPPED.default_names()
"""What `kehoach extract` runs, in order, when no other components are installed."""


def build(names: Sequence[str] | None = None, registry: Registry | None = None) -> list[Component]:
    """The components to run, in the given order (default: the registry's default pipeline).
    Refused: an unknown name (the error lists the valid ones), a component that reads what no
    earlier one made, and an extractor that fills a list some earlier component already read."""
    registry = registry if registry is not None else load_registry()
    components = [registry[name] for name in (names if names is not None else registry.default_names())]
    made: dict[str, str] = {}
    read_by: dict[str, str] = {}
    for component in components:
        for needed in component.requires:
            if needed not in made:
                makers = [c.name for c in registry if needed in c.assigns]
                raise UnknownStage(f"stage {component.name!r} needs {' or '.join(makers) or needed} "
                                   f"(which assigns {needed}) to run before it")
            read_by.setdefault(needed, component.name)
        for field_name in component.assigns:
            if read_by.get(field_name, component.name) != component.name:  # revising what it reads is fine
                raise UnknownStage(f"stage {component.name!r} assigns {field_name} after "
                                   f"{read_by[field_name]!r} has read it")
            made[field_name] = component.name
    return components


def run(
    path: Path,
    doc_id: str | None = None,
    stages: Sequence[Stage] | None = None,
    limits: Limits | None = None,
    timings: dict[str, float] | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> Document:
    """One file through the pipeline into a `Document`; failures name their stage.

    `timings`, when given, receives the seconds each stage took (for benchmarks; they are
    never written into the Document, which must not depend on the machine), read from `clock`
    (wall time; the benchmarks pass `time.process_time`, which other work on the machine
    does not inflate)."""
    stages = list(stages) if stages is not None else build()
    last_producer = {c.record_type: i for i, c in enumerate(stages) if c.record_type}
    produced: dict[str, list[tuple[str, list[Any]]]] = {}
    limits = limits or Limits()
    data = _read(path, limits)
    work = Work(path=path, data=data, doc_id=doc_id or path.stem, limits=limits)
    current = "load"
    with time_limit(limits.timeout) as deadline:
        try:
            for index, stage in enumerate(stages):
                current = stage.name
                started = clock()
                try:
                    records = stage.run(work)
                    if stage.record_type:
                        produced.setdefault(stage.record_type, []).append((stage.name, records or []))
                        if last_producer[stage.record_type] == index:
                            setattr(work, stage.record_type, merge(stage.record_type, produced[stage.record_type]))
                except KehoachError:
                    raise
                except Exception as exc:  # a bug or a broken input: report it against the stage
                    raise KehoachError(stage.name, f"{type(exc).__name__}: {exc}") from exc
                if timings is not None:
                    timings[stage.name] = timings.get(stage.name, 0.0) + clock() - started
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
