"""Tasks (nhiệm vụ, hoạt động) with who leads them, who partners and who advises.

Plans assign responsibility in a few drafting patterns. Rules run from the most explicit to
the least, and a line one rule has used is not read again by a later one:

0. `task_table` — rows of a table whose header names the columns (`Nhiệm vụ | Cơ quan chủ
   trì | Cơ quan phối hợp | Thời gian hoàn thành`), as Markdown, HTML and DOCX tables reach
   the normalised text (`| … | … |` rows). The header says what each cell is.
1. `labelled_block` — labelled lines after an item's activities (`- Cơ quan chủ trì: …`,
   `- Cơ quan phối hợp: …`, `- Thời gian thực hiện: …`), or labels as headings with the
   agencies as bullets under them (`a) Cơ quan chủ trì` / `- Ban Chỉ đạo quốc gia.`). The
   block applies to every numbered activity `(1)`, `(2)` of its item, else to every lettered
   item `a)`, `b)` of the part (a `Nội dung` sub-section beside the block), else to the
   item itself. The explicit label makes these the surest.
2. `agency_heading` — in `TỔ CHỨC THỰC HIỆN`, an item headed by agencies (`1.2. Công an
   tỉnh`) leads every paragraph under it; `phối hợp với …` in a paragraph names partners.
3. `prose` — a paragraph that opens with agencies and goes on with what they do (`4. Sở Lao
   động - Thương binh và Xã hội có trách nhiệm …`, `Đề nghị Ủy ban MTTQ tỉnh … phối hợp …`,
   `Giao Sở … chủ trì …`). Riskiest: the opening list must be followed by a verb phrase,
   not by more of a sentence that happens to start with a name.

Agency names come from `agency_names`; `lead`, `partners` and `advisors` hold canonical names.
The timeframe is the deadline record found in the block's time line or in the paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.extract.agency_names import AgencyName, Place, find_agency_names, leading_names
from pipeline.extract.context import DocContext
from pipeline.extract.deadlines import parse_timeframe
from pipeline.models import Deadline, Section, Task
from pipeline.parse.scan import by_first_character

_MARK = r"(?:[-+•*–]\s*|[a-zđ]\)\s*|\(\d{1,2}\)\s*|\d{1,2}(?:\.\d{1,2})*\.?\s+)?"
_LABEL = re.compile(
    r"^" + _MARK + r"(?P<label>(?:[Cc]ơ quan|[Đđ]ơn vị|[Cc]ấp)\s+(?P<role>chủ trì|phối hợp|tham mưu|thực hiện"
    r"|ban hành [Qq]uyết định)(?:\s*,\s*phối hợp)?(?:\s+thực hiện)?"
    r"|[Tt]hời gian(?:\s+(?:thực hiện|hoàn thành|triển khai))?|[Tt]iến độ(?:\s+thực hiện)?"
    r"|[Tt]rách nhiệm thực hiện|[Pp]hân công thực hiện)\s*(?P<colon>:)?\s*(?P<value>.*)$"
)
_ROLE = {"chủ trì": "lead", "thực hiện": "lead", "ban hành quyết định": "lead", "phối hợp": "partners",
         "tham mưu": "advisors"}
_VALUE_BULLET = re.compile(r"^\s*[-+•–]\s*(?P<value>\S.*)$")
_PLAIN_VALUE = re.compile(r"^(?![a-zđ]\)|\(?\d|[IVX]+\.)(?P<value>[A-ZĐÀ-Ỹ].{0,300})$")
"""A label heading's value written without a bullet (`b) Cơ quan phối hợp` / `Mặt trận …`)."""
_ACTIVITY = re.compile(r"^\(\d{1,2}\)$")
_LETTER = re.compile(r"^[a-zđ]\)$")
_ITEM = re.compile(r"^[a-zđ]\)\s")
_BULLET_NUMBER = re.compile(r"^(?:[-+•–]|\(\d{1,2}\))$")
_OPENING = re.compile(
    _MARK + r"(?:(?:Căn cứ|Trên cơ sở) (?:[^.:;\n]){0,120}?,\s*(?=(?:Giám đốc|Thủ trưởng|Chủ tịch|Sở|UBND|Ủy ban|Công an"
    r"|[Cc]ác (?:sở|cơ quan|đơn vị|bộ))\b))?"
    r"(?:(?:Đề nghị|Giao|Đối với)\s+)?"
)
_PARTNER = re.compile(r"(?i)phối hợp(?:\s+chặt chẽ)?(?:\s+(?:với|cùng))?\s+")
_VERB_START = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:,\s*)?[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]")
_SKIP_KINDS = {"purpose", "requirements", "targets", "budget", "recipients", "signature"}
_PROSE_KINDS = {"tasks", "organisation", "reporting", "budget", "other"}
"""Where a paragraph opening with agencies assigns them work (`Sở Tài chính … chủ trì tổng hợp`
in the budget part too); in `solutions` it states a principle (`UBND các cấp phải đưa công
tác … là một trong các nhiệm vụ …`)."""


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str


@dataclass
class _Block:
    """Labelled lines that belong together, and what they say."""

    start: int
    end: int
    roles: dict[str, list[AgencyName]] = field(default_factory=dict)
    time_span: tuple[int, int] | None = None
    lines: list[int] = field(default_factory=list)


def _lines(text: str, start: int, end: int) -> list[_Line]:
    out, pos = [], start
    for raw in text[start:end].split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(_Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def _names_for(role: str, ctx: DocContext, place: Place, s: int, e: int) -> list[AgencyName]:
    """Who a labelled value names. A lead value names its leading list only (`Sở X hướng dẫn
    UBND các huyện …` leads with Sở X alone); partners and advisors name every agency."""
    names = find_agency_names(ctx.text, s, e, place, index=ctx.agency_names)
    if role == "lead":  # each `;` clause may open with its own leads (`Sở X rà soát …; các sở, ngành … chủ động …`)
        out = leading_names(names, ctx.text, s, e)  # `Sở X; Sở Y; Báo Z và các sở, ngành …`
        pos, listing = s, True
        for clause in ctx.text[s:e].split(";"):
            start, stop = pos + len(clause) - len(clause.lstrip()), pos + len(clause.rstrip())
            if not listing and (not out or start > out[-1].end):  # (after `hướng dẫn UBND các huyện;`
                out += leading_names([n for n in names if n.start >= start], ctx.text, start, stop)  # the list goes on)
            listing = any(n.end == stop for n in names)
            pos += len(clause) + 1
        return out
    return names


def _blocks(lines: list[_Line], ctx: DocContext, place: Place) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None
    pending: str | None = None  # a label used as a heading, waiting for its bullet values
    for i, line in enumerate(lines):
        m = _LABEL.match(line.text)
        value_line = pending is not None and (_VALUE_BULLET.match(line.text) or _PLAIN_VALUE.match(line.text))
        if not m and not value_line:
            if current is not None and line.text.startswith("(") and not line.text[1:2].isdigit():
                continue  # a note in brackets between the labels (`(Văn phòng Ban Chỉ đạo … )`, 20)
            current, pending = None, None
            continue
        if value_line and not m:
            assert current is not None and pending is not None
            vs = line.start + line.text.index(value_line.group("value"))
            current.roles.setdefault(pending, []).extend(_names_for("partners" if pending != "lead" else "lead",
                                                                    ctx, place, vs, line.end))
            current.end = line.end
            current.lines.append(i)
            continue
        assert m is not None
        label = m.group("label").casefold()
        role = _ROLE.get(m.group("role").casefold()) if m.group("role") else None
        if "chủ trì, phối hợp" in label:
            role = None  # `Cơ quan chủ trì, phối hợp`: a heading over the two labels
        is_time = label.startswith(("thời gian", "tiến độ"))
        if current is None or (role and role in current.roles) or (is_time and current.time_span):
            current = _Block(line.start, line.end)
            blocks.append(current)
        current.end = line.end
        current.lines.append(i)
        value = m.group("value")
        vs = line.start + m.start("value")
        pending = None
        if is_time:
            current.time_span = (vs, line.end)
        elif role and value:
            current.roles.setdefault(role, []).extend(_names_for(role, ctx, place, vs, line.end))
        elif role:
            pending = role
            current.roles.setdefault(role, [])
        else:
            pending = None
    return [b for b in blocks if b.roles.get("lead")]


def _innermost(ctx: DocContext, offset: int) -> Section | None:
    sid = ctx.section_at(offset)
    return ctx.section(sid) if sid else None


def _is_label(section: Section) -> bool:
    heading = (section.heading or "").strip()
    return bool(heading) and bool(_LABEL.match(heading))


def _unit(ctx: DocContext, offset: int) -> Section | None:
    """The item a labelled block belongs to: its section, above bullets, activities and
    label headings (`1.2. Trách nhiệm thực hiện` belongs to `1.`)."""
    s = _innermost(ctx, offset)
    while s is not None and (_BULLET_NUMBER.match(s.number or "-") or _is_label(s)):
        s = ctx.section(s.parent) if s.parent else None
    return s


def _first_line(ctx: DocContext, start: int, end: int) -> tuple[int, int]:
    stop = ctx.text.find("\n", start, end)
    return start, (stop if stop != -1 else end)


_CONTENT = re.compile(r"^[-+•–]?\s*Nội dung(?:\s+(?:thực hiện|công việc|nhiệm vụ))?\s*:\s*(?=\S)", re.M)


def _content(ctx: DocContext, start: int, end: int) -> tuple[int, int] | None:
    """The duty an item states on a labelled line beside its agencies (`2. Rà soát văn bản …` /
    `- Nội dung: Rà soát các văn bản quy phạm pháp luật có liên quan …` / `- Cơ quan thực
    hiện: …`): the task's text is that value, not the item's title."""
    m = _CONTENT.search(ctx.text, start, end)
    if m is None:
        return None
    stop = ctx.text.find("\n", m.end(), end)
    return m.end(), (stop if stop != -1 else end)


class _Deadlines:
    """The document's deadlines, indexed by where they start: every task asks for the first
    deadline (in the order given) inside its span, and a scan of them all per task would make
    the tasks stage quadratic in the document's length."""

    def __init__(self, deadlines: Sequence[Deadline]) -> None:
        self._deadlines = list(deadlines)
        self._by_start = sorted((d.span[0], k) for k, d in enumerate(self._deadlines))

    def first_within(self, start: int, end: int) -> Deadline | None:
        lo = bisect.bisect_left(self._by_start, (start, -1))
        hi = bisect.bisect_right(self._by_start, (end, len(self._deadlines)))
        inside = [k for _, k in self._by_start[lo:hi] if self._deadlines[k].span[1] <= end]
        return self._deadlines[min(inside)] if inside else None


def _timeframe(deadlines: _Deadlines, span: tuple[int, int] | None) -> Deadline | None:
    """The first deadline written inside `span`."""
    return deadlines.first_within(*span) if span is not None else None


def _names(names: Sequence[AgencyName]) -> list[str]:
    seen: list[str] = []
    for n in names:
        if n.canonical not in seen:
            seen.append(n.canonical)
    return seen


def _task(ctx: DocContext, span: tuple[int, int], lead: Sequence[AgencyName], partners: Sequence[AgencyName],
          advisors: Sequence[AgencyName], timeframe: Deadline | None, rule: str, confidence: float) -> Task:
    evidence = ctx.locate(*span)
    leads = _names(lead)
    return Task(**evidence._asdict(),
                section=ctx.section_at(span[0]), text=ctx.text[span[0]:span[1]], lead=leads,
                partners=[p for p in _names(partners) if p not in leads], advisors=_names(advisors),
                timeframe=timeframe, rule=rule, confidence=confidence)


def _partners_in(ctx: DocContext, place: Place, start: int, end: int) -> list[AgencyName]:
    """Agencies named right after `phối hợp (với)` in a paragraph."""
    out: list[AgencyName] = []
    names: list[AgencyName] | None = None
    for m in _PARTNER.finditer(ctx.text, start, end):
        if names is None:
            names = find_agency_names(ctx.text, start, end, place, index=ctx.agency_names)
        out.extend(leading_names(names, ctx.text, m.end(), end))
    return out


def _labelled(ctx: DocContext, lines: list[_Line], blocks: list[_Block], deadlines: _Deadlines,
              used: set[int]) -> list[Task]:
    tasks: list[Task] = []
    for block in blocks:
        unit = _unit(ctx, block.start)
        if unit is None:
            continue
        inside = [s for s in ctx.descendants(unit.id) if s.span[0] < block.start and not _is_label(s)]
        activities = [s for s in inside if _ACTIVITY.match(s.number or "")]
        if not activities:
            activities = [s for s in inside if _LETTER.match(s.number or "")]
        spans = [_first_line(ctx, *s.span) for s in activities] or [_content(ctx, unit.span[0], block.start)
                                                                    or _first_line(ctx, *unit.span)]
        timeframe = _timeframe(deadlines, block.time_span)
        for span in spans:
            tasks.append(_task(ctx, span, block.roles.get("lead", []), block.roles.get("partners", []),
                               block.roles.get("advisors", []), timeframe, "labelled_block", 0.95))
        used.update(block.lines)
        for s in spans:
            used.update(_lines_starting(lines, s[0], s[1]))
    return tasks


def _lines_starting(lines: list[_Line], start: int, end: int) -> range:
    """The indices of the lines (in text order) that start in `[start, end)`, by bisection."""
    return range(bisect.bisect_left(lines, start, key=lambda line: line.start),
                 bisect.bisect_left(lines, end, key=lambda line: line.start))


def _heading_agencies(ctx: DocContext, section: Section,
                      place: Place) -> tuple[list[AgencyName], list[AgencyName], int] | None:
    """(lead, partners, where the item's own tasks start) for an item headed by agencies:
    a heading that is nothing but agencies (`1.2. Công an tỉnh`, its text after a colon
    being the first task: `1.2. Công an tỉnh: Chủ trì, …`), or an opening sentence that
    gives them work and ends in a colon over bullets (`2. Sở Giáo dục và Đào tạo chủ trì,
    phối hợp với Sở …:` then `- Xây dựng …`). None when the heading says anything else."""
    s = section.span[0]
    line_end = ctx.text.find("\n", s, section.span[1])
    line_end = section.span[1] if line_end == -1 else line_end
    opening = _OPENING.match(ctx.text, s, line_end)
    start = opening.end() if opening else s
    if not ctx.agency_names.may_lead(start, line_end):
        return None  # (no name can open the heading: the search of its line is spared)
    names = find_agency_names(ctx.text, start, line_end, place, index=ctx.agency_names)
    lead = leading_names(names, ctx.text, start, line_end)
    if not lead:
        return None
    after = lead[-1].end
    note = _NOTE.match(ctx.text, after, line_end)  # `3. Sở Tài chính (cơ quan thường trực):`
    after = note.end() if note else after
    rest = ctx.text[after:line_end]
    if rest.strip(" .,;*") == "":
        return lead, [], line_end
    if rest.lstrip(" *").startswith(":"):
        return lead, [], after + rest.index(":") + 1
    if rest.rstrip(" *").endswith(":") and _VERB_START.match(ctx.text, lead[-1].end, line_end):
        return lead, _partners_in(ctx, place, lead[-1].end, line_end), line_end
    return None


_NOTE = re.compile(r"\s*\([^()\n]{1,120}\)")


def _paragraphs(lines: list[_Line], start: int, end: int, used: set[int],
                also_used: set[int] | frozenset[int] = frozenset()) -> list[tuple[int, int, list[int]]]:
    """Paragraphs of `[start, end)`, leaving out the lines in `used` or `also_used`: a line that
    starts in lower case continues the one before (a page break or a hard wrap split it),
    unless it opens a lettered item (`b) Rà soát …`)."""
    out: list[tuple[int, int, list[int]]] = []
    for i in _lines_starting(lines, start, end):
        line = lines[i]
        if i in used or i in also_used:
            continue
        if out and line.text[:1].islower() and not _ITEM.match(line.text) and out[-1][2][-1] == i - 1:
            s, _, idx = out[-1]
            out[-1] = (s, line.end, idx + [i])
        else:
            out.append((line.start, line.end, [i]))
    return out


def _bare(ctx: DocContext, start: int, end: int) -> int:
    m = _OPENING.match(ctx.text, start, end)
    return m.end() if m else start


_DEFINITION = re.compile(r"\(sau đây (?:được )?gọi (?:tắt )?là")
_CLOSING = re.compile(r"Trên đây là\s")
"""`Trên đây là Kế hoạch …` closes the plan under its last heading; it assigns nothing."""
_ALTERNATIVE = re.compile(r"\s*(?:hoặc|hay)\s")
_NOT_A_DUTY = re.compile(r"\([^()]*\)\.?\s*$|[^\w]*$|\w{1,6}\.?\s*$"
                         r"|(?:[a-zđ]\)\s*)?(?:Nhiệm vụ|Hoạt động|Nội dung|Trách nhiệm)(?:\s+(?:\d+|cụ thể|chính))?\s*:?\s*$")
"""Under an agency heading, a note in brackets (`(Đính kèm Phụ lục I).`), a line with no word
(a stray `*`), a lone word (`TTHC.`, the tail of a broken line) or a bare label (`Nhiệm vụ:`,
`a) Hoạt động 1`: the duties follow it) assigns nothing."""


def _prose_lead(ctx: DocContext, place: Place, start: int, end: int) -> list[AgencyName]:
    """The agencies a paragraph opens with, when what follows them is a verb phrase."""
    s = _bare(ctx, start, end)
    if not ctx.agency_names.may_lead(s, min(end, s + 400)):
        return []  # (no name can open it: the search of the paragraph is spared)
    names = find_agency_names(ctx.text, s, min(end, s + 400), place, index=ctx.agency_names)
    lead = leading_names(names, ctx.text, s, end)
    if lead and _DEFINITION.search(ctx.text, s, end):
        return []  # `Ủy ban nhân dân các xã … (sau đây được gọi là …)` says whom a rule covers
    note = _NOTE.match(ctx.text, lead[-1].end, end) if lead else None
    after = note.end() if note else (lead[-1].end if lead else s)
    if lead and _ALTERNATIVE.match(ctx.text, after, end):
        return []  # `Trung tâm Phục vụ hành chính công (cấp xã) hoặc Chi nhánh …`: a list of names
    if lead and _VERB_START.match(ctx.text, lead[-1].end, end) and len(ctx.text[lead[-1].end:end].split()) >= 5:
        return lead  # (a name and a few words is a name, its tail cut: `Phòng Nghiên cứu khoa học`, `Chi nhánh
    return []  # Văn phòng đăng ký đất đai`, `Phòng Bảo tàng Di sản Đô thị cổ Hội An.`)


def _organisation(ctx: DocContext, lines: list[_Line], deadlines: _Deadlines, place: Place,
                  used: set[int]) -> list[Task]:
    tasks: list[Task] = []
    sections = sorted(ctx.sections, key=lambda s: (s.span[0], -s.level))
    headed: list[tuple[Section, list[AgencyName], list[AgencyName], int]] = []
    for section in sections:
        if section.kind in _SKIP_KINDS or _BULLET_NUMBER.match(section.number or "-"):
            continue
        found = _heading_agencies(ctx, section, place)
        if found:
            headed.append((section, *found))
    heading_lines = {i for h, _, _, _ in headed for i in _lines_starting(lines, h.span[0], h.span[0] + 1)}
    headed_starts = sorted(h.span[0] for h, _, _, _ in headed)
    for section, lead, intro_partners, body in headed:
        # an item ends where the first headed item nested in it starts
        following = bisect.bisect_right(headed_starts, section.span[0])
        end = section.span[1]
        if following < len(headed_starts) and headed_starts[following] < end:
            end = headed_starts[following]
        # the heading's own text after a colon is the first paragraph
        paragraphs = []
        line_end = ctx.text.find("\n", section.span[0])
        line_end = section.span[1] if line_end == -1 else min(line_end, section.span[1])
        if ctx.text[body:line_end].strip():
            s = body + len(ctx.text[body:line_end]) - len(ctx.text[body:line_end].lstrip())
            paragraphs.append((s, line_end))
        for s, e, idx in _paragraphs(lines, line_end, end, used, heading_lines):
            if paragraphs and ctx.text[s] == "+" and ctx.text[paragraphs[-1][0]:paragraphs[-1][1]].rstrip().endswith(
                    ":") and ctx.text[paragraphs[-1][0]] != "+":
                paragraphs[-1] = (paragraphs[-1][0], e)  # `+` items completing the duty before them
            elif paragraphs and ctx.text[s] == "+" and ctx.text[paragraphs[-1][1] - 1] in ";," \
                    and "+" in ctx.text[paragraphs[-1][0]:paragraphs[-1][1]].split("\n")[-1][:1]:
                paragraphs[-1] = (paragraphs[-1][0], e)  # the next `+` item of the same list
            else:
                paragraphs.append((_bare(ctx, s, e) if ctx.text[s] in "-+•–" else s, e))
            used.update(idx)
        for s, e in paragraphs:
            if _NOT_A_DUTY.match(ctx.text, s, e) or _DEFINITION.search(ctx.text, s, e) or _CLOSING.match(ctx.text, s, e):
                continue
            own = _prose_lead(ctx, place, s, e)
            if own and _is_issuer(ctx, own):
                continue
            partners = _partners_in(ctx, place, s, e) + ([] if own else intro_partners)
            rule, conf = ("prose", 0.8) if own else ("agency_heading", 0.9)
            tasks.append(_task(ctx, (s, e), own or lead, partners, [], _timeframe(deadlines, (s, e)), rule, conf))
        used.update(_lines_starting(lines, section.span[0], section.span[0] + 1))
    return tasks


def _prose(ctx: DocContext, lines: list[_Line], deadlines: _Deadlines, place: Place,
           used: set[int]) -> list[Task]:
    tasks: list[Task] = []
    kinds = {s.id: s.kind for s in ctx.sections}
    for s, e, idx in _paragraphs(lines, ctx.preamble_end, len(ctx.text), used):
        sid = ctx.section_at(s)
        if sid is None or kinds.get(sid) not in _PROSE_KINDS:
            continue
        lead = _prose_lead(ctx, place, s, e)
        if not lead or _is_issuer(ctx, lead):
            continue
        if kinds.get(sid) == "budget" and all(n.generic for n in lead):
            continue  # `Các cơ quan, đơn vị sử dụng dự toán …` says where money comes from; a named body's is a duty
        partners = _partners_in(ctx, place, s, e)
        advisors = []
        used.update(idx)
        tasks.append(_task(ctx, (s, e), lead, partners, advisors, _timeframe(deadlines, (s, e)), "prose", 0.75))
    return tasks


def _is_issuer(ctx: DocContext, lead: Sequence[AgencyName]) -> bool:
    """`UBND huyện yêu cầu các cơ quan …` closes a plan with the issuer's own instruction,
    not a task it takes on."""
    issuer = ctx.metadata.issuer
    return issuer is not None and issuer.startswith("UBND ") and len(lead) == 1 and lead[0].canonical.startswith("UBND ") \
        and "các" not in lead[0].canonical and lead[0].canonical.split()[1].casefold() in issuer.casefold()


_ROW = re.compile(r"^\|(.*)\|$")
_COLUMN_ROLES = (
    ("lead", re.compile(r"(?i)chủ trì|chịu trách nhiệm|đơn vị thực hiện|cơ quan thực hiện")),
    ("partners", re.compile(r"(?i)phối hợp")),
    ("time", re.compile(r"(?i)thời gian|thời hạn|tiến độ")),
    ("text", re.compile(r"(?i)nhiệm vụ|nội dung|hoạt động|công việc|^tên")),
)


def _cells(ctx: DocContext, line: _Line) -> list[tuple[int, int]] | None:
    """The cells of a table row written `| a | b |`, as spans of the text (stripped)."""
    if not _ROW.match(line.text):
        return None
    cells, pos = [], line.start + 1
    for raw in line.text[1:-1].split("|"):
        lead = len(raw) - len(raw.lstrip())
        cells.append((pos + lead, pos + len(raw.rstrip())))
        pos += len(raw) + 1
    return cells


def _flattened_rows(ctx: DocContext, lines: list[_Line]) -> list[tuple[list[int], list[tuple[int, int]]]]:
    """A table that reached the text one cell per line (`STT` / `Nhiệm vụ` / `Cơ quan chủ
    trì` / `Thời gian` / `1` / `Tổ chức hội nghị …` / `Sở Tư pháp` / `Quý I/2023`): a run of
    short header lines naming the columns, then rows that open with their number, counted
    on (`1`, `2`, …). A duty written over several lines (the only long cell) gives its row
    more lines than columns: the lines past the first of the row go to the duty while more
    are left than the other columns need (see `_row_cells`)."""
    rows: list[tuple[list[int], list[tuple[int, int]]]] = []
    i = 0
    while i < len(lines):
        k = 0
        while i + k < len(lines) and len(lines[i + k].text) <= 40 and "|" not in lines[i + k].text \
                and _HEADER_CELL.search(lines[i + k].text):
            k += 1
        if k < 3:  # (most lines: no header of three columns starts here)
            i += max(k, 1)
            continue
        header = [lines[i + j].text for j in range(k)]
        roles = [next((role for role, rx in _COLUMN_ROLES if rx.search(t)), None) for t in header]
        if not {"lead", "text"} <= set(roles) or not _STT.match(header[0]):
            i += k
            continue
        rows.append((list(range(i, i + k)), [(lines[i + j].start, lines[i + j].end) for j in range(k)]))
        j, number = i + k, 1
        while j < len(lines) and _ROW_NUMBER.match(lines[j].text) and int(lines[j].text.rstrip(".")) == number:
            stop = j + 1
            while stop < len(lines) and stop - j <= 4 * k and not (
                    _ROW_NUMBER.match(lines[stop].text) and int(lines[stop].text.rstrip(".")) == number + 1) \
                    and not _PART.match(lines[stop].text):
                stop += 1
            cells = _row_cells(lines[j:stop], roles)
            if cells is None:
                break
            rows.append((list(range(j, stop)), cells))
            j, number = stop, number + 1
        i = max(j, i + k)
    return rows


def _row_cells(row: list[_Line], roles: list[str | None]) -> list[tuple[int, int]] | None:
    """The cells of a flattened row (its number first), as many as the header has columns.
    Every column but the duty holds one line; the duty's extra lines are joined into it.
    None when the row has fewer lines than columns."""
    extra = len(row) - len(roles)
    if extra < 0:
        return None
    duty = roles.index("text")
    cells = []
    pos = 0
    for c in range(len(roles)):
        take = 1 + (extra if c == duty else 0)
        part = row[pos:pos + take]
        cells.append((part[0].start, part[-1].end))
        pos += take
    return cells


_PART = re.compile(r"^(?:[IVX]+\.|\d{1,2}\.\d|[A-ZĐ]{2,}\s+[A-ZĐ]{2,})")
"""A part heading (`V. KINH PHÍ`, `2.1. …`) ends a flattened table's last row."""
_PROCEDURES = re.compile(r"(?i)thủ tục")
_STT = re.compile(r"(?i)^(?:STT|TT|Số TT)$")
_COLUMN_WORDS = [word for _, rx in _COLUMN_ROLES for word in rx.pattern.removeprefix("(?i)").split("|")]
assert not any(set(w) & set(".$*+?{}[]\\|()") or "^" in w[1:] for w in _COLUMN_WORDS)  # plain words (`^` first: `^tên`)
_HEADER_CELL = re.compile(_STT.pattern.removeprefix("(?i)") + "|" + by_first_character(_COLUMN_WORDS, opening=str), re.I)
"""A flattened table's header line: `STT` or a column's words (one search, not five per line)."""
_ROW_NUMBER = re.compile(r"^\d{1,3}\.?$")


def _table(ctx: DocContext, lines: list[_Line], deadlines: _Deadlines, place: Place,
           used: set[int]) -> list[Task]:
    """Task tables (`STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian`): the
    columns say what each cell is, so these are the surest of all. A lead cell names every
    lead (`Sở Tư pháp, Sở Nội vụ`), not only its opening list. Rows come as `| … | … |`
    lines (Markdown, HTML, DOCX, .doc) or flattened one cell per line."""
    rows = [([i], cells) for i, line in enumerate(lines) if (cells := _cells(ctx, line)) is not None]
    rows += _flattened_rows(ctx, lines)
    rows.sort(key=lambda r: r[0][0])
    tasks: list[Task] = []
    columns: dict[str, int] | None = None
    previous_end = -2
    for indices, cells in rows:
        if indices[0] != previous_end + 1:
            columns = None  # a table ends where its rows stop
        previous_end = indices[-1]
        texts = [ctx.text[s:e] for s, e in cells]
        header = {role: j for role, rx in reversed(_COLUMN_ROLES) for j, t in enumerate(texts) if rx.search(t)}
        if "text" in header and _PROCEDURES.search(texts[header["text"]]):
            columns = None  # a list of administrative procedures and who handles them: no duties
            continue
        if "lead" in header and "text" in header and len(header) >= 2 and not any(_names_in(ctx, place, c) for c in
                                                                                 cells[header["lead"]:header["lead"] + 1]):
            columns = header
            used.update(indices)
            continue
        if columns is None or len(cells) <= max(columns.values()):
            continue
        text_span = cells[columns["text"]]
        lead = _names_in(ctx, place, cells[columns["lead"]])
        if not lead or text_span[0] == text_span[1]:
            continue
        partners = _names_in(ctx, place, cells[columns["partners"]]) if "partners" in columns else []
        timeframe = _cell_timeframe(ctx, deadlines, cells[columns["time"]]) if "time" in columns else None
        tasks.append(_task(ctx, text_span, lead, partners, [], timeframe, "task_table", 0.95))
        used.update(indices)
    return tasks


def _cell_timeframe(ctx: DocContext, deadlines: _Deadlines, span: tuple[int, int]) -> Deadline | None:
    """The deadline a time column's cell states. The column header is its label, so a cell
    reading `Thường xuyên` or `Tháng 12/2025` is a timeframe although nothing in the cell says
    so: when no deadline was found inside the cell, the deadlines module's own value parser
    reads it (not a second parser here)."""
    found = _timeframe(deadlines, span)
    if found is not None or span[0] == span[1]:
        return found
    parsed = parse_timeframe(ctx, span[0], span[1], ctx.section_at(span[0]))
    return parsed[0] if parsed else None


def _names_in(ctx: DocContext, place: Place, span: tuple[int, int]) -> list[AgencyName]:
    return find_agency_names(ctx.text, span[0], span[1], place, index=ctx.agency_names)


def _place(ctx: DocContext) -> Place:
    meta = ctx.metadata
    return Place(province=meta.province, district=meta.district, commune=meta.commune, level=meta.admin_level,
                 issuer=meta.issuer)


def extract_tasks(ctx: DocContext, deadlines: Sequence[Deadline] = ()) -> list[Task]:
    """Every task of the document with its agencies and timeframe, in reading order."""
    place = _place(ctx)
    timeframes = _Deadlines(deadlines)
    lines = _lines(ctx.text, ctx.preamble_end, len(ctx.text))
    used: set[int] = set()
    tasks = _table(ctx, lines, timeframes, place, used)
    tasks += _labelled(ctx, lines, _blocks(lines, ctx, place), timeframes, used)
    tasks += _organisation(ctx, lines, timeframes, place, used)
    tasks += _prose(ctx, lines, timeframes, place, used)
    return sorted(tasks, key=lambda t: t.span)
