"""Hand-labelled gold: the schema of a gold file, and the check that every label is sound.

A gold file holds, for one document of the corpus, what a careful reader finds in it, in
the record contract's shape but cut to the fields that are scored. Every record carries
its `quote`, copied from the document, so that a machine can check it is really there:
quotes are compared with the source file after NFC, with white space collapsed and the
web copies' markdown (`*`, `_`, `|`, `#`) removed, since wrapped lines and bold marks are
layout, not words.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from pipeline.models import Agency, Citation, Deadline, Metadata, Section, Target


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _subset(name: str, model: type[BaseModel], fields: tuple[str, ...], quote: bool = True) -> type[BaseModel]:
    """A gold record type: the scored fields of a contract model (same types and enums, so the
    two cannot drift apart), all optional but `kind`, plus the `quote` it was read from."""
    spec: dict[str, Any] = {"quote": (str, ...)} if quote else {}
    for field_name in fields:
        info = model.model_fields[field_name]
        required = field_name in ("kind", "relation", "number")
        spec[field_name] = (info.annotation, ... if required else info.default if info.default is not None else None)
    if "lead" in fields:
        spec.update({k: (list[str], Field(default_factory=list)) for k in ("lead", "partners", "advisors")})
    return create_model(name, __base__=_Gold, **spec)


GoldMetadata = Metadata
GoldSection = _subset("GoldSection", Section, ("number", "heading", "kind"))
GoldTarget = _subset("GoldTarget", Target, ("kind", "value", "value_max", "denominator", "unit", "comparator", "subject"))
GoldTimeframe = _subset("GoldTimeframe", Deadline, ("kind", "start", "end", "due", "recurrence"), quote=False)
GoldDeadline = _subset("GoldDeadline", Deadline, ("kind", "start", "end", "due", "recurrence"))
GoldTask = create_model(
    "GoldTask", __base__=_Gold, quote=(str, ...), lead=(list[str], Field(default_factory=list)),
    partners=(list[str], Field(default_factory=list)), advisors=(list[str], Field(default_factory=list)),
    timeframe=(GoldTimeframe | None, None),
)
GoldAgency = _subset("GoldAgency", Agency, ("canonical", "generic"), quote=False)
GoldCitation = _subset("GoldCitation", Citation, ("doc_type", "canonical_id", "date", "issuer", "relation"))


class GoldDocument(_Gold):
    doc_id: str
    source: str = Field(description="path of the labelled file, relative to the repository")
    labelled: list[str] = Field(
        description="the record types labelled completely in this file; a type not listed is not scored"
    )
    split: Literal["dev", "test"] = Field(
        "dev",
        description="`test`: labelled before any rule was written for it and never used to change one (the "
        "unseen-plan number); `dev`: read while rules were written",
    )
    notes: str | None = None
    metadata: GoldMetadata | None = None
    sections: list[GoldSection] = Field(default_factory=list)  # type: ignore[valid-type]
    targets: list[GoldTarget] = Field(default_factory=list)  # type: ignore[valid-type]
    tasks: list[GoldTask] = Field(default_factory=list)  # type: ignore[valid-type]
    agencies: list[GoldAgency] = Field(default_factory=list)  # type: ignore[valid-type]
    deadlines: list[GoldDeadline] = Field(default_factory=list)  # type: ignore[valid-type]
    citations: list[GoldCitation] = Field(default_factory=list)  # type: ignore[valid-type]


RECORD_TYPES = ("metadata", "sections", "targets", "tasks", "agencies", "deadlines", "citations")
_MARKUP = re.compile(r"[*_|#]")
_SPACES = re.compile(r"\s+")


def squash(text: str) -> str:
    """The form quotes and documents are compared in (see the module docstring)."""
    return _SPACES.sub(" ", _MARKUP.sub(" ", unicodedata.normalize("NFC", text))).strip()


def load_gold(folder: Path) -> list[GoldDocument]:
    """Every `*.json` gold file of `folder`, validated; errors name the file."""
    docs = []
    for path in sorted(folder.glob("*.json")):
        try:
            docs.append(GoldDocument.model_validate(json.loads(path.read_text(encoding="utf-8"))))
        except (ValidationError, json.JSONDecodeError) as exc:
            raise ValueError(f"{path}: {exc}") from exc
    return docs


SPLITS = ("test", "dev", "all")


def select_split(docs: list[GoldDocument], split: str) -> list[GoldDocument]:
    """The gold of one split: `test` is what a user's unseen plans look like, so accuracy reports
    lead with it; `dev` was read while the rules were written; `all` is both."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: choose one of {', '.join(SPLITS)}")
    return [doc for doc in docs if split == "all" or doc.split == split]


def check(doc: GoldDocument, root: Path) -> list[str]:
    """Problems with one gold file: unknown record types, and quotes not in the document."""
    problems = []
    unknown = sorted(set(doc.labelled) - set(RECORD_TYPES))
    if unknown:
        problems.append(f"{doc.doc_id}: unknown record types in `labelled`: {', '.join(unknown)}")
    source = root / doc.source
    try:
        text = squash(source.read_text(encoding="utf-8"))
    except OSError as exc:
        return [*problems, f"{doc.doc_id}: cannot read {doc.source}: {exc.strerror}"]
    for kind in RECORD_TYPES[1:]:
        for i, record in enumerate(getattr(doc, kind)):
            quote = getattr(record, "quote", None)
            if quote is not None and squash(quote) not in text:
                problems.append(f"{doc.doc_id}: {kind}[{i}] quote not in {doc.source}: {quote[:80]!r}")
    return problems


def summary(docs: list[GoldDocument]) -> dict[str, int]:
    counts = {kind: 0 for kind in RECORD_TYPES[1:]}
    for doc in docs:
        for kind in counts:
            counts[kind] += len(getattr(doc, kind))
    counts["documents"] = len(docs)
    return counts


# --- an analyst's corrections, from the evidence viewer, turned into gold ------------------------------------

GOLD_RECORDS: dict[str, type[BaseModel]] = {
    "targets": GoldTarget, "tasks": GoldTask, "agencies": GoldAgency, "deadlines": GoldDeadline,
    "citations": GoldCitation,
}
"""The record types an analyst reviews in the viewer, with the gold shape each becomes."""

CorrectedType = Literal["targets", "tasks", "agencies", "deadlines", "citations"]


def gold_fields(kind: str, record: BaseModel) -> dict[str, Any]:
    """The scored fields of an extracted record, in its gold shape but without the quote: what
    the viewer writes into a correction, so that `right` turns the record as extracted into a label."""
    model = GOLD_RECORDS[kind]
    fields = {}
    for name in model.model_fields:
        if name == "quote":
            continue
        value = getattr(record, name, None)
        if name == "timeframe" and value is not None:
            value = {key: getattr(value, key) for key in GoldTimeframe.model_fields}
        fields[name] = list(value) if isinstance(value, list) else value
    return fields


class CorrectionEntry(_Gold):
    """One decision of the analyst on one record (see gold/README.md, "Corrections")."""

    doc_id: str
    source: str | None = Field(None, description="the document's file, for a gold file this import creates")
    type: CorrectedType
    record: str | None = Field(None, description="the viewer's record id (`tasks-3`); null for an added record")
    span: tuple[int, int] | None = Field(None, description="[start, end) in the document's normalised text")
    text: str | None = Field(None, description="the evidence: becomes the label's `quote`")
    decision: Literal["right", "wrong", "edited", "added"]
    fields: dict[str, Any] = Field(default_factory=dict, description="the record's gold fields as extracted")
    edited: dict[str, Any] = Field(default_factory=dict, description="the fields the analyst changed or filled in")
    note: str | None = None


class Corrections(_Gold):
    format: Literal["kehoach-corrections"]
    version: Literal[1]
    report: str | None = None
    exported: str | None = None
    reviewed: dict[str, list[CorrectedType]] = Field(
        default_factory=dict,
        description="per doc_id, the record types the analyst checked completely: the gold file lists them in "
        "`labelled`, so that they are scored",
    )
    entries: list[CorrectionEntry]


class CorrectionError(ValueError):
    """Corrections that cannot become gold; the message names the file and the entry."""


def _key(kind: str, label: dict[str, Any]) -> str:
    """The quote as gold check compares it, or for agencies (which have none) the canonical name."""
    if kind == "agencies":
        return squash(str(label.get("canonical") or "")).casefold()
    return squash(str(label.get("quote") or ""))


def _same_record(kind: str, labels: list[dict[str, Any]], text: str | None, values: dict[str, Any],
                 by_quote: bool = True) -> int | None:
    """The gold's label of a record (`text` with `values`): the one `kehoach evaluate` would match with
    it (`evaluate.PAIRS`; the most words shared on a tie), so that a label quoted a little differently is
    found; with `by_quote`, or when the values are too incomplete to compare, also a label of the same
    quote (the same sentence read another way)."""
    from pipeline.evaluate import PAIRS, overlap

    record = SimpleNamespace(**{**values, "text": text, "quote": text})
    model = GOLD_RECORDS[kind]
    try:
        found = [j for j, label in enumerate(labels) if PAIRS[kind](model.model_validate(label), record)]
    except (AttributeError, TypeError):  # values the analyst left incomplete: only the quote can tell
        found, by_quote = [], True
    if by_quote:
        key = _key(kind, {**values, "quote": text})
        found += [j for j, label in enumerate(labels) if _key(kind, label) == key and j not in found]
    if not found:
        return None
    return max(found, key=lambda j: (overlap(labels[j].get("quote") or labels[j].get("canonical"), text), -j))


def _label(entry: CorrectionEntry) -> dict[str, Any]:
    label = {**entry.fields, **entry.edited}
    if entry.type != "agencies":
        label["quote"] = entry.text
    return label


def _relative_source(source: str, root: Path) -> str:
    path = Path(source)
    if path.is_absolute():
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            return source
    return path.as_posix()


def import_corrections(corrections_path: Path, gold_folder: Path, root: Path = Path("."),
                       split: str = "dev") -> tuple[dict[Path, GoldDocument], dict[str, int]]:
    """The gold files `corrections_path` changes, merged and validated, with counts per decision
    (nothing is written: `write_gold` does that once everything checks). `right` keeps the record
    (adds it when the gold lacks it), `wrong` removes it (or never adds it), `edited` puts the record
    with the analyst's fields in place of the gold's, `added` adds the analyst's new record. Every
    label is validated like `kehoach gold check`: gold shape, and its quote in its document."""
    name = corrections_path.name
    try:
        corrections = Corrections.model_validate(json.loads(corrections_path.read_text(encoding="utf-8")))
    except (ValidationError, json.JSONDecodeError) as exc:
        raise CorrectionError(f"{name}: not a corrections file: {exc}") from exc
    existing: dict[str, tuple[Path, GoldDocument]] = {}
    for path in sorted(gold_folder.glob("*.json")):
        try:
            doc = GoldDocument.model_validate(json.loads(path.read_text(encoding="utf-8")))
        except (ValidationError, json.JSONDecodeError) as exc:
            raise CorrectionError(f"{path}: {exc}") from exc
        existing[doc.doc_id] = (path, doc)
    raws: dict[str, dict[str, Any]] = {}
    paths: dict[str, Path] = {}
    texts: dict[str, str] = {}
    counts = {"right": 0, "wrong": 0, "edited": 0, "added": 0}
    for i, entry in enumerate(corrections.entries):
        where = f"{name}: entries[{i}] ({entry.doc_id}, {entry.type}"
        where += f", {entry.text[:60]!r})" if entry.text else ")"
        if entry.doc_id not in raws:
            if entry.doc_id in existing:
                paths[entry.doc_id], doc = existing[entry.doc_id]
                raws[entry.doc_id] = doc.model_dump(mode="json")
            else:
                if not entry.source:
                    raise CorrectionError(f"{where}: no gold file for {entry.doc_id} and no `source` to start one")
                paths[entry.doc_id] = gold_folder / f"{entry.doc_id}.json"
                raws[entry.doc_id] = {"doc_id": entry.doc_id, "source": _relative_source(entry.source, root),
                                      "labelled": [], "split": split}
            source = root / raws[entry.doc_id]["source"]
            try:
                texts[entry.doc_id] = squash(source.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError) as exc:
                raise CorrectionError(f"{where}: cannot read {source}: {exc}") from exc
        raw = raws[entry.doc_id]
        if entry.type != "agencies" and not entry.text:
            raise CorrectionError(f"{where}: no `text`: a label needs its quote")
        label = _label(entry)
        try:
            GOLD_RECORDS[entry.type].model_validate(label)
        except ValidationError as exc:
            raise CorrectionError(f"{where}: {exc}") from exc
        if entry.type != "agencies" and squash(label["quote"]) not in texts[entry.doc_id]:
            raise CorrectionError(f"{where}: quote not in {raw['source']}")
        labels = raw.setdefault(entry.type, [])
        same = _same_record(entry.type, labels, entry.text, entry.fields, by_quote=entry.decision != "wrong")
        if entry.decision == "wrong":
            if same is not None:
                del labels[same]
        elif entry.decision == "right":
            if same is None:
                labels.append(label)
        else:  # edited or added: in place of the gold's label of the record as extracted, or as corrected
            if same is None:
                same = _same_record(entry.type, labels, entry.text, {**entry.fields, **entry.edited})
            if same is None:
                labels.append(label)
            else:
                labels[same] = label
        counts[entry.decision] += 1
        if entry.note:  # gold labels have no note: the analyst's reason is kept in the file's notes
            said = f"{entry.decision} {entry.type[:-1]} {(entry.text or str(entry.edited))[:60]!r}: {entry.note}"
            raw["notes"] = f"{raw['notes']}\n{said}" if raw.get("notes") else said
    for doc_id, types in corrections.reviewed.items():
        if doc_id in raws:
            raws[doc_id]["labelled"] = [t for t in RECORD_TYPES if t in {*raws[doc_id]["labelled"], *types}]
    result = {}
    for doc_id, raw in raws.items():
        try:
            doc = GoldDocument.model_validate(raw)
        except ValidationError as exc:
            raise CorrectionError(f"{name}: {doc_id}: {exc}") from exc
        problems = check(doc, root)
        if problems:
            raise CorrectionError(f"{name}: {'; '.join(problems)}")
        result[paths[doc_id]] = doc
    return result, counts


def built_from(gold_folder: Path, doc_id: str) -> Path | None:
    """The hand-written labels file a gold file is generated from (gold/src/labels_*.py), if any:
    `python gold/src/build.py` rewrites that gold file, so an import into it must be carried over."""
    for path in sorted((gold_folder / "src").glob("labels_*.py")):
        if f'"{doc_id}"' in path.read_text(encoding="utf-8"):
            return path
    return None


def gold_json(doc: GoldDocument) -> str:
    """A gold file's text, as gold/src/build.py writes it."""
    return json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n"
