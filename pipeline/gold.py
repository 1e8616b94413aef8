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
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pipeline.models import AdminLevel, Period, SectionKind, Signer


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldMetadata(_Gold):
    doc_number: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    admin_level: AdminLevel | None = None
    province: str | None = None
    district: str | None = None
    commune: str | None = None
    place: str | None = None
    issue_date: str | None = None
    plan_year: int | None = None
    period: Period | None = None
    title: str | None = None
    topics: list[str] = Field(default_factory=list)
    signer: Signer | None = None


class GoldSection(_Gold):
    quote: str
    number: str
    heading: str | None
    kind: SectionKind


class GoldTarget(_Gold):
    quote: str
    kind: Literal["share", "count", "ratio", "change", "frequency", "qualitative"]
    value: float | None = None
    value_max: float | None = None
    denominator: float | None = None
    unit: str | None = None
    comparator: Literal["=", ">=", ">", "<=", "<", "range"] | None = None
    subject: str | None = None


class GoldTimeframe(_Gold):
    kind: Literal["due", "period", "quarter", "year", "ongoing", "recurring"]
    start: str | None = None
    end: str | None = None
    due: str | None = None
    recurrence: Literal["continuous", "monthly", "quarterly", "half_yearly", "yearly"] | None = None


class GoldTask(_Gold):
    quote: str
    lead: list[str] = Field(default_factory=list)
    partners: list[str] = Field(default_factory=list)
    advisors: list[str] = Field(default_factory=list)
    timeframe: GoldTimeframe | None = None


class GoldAgency(_Gold):
    canonical: str
    generic: bool = False


class GoldDeadline(GoldTimeframe):
    quote: str


class GoldCitation(_Gold):
    quote: str
    doc_type: str | None = None
    canonical_id: str | None = None
    date: str | None = None
    issuer: str | None = None
    relation: Literal["basis", "implements", "reference"]


class GoldDocument(_Gold):
    doc_id: str
    source: str = Field(description="path of the labelled file, relative to the repository")
    labelled: list[str] = Field(
        description="the record types labelled completely in this file; a type not listed is not scored"
    )
    notes: str | None = None
    metadata: GoldMetadata | None = None
    sections: list[GoldSection] = Field(default_factory=list)
    targets: list[GoldTarget] = Field(default_factory=list)
    tasks: list[GoldTask] = Field(default_factory=list)
    agencies: list[GoldAgency] = Field(default_factory=list)
    deadlines: list[GoldDeadline] = Field(default_factory=list)
    citations: list[GoldCitation] = Field(default_factory=list)


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
