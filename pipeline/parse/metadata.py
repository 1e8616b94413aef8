"""Document metadata from the letterhead, title block, preamble and signature.

A Vietnamese administrative document follows one layout (Nghị định 30/2020/NĐ-CP): the
issuing body top left, `Số: 18/KH-UBND` below it, `Hòa Bình, ngày 06 tháng 3 năm 2017`
top right, the type in capitals (`KẾ HOẠCH`) with the title under it, the preamble
(`Căn cứ …`, `Thực hiện …`), the body, `Nơi nhận:` and the signature. Drafts and web
copies drop parts of it (no letterhead, `Số: /KH-UBND`, `ngày tháng năm 2023`); each
field is read from the part that states it, and is null with a warning when none does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from pipeline import lexicon
from pipeline.models import AttachedDocument, FieldSource, Metadata, Period, Signer
from pipeline.parse.scan import head_positions, matches_at
from pipeline.parse.sections import SIGN_PREFIXES
from pipeline.parse.textmap import Locate

if TYPE_CHECKING:
    from pipeline.ocr.letterhead import Block, Letterhead

_HEADER_LINES = 40
_MOTTO = re.compile(
    r"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc|ĐẢNG CỘNG SẢN VIỆT NAM", re.I
)
_NUMBER = re.compile(r"^Số\s*:?\s*(?P<num>[^\n]*?)\s*$", re.M)
_PLACE_DATE = re.compile(
    r"(?P<place>[^\n,:]{2,40}?),\s*ngày\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>\d{4})"
)


def _place_date(line: str) -> re.Match[str] | None:
    """`_PLACE_DATE` in a line, tried only when the line holds `ngày`: the pattern opens with a
    lazy run, which `re` tries at every character, each try reading up to 40 of them (a
    document without a letterhead has long paragraphs among its first lines)."""
    return _PLACE_DATE.search(line) if "ngày" in line else None


_SUBJECT = re.compile(r"^V/v\s*:?\s*", re.I)
_BASIS = re.compile(r"^Căn cứ\b")  # the preamble; `Thực hiện …` can also open a title
_LEVEL_WORDS = "tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu"
_UBND = re.compile(rf"^(?:ỦY BAN NHÂN DÂN|UBND)\s+(?P<level>{_LEVEL_WORDS})\s+(?P<name>.+)$", re.I)
_UBND_IN_TEXT = re.compile(
    rf"(?:Ủy ban nhân dân|UBND)\s+(?P<level>{_LEVEL_WORDS})(?P<rest>[^\n,;.]{{0,40}}?)\s+(?:ban hành|xây dựng)\b"
)
_NATIONAL = re.compile(r"^(THỦ TƯỚNG CHÍNH PHỦ|CHÍNH PHỦ|QUỐC HỘI|B[ỘÔO]\s|BAN CHỈ ĐẠO (QUỐC GIA|TRUNG ƯƠNG)|VĂN PHÒNG)", re.I)
_PERIOD = re.compile(r"(?:giai đoạn|thời kỳ)?\s*(?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)", re.I)
_UNTIL = re.compile(r"đến năm\s+(?P<y>(?:19|20)\d\d)", re.I)
_YEAR = re.compile(r"năm\s+(?P<y>(?:19|20)\d\d)", re.I)
_SIGN_PREFIX = re.compile(r"\b(?P<p>" + "|".join(SIGN_PREFIXES) + r")\.\s+")
_SIGN_HEADS = tuple(prefix + "." for prefix in SIGN_PREFIXES)
"""Where a `_SIGN_PREFIX` match can start."""
_LEADING_SIGN_PREFIX = re.compile(r"^(?:" + "|".join(SIGN_PREFIXES) + r")\.\s*")


@dataclass
class MetadataResult:
    metadata: Metadata
    body_start: int
    warnings: list[str] = field(default_factory=list)


def _lines(text: str, limit: int | None = None) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((offset, line))
            if limit is not None and len(out) >= limit:
                break
        offset += len(line) + 1
    return out


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and not any(c.islower() for c in letters)


def _is_issuer_line(line: str) -> bool:
    """`ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH` repeated under a Quyết định's title."""
    return bool(_UBND.match(line) or _NATIONAL.match(line)) and _is_caps(line)


def _doc_type_of(line: str) -> tuple[str, int] | None:
    """The document type a title line opens with, and where its title text starts."""
    stripped = line.strip()
    if not stripped[:1].isupper() or not _is_caps(stripped[:2]):
        return None
    folded = stripped.casefold()
    types, lengths = lexicon.variant_index("doc_types")
    for n in lengths:  # the longest variant the line opens with, in capitals, as a whole word
        if folded[:n] in types and len(folded) >= n and _is_caps(stripped[:n]) \
                and not (len(stripped) > n and stripped[n].isalpha()):
            return types[folded[:n]], n
    return None


def _symbol_doc_type(number: str) -> str | None:
    """`18/KH-UBND` → Kế hoạch, from the symbol's first part."""
    m = re.search(r"/([^\s/-]+)", number)
    if not m:
        return None
    for entry in lexicon.load("doc_types"):
        if m.group(1) in entry.symbols:  # type: ignore[attr-defined]
            return entry.canonical
    return None


def _province(name: str) -> lexicon.LexiconEntry | None:
    folded = lexicon.fold(name)
    for entry, variants in lexicon.folded_variants("provinces"):
        if folded in variants:
            return entry
    return None


def _proper_name(text: str, max_words: int = 4) -> str | None:
    """The capitalised words at the start of `text` (`Cẩm Thủy` in `Cẩm Thủy về việc …`)."""
    words: list[str] = []
    for word in re.split(r"\s+", text.strip()):
        clean = word.strip(",.;:()")
        if clean and clean[0].isupper() and (clean[1:].islower() or len(clean) == 1 or not clean[1:]):
            words.append(clean)
            if len(words) >= max_words or clean != word:
                break
        else:
            break
    return " ".join(words) or None


def _place_name(raw: str) -> str:
    """`CẨM NGỌC` → `Cẩm Ngọc`; a province name takes its canonical spelling."""
    name = " ".join(w.capitalize() if _is_caps(w) else w for w in raw.split())
    entry = _province(name)
    return entry.canonical if entry else name


def _sentence_case(raw: str) -> str:
    return raw[:1].upper() + raw[1:].lower() if _is_caps(raw) else raw


@dataclass
class _Issuer:
    name: str
    level: str | None
    unit_level_word: str | None = None
    unit_name: str | None = None


_ISSUING_BODY = re.compile(
    r"\s(?=(?:SỞ|BAN|PHÒNG|CHI CỤC|CỤC|TỔNG CỤC|TRUNG TÂM|VĂN PHÒNG|BỘ CHỈ HUY|CÔNG AN|THANH TRA|ĐÀI|BÁO|HỘI"
    r"|TRƯỜNG|VIỆN)\s)")
"""Where the issuing body starts in a two-line letterhead: `UBND TỈNH BÌNH THUẬN` over `SỞ NỘI
VỤ`, `BỘ CÔNG AN` over `CỤC CẢNH SÁT …` (Nghị định 30/2020: the governing body first, the body
that issues the document under it)."""
_OCR_MOTTO = re.compile(r"C\S{1,2}NG\s+H\S{1,2}A\s+X\S{1,2}\s+H\S{1,2}I\s+CH\S{1,2}\s+NGH\S{1,2}A\s+VI\S{1,2}T\s+NAM", re.I)
"""The motto as OCR reads it on a scan (`CỌNG HÒA …`), which sits beside the letterhead."""
_JUNK = re.compile(r"[—_=~`^*|#:]+|(?<=\s)[-–.,;](?=\s)")


@cache
def _agency_names() -> dict[str, str]:
    """Every non-generic canonical agency name of the lexicon, by its folded form (built once:
    a letterhead is tried prefix by prefix)."""
    return {lexicon.fold(e.canonical): e.canonical for e in lexicon.load("agencies") if not e.generic}  # type: ignore[attr-defined]


def _known(caps: str) -> str | None:
    """A letterhead body as the lexicon spells it (`SỞ NỘI VỤ` → `Sở Nội vụ`), or the closest
    known name when a typo or an OCR slip keeps it from matching (`TRUYỂN THÔNG`, `BÔ CÔNG
    THƯƠNG`); None when the words are no body the lexicon knows."""
    from rapidfuzz import fuzz, process

    from pipeline.extract.agency_names import find_agency_names

    written = _sentence_case(caps)
    names = [n for n in find_agency_names(written, unknown=False) if not n.generic]
    if names and names[0].start == 0 and names[0].end == len(written):
        return names[0].canonical
    known = _agency_names()
    best = process.extractOne(lexicon.fold(written), list(known), scorer=fuzz.ratio, score_cutoff=92)
    return known[best[0]] if best else None


def _governing_and_body(text: str) -> tuple[str | None, str]:
    """(the governing body the lexicon knows at the start, the rest): the longest known prefix, so
    `BỘ CÔNG AN CỤC CẢNH SÁT …` is Bộ Công an over `CỤC CẢNH SÁT …`, and OCR debris after a
    lone governing body (`BỘ CÔNG AN OS`) is left over, not part of the name."""
    words = text.split()
    for n in range(len(words), 0, -1):
        name = _known(" ".join(words[:n]))
        if name:
            return name, " ".join(words[n:])
    return None, text


def _clean_letterhead(letterhead: str) -> str:
    """The letterhead's words without the motto beside it and the rules under it."""
    return " ".join(_JUNK.sub(" ", _OCR_MOTTO.sub(" ", _MOTTO.sub(" ", letterhead))).split()).strip(" -–")


def _issuer_from_letterhead(letterhead: str) -> _Issuer | None:
    text = _clean_letterhead(letterhead)
    if not text:
        return None
    m = _UBND.match(text)
    if m:
        level_word = m.group("level").lower()
        unit, *body = _ISSUING_BODY.split(m.group("name"), maxsplit=1)
        name = _place_name(unit)
        if body:  # the department's name and its province: two provinces' departments stay two issuers
            return _Issuer(f"{_known(body[0]) or _sentence_case(body[0])} {level_word} {name}", None, level_word, name)
        return _Issuer(f"UBND {level_word} {name}", None, level_word, name)
    if _NATIONAL.match(text):
        canonical = {"THỦ TƯỚNG CHÍNH PHỦ": "Thủ tướng Chính phủ", "CHÍNH PHỦ": "Chính phủ", "QUỐC HỘI": "Quốc hội"}
        if text.upper() in canonical:
            return _Issuer(canonical[text.upper()], "national")
        governing, rest = _governing_and_body(text)
        if governing and _ISSUING_BODY.match(" " + rest):  # `Cục Cảnh sát … , Bộ Công an`
            return _Issuer(f"{_known(rest) or _sentence_case(rest)}, {governing}", "national")
        return _Issuer(governing or _sentence_case(text), "national")
    return _Issuer(_sentence_case(text), None)


def _level_of(level_word: str | None, name: str | None) -> str | None:
    if level_word is None:
        return None
    if level_word == "tỉnh":
        return "province"
    if level_word == "thành phố":
        entry = _province(name or "")
        return "province" if entry is not None and entry.kind == "thành phố" else "district"  # type: ignore[attr-defined]
    if level_word in ("huyện", "quận", "thị xã"):
        return "district"
    return "commune"


def _first_unit(text: str, words: str, provinces_only: bool = False) -> str | None:
    """The first `tỉnh X` / `huyện Y` named in `text`."""
    for m in re.finditer(rf"\b(?:{words})\s+(?=[^\W\d_])", text):
        name = _proper_name(text[m.end() : m.end() + 60])
        if not name:
            continue
        if provinces_only:
            entry = _province(name) or _province(" ".join(name.split()[:2]))
            if entry:
                return entry.canonical
        else:
            return name
    return None


_DATE_IN_TITLE = re.compile(r"ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|/\d{1,2}/\d{4})|số\s+\S+/\S+", re.I)


def _period(text: str) -> Period | None:
    """The years a title covers; dates and numbers of cited documents are not the plan's."""
    text = _DATE_IN_TITLE.sub(" ", text)
    m = _PERIOD.search(text)
    if m:
        return Period(start=int(m.group("a")), end=int(m.group("b")))
    m = _UNTIL.search(text)
    if m:
        return Period(start=None, end=int(m.group("y")))
    m = _YEAR.search(text)
    if m:
        year = int(m.group("y"))
        return Period(start=year, end=year)
    return None


def _topics(text: str) -> list[str]:
    folded = lexicon.fold(text)
    return [entry.canonical for entry, pattern in lexicon.patterns("topics") if pattern.search(folded)]


def _positions(text: str) -> list[tuple[int, str]]:
    """Positions named in a caps signature run, in order (`PHÓ CHỦ TỊCH` is not also `CHỦ TỊCH`)."""
    folded = lexicon.fold(text)
    found: list[tuple[int, int, str]] = []
    for entry, pattern in lexicon.patterns("positions"):
        for m in pattern.finditer(folded):
            found.append((m.start(), m.end(), entry.canonical))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[tuple[int, str]] = []
    last_end = -1
    for start, end, canonical in found:
        if start >= last_end:
            out.append((start, canonical))
            last_end = end
    return out


def _caps_prefix(line: str) -> str:
    """The leading ALL-CAPS words of a line (`TRƯỞNG BAN PHÓ THỦ TƯỚNG` of `… Nguyễn Thiện Nhân`)."""
    words = line.split(" ")
    n = 0
    while n < len(words) and (_is_caps(words[n]) or (words[n] and not any(c.isalpha() for c in words[n]))):
        n += 1
    return " ".join(words[:n]).strip() if n and _is_caps(" ".join(words[:n])) else ""


def _signature_start(text: str, after: int) -> int | None:
    """Where the signature block starts: the first `KT.`/`TM.` line after the title, else
    the last caps line in the closing part that names a position (`TRƯỞNG BAN`)."""
    # `\b` opens the pattern, so `re` would try it at every character of the body: it is tried
    # only where one of its words stands
    heads = [i for i in head_positions(text, _SIGN_HEADS) if i >= after]
    for cand in matches_at(_SIGN_PREFIX, text, heads):
        if cand.start() == text.rfind("\n", 0, cand.start()) + 1:
            return cand.start()
    tail_from = max(after, len(text) - 1500)
    found = None
    for offset, line in _lines(text[tail_from:]):
        caps = _caps_prefix(line)
        if caps and _positions(caps):
            found = tail_from + offset
    return found


_RANKS = {f"{a} {b}" for a in ("dai", "thuong", "trung", "thieu") for b in ("tuong", "ta", "uy")}
"""A police or army officer signs with the rank before the name (`Thiếu tướng Ngô Thanh Bình`):
the rank is no part of the name. Compared on stripped letters, as OCR reads `Thiêu tướng`."""


def _name_line(line: str) -> str | None:
    """The signer's name when the line is a name alone (2-5 capitalised words after any rank)."""
    from pipeline.ocr.names import strip

    words = line.strip().split()
    if len(words) > 2 and strip(" ".join(words[:2])) in _RANKS:
        line = " ".join(words[2:])
    candidate = _proper_name(line, max_words=5)
    if candidate and 2 <= len(candidate.split()) <= 5 and candidate == line.strip().strip("."):
        return candidate
    return None


def _signer(text: str, after: int) -> Signer | None:
    """`KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Đầu Thanh Tùng` → on behalf, position and name."""
    start = _signature_start(text, after)
    if start is None:
        return None
    caps_lines: list[str] = []
    rest_lines: list[str] = []
    for line in text[start : start + 300].split("\n"):
        if not line.strip():
            continue
        if not rest_lines and _is_caps(_LEADING_SIGN_PREFIX.sub("", line) or "X"):
            caps_lines.append(line)
        elif not rest_lines and not caps_lines and _caps_prefix(line):
            caps = _caps_prefix(line)
            caps_lines.append(caps)
            rest_lines.append(line[len(caps) :].strip())
        else:
            rest_lines.append(line)
    caps = " ".join(caps_lines)
    # a hard-wrapped copy may put the name on the caps line: split it off
    tail = re.search(r"\s([^\W\d_][^\W\d_]+(?:\s+[^\W\d_]+){1,4})$", caps)
    if tail and not _is_caps(tail.group(1)):
        rest_lines.insert(0, tail.group(1))
        caps = caps[: tail.start()]
    prefixes = list(_SIGN_PREFIX.finditer(caps))
    on_behalf = position = None
    if prefixes:
        last = prefixes[-1]
        after_prefix = caps[last.end() :]
        positions = _positions(after_prefix)
        if positions and positions[0][0] == 0:
            # KT. CHỦ TỊCH / PHÓ CHỦ TỊCH: signs for the chair, holds the next position
            on_behalf = f"{last.group('p')}. {positions[0][1]}"
            position = positions[1][1] if len(positions) > 1 else None
        else:
            # TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH: signs for the body, holds the first position
            body = after_prefix[: positions[0][0]] if positions else after_prefix
            on_behalf = f"{last.group('p')}. {_sentence_case(body.strip())}" if body.strip() else None
            position = positions[0][1] if positions else None
    else:
        positions = _positions(caps)
        position = positions[0][1] if positions else None
    name = next((n for n in map(_name_line, rest_lines[:3]) if n), None)
    if not (on_behalf or position or name):
        return None
    return Signer(name=name, position=position, on_behalf=on_behalf)


def extract_metadata(
    text: str, locate: Locate, ocr_letterhead: Letterhead | None = None, ocr_signature: Block | None = None,
    signature_page: int | None = None,
) -> MetadataResult:
    """Every metadata field the document states; `body_start` is where its body begins.
    `ocr_letterhead` is the second OCR reading of page 1's letterhead when page 1 is a scan:
    it fills and corrects the letterhead fields (see `_from_ocr_letterhead`); `ocr_signature`
    the second reading of the signed scanned page's signature column, which gives the signer
    when the first reading lost the name."""
    warnings: list[str] = []
    header = _lines(text, _HEADER_LINES)
    meta = Metadata()

    # the type line (`KẾ HOẠCH`, `QUYẾT ĐỊNH`) and the title under it
    type_at: int | None = None
    title_end = 0
    for i, (offset, line) in enumerate(header):
        if _BASIS.match(line):
            break
        found = _doc_type_of(line)
        if found:
            meta.doc_type = found[0]
            type_at = i
            remainder = line.strip()[found[1] :].strip(" :")
            if remainder:
                meta.title = remainder
                title_end = offset + len(line)
            elif i + 1 < len(header) and not _BASIS.match(header[i + 1][1]) and not _is_issuer_line(header[i + 1][1]):
                meta.title = header[i + 1][1].strip()
                title_end = header[i + 1][0] + len(header[i + 1][1])
            else:
                title_end = offset + len(line)
            break
    letterhead_lines = header[:type_at] if type_at is not None else header[:6]
    # the issuing body: the caps lines above the number, the date and the motto
    issuer_lines: list[str] = []
    for _, line in letterhead_lines:
        if _NUMBER.match(line) or _place_date(line):
            break
        issuer_lines.append(line)

    m = _NUMBER.search("\n".join(line for _, line in letterhead_lines))
    if m:
        # the number ends at the first space after its symbol (`Số: 04/2021/QĐ-UBND Chợ Mới, …`
        # when a PDF puts the two letterhead columns on one line); `18 /KH-UBND` has a stray space
        num = re.match(r"[\w.]*\s*[/-]\s*[^\s,;]*|\S*", m.group("num"))
        raw = re.sub(r"\s+", "", num.group(0)) if num else ""
        if re.match(r"^[\w.]*\d[\w.]*[/-]", raw):
            meta.doc_number = raw
        else:
            warnings.append(f"document number left blank in the document ({m.group(0).strip()!r})")
        meta.doc_type = meta.doc_type or _symbol_doc_type(raw)

    for _, line in letterhead_lines:
        pd = _place_date(line)
        if pd:
            # the place is the words before `, ngày` that follow any number on the same line
            place_words = pd.group("place").split()
            while any(any(c.isdigit() or c == "/" for c in w) for w in place_words):
                place_words = place_words[next(i for i, w in enumerate(place_words) if any(c.isdigit() or c == "/" for c in w)) + 1 :]
            meta.place = _place_name(" ".join(place_words)) if place_words else None
            y, mo, d = pd.group("y"), pd.group("m"), pd.group("d")
            if mo and d:
                meta.issue_date = f"{y}-{int(mo):02d}-{int(d):02d}"
            elif mo:
                meta.issue_date = f"{y}-{int(mo):02d}"
                warnings.append("issue day left blank in the document")
            else:
                meta.issue_date = y
                warnings.append("issue date left blank in the document")
            break

    subject = next((line for _, line in header if _SUBJECT.match(line)), None)
    if meta.doc_type is None and m is not None and subject is not None:
        # a Công văn has no type line: a number without a type symbol, and `V/v …`
        meta.doc_type = "Công văn"
        meta.title = _SUBJECT.sub("", subject).strip()
        title_end = text.find(subject) + len(subject)
    if meta.doc_type is None and m is None:
        meta.doc_type = "news"
        if header:
            meta.title = header[0][1].strip()
            title_end = header[0][0] + len(header[0][1])
        warnings.append("no document number and no type line: read as a press article")

    # issuer: the letterhead, else the preamble's `UBND tỉnh X ban hành`, with the place
    letterhead = " ".join(line for line in issuer_lines if _is_caps(_MOTTO.sub(" ", line) or "X"))
    issuer = _issuer_from_letterhead(letterhead) if letterhead else None
    if issuer is None and meta.doc_type != "news":
        m = _UBND_IN_TEXT.search(text, title_end, title_end + 3000)
        if m:
            level_word = m.group("level").lower()
            name = _proper_name(m.group("rest")) or (meta.place if meta.place else None)
            if name:
                name = _place_name(name)
                issuer = _Issuer(f"UBND {level_word} {name}", None, level_word, name)
    if issuer:
        meta.issuer = issuer.name
        meta.admin_level = issuer.level or _level_of(issuer.unit_level_word, issuer.unit_name)  # type: ignore[assignment]
        if meta.admin_level == "province":
            meta.province = issuer.unit_name
        elif meta.admin_level == "district":
            meta.district = issuer.unit_name
            meta.province = _first_unit(text, "tỉnh|thành phố", provinces_only=True)
        elif meta.admin_level == "commune":
            meta.commune = issuer.unit_name
            meta.district = _first_unit(text, "huyện|quận|thị xã")
            meta.province = _first_unit(text, "tỉnh|thành phố", provinces_only=True)
    elif meta.doc_type != "news":
        warnings.append("issuer not found: no letterhead and no `UBND … ban hành` in the preamble")

    if meta.title:
        meta.title = " ".join(meta.title.split())
        period = _period(meta.title)
        if period:
            meta.period = period
            if period.start is not None and period.start == period.end:
                meta.plan_year = period.start
        meta.topics = _topics(meta.title)

    # a Quyết định that issues a plan carries it: `KẾ HOẠCH` again further down
    if meta.doc_type and meta.doc_type != "news":
        longest = lexicon.variant_index("doc_types")[1][0]
        for offset, line in _lines(text):
            if offset <= title_end or len(line) > longest and len(line.strip()) > longest:
                continue  # a line longer than every type word is not a type word alone
            found = _doc_type_of(line)
            if found and line.strip() == line.strip()[: found[1]] and found[0] != meta.doc_type:
                nxt = text[offset + len(line) :].lstrip("\n").split("\n", 1)[0].strip()
                ev = locate(offset, offset + len(line))
                meta.attachments.append(
                    AttachedDocument(doc_type=found[0], title=nxt or None, span=ev.span, page=ev.page)
                )
                for topic in _topics(nxt):
                    if topic not in meta.topics:
                        meta.topics.append(topic)

    if ocr_letterhead is not None:
        _from_ocr_letterhead(meta, ocr_letterhead, _clean_letterhead(letterhead), warnings)

    meta.signer = _signer(text, title_end)
    if ocr_signature is not None and (meta.signer is None or meta.signer.name is None):
        signer = _ocr_signer(ocr_signature.text)
        if signer is not None and signer.name:
            meta.signer = signer
            meta.sources["signer"] = FieldSource(rule="ocr_signature", confidence=_round(ocr_signature.confidence),
                                                 page=signature_page, bbox=ocr_signature.bbox)
    if meta.signer is None and meta.doc_type != "news":
        warnings.append("no signature block found")
    return MetadataResult(meta, title_end, warnings)


# --- the letterhead of a scan, read a second time --------------------------------------------

_OCR_NUMBER = re.compile(r"^\W{0,3}S[ốóồổôoõ6][:;.]?\s*(?P<num>[^\n]*)$", re.I | re.M)
"""`Số:` as OCR reads it on a scan (`Só:`, `Sô`, `số:`), at the start of a line of the left column."""
_NUMBER_VALUE = re.compile(r"^(?P<n>\d{1,6})(?P<sym>[/-][A-ZĐ][\wĐ]*(?:[/-][\wĐ]+)*)")
"""A number that is all digits before its symbol (`23/BC-UBND`, `05-HD/VPTW`). A digit read as a
letter (`39Ø/C04-P6`, `6§0/TB-UBND`: handwritten numbers) makes it no number: null, not a guess."""
_OCR_PLACE_DATE = re.compile(
    r"(?P<place>[^\n,:]{2,40}?)[,.]\s*ngày\s*(?P<d>\S{0,4}?)\s*tháng\s*(?P<m>\S{0,4}?)\s*năm\s*(?P<y>(?:19|20)\d\d)"
)
"""The date line with whatever stands for a handwritten day or month (`ngày Š tháng Ÿ năm 2025`)."""


_SURE_DIGITS = 0.70
"""Tesseract's confidence under which a number's digits are not taken. On the corpus/formats
scans printed numbers read at 0.91 (`05-HD/VPTW`) and a clear handwritten `23` at 0.81, while a
handwritten number read wrong comes out far lower (`409` for `4409`: 0.12; `3/KH-DCT` for
`753/KH-DCT`: 0.54)."""


def _ocr_signer(column: str) -> Signer | None:
    """The signer from the signature column read alone. The position lines are found on their
    stripped letters (OCR reads `PHÓ CHỦ TỊCH` as `PHO CHU TỊCH` and `KT.` as `T.`), the name is
    the first line under them that is a name alone: the seal and the pen's strokes leave debris
    lines between the two (`)› _ L In I2`), more than the text rule's three lines allow."""
    from pipeline.ocr.names import strip

    signer = _signer(column, 0)
    if signer is not None and signer.name:
        return signer
    known = sorted(((strip(v), e.canonical) for e in lexicon.load("positions") for v in e.variants),
                   key=lambda p: -len(p[0]))
    lines = column.split("\n")
    position, at = None, None
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if not _is_caps(line):
            if at is not None:
                break
            continue
        found = next((c for v, c in known if re.search(rf"(?<!\w){re.escape(v)}(?!\w)", strip(line))), None)
        if found:
            position, at = found, i  # the last caps line naming one: `PHÓ CHỦ TỊCH` under `KT. CHỦ TỊCH`
    if at is None:
        return signer
    name = next((n for n in map(_name_line, lines[at + 1 : at + 16]) if n), None)
    return Signer(name=name, position=position, on_behalf=None) if name else signer


def _round(confidence: float | None) -> float | None:
    return None if confidence is None else round(confidence, 4)


def _ocr_date(d: str, mo: str, y: str) -> str:
    """`2025-10-24`; `2025` when the day or month is no number OCR could read."""
    day = int(d) if d.isdigit() and 1 <= int(d) <= 31 else None
    month = int(mo) if mo.isdigit() and 1 <= int(mo) <= 12 else None
    if day and month:
        return f"{y}-{month:02d}-{day:02d}"
    return f"{y}-{month:02d}" if month else y


def _from_ocr_letterhead(meta: Metadata, lh: Letterhead, first_read: str, warnings: list[str]) -> None:
    """Fill and correct the letterhead fields of a scan from the second, column-by-column
    reading of page 1's letterhead. The issuer is the lexicon's name that either reading
    matches best (the second reading on a tie: it saw the column alone); the number, place
    and date are taken from the second reading only where the first left them unknown or
    partial. Each value taken is recorded in `meta.sources` with the block it was read from."""
    from pipeline.ocr.names import restore_issuer, restore_place

    left = lh.left.text.split("\n")
    number_at = next((i for i, line in enumerate(left) if _OCR_NUMBER.match(line)), None)
    second_read = _clean_letterhead(" ".join(left[:number_at] if number_at is not None else left[:4]))
    second = restore_issuer(second_read) if second_read else None
    first = restore_issuer(first_read) if first_read else None
    if second and (first is None or second.confidence >= first.confidence):
        chosen, source = second, FieldSource(rule="ocr_letterhead", confidence=second.confidence, page=1,
                                             bbox=lh.left.bbox, read=second_read)
    elif first:
        chosen, source = first, FieldSource(rule="ocr_lexicon", confidence=first.confidence, page=1, read=first_read)
    else:
        chosen = None
        if meta.issuer:
            warnings.append(f"issuer {meta.issuer!r} read by OCR matches no body the lexicon knows: check it against the image")
    if chosen is not None:
        meta.issuer = chosen.name
        level = chosen.level if chosen.level in ("national", "province", "district", "commune") else None
        meta.admin_level = level or _level_of(chosen.level_word, chosen.place)  # type: ignore[assignment]
        if meta.admin_level == "province":
            meta.province, meta.district, meta.commune = chosen.place, None, None
        elif meta.admin_level == "national":
            meta.province = meta.district = meta.commune = None
        meta.sources["issuer"] = source

    if meta.doc_number is None and number_at is not None:
        m = _OCR_NUMBER.match(left[number_at])
        raw = re.sub(r"\s+", "", m.group("num")) if m else ""
        value = _NUMBER_VALUE.match(raw)
        digits = [lh.left.word_confidence(w) for w in left[number_at].split() if any(c.isdigit() for c in w)]
        sure = min((c for c in digits if c is not None), default=None)
        if value and sure is not None and sure < _SURE_DIGITS:
            warnings.append(f"document number unreadable in the scan (handwritten?): {left[number_at].strip()!r}")
            value = None
        if value:
            meta.doc_number = value.group(0)
            meta.doc_type = meta.doc_type if meta.doc_type not in (None, "news") else _symbol_doc_type(value.group(0))
            meta.sources["doc_number"] = FieldSource(rule="ocr_letterhead", confidence=_round(lh.left.confidence), page=1,
                                                     bbox=lh.left.bbox, read=left[number_at])

    if meta.doc_type in (None, "news") and number_at is not None:
        # a number line and a `V/v` subject under it make a Công văn even when the number is
        # handwritten; the whole-page reading, with `Số:` run into the motto, took it for news
        symbol = _NUMBER_VALUE.match("0" + re.sub(r"^.*?(?=[/-][A-ZĐ])", "", re.sub(r"\s+", "", left[number_at])))
        doc_type = _symbol_doc_type(symbol.group(0)) if symbol else None
        if doc_type is None and any(_SUBJECT.match(line.strip()) for line in left[number_at + 1 :]):
            doc_type = "Công văn"
        if doc_type:
            meta.doc_type = doc_type
            meta.sources["doc_type"] = FieldSource(rule="ocr_letterhead", confidence=_round(lh.left.confidence),
                                                   page=1, bbox=lh.left.bbox, read=left[number_at])

    pd = _OCR_PLACE_DATE.search(lh.right.text)
    if pd:
        date = _ocr_date(pd.group("d"), pd.group("m"), pd.group("y"))
        read = pd.group(0).strip()
        if meta.issue_date is None or len(date) > len(meta.issue_date):
            meta.issue_date = date
            meta.sources["issue_date"] = FieldSource(rule="ocr_letterhead", confidence=_round(lh.right.confidence), page=1,
                                                     bbox=lh.right.bbox, read=read)
            if len(date) < 10:
                warnings.append(f"issue day or month unreadable in the scan (handwritten?): {read!r}")
        place = restore_place(pd.group("place"))
        if place and meta.place != place[0]:
            meta.place = place[0]
            meta.sources["place"] = FieldSource(rule="ocr_letterhead", confidence=place[1], page=1,
                                                bbox=lh.right.bbox, read=pd.group("place").strip())
    if meta.place and "place" not in meta.sources:
        place = restore_place(meta.place)  # the first reading's `Lâm Đông`
        if place and place[0] != meta.place:
            meta.sources["place"] = FieldSource(rule="ocr_lexicon", confidence=place[1], page=1, read=meta.place)
            meta.place = place[0]
