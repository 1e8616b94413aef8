"""Targets (chỉ tiêu): every measurable commitment, as numbers a researcher can line up.

Plans state targets under `Chỉ tiêu` / `Mục tiêu cụ thể` headings and in indicator tables,
one bullet per area, often several numbers per bullet (`Ít nhất 20% người lao động …; ít
nhất 15% người lao động …; 20% học sinh …` — three targets). So a target region is split
into clauses (bullets, then `;`, then `và` / `,` before a new number), and each clause gives
one target: its number (Vietnamese forms: `10.000`, `2,5`, `05/11`, `một`), comparator
(`ít nhất` → `>=`, `trên` → `>`, …), unit, and the subject counted — found with
underthesea's POS tags (the noun phrase after the number, or after `Tỷ lệ`), called only
on these short clauses and cached. A clause with no number in a target region is a
`qualitative` target. Indicator codes come from `pipeline/extract/indicators/*.yaml`.

Rules, safe to risky: percentages (the `%` makes them unambiguous), ratios (`05/11 huyện`),
frequencies (`một tháng, một lần`), counts (a number then a noun), qualitative bullets.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline import lexicon
from pipeline.extract.context import DocContext
from pipeline.extract.indicators import match_indicator
from pipeline.models import Section, Target
from pipeline.parse.postag import pos_tag
from pipeline.parse.scan import line_starts
from pipeline.parse.sections import heading_kind

_NUMBER = r"\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?"
_NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
# comparator words and signs (the spec's labelling conventions), longest first so that `không
# dưới` is read before `dưới`; `từ … trở lên` is handled with its closing words
_COMPARATORS = (
    ("không vượt quá", "<="), ("không thấp hơn", ">="), ("không cao hơn", "<="), ("không dưới", ">="),
    ("không vượt", "<="), ("không quá", "<="), ("tối thiểu", ">="), ("ít nhất", ">="), ("tối đa", "<="),
    ("đạt trên", ">"), ("cao hơn", ">"), ("thấp hơn", "<"), ("trên", ">"), ("dưới", "<"), ("hơn", ">"),
    ("từ", ">="), (">=", ">="), ("<=", "<="), ("≥", ">="), ("≤", "<="), (">", ">"), ("<", "<"),
)
_COMPARATOR_WORDS = "|".join(re.escape(w) for w, _ in _COMPARATORS if w != "từ")
# `2-2,5%`, `2%-2,5%`, `từ 2% đến 2,5%`: a range of shares is one target with value and value_max
_SHARE = re.compile(rf"(?P<v>{_NUMBER})(?:\s*%?\s*(?:-|–|đến)\s*(?P<v2>{_NUMBER}))?\s*%")
# `05/11 huyện`, `2.269/6.974 hộ`: counts of any size on both sides of the slash
_RATIO = re.compile(r"(?<![\d/.,])(?P<v>\d{1,3}(?:\.\d{3})+|\d{1,5})/(?P<d>\d{1,3}(?:\.\d{3})+|\d{1,5})(?![\d/])"
                    r"\s+(?P<noun>[^\W\d][^\s,;./]*)")
# `10 bác sĩ/10.000 dân`, `35 giường bệnh trên 10.000 dân`: a count per so many people
_PER_PEOPLE = re.compile(rf"(?P<v>{_NUMBER})\s+(?P<noun>[^\W\d][^\d/;,.]{{0,30}}?)\s*(?:/|\s(?i:trên)\s)\s*"
                         r"(?P<d>100|1\.000|10\.000|100\.000)\s+(?P<pop>(?i:dân|người dân|người))(?!\w)")
_FREQUENCY = re.compile(r"(?i)(?P<n>một|hai|ba|sáu|\d+)\s+(?P<per>tháng|quý|năm|tuần),?\s+(?P<k>một|hai|ba|\d+)\s+lần"
                        r"|(?P<k2>một|hai|ba|\d+)\s+lần\s*/\s*(?P<per2>tháng|quý|năm|tuần)")
"""`một tháng, một lần` (once every month), `6 tháng một lần` (once every six months), `01 lần/quý`."""
_PERIODS = {"tháng": "month", "quý": "quarter", "năm": "year", "tuần": "week"}
_COUNT = re.compile(rf"(?<![\d/.,])(?P<v>{_NUMBER})(?:\s*(?:-|–|đến)\s*(?P<v2>{_NUMBER}))?\s+(?P<noun>[^\W\d][^\s,;.()/]*)")
_NOT_A_COUNT = re.compile(r"(?i)^(năm|tháng|ngày|quý|giờ|đồng|triệu|tỷ|nghìn|điều|khoản|số|lần|%|giai|cấp|tuổi)$")
_CHANGE = re.compile(r"(?i)\b(tăng|giảm)\b")
_BASELINE = re.compile(r"(?i)so với (?:cùng kỳ )?năm (?P<y>(?:19|20)\d\d)")
_CLAUSE_SPLIT = re.compile(
    rf"\s*;\s*|(?:,|\s+và)\s+(?=(?:{_COMPARATOR_WORDS})?\s*(?:{_NUMBER})\s*(?:%|[^\W\d]))",
    re.I,
)
# the year a target is for: `đến năm 2030`, `vào năm 2027`, `từ năm 2027 trở đi`
_TARGET_YEAR = re.compile(r"(?i)(?:(?:đến|đến hết|trong|vào)\s+năm\s+(?P<y>(?:19|20)\d\d)"
                          r"|từ\s+năm\s+(?P<y_from>(?:19|20)\d\d)\s+trở đi)")
_BULLET = re.compile(r"^\s*(?:[-+•–]|[a-zđ]\)|\d{1,2}\.|\d{1,2})\s+")


@dataclass(frozen=True)
class _Clause:
    start: int
    end: int
    text: str


_ADMIN_UNITS = r"(?:thành phố|thị xã|thị trấn|huyện|quận|xã|phường|tỉnh)"
_ADMIN_LIST = re.compile(r"(?:\s*,\s*|\s+và\s+)" + _ADMIN_UNITS + r"(?![\wđ])")


def _admin_list(text: str, start: int, unit: str) -> str:
    """A count of administrative units names them as a list (`05/11 huyện, thành phố`, `04 xã,
    phường`): the unit is the whole list, not its first word."""
    if not re.fullmatch(_ADMIN_UNITS, unit):
        return unit
    end = start + len(unit)
    while (m := _ADMIN_LIST.match(text, end)):
        end = m.end()
    return text[start:end]


def _known_unit(text: str, start: int) -> str | None:
    """The longest count unit of the lexicon at `start`, as written (`04 cuộc giám sát`)."""
    head = lexicon.fold(text[start : start + 40])
    best = 0
    for _, variants in lexicon.folded_variants("count_units"):
        for variant in variants:
            if len(variant) > best and re.match(re.escape(variant) + r"(?!\w)", head):
                best = len(variant)
    return text[start : start + best] if best else None


def _counted_noun(text: str, m: re.Match[str]) -> str:
    return _counted_noun_at(text, m.start("noun")) or m.group("noun")


def _counted_noun_at(text: str, start: int) -> str:
    """A unit the lexicon does not know: the noun with its nouns and adjectives after it, by
    underthesea's POS tags (`biển pa nô`, `lớp` before a verb)."""
    nouns: list[str] = []
    for word, tag in _pos(text[start:]):
        if (tag.startswith("N") or (tag == "A" and nouns)) and len(nouns) < 3:
            nouns.append(word)
        else:
            break
    return " ".join(nouns)


def _count_word(text: str) -> tuple[float, int, int] | None:
    """A count written in words (`Tổ chức hai hội nghị`): a number word underthesea tags as a
    numeral (M) before a noun, so that `năm` the year and `một số` (some) are not counts.
    Returns (value, where the number starts, where the noun starts)."""
    folded = text.lower()
    if not any(word in folded for word in _NUMBER_WORDS):
        return None  # a count is a tagged word found in the text as written: none can be, so no tagging
    tokens = _pos(text)
    position = 0
    for (word, tag), (following, next_tag) in zip(tokens, tokens[1:]):
        found = text.find(word, position)
        position = found + len(word) if found >= 0 else position
        if found >= 0 and tag == "M" and word.lower() in _NUMBER_WORDS and next_tag.startswith("N") \
                and not _NOT_A_COUNT.match(following.split()[0]):
            noun_start = text.find(following, position)
            if noun_start >= 0:
                return float(_NUMBER_WORDS[word.lower()]), found, noun_start
    return None


def _count_before(text: str, end: int) -> bool:
    """A counted noun stands before position `end` (`Tổ chức 05 hội nghị … ở 05/11 huyện`)."""
    return any(not _NOT_A_COUNT.match(m.group("noun")) for m in _COUNT.finditer(text[:end]))


def _number(raw: str) -> float:
    """A number written in digits or in words (`một`, `06`)."""
    return float(_NUMBER_WORDS[raw.lower()]) if raw.lower() in _NUMBER_WORDS else _value(raw)


def _value(raw: str) -> float:
    """`10.000` → 10000, `2,5` → 2.5, `05` → 5."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw):
        return float(raw.replace(".", ""))
    return float(raw.replace(",", "."))


def _comparator(before: str, after: str) -> str | None:
    """The comparator word written right before the number (or `từ … trở lên` around it)."""
    tail = lexicon.fold(before)[-16:]
    for word, op in _COMPARATORS:
        if tail.rstrip().endswith(word):
            return op  # `từ 05 bộ dữ liệu` is five or more, as `từ 100 lượt trở lên`
    if "trở lên" in lexicon.fold(after)[:25]:
        return ">="
    return None


_POS_WORDS = 40
"""A subject or a unit is found in the first words after the number: only those are tagged
(the CRF tags a word from the whole clause it is given, so the bound is part of the result)."""


def _pos(text: str) -> tuple[tuple[str, str], ...]:
    """POS tags of the first words of `text`. The first letter is lowered for the tagger, which
    reads a capitalised verb opening a commitment (`Hoàn thiện`, `Tổ chức`) as a noun; the
    tokens keep the text's own spelling."""
    words = " ".join(text.split()[:_POS_WORDS])
    if not words or words[0] == words[0].lower():
        return _pos_cached(words)
    tokens = _pos_cached(words[0].lower() + words[1:])
    return ((words[0] + tokens[0][0][1:], tokens[0][1]), *tokens[1:]) if tokens else tokens


@lru_cache(maxsize=4096)
def _pos_cached(text: str) -> tuple[tuple[str, str], ...]:
    """underthesea POS tags of one short clause (cached: indicator tables repeat clauses)."""
    return pos_tag(text)


@lru_cache(maxsize=None)
def _subject_words(key: str) -> re.Pattern[str]:
    """The words of subject_words.yaml under `key`, as one pattern matched at a word start."""
    variants = next(v for e, v in lexicon.folded_variants("subject_words") if e.canonical == key)
    return re.compile(r"(?i)(?:" + "|".join(r"\s+".join(map(re.escape, v.split())) for v in variants) + r")(?!\w)")


def _noun_phrase(text: str, start: int = 0) -> str | None:
    """The noun phrase that opens `text[start:]`: who or what is counted. It runs over nouns and
    their modifiers — verbs too (`người sử dụng trái phép chất ma túy`, `hoạt động mại dâm`),
    since underthesea tags such compounds as verbs — and stops at a word that ends a subject
    (subject_words.yaml: `được`, `đạt`, `tổ chức` …), at a verb followed by a determiner or a
    pronoun (`có các …`), and at `;`, `.` or `:`."""
    start += len(text[start:]) - len(text[start:].lstrip(" ,%"))
    ends = _subject_words("ends_subject")
    if ends.match(text, start):
        return None
    tokens = _pos(text[start:])
    position, end = start, start
    for k, (word, tag) in enumerate(tokens):
        found = text.find(word, position)
        if found < 0 or text[position:found].strip():
            break  # the tagger changed the text: stop where the evidence still lines up
        if end > start and ends.match(text, found):
            break
        if tag == "CH" and word not in (",", "-", "–", "(", ")", "&", "/"):
            break
        if tag.startswith("V") and end > start and k + 1 < len(tokens) and tokens[k + 1][1] in ("L", "P"):
            break  # a verb with its own object after it (`có các hoạt động`) is the predicate
        position = found + len(word)
        end = position
    phrase = re.sub(r"(?i)(?:\s+và|\s+hoặc|\s+có)$", "", text[start:end].strip(" ,-–(/&")).strip(" ,")
    return phrase if any(c.isalpha() for c in phrase) else None  # `)` left by a broken line is no subject


def _subject(clause: str, number_start: int, number_end: int, kind: str) -> tuple[str | None, str | None]:
    """(subject, activity): who or what the number counts, and what must happen to it. Rules
    from the most specific: the people an event reaches (`05 hội nghị … cho đối tượng là X`);
    the noun phrase before `chiếm`/`tăng`/`giảm` (`Kinh tế số chiếm 45%`, `số vụ … tăng trên
    3%`); what a share is of when a noun follows it (`80% số xã …`, `đạt 100% dân số`); the
    noun of `Tỷ lệ X … đạt 60%`; else the noun phrase the clause opens with."""
    first_part = clause[number_end:].split(",", 1)[0]
    if kind == "count" and (m := _subject_words("beneficiary").search(first_part)) is not None:
        subject = _noun_phrase(clause, number_end + m.end())
        if subject:
            return subject, clause[number_end : number_end + m.start()].strip(" ,") or None

    def head() -> str | None:
        """The noun phrase before the number (tagged only when the answer is it: POS tagging
        is the dearest step of reading a target)."""
        opening, head_end = _opening(clause), _phrase_start(clause, number_start)
        found = _noun_phrase(clause[:head_end], opening) if opening < head_end else None
        if found and (m := _subject_words("beneficiary").search(clause, opening, head_end)) \
                and _pos(found)[0][1].startswith("V"):
            # `Đào tạo … kỹ năng số cơ bản cho người dân trong độ tuổi lao động đạt 70%` (the
            # phrase is tagged again only when a beneficiary stands in it: most have none)
            found = _noun_phrase(clause[:head_end], m.end() + 1) or found
        return found

    if re.search(r"(?i)\b(?:chiếm|tăng|giảm)\s+(?:\S+\s+){0,2}$", clause[:number_start]) and (before := head()):
        return before, None
    rate = re.search(r"(?i)\b(?:tỷ lệ|tỉ lệ|tỷ trọng)\s+", clause[:number_start])
    after = _noun_phrase(clause, number_end)
    if after and (not rate or not _pos(after)[0][1].startswith("V")):
        return after, clause[clause.find(after, number_end) + len(after) :].strip(" ,") or None
    if rate:
        return _noun_phrase(clause, rate.end()), None
    return head(), None


def _qualitative_subject(clause: str) -> str | None:
    """What a commitment with no number is about: the object of its opening verbs (`Nâng cao
    nhận thức về …` → `nhận thức về …`), or its opening noun phrase."""
    position = _opening(clause)
    tokens = _pos(clause[position:])
    for k, (word, tag) in enumerate(tokens):
        following = tokens[k + 1][1] if k + 1 < len(tokens) else ""
        if not (tag.startswith("V") or tag in ("R", "C", "CH", "A")) or (tag.startswith("V") and following == "E"):
            break  # a noun, or a verb heading its own complement (`nhận thức về …`): the object starts here
        found = clause.find(word, position)
        if found < 0:
            break
        position = found + len(word)
    return _noun_phrase(clause, position)


_GAP = re.compile(r"[\s,\d]+")


def _opening(clause: str) -> int:
    """Where the subject of a clause can start: after `Hằng năm,`, `Đến năm 2030,`, `phấn đấu`."""
    opens = _subject_words("opens_clause")
    position = 0
    while (m := opens.match(clause, position) or _GAP.match(clause, position)) is not None:
        position = m.end()
    return position


_FULL, _NUMERIC = "full", "numeric"
_BULLETS = ("-", "+", "•", "–")


def _context_of(section: Section) -> str | None:
    """How a section's lines are read: `full` under a targets heading (`Chỉ tiêu`, `Mục tiêu cụ
    thể`: a bullet without a number is a qualitative target), `numeric` under a general `Mục
    tiêu` or a heading that names `chỉ tiêu` (an indicator appendix: numbers only), `stop`
    under any other kind of heading, None when the heading says nothing (ask the parent)."""
    own = heading_kind(section.heading)
    heading = lexicon.fold(section.heading or "")
    if own == "targets":
        return _FULL
    if heading.startswith("mục tiêu") or "chỉ tiêu" in heading:
        return _NUMERIC
    return "stop" if own is not None else None


def _lines_in_context(ctx: DocContext) -> list[tuple[int, int, str, Section, int | None]]:
    """(start, end, context, section) for every line whose nearest section with a kind of its
    own makes it a target line; bullets are lines, not sections with a kind of their own."""
    text = ctx.text
    lines = text.split("\n")
    starts = line_starts(lines)[:-1]
    owner: list[int | None] = [None] * len(starts)
    by_id = {s.id: s for s in ctx.sections}
    for index, section in enumerate(ctx.sections):
        if section.number in _BULLETS:
            continue
        first = bisect.bisect_left(starts, section.span[0])
        last = bisect.bisect_right(starts, section.span[1] - 1)
        owner[first:last] = [index] * (last - first)  # a later (inner) section overrides
    parents = {s.parent for s in ctx.sections}
    # a numbered line is a heading when it opens a group (`1.1. Chỉ tiêu`, `1. Phát triển kinh tế
    # số đến năm 2030` with its bullets); a lettered item with no children is content
    heading_lines = {s.span[0] for s in ctx.sections
                     if s.number not in _BULLETS and (s.id in parents or heading_kind(s.heading) is not None)}
    resolved: dict[str, str | None] = {}

    def context_for(section: Section) -> str | None:
        """The context of the nearest section, up the parents, whose heading has a kind."""
        if section.id not in resolved:
            own = _context_of(section)
            parent = by_id.get(section.parent) if section.parent else None
            resolved[section.id] = own if own is not None or parent is None else context_for(parent)
        return resolved[section.id]

    out: list[tuple[int, int, str, Section, int | None]] = []
    list_year: int | None | bool = False  # an open `(1) … (2) …` list of targets, with its lead-in's year
    for i, line in enumerate(lines):
        start = starts[i]
        end = start + len(line)
        section = ctx.sections[owner[i]] if owner[i] is not None else None  # type: ignore[index]
        context = context_for(section) if section is not None else None
        if context in (_FULL, _NUMERIC):
            list_year = False
            if start in heading_lines and "%" not in line:
                continue  # `1.1. Chỉ tiêu`, `1. Phát triển kinh tế số đến năm 2030`: headings, not commitments
            out.append((start, end, context, section, None))  # type: ignore[arg-type]
            continue
        # outside a targets region: targets written in prose. A line with no bracket, no colon and
        # no `phấn đấu` (most of a document) opens no list, is no item of one and states no target
        if "(" not in line and ":" not in line and not _may_hold_phan_dau(line):
            list_year = False
            continue
        if list_year is not False and _ITEM_MARK.match(line):
            out.append((start, end, _FULL, section or _nearest_section(ctx, start), list_year or None))
            continue  # `(2) Nâng cao …` under its lead-in
        list_year = False
        prose = _prose_targets(text, start, end)
        if prose:
            place = section or _nearest_section(ctx, start)
            out.extend((s, e, c, place, y) for s, e, c, y in prose)
        if line.rstrip().endswith(":") and _TARGET_LEAD_IN.search(line):
            year_match = _TARGET_YEAR.search(line)
            list_year = int(year_match.group("y") or year_match.group("y_from")) if year_match else None
    return out


def _may_hold_phan_dau(line: str) -> bool:
    """Whether `phấn đấu` in any case can stand in a line: its `ấu` does, in one of its four
    spellings (four substring tests cost less than lowering the line or a case-blind search)."""
    return "ấu" in line or "ẤU" in line or "Ấu" in line or "ấU" in line


_TARGET_LEAD_IN = re.compile(r"(?i)(?<!\w)(?:phấn đấu|mục tiêu|chỉ tiêu)(?!\w)")
_ITEM_MARK = re.compile(r"\s*\((?P<n>\d{1,2})\)\s*")
_SENTENCE_END = re.compile(r"\.(?:\s+(?=[A-ZĐÀ-Ỹ(])|\s*$)|;|\n")


def _sentence_end(text: str, start: int, end: int) -> int:
    m = _SENTENCE_END.search(text, start, end)
    return m.start() if m else end


def _prose_targets(text: str, start: int, end: int) -> list[tuple[int, int, str, int | None]]:
    """Targets a line of prose states: an enumerated list introduced as targets (`Mục tiêu đến
    năm 2030: (1) 100% xã …; (2) Nâng cao …`, every item a target, numbered or not), and the
    sentence after `phấn đấu` anywhere in a paragraph (`…, phấn đấu đạt 20% xã …`)."""
    line = text[start:end]
    # the cheap substring tests first: `_ITEM_MARK` and `_PHAN_DAU` would be tried at every character
    marks = [m for m in _ITEM_MARK.finditer(line) if m.start() == 0 or line[m.start() - 1] in " :;,.\t"] \
        if "(" in line else []
    if len(marks) >= 2 and [int(m.group("n")) for m in marks[:2]] == [1, 2]:
        intro = line[: marks[0].start()]
        if _TARGET_LEAD_IN.search(intro):
            year_match = _TARGET_YEAR.search(intro)
            year = int(year_match.group("y") or year_match.group("y_from")) if year_match else None
            items = []
            for k, m in enumerate(marks):
                item_end = marks[k + 1].start() if k + 1 < len(marks) else _sentence_end(line, m.end(), len(line))
                items.append((start + m.end(), start + item_end, _FULL, year))
            return items
    out = []
    if "phấn đấu" not in line.lower():  # no letter of it has a case pair beyond its capital
        return out
    for m in _PHAN_DAU.finditer(line):
        stop = _sentence_end(line, m.end(), len(line))
        piece = line[m.start() : stop]
        if not re.search(r"\d", piece):
            continue
        sentence_start = max((x.end() for x in _SENTENCE_END.finditer(line, 0, m.start())), default=0)
        year_match = _TARGET_YEAR.search(line, sentence_start, stop)
        year = int(year_match.group("y") or year_match.group("y_from")) if year_match else None
        out.append((start + m.start(), start + stop, _NUMERIC, year))
    return out


_PHAN_DAU = re.compile(r"(?i)(?<!\w)phấn đấu(?!\w)")


_ELIDED = re.compile(r"(?i)(?:ở|tại|cấp|đối với)\b")
"""A subject that is only a place or level: what is counted is the previous number's."""
# sentences, and bullets a conversion ran into one line (`+ 100% hồ sơ … số hóa. + 80% thông tin …`)
_SENTENCE = re.compile(r"\.\s+(?=[A-ZĐÀ-Ỹ])|\.?\s+\+\s+(?=\d|[A-ZĐÀ-Ỹ])")


def _nearest_section(ctx: DocContext, offset: int) -> Section:
    sid = ctx.section_at(offset)
    return ctx.section(sid) or Section(
        id="", number=None, heading=None, level=0, kind="other", span=(offset, offset))


def _line_clauses(text: str, start: int, end: int) -> list[_Clause]:
    """A line split into clauses: sentences, `;`, and `và` / `,` before a new number."""
    line = text[start:end]
    bullet = _BULLET.match(line)
    body_start = start + (bullet.end() if bullet else len(line) - len(line.lstrip()))
    body = text[body_start:end]
    separators = {(m.start(), m.end()) for pattern in (_SENTENCE, _CLAUSE_SPLIT) for m in pattern.finditer(body)}
    cuts = sorted({0, len(body)} | {c for pair in separators for c in pair})
    clauses = []
    for a, b in zip(cuts, cuts[1:]):
        piece = body[a:b]
        trimmed = piece.strip().rstrip(" .;,")
        if not trimmed or (a, b) in separators:
            continue
        lead = len(piece) - len(piece.lstrip())
        clauses.append(_Clause(body_start + a + lead, body_start + a + lead + len(trimmed), trimmed))
    return clauses


def _is_heading_line(line: str) -> bool:
    """Sub-headings and table headers inside a region are not commitments."""
    folded = lexicon.fold(line).rstrip(":")
    return folded in ("tt", "stt", "chỉ tiêu", "chủ trì", "nội dung", "đơn vị chủ trì") or bool(
        re.fullmatch(r"(?:[ivx]+|\d+)\.?(?:\s.*)?", folded) and len(folded) < 60 and ":" not in line and not re.search(r"\d+\s*%", line)
    )


def _target_from(clause: _Clause, inherited: str | None, ctx: DocContext, section: Section,
                 qualitative_ok: bool, year: int | None = None) -> tuple[Target | None, str | None]:
    """One clause → one target (or none), and the comparator a following `và` clause inherits;
    `year` is the target year a lead-in gives the clause (`Đến năm 2030, phấn đấu: (1) …`)."""
    text = clause.text
    kind = unit = None
    value = value_max = denominator = None
    comparator = None
    number_start = number_end = 0
    rule = None
    if (m := _SHARE.search(text)) is not None:
        kind, unit, rule = "share", "%", "share"
        value = _value(m.group("v"))
        value_max = _value(m.group("v2")) if m.group("v2") else None
        comparator = "range" if value_max is not None else _comparator(text[: m.start()], text[m.end() :])
        number_start, number_end = m.start(), m.end()
        if _CHANGE.search(text[: m.start()]):
            kind = "change"
    elif (m := _PER_PEOPLE.search(text)) is not None:
        kind, rule = "ratio", "per_people"
        value, denominator = _value(m.group("v")), _value(m.group("d"))
        unit = m.group("noun").strip()
        comparator = _comparator(text[: m.start()], text[m.end() :])
        number_start, number_end = m.start(), m.start("noun")
    elif (m := _RATIO.search(text)) is not None and not _count_before(text, m.start()):
        kind, rule = "ratio", "ratio"
        value, denominator = _value(m.group("v")), _value(m.group("d"))
        unit = _admin_list(text, m.start("noun"), m.group("noun"))
        comparator = _comparator(text[: m.start()], text[m.end() :])
        number_start, number_end = m.start(), m.start("noun")
    elif (m := _FREQUENCY.search(text)) is not None:
        kind, rule = "frequency", "frequency"
        value = _number(m.group("k") or m.group("k2"))
        every = _number(m.group("n")) if m.group("n") else 1.0
        period = _PERIODS[(m.group("per") or m.group("per2")).lower()]
        # times per period; `6 tháng một lần` is once per 6 months, not once a month
        unit = f"per_{period}" if every == 1 else f"per_{every:g}_{period}s"
        comparator = _comparator(text[: m.start()], text[m.end() :])
        number_start, number_end = m.start(), m.end()
    else:
        for m in _COUNT.finditer(text):
            if _NOT_A_COUNT.match(m.group("noun")) or re.match(r"(?:19|20)\d\d$", m.group("v")):
                continue
            if _not_a_target(text[: m.start()]):
                return None, None  # (before the unit: an unknown unit is read from POS tags)
            kind, rule = "count", "count"
            value = _value(m.group("v"))
            value_max = _value(m.group("v2")) if m.group("v2") else None
            unit = _known_unit(text, m.start("noun")) or _admin_list(text, m.start("noun"), _counted_noun(text, m))
            comparator = "range" if value_max is not None else _comparator(text[: m.start()], text[m.end() :])
            number_start, number_end = m.start(), m.start("noun")
            break
        else:
            if (word := _count_word(text)) is not None:
                if _not_a_target(text[: word[1]]):
                    return None, None
                kind, rule = "count", "count_word"
                value, number_start, noun_start = word
                unit = _known_unit(text, noun_start) or _counted_noun_at(text, noun_start)
                comparator = _comparator(text[:number_start], text[noun_start:])
                number_end = noun_start
    if kind is not None and _not_a_target(text[:number_start]):
        return None, None
    if kind is None:
        if not qualitative_ok or len(text.split()) < 4:
            return None, None
        kind, rule = "qualitative", "qualitative"
    if comparator is None and kind != "qualitative":
        # `Ít nhất 20% … và 15% …`: the comparator carries over; never to 100% (nothing is above it)
        comparator = inherited if inherited and not (kind == "share" and value == 100) else "="
    if kind == "change" and comparator is None:
        comparator = "="
    subject, activity = _subject(text, number_start, number_end, kind) if kind != "qualitative" else (
        _qualitative_subject(text), None)
    baseline = _BASELINE.search(text)
    year_match = _TARGET_YEAR.search(text)
    target_year = int(year_match.group("y") or year_match.group("y_from")) if year_match else (
        year or ctx.plan_year_or_period_end)
    evidence = ctx.locate(clause.start, clause.end)
    target = Target(
        text=text, kind=kind, value=value, value_max=value_max, denominator=denominator, unit=unit,  # type: ignore[arg-type]
        comparator=comparator, subject=subject, activity=activity,  # type: ignore[arg-type]
        baseline={"year": int(baseline.group("y"))} if baseline else None, target_year=target_year,
        indicator=match_indicator(subject, activity, text, kind), section=section.id, theme=_theme(ctx, section),
        rule=rule, confidence={"share": 0.95, "ratio": 0.9, "per_people": 0.85, "frequency": 0.85, "count": 0.8, "count_word": 0.7}.get(rule or "", 0.6),
        **evidence._asdict(),
    )
    return target, comparator if kind != "qualitative" else None


def _not_a_target(before: str) -> bool:
    """A number that commits to nothing: a baseline (`hiện nay có 120 điểm`), a condition
    (`nếu tỷ lệ dưới 40% thì …`), a quota quoted from another regulation (`chế độ quy định tại
    khoản 1 … thêm 50%`) — the words (subject_words.yaml, `not_a_target`) stand before its number."""
    return _subject_words("not_a_target").search(before) is not None


def _theme(ctx: DocContext, section: Section) -> str | None:
    """The content area a target belongs to: the heading above its `Chỉ tiêu` section."""
    parent = ctx.section(section.parent)
    return parent.heading if parent and parent.heading else section.heading


def extract_targets(ctx: DocContext) -> list[Target]:
    """Every measurable commitment in the target lines of the document, in reading order."""
    targets: list[Target] = []
    for start, end, context, section, year in _lines_in_context(ctx):
        targets.extend(_line_targets(ctx, start, end, context, section, year))
    return targets


def targets_in_span(ctx: DocContext, start: int, end: int, section: Section | None = None) -> list[Target]:
    """The measurable commitments written in `ctx.text[start:end]` — a task table's result
    column (`100% xã được kiểm tra`, `05 lớp tập huấn`) — numbers only: a cell without one states
    no target."""
    place = section or _nearest_section(ctx, start)
    return _line_targets(ctx, start, end, _NUMERIC, place, None)


def _line_targets(ctx: DocContext, start: int, end: int, context: str, section: Section,
                  year: int | None) -> list[Target]:
    """The targets of one line (or item, or cell) read in `context`; `year` from its lead-in."""
    targets: list[Target] = []
    line = ctx.text[start:end]
    has_number = bool(_SHARE.search(line) or _RATIO.search(line) or _FREQUENCY.search(line) or
                      any(not _NOT_A_COUNT.match(m.group("noun")) for m in _COUNT.finditer(line)))
    if not has_number:
        if context == _FULL and not _is_heading_line(line.strip()) and not line.rstrip().endswith(":"):
            clauses = _line_clauses(ctx.text, start, end)
            if clauses:  # a bullet with no number is one qualitative target, whatever its `;`
                whole = _Clause(clauses[0].start, clauses[-1].end, ctx.text[clauses[0].start : clauses[-1].end])
                target, _ = _target_from(whole, None, ctx, section, True, year)
                if target is not None:
                    targets.append(target)
        return targets
    inherited, indicator = None, None
    for clause in _line_clauses(ctx.text, start, end):
        made = _targets_from(clause, inherited, ctx, section, year)
        if indicator and made and made[0].indicator is None and _ELIDED.match(made[0].subject or ""):
            # `Ít nhất 20% đội ngũ cán bộ … cấp tỉnh và 15% ở các huyện`: the second number counts
            # the same people at another level, so it states the same indicator
            made[0] = made[0].model_copy(update={"indicator": indicator})
        targets.extend(made)
        # a comparator carries over `và` to the next number, not over `;`
        joined_by_and = ctx.text[clause.end : clause.end + 6].lstrip(" ,").startswith("và")
        last = made[-1].comparator if made else None
        inherited = last if joined_by_and and last not in (None, "=", "range") else None
        indicator = made[-1].indicator if joined_by_and and made else None
    return targets


def _targets_from(clause: _Clause, inherited: str | None, ctx: DocContext, section: Section,
                  year: int | None = None) -> list[Target]:
    """All numbers of a clause: `In ấn 10.000 tờ rơi, tài liệu và xây dựng 03 biển pa nô` → two,
    each with the words from its comparator to the next number as evidence."""
    text = clause.text
    starts = [m.start() for m in _SHARE.finditer(text)]
    if not starts:
        # the people a count is per (`12 bác sĩ trên 1.000 dân`) are not a count of their own
        per = [(m.start("d"), m.end()) for m in _PER_PEOPLE.finditer(text)]
        starts = [m.start() for m in _COUNT.finditer(text)
                  if not _NOT_A_COUNT.match(m.group("noun")) and not re.match(r"(?:19|20)\d\d$", m.group("v"))
                  and not any(a <= m.start() < b for a, b in per)]
    pieces: list[_Clause] = []
    if len(starts) > 1:
        bounds = [0] + [_phrase_start(text, s) for s in starts[1:]] + [len(text)]
        for a, b in zip(bounds, bounds[1:]):
            raw = text[a:b]
            piece = raw.strip(" ,;+").rstrip(" .,;+")
            offset = clause.start + a + (len(raw) - len(raw.lstrip(" ,;+")))
            if piece:
                pieces.append(_Clause(offset, offset + len(piece), piece))
    else:
        pieces.append(clause)
    out = []
    for piece in pieces:
        target, _ = _target_from(piece, inherited, ctx, section, False, year)
        if target is not None:
            out.append(target)
    ratio = _RATIO.search(text)
    if ratio and all(t.kind != "ratio" for t in out):  # `Tổ chức 05 hội nghị … ở 05/11 huyện`: the coverage too
        # the coverage clause runs to the end of its list of units (`05/11 huyện, thành phố`)
        end = ratio.start("noun") + len(_admin_list(text, ratio.start("noun"), ratio.group("noun")))
        start = clause.start + ratio.start()
        target, _ = _target_from(_Clause(start, clause.start + end, text[ratio.start() : end]), None, ctx, section, False,
                                 year)
        if target is not None:
            # what is done in the units covered is the clause's own activity, stated before them
            activity = _covered_activity(text[: ratio.start()])
            out.append(target.model_copy(update={
                "activity": activity, "indicator": match_indicator(target.subject, activity, target.text, "ratio")}))
    return out


def _covered_activity(before: str) -> str | None:
    """`Tổ chức 05 hội nghị tuyên truyền cho đối tượng … ở 05/11 huyện` → `Tổ chức hội nghị tuyên
    truyền`: the verb phrase that opens the clause, up to its first preposition, without numbers."""
    words: list[str] = []
    for word, tag in _pos(before):
        if tag in ("E", "CH") and words:
            break
        if tag != "M":
            words.append(word)
    return " ".join(words).strip(" ,") or None


def _phrase_start(text: str, number_start: int) -> int:
    """Where the phrase of a number starts: its comparator word, if one stands right before."""
    before = text[:number_start].rstrip()
    folded = before.casefold()
    start = number_start
    for word, _ in _COMPARATORS:
        if folded.endswith(word) and (len(folded) == len(word) or not folded[-len(word) - 1].isalnum()):
            start = len(before) - len(word)
            break
    # `… và tăng thêm ít nhất 10% …`: the change verb belongs to the number it governs
    change = re.search(r"(?i)(?<!\w)(?:tăng|giảm)(?:\s+thêm)?\s+$", text[:start])
    return change.start() if change else start
