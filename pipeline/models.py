"""The record contract (`shared/spec/records.md`) as pydantic models.

These models are the single source of truth: `kehoach schema` exports their JSON Schema,
the CSV tables take their columns from them, and gold files are validated against them.
Field names follow the contract exactly; fields added beyond it are marked "(added)". Every
field says what it holds in the docstring under it (or its `Field(description=…)`), which
the JSON Schema carries; `docs/records.md` is the contract written out for readers.
"""

from __future__ import annotations

from typing import Any, Literal

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

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class Evidence(Record):
    """Where a record came from: a span of the normalised text, its page, and the original."""

    span: Span
    """`[start, end)` character offsets into `Document.text`: `text[start:end]` is the evidence."""
    page: int | None = None
    """1-based page the evidence is on; null for sources without pages (txt, md, html, docx)."""
    source_span: Span | None = Field(
        default=None,
        description="(added) the same evidence as offsets into the loaded source text, "
        "before normalisation",
    )


class Source(Record):
    """The input file the document was read from."""

    path: str
    """The input's path as given to `extract` (for standard input, the copy kept in the output folder)."""
    sha256: str
    """sha256 of the input file's bytes."""
    format: SourceFormat
    """What the file was read as (by its content, the extension only as a hint)."""
    pages: int | None = None
    """Pages of a PDF or image; null for formats without pages."""
    ocr: bool = False
    """True when some of the text was read by OCR."""
    ocr_confidence: float | None = Field(default=None, ge=0, le=1)
    """Tesseract's mean word confidence (0-1) over the OCR'd pages; null without OCR."""
    encoding_repaired: EncodingRepair | None = None
    """The legacy Vietnamese font encoding the text was converted from (TCVN3, VNI …), or null."""
    encoding: str | None = Field(default=None, description="(added) text encoding read, e.g. utf-8")
    ocr_pages: list[int] = Field(
        default_factory=list, description="(added) 1-based pages read by OCR; a mixed PDF OCRs only its scanned pages"
    )
    ocr_page_confidence: list[float | None] = Field(
        default_factory=list, description="(added) Tesseract's mean word confidence (0-1) of each page in ocr_pages"
    )


class Period(Record):
    """The years a plan covers."""

    start: int | None = None
    """First year of the plan's period."""
    end: int | None = None
    """Last year of the plan's period (the same as start for a one-year plan)."""


class Signer(Record):
    """Who signed the document, as the signature block prints it."""

    name: str | None = None
    """The signer's name (`Đầu Thanh Tùng`)."""
    position: str | None = None
    """The signer's office (`Phó Chủ tịch`)."""
    on_behalf: str | None = None
    """The delegation line above it (`KT. Chủ tịch`, `TM. Ủy ban nhân dân`)."""


class FieldSource(Record):
    """(added) Where a metadata field's value was read when it was not read from `text` by the
    text rules: `rule="ocr_letterhead"` for the second, closer OCR reading of page 1's
    letterhead. Such a value is not in `text`, so `span` is null and `bbox` locates it: the
    block `(left, top, right, bottom)` in pixels of the deskewed page image that was read."""

    rule: str
    """`ocr_letterhead` (page 1's letterhead read again), `ocr_lexicon` (the first reading
    restored to the lexicon's spelling) or `ocr_signature` (the signature column read again)."""
    confidence: float | None = None
    """How sure the reading and its match to the lexicon are, 0–1."""
    span: Span | None = None
    """Where the value is in `Document.text`; null when it was read only by the second pass."""
    page: int | None = None
    """1-based page the block was read from."""
    bbox: tuple[int, int, int, int] | None = None
    """`(left, top, right, bottom)` in pixels of the deskewed page image that was read."""
    read: str | None = None
    """The text as OCR read it, before the lexicon restored it."""


class AttachedDocument(Record):
    """(added) A document carried by this one: a Quyết định that issues a Kế hoạch keeps both."""

    doc_type: str
    """Its type (`Kế hoạch`, `Quyết định` …)."""
    title: str | None = None
    """Its title line(s), joined."""
    span: Span
    """Where it starts in `Document.text` (see Evidence.span)."""
    page: int | None = None
    """1-based page it starts on, null for sources without pages."""


class Metadata(Record):
    """What the document says about itself: its header, title and signature."""

    doc_number: str | None = None
    """The document's number as printed (`18/KH-UBND`); null when left blank (`Số: /KH-UBND`)."""
    doc_type: str | None = None
    """`Kế hoạch`, `Quyết định`, `Công văn`, `Báo cáo` …, or `news` for press articles."""
    issuer: str | None = None
    """The issuing agency's canonical name (`UBND tỉnh Hòa Bình`)."""
    admin_level: AdminLevel | None = None
    """The issuer's level: national, province, district or commune."""
    province: str | None = None
    """The province the plan is for (a district or commune plan fills it when the text names it)."""
    district: str | None = None
    """The district the plan is for, if any."""
    commune: str | None = None
    """The commune the plan is for, if any."""
    place: str | None = None
    """The place in the dateline (`Hòa Bình, ngày …`)."""
    issue_date: str | None = None
    """ISO date of issue, partial when the document leaves day or month blank (`2023`, `2024-06`)."""
    plan_year: int | None = None
    """The year the plan is for."""
    period: Period | None = None
    """The years a multi-year plan covers (`2021`–`2025`); a one-year plan has start = end."""
    title: str | None = None
    """The title line(s) after `KẾ HOẠCH`, joined."""
    topics: list[str] = Field(default_factory=list)
    """Topic codes (`prostitution`, `human_trafficking` …)."""
    signer: Signer | None = None
    """Who signed it."""
    attachments: list[AttachedDocument] = Field(
        default_factory=list, description="(added) documents this one issues or carries"
    )
    sources: dict[str, FieldSource] = Field(
        default_factory=dict, description="(added) fields read by OCR's letterhead pass or restored from the lexicon"
    )


class Section(Evidence):
    """A numbered or headed part of the document, in reading order."""

    id: str
    """The path of numbers (`II.1.1.1`), unique in the document."""
    number: str | None
    """The label as printed (`1.1.`, `a)`, `(2)`); null for an unnumbered heading."""
    heading: str | None
    """The heading text, lines joined, markdown removed."""
    level: int
    """Depth in the outline, 1 for the top sections."""
    kind: SectionKind
    """What the section is for (purpose, targets, tasks, organisation …)."""
    parent: str | None = None
    """The `id` of the enclosing section; null at the top."""
    heading_span: Span | None = Field(
        default=None, description="(added) span of the heading text alone"
    )


TargetKind = Literal["share", "count", "ratio", "change", "frequency", "qualitative"]


class Target(Evidence):
    """A measurable commitment (chỉ tiêu): one record per number committed."""

    section: str | None = None
    """The `id` of the section it stands in."""
    theme: str | None = None
    """The heading of the content area it belongs to."""
    text: str
    """The clause as written."""
    kind: TargetKind
    """share (a %), count, ratio (`05/11 huyện`), change (`tăng 3-5%`), frequency, or qualitative (no number)."""
    value: float | None = None
    """The number, as a number (`10.000` → 10000, `3-5%` → 3)."""
    value_max: float | None = None
    """The upper number of a range (`3-5%` → 5)."""
    denominator: float | None = None
    """The whole of a ratio (`05/11` → 11)."""
    unit: str | None = None
    """`%`, or the counted noun (`hội nghị`, `lớp`), or `per_month` …"""
    comparator: Literal["=", ">=", ">", "<=", "<", "range"] | None = None
    """`>=` for `ít nhất`, `<=` for `không quá`, `=` when bare, `range` with value_max."""
    subject: str | None = None
    """Who or what is counted (`số xã, phường, thị trấn`)."""
    activity: str | None = None
    """What must happen to the subject."""
    baseline: dict[str, int] | None = None
    """`{"year": 2022}` for `so với năm 2022`, else null."""
    target_year: int | None = None
    """The year the target is for: the plan year unless the clause says otherwise."""
    indicator: str | None = None
    """The canonical indicator code, for comparing plans (`kehoach indicators --list`), or null."""
    rule: str | None = Field(default=None, description="(added) the rule that produced it")
    confidence: float | None = Field(default=None, ge=0, le=1, description="(added) how sure the rule is, 0-1")
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
    """A time bound on an obligation (thời hạn, thời gian thực hiện)."""

    text: str
    """The time expression as written (`trước ngày 15/6/2023`)."""
    kind: Literal["due", "period", "quarter", "year", "ongoing", "recurring"]
    """due (a date), period, quarter, year, ongoing (`Thường xuyên`) or recurring (`hằng năm`)."""
    start: str | None = None
    """ISO date the period starts."""
    end: str | None = None
    """ISO date the period ends."""
    due: str | None = None
    """ISO date due; for a recurring deadline, its first occurrence in the plan period."""
    recurrence: Literal["continuous", "monthly", "quarterly", "half_yearly", "yearly"] | None = None
    """How often it recurs, for ongoing and recurring deadlines."""
    what: str | None = None
    """The obligation it bounds (`báo cáo 6 tháng`)."""
    responsible: str | None = None
    """The canonical agency that must meet it."""
    recipient: str | None = None
    """The canonical agency it is owed to (a report's recipient)."""
    section: str | None = Field(default=None, description="(added) id of the section it stands in")
    rule: str | None = Field(default=None, description="(added) the rule that produced it")
    confidence: float | None = Field(default=None, ge=0, le=1, description="(added) how sure the rule is, 0-1")


class Task(Evidence):
    """An assigned duty (nhiệm vụ, hoạt động), with who leads it and by when."""

    section: str | None = None
    """The `id` of the section it stands in."""
    text: str
    """The duty as written."""
    lead: list[str] = Field(default_factory=list)
    """Canonical names of the lead agencies (`Chủ trì`, `Cơ quan chủ trì`)."""
    partners: list[str] = Field(default_factory=list)
    """Canonical names of the partner agencies (`phối hợp với …`)."""
    advisors: list[str] = Field(default_factory=list)
    """Canonical names of the advising agencies (`tham mưu`)."""
    timeframe: Deadline | None = None
    """When it must be done, or null."""
    rule: str | None = Field(default=None, description="(added) the rule that produced it")
    confidence: float | None = Field(default=None, ge=0, le=1, description="(added) how sure the rule is, 0-1")


class Mention(Evidence):
    """One place an agency is named."""

    text: str
    """The name as written there."""


class Agency(Record):
    """One distinct agency the document names, with every mention."""

    name: str
    """The name as first written."""
    canonical: str
    """The canonical name: abbreviations expanded, spellings unified (`Sở LĐTBXH` → `Sở Lao động - Thương binh và
    Xã hội`); what tasks' lead and partners refer to."""
    abbreviation: str | None = None
    """Its usual abbreviation, if any."""
    type: str | None = None
    """The kind of body (`UBND`, `Sở`, `Công an` …)."""
    level: AdminLevel | None = None
    """national, province, district or commune."""
    generic: bool = False
    """True for a collective reference (`các sở, ban, ngành có liên quan`), not one body."""
    place: str | None = Field(
        default=None,
        description="(added) the place a level-relative name stands for: `Công an tỉnh` in a Thanh Hóa plan → Thanh Hóa",
    )
    roles: list[Literal["lead", "partner", "advisor", "issuer", "recipient", "reports_to"]] = Field(
        default_factory=list
    )
    """What it does in the document: lead, partner, advisor, issuer, recipient, reports_to."""
    mentions: list[Mention] = Field(default_factory=list)
    """Every place it is named."""
    rule: str | None = Field(default=None, description="(added) the producer that found it, e.g. model:agencies")
    confidence: float | None = Field(default=None, ge=0, le=1, description="(added) how sure the producer is, 0-1")


class Citation(Evidence):
    """A document cited (căn cứ, văn bản viện dẫn)."""

    text: str
    """The citation as written."""
    doc_type: str | None = None
    """`Nghị định`, `Quyết định`, `Luật` …"""
    number: str | None = None
    """Its number (`178`); null for a law named without one."""
    year: int | None = None
    """The year in its number."""
    symbol: str | None = None
    """Its symbol (`NĐ-CP`)."""
    canonical_id: str | None = None
    """`number/year/symbol` (`178/2004/NĐ-CP`), the same for every citation of one document."""
    date: str | None = None
    """ISO date it was issued."""
    issuer: str | None = None
    """The issuing agency's canonical name."""
    title: str | None = None
    """Its subject, after `về việc` / `về` / `ban hành`, when written."""
    relation: Literal["basis", "implements", "reference"]
    """basis (`Căn cứ`), implements (`Thực hiện`) or reference (in the body)."""
    rule: str | None = Field(default=None, description="(added) the rule that produced it")
    confidence: float | None = Field(default=None, ge=0, le=1, description="(added) how sure the rule is, 0-1")


class Document(Record):
    """What `kehoach extract` makes of one input: its text and every record read from it."""

    schema_version: str = Field(default=SCHEMA_VERSION, description="(added) the version of this record contract")
    doc_id: str
    """Stable id: the file stem, or the first 12 hex of a sha256 of the path when stems collide."""
    source: Source
    """The input file."""
    text: str
    """The whole normalised text (NFC, modern tone marks) that every span points into."""
    metadata: Metadata
    """The document's header, title and signature."""
    sections: list[Section] = Field(default_factory=list)
    """Sections, flat, in reading order."""
    targets: list[Target] = Field(default_factory=list)
    """Measurable commitments."""
    tasks: list[Task] = Field(default_factory=list)
    """Assigned duties."""
    agencies: list[Agency] = Field(default_factory=list)
    """Distinct agencies named."""
    deadlines: list[Deadline] = Field(default_factory=list)
    """Time bounds on obligations."""
    citations: list[Citation] = Field(default_factory=list)
    """Documents cited."""
    warnings: list[str] = Field(default_factory=list)
    """What the pipeline noticed and could not resolve (`issue date left blank in the document`)."""


SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema(model: type[Record]) -> dict[str, Any]:
    """The JSON Schema `kehoach schema` prints: pydantic's, with the dialect, an `$id` naming
    the record and contract version, and the version itself."""
    schema = model.model_json_schema()
    return {"$schema": SCHEMA_DIALECT, "$id": f"urn:kehoach:schema:{SCHEMA_VERSION}:{model.__name__}",
            "version": SCHEMA_VERSION, **schema}


RECORD_LISTS: tuple[str, ...] = ("sections", "targets", "tasks", "agencies", "deadlines", "citations")
"""The per-document record lists, in the order the CSV tables and summaries show them."""
