"""The record contract (`shared/spec/records.md`) as pydantic models.

These models are the single source of truth: `kehoach schema` exports their JSON Schema,
the CSV tables take their columns from them, and gold files are validated against them.
Field names follow the contract exactly; fields added beyond it are marked "(added)".
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

Span = tuple[int, int]
"""`[start, end)` character offsets into `Document.text`: `text[start:end]` is the evidence."""

AdminLevel = Literal["national", "province", "district", "commune"]
SectionKind = Literal[
    "purpose",
    "requirements",
    "targets",
    "tasks",
    "solutions",
    "budget",
    "organisation",
    "reporting",
    "recipients",
    "signature",
    "other",
]
SourceFormat = Literal["txt", "md", "pdf", "docx", "doc", "html", "image", "rtf", "xls", "xlsx", "odt", "ppt", "pptx"]
EncodingRepair = Literal["tcvn3", "vni", "viscii", "cp1258"]


class Record(BaseModel):
    """Base for every record: strict field names, so a typo in a gold file is an error."""

    model_config = ConfigDict(extra="forbid")


class Evidence(Record):
    """Where a record came from: a span of the normalised text, its page, and the original."""

    span: Span
    page: int | None = None
    source_span: Span | None = Field(
        default=None,
        description="(added) the same evidence as offsets into the loaded source text, "
        "before normalisation",
    )


class Source(Record):
    path: str
    sha256: str
    format: SourceFormat
    pages: int | None = None
    ocr: bool = False
    ocr_confidence: float | None = Field(default=None, ge=0, le=1)
    encoding_repaired: EncodingRepair | None = None
    encoding: str | None = Field(default=None, description="(added) text encoding read, e.g. utf-8")
    ocr_pages: list[int] = Field(
        default_factory=list, description="(added) 1-based pages read by OCR; a mixed PDF OCRs only its scanned pages"
    )
    ocr_page_confidence: list[float | None] = Field(
        default_factory=list, description="(added) Tesseract's mean word confidence (0-1) of each page in ocr_pages"
    )


class Period(Record):
    start: int | None = None
    end: int | None = None


class Signer(Record):
    name: str | None = None
    position: str | None = None
    on_behalf: str | None = None


class FieldSource(Record):
    """(added) Where a metadata field's value was read when it was not read from `text` by the
    text rules: `rule="ocr_letterhead"` for the second, closer OCR reading of page 1's
    letterhead. Such a value is not in `text`, so `span` is null and `bbox` locates it: the
    block `(left, top, right, bottom)` in pixels of the deskewed page image that was read."""

    rule: str
    confidence: float | None = None
    span: Span | None = None
    page: int | None = None
    bbox: tuple[int, int, int, int] | None = None
    read: str | None = Field(default=None, description="the text as OCR read it, before the lexicon restored it")


class AttachedDocument(Record):
    """(added) A document carried by this one: a Quyết định that issues a Kế hoạch keeps both."""

    doc_type: str
    title: str | None = None
    span: Span
    page: int | None = None


class Metadata(Record):
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
    attachments: list[AttachedDocument] = Field(
        default_factory=list, description="(added) documents this one issues or carries"
    )
    sources: dict[str, FieldSource] = Field(
        default_factory=dict, description="(added) fields read by OCR's letterhead pass or restored from the lexicon"
    )


class Section(Evidence):
    id: str
    number: str | None
    heading: str | None
    level: int
    kind: SectionKind
    parent: str | None = None
    heading_span: Span | None = Field(
        default=None, description="(added) span of the heading text alone"
    )


TargetKind = Literal["share", "count", "ratio", "change", "frequency", "qualitative"]


class Target(Evidence):
    section: str | None = None
    theme: str | None = None
    text: str
    kind: TargetKind
    value: float | None = None
    value_max: float | None = None
    denominator: float | None = None
    unit: str | None = None
    comparator: Literal["=", ">=", ">", "<=", "<", "range"] | None = None
    subject: str | None = None
    activity: str | None = None
    baseline: dict[str, int] | None = None
    target_year: int | None = None
    indicator: str | None = None
    rule: str | None = Field(default=None, description="(added) the rule that produced it")
    confidence: float | None = Field(default=None, ge=0, le=1, description="(added)")
    indicator_confidence: float | None = Field(
        default=None, ge=0, le=1, description="(added) how sure the indicator is: a variant stated word for word "
        "is surer than a fuzzy match or a table row's label")
    indicator_rule: str | None = Field(
        default=None, description="(added) how the indicator was found: variant, unaccented, words, fuzzy, row_label, lead_in, "
        "heading, inherited")
    indicator_reason: str | None = Field(
        default=None, description="(added) why `indicator` is null: no_subject, kind_mismatch (a variant fits but "
        "not the target's kind), below_threshold (closest code and score), no_variant")


class Deadline(Evidence):
    text: str
    kind: Literal["due", "period", "quarter", "year", "ongoing", "recurring"]
    start: str | None = None
    end: str | None = None
    due: str | None = None
    recurrence: Literal["continuous", "monthly", "quarterly", "half_yearly", "yearly"] | None = None
    what: str | None = None
    responsible: str | None = None
    recipient: str | None = None
    section: str | None = Field(default=None, description="(added) id of the section it stands in")
    rule: str | None = Field(default=None, description="(added) the rule that produced it")
    confidence: float | None = Field(default=None, ge=0, le=1, description="(added)")


class Task(Evidence):
    section: str | None = None
    text: str
    lead: list[str] = Field(default_factory=list)
    partners: list[str] = Field(default_factory=list)
    advisors: list[str] = Field(default_factory=list)
    timeframe: Deadline | None = None
    rule: str | None = Field(default=None, description="(added) the rule that produced it")
    confidence: float | None = Field(default=None, ge=0, le=1, description="(added)")


class Mention(Evidence):
    text: str


class Agency(Record):
    name: str
    canonical: str
    abbreviation: str | None = None
    type: str | None = None
    level: AdminLevel | None = None
    generic: bool = False
    place: str | None = Field(
        default=None,
        description="(added) the place a level-relative name stands for: `Công an tỉnh` in a Thanh Hóa plan → Thanh Hóa",
    )
    roles: list[Literal["lead", "partner", "advisor", "issuer", "recipient", "reports_to"]] = Field(
        default_factory=list
    )
    mentions: list[Mention] = Field(default_factory=list)
    rule: str | None = Field(default=None, description="(added) the producer that found it, e.g. model:agencies")
    confidence: float | None = Field(default=None, ge=0, le=1, description="(added)")


class Citation(Evidence):
    text: str
    doc_type: str | None = None
    number: str | None = None
    year: int | None = None
    symbol: str | None = None
    canonical_id: str | None = None
    date: str | None = None
    issuer: str | None = None
    title: str | None = None
    relation: Literal["basis", "implements", "reference"]
    rule: str | None = Field(default=None, description="(added) the rule that produced it")
    confidence: float | None = Field(default=None, ge=0, le=1, description="(added)")


class Document(Record):
    schema_version: str = Field(default=SCHEMA_VERSION, description="(added)")
    doc_id: str
    source: Source
    text: str
    metadata: Metadata
    sections: list[Section] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    agencies: list[Agency] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


RECORD_LISTS: tuple[str, ...] = ("sections", "targets", "tasks", "agencies", "deadlines", "citations")
"""The per-document record lists, in the order the CSV tables and summaries show them."""
