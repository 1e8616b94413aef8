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
