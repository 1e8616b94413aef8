"""Legal citations: every reference to another legal or administrative document.

Vietnamese documents cite each other in a regular way (Nghị định 30/2020/NĐ-CP): type,
`số`, the number with the year and the symbol (`178/2004/NĐ-CP`; Party documents
`24-CT/TW`), `ngày …`, `của` the issuer, then the subject after `về việc` / `về` /
`ban hành`. Drafts drop any part (`Quyết định 1237/QĐ-TTg`, `Kế hoạch số /KH-UBND`),
titles print it in capitals, lists share one type (`các Quyết định số 1/…, số 2/… và số
3/…`), and laws are cited by name (`Luật Phòng, chống ma túy năm 2021`).

Rules run from safe to risky: numbered citations first (the number and symbol make them
unambiguous), then continuations of a list (`, số 2/…` after a numbered citation), then
laws by name (a capitalised name after `Luật`/`Pháp lệnh`, which prose rarely imitates).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from pipeline import lexicon
from pipeline.extract.context import DocContext
from pipeline.extract.spans import Taken
from pipeline.models import Citation
from pipeline.parse.scan import head_positions, matches_at

# --- the pieces of a citation ------------------------------------------------------------

_NUMBERED_TYPES = (
    "Thông tư liên tịch|Nghị quyết liên tịch|Quyết định|Nghị quyết|Nghị định|Thông tư|Thông tri|Chỉ thị|Kế hoạch|"
    "Công văn|Công điện|Hướng dẫn|Thông báo|Tờ trình|Kết luận|Chương trình|Đề án|Phương án|Báo cáo|"
    "Quy chế|Quy định|Văn bản|Pháp lệnh|Luật|Lệnh|Điều lệ|Quy hoạch"
)
_SYMBOL = r"[A-ZĐ][A-Za-zĐđ0-9&.]*(?:\s?-\s?[A-Za-zĐđ0-9&.]*[A-Za-zĐđ0-9&])*(?:/[A-ZĐ][A-Za-zĐđ0-9]*)?"
_ID = (
    rf"(?P<num>\d+[a-z]?)?(?:/(?P<year>(?:19|20)\d\d))?(?P<sep>[/-])\s?(?P<symbol>{_SYMBOL})"
)
_ID_RE = re.compile(rf"(?<![\w/.])(?:{_ID})(?![\w/])")
_ID_SEPARATOR = re.compile(r"[/-]\s?[A-ZĐ]")
_YEAR_BEFORE = re.compile(r"/(?:19|20)\d\d")


def _id_starts(text: str) -> list[int]:
    """Where an `_ID_RE` match can start, found from its separator: every match holds one
    followed by a capital (`/QĐ`, `- CT`), and opens at it, at the `/` of a year right before
    it (`/2020/QĐ`), or where the digits before either begin, one letter after them allowed
    (`12a/QĐ`, `178/2004/NĐ`; a digit run the match opens with starts where no word character
    stands before it). `_ID_RE` opens with a lookbehind, so `re` would try it at every
    character; it is tried only at these few places (`matches_at`)."""
    starts: set[int] = set()
    for sep in _ID_SEPARATOR.finditer(text):
        q = sep.start()
        for b in (q, q - 5) if q >= 5 and _YEAR_BEFORE.fullmatch(text, q - 5, q) else (q,):
            starts.add(b)
            k = b - 1 if b > 0 and "a" <= text[b - 1] <= "z" else b
            d = k
            while d > 0 and text[d - 1].isdecimal():
                d -= 1
            if d < k:
                starts.add(d)
    return sorted(starts)
_TYPE_RE = re.compile(rf"(?<!\w)(?i:{_NUMBERED_TYPES})(?!\w)")
# Between the type and the number: `số`, a few qualifying words before it (`Quy chế phối hợp
# số 49/…`), or nothing (`Quyết định 1237/QĐ-TTg`).
_BRIDGE = re.compile(r"(?P<qual>(?:\s+[^\s\d/;,.:()]+){0,6}?)\s*:?\s+(?i:số)\s*|\s+")
_CONTINUATION = re.compile(r"(?:,|;|\s(?i:và))\s+(?i:số)\s*$")
_DATE = re.compile(
    r"\s*,?\s*ngày\s+(?P<d>\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)(?P<m>\d{1,2})\s*(?:/|-|\.|\s+năm\s+)(?P<y>\d{4})",
    re.I,
)
_ISSUER = re.compile(r"\s*(?:của|do)\s+(?P<issuer>[^;,.()\n]{2,120})", re.I)
_ISSUER_END = re.compile(
    r"\s(?:về|phê duyệt|ban hành|quy định|hướng dẫn|triển khai|thực hiện|tăng cường|sửa đổi|bổ sung|"
    r"thành lập|tổ chức|chỉ đạo|đẩy mạnh|tiếp tục|giao|đã|được|và các|kèm theo|như sau|để)\b"
    # `Thực hiện A … của UBND tỉnh X và B …`: an issuer ends where the list's next document begins
    rf"|\svà\s+(?=(?:{_NUMBERED_TYPES})\s+(?:số\s*)?\d)",
    re.I,
)
_TITLE = re.compile(r"\s*(?:về việc|V/v|về|ban hành|phê duyệt|quy định)\s+(?P<title>[^;\n]{3,400})", re.I)
_TITLE_END = re.compile(
    r",\s*(?:UBND|Ủy ban nhân dân|Ban Chỉ đạo)\b|\s+như sau\b|\.\s|\.$|;|\(sau đây|\((?:gọi|viết) tắt"
    # `Thực hiện A …, B … và C …`: a title ends where the list's next document begins
    rf"|(?:,|\s(?i:và))\s+(?=(?:{_NUMBERED_TYPES})\s+(?:(?i:số)\s*)?\d)"
)

_NAMED = re.compile(r"(?<!\w)(?P<type>Bộ luật|Luật|Pháp lệnh|Hiến pháp|BỘ LUẬT|LUẬT|PHÁP LỆNH)\s+(?=[A-ZĐÀ-Ỹa-zà-ỹ])")
# `Luật đất đai`: a capitalised `Luật` names a law however its name is cased, except before
# the words that make it something else (`Luật sư`, `Luật này`, `Luật định`)
_NOT_A_LAW_NAME = re.compile(r"(?:sư|gia|này|hiện hành|pháp|định|chơi|lệ|số|và|hoặc|của|các|đã|được|có|về|quy định|"
                             r"khác|mới|liên quan|chuyên ngành|trên|tại|theo|thì|là)(?!\w)")
_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_NAME_STOP = re.compile(
    # `Luật Tiêu chuẩn và Quy chuẩn kỹ thuật` goes on; `và các văn bản` stops
    rf"\s+và\s+(?![{_UPPER}])|"
    r"\s+(?i:năm|ngày|số\s*\d|của|đã|được|có|quy định|về|để|trong|nhằm|hiện hành|trên địa bàn|thì|theo|là|với|"
    r"bảo đảm|đảm bảo|cho|tại|tới|đến|vào|thuộc|và (?:các )?(?:Luật|Pháp lệnh|Nghị định|Bộ luật))(?!\w)|"
    r"[;.()\n:“”\"]|"
    # a comma ends the name, except inside `Phòng, chống …` and `Sửa đổi, bổ sung …`
    r"(?<!Phòng)(?<!PHÒNG)(?<!phòng)(?<!Sửa đổi)(?<!SỬA ĐỔI)(?<!sửa đổi),"
)
_NAMED_HEADS = ("Bộ luật", "Luật", "Pháp lệnh", "Hiến pháp", "BỘ LUẬT", "LUẬT", "PHÁP LỆNH")
"""The words every `_NAMED` match opens with (case as written: the pattern is case-sensitive)."""
_NAMED_YEAR = re.compile(r"\s+năm\s+(?P<y>(?:19|20)\d\d)")

_RELATION_OPENERS = (
    ("basis", re.compile(r"^\W*căn cứ\b", re.I)),
    ("implements", re.compile(r"^\W*(?:thực hiện|triển khai(?: thực hiện| thi hành)?|thi hành)\b", re.I)),
)


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    doc_type: str
    number: str | None
    year: int | None
    symbol: str | None
    canonical_id: str | None
    rule: str
    confidence: float
    title: str | None = None


# --- lexicon lookups ---------------------------------------------------------------------


@cache
def _doc_type_canonical() -> dict[str, str]:
    return {v: entry.canonical for entry, variants in lexicon.folded_variants("doc_types") for v in variants}


@cache
def _symbol_casing() -> dict[str, str]:
    """Each known symbol part in its printed case, for symbols read from capitals (`TTG`)."""
    parts: dict[str, str] = {}
    for name in ("doc_types", "issuers"):
        for entry in lexicon.load(name):
            for symbol in getattr(entry, "symbols", []):
                parts[symbol.casefold()] = symbol
    return parts


@cache
def _issuer_by_symbol() -> dict[str, str]:
    return {s.casefold(): e.canonical for e in lexicon.load("issuers") for s in getattr(e, "symbols", [])}


@cache
def _issuer_by_type() -> dict[str, str]:
    """Types whose issuer the law fixes: a Luật is passed by Quốc hội, a Pháp lệnh by its
    standing committee (doc_types.yaml, `issuer`)."""
    return {e.canonical: e.issuer for e in lexicon.load("doc_types") if getattr(e, "issuer", None)}


def _known_issuer_at(text: str, start: int) -> tuple[str, int] | None:
    """The longest issuer of the lexicon written at `start` (names may hold commas:
    `Bộ Văn hóa, Thể thao và Du lịch`), with where it ends."""
    head = text[start : start + 80]
    best = lexicon.longest_variant("issuers", lexicon.fold(head))
    if best is None:
        return None
    # fold() keeps length except where it collapses spaces: find the end in the original
    consumed, taken = _shortest_reach(head, best[1]), 0
    while taken < best[1] and consumed < len(head):
        consumed += 1
        taken = len(lexicon.fold(head[:consumed]))
    return best[0], start + consumed


def _shortest_reach(head: str, folded_length: int) -> int:
    """How many of `head`'s first characters surely fold to fewer than `folded_length`: those
    `_known_issuer_at` need not fold one by one. In NFC text whose characters each casefold to
    one (a Vietnamese name), folding never lengthens a prefix (it only collapses and strips
    white space), so no prefix shorter than the variant reaches it; other text is folded from
    its first character."""
    if len(head.casefold()) == len(head) and unicodedata.is_normalized("NFC", head):
        return max(0, min(folded_length, len(head)) - 1)
    return 0


def _normalise_symbol(symbol: str, in_caps: bool) -> str:
    symbol = re.sub(r"\s+", "", symbol)
    if not in_caps:
        return symbol
    casing = _symbol_casing()
    return re.sub(r"[^\W_]+", lambda m: casing.get(m.group(0).casefold(), m.group(0)), symbol)


def _doc_type(raw: str) -> str:
    folded = lexicon.fold(raw)
    return _doc_type_canonical().get(folded, raw[:1].upper() + raw[1:].lower())


def canonical_issuer(raw: str, ctx: DocContext) -> str | None:
    """`Ủy ban nhân dân tỉnh Thanh Hóa` → `UBND tỉnh Thanh Hóa`; a lexicon name → its canonical;
    `UBND tỉnh` in a provincial plan → that province's committee."""
    name = " ".join(raw.split()).strip(" -–")
    if not name or _TYPE_RE.match(name):  # `của Luật Phòng, chống …` names a document, not a body
        return None
    folded = lexicon.fold(name)
    for entry, variants in lexicon.folded_variants("issuers"):
        if folded in variants:
            return entry.canonical
    m = re.match(r"(?:Ủy ban nhân dân|UBND)\s+(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?:\s+(.+))?$", name, re.I)
    if m:
        level = m.group(1).lower()
        place = m.group(2)
        if place and place[:1].isupper():
            return f"UBND {level} {place}"
        meta = ctx.metadata
        own = {"tỉnh": meta.province, "thành phố": meta.province or meta.district, "huyện": meta.district,
               "quận": meta.district, "thị xã": meta.district, "xã": meta.commune, "phường": meta.commune,
               "thị trấn": meta.commune}.get(level)
        return f"UBND {level} {own}" if own else None
    return name if name[:1].isupper() else None


# --- rules -------------------------------------------------------------------------------


_ONLY_SO = re.compile(r"[\s*_]*(?:(?i:số)\s*:?\s*)?")


def _numbered(text: str) -> list[_Found]:
    """Rule 1 (safe): a number and symbol, with the nearest document type before it.
    Rule 2: a number with only `, số` / `và số` before it continues the list of the
    citation before (`các Quyết định số 1/…, số 2/… và số 3/…`)."""
    found: list[_Found] = []
    for m in matches_at(_ID_RE, text, _id_starts(text)):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _ONLY_SO.fullmatch(text, line_start, m.start()) and line_start > 0:
            # `Căn cứ Quyết định số` / `411/QĐ-TTg …`: a line break between the type and its number
            line_start = text.rfind("\n", 0, line_start - 1) + 1
        window_start = max(0, m.start() - 120, line_start)
        window = text[window_start : m.start()]
        types = list(_TYPE_RE.finditer(window))
        hit = None
        for t in reversed(types):  # the nearest type whose bridge reaches the number
            bridge = _BRIDGE.fullmatch(window, t.end())
            if bridge and not _TYPE_RE.search(bridge.group(0)):
                hit = (t, bridge)
                break
        if hit:
            t, bridge = hit
            raw_type = t.group(0)
            qual = (bridge.group("qual") or "").strip()
            with_qual = lexicon.fold(f"{raw_type} {qual}")
            doc_type = _doc_type(f"{raw_type} {qual}") if qual and with_qual in _doc_type_canonical() else _doc_type(raw_type)
            found.append(_make(m, window_start + t.start(), doc_type, "numbered", 0.97))
        elif _CONTINUATION.search(window) and found and "\n" not in text[found[-1].end : m.start()] \
                and m.start() - found[-1].end <= 300:
            start = window_start + window.rfind(window.rstrip()[-2:]) if window.rstrip().endswith("số") else m.start()
            found.append(_make(m, start, found[-1].doc_type, "list-continuation", 0.9))
    return found


def _make(m: re.Match[str], start: int, doc_type: str, rule: str, confidence: float) -> _Found:
    in_caps = m.group(0).upper() == m.group(0)
    symbol = _normalise_symbol(m.group("symbol"), in_caps)
    number = m.group("num")
    year = int(m.group("year")) if m.group("year") else None
    if number is None:
        canonical = None
    elif year is not None:
        canonical = f"{number}/{year}/{symbol}"
    else:
        canonical = f"{number}{m.group('sep')}{symbol}"
    return _Found(start, m.end(), doc_type, number, year, symbol, canonical, rule, confidence if number else 0.8)


_AMENDED_OF = re.compile(r"\s+(?i:của)\s+|\s+(?i:và)\s+(?=(?:Bộ luật|Luật|Pháp lệnh)\s)")
_LOWER_NAME_WORDS = 8
"""A law named in lower case runs at most this many words: prose does not stop where a name would."""


def _law_name(text: str, m: re.Match[str]) -> tuple[str, int] | None:
    """The name after `Luật`/`Pháp lệnh` at match `m`, and where it ends (before its year)."""
    rest = text[m.end() : m.end() + 200]
    stop = _NAME_STOP.search(rest)
    name = (rest[: stop.start()] if stop else rest).rstrip(" ,-–")
    if not name[:1].isupper():
        if m.group("type") not in ("Luật", "Bộ luật") or _NOT_A_LAW_NAME.match(name):
            return None
        name = " ".join(name.split(" ")[:_LOWER_NAME_WORDS]).rstrip(" ,-–")
    if len(name) < 2:
        return None
    return name, m.end() + len(name)


def _named(text: str, taken: Taken) -> list[_Found]:
    """Rule 3 (risky): a law by name (`Luật Phòng, chống ma túy năm 2021`, `Luật đất đai`),
    number null. An amending law (`Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên
    tai và Luật Đê điều`) is one document: the laws it amends are its title, not citations."""
    found = []
    consumed = 0
    for m in matches_at(_NAMED, text, head_positions(text, _NAMED_HEADS)):
        if m.start() < consumed or taken.overlaps(m.start(), m.start() + 1):
            continue
        named = _law_name(text, m)
        if named is None:
            continue
        name, end = named
        if lexicon.fold(name).startswith("sửa đổi"):
            while (of := _AMENDED_OF.match(text, end)) is not None:
                inner = _NAMED.match(text, of.end())
                inner_name = _law_name(text, inner) if inner else None
                if inner_name is None:
                    break
                end = inner_name[1]
            name = text[m.end() : end]
        year_match = _NAMED_YEAR.match(text, end)
        year = int(year_match.group("y")) if year_match else None
        if year_match:
            end = year_match.end()
        consumed = end
        found.append(_Found(m.start(), end, _doc_type(m.group("type")), None, year, None, None, "named-law", 0.85,
                            title=" ".join(name.split())))
    return found


# Rule 4 (risky): documents cited by name with no number — national strategies and programmes
# (`Chiến lược quốc gia về tài nguyên nước đến năm 2020`), a scheme known by its number
# (`Đề án 06`), a standard (`TCVN ISO 9001:2015`). The name runs to its period (`đến năm 2030`,
# `giai đoạn 2021 - 2025`) and stops where a law's name would.
_PROGRAMME = re.compile(
    r"(?<![\w/])(?P<type>Chiến lược quốc gia|Chương trình mục tiêu quốc gia|Chương trình hành động quốc gia)(?!\w)"
    r"|(?<![\w/])(?P<scheme>Đề án)\s+(?P<scheme_no>\d{1,4})(?![\w/.,-]\d|\w)"
    r"|(?<![\w/])(?P<standard>(?:TCVN|QCVN)(?:\s+ISO(?:/IEC)?)?\s+\d+(?:[-:.]\d+)*|ISO(?:/IEC)?\s+\d{3,5}(?::\d{4})?)(?![\w:])"
)
# a named strategy's horizon (`…, tầm nhìn đến năm 2045`) and period (`giai đoạn 2021 - 2025`)
_HORIZON = r",?\s*(?:(?:tầm nhìn|định hướng)\s+)?đến năm\s+(?:19|20)\d\d"
_PERIOD = r",?\s*giai đoạn\s+(?:19|20)\d\d"
_PERIOD_OF_NAME = re.compile(rf"(?:{_HORIZON}|{_PERIOD}(?:\s*[-–]\s*(?:19|20)\d\d)?)+")
_PROGRAMME_HEADS = ("Chiến lược quốc gia", "Chương trình", "Đề án", "TCVN", "QCVN", "ISO")
"""The words every `_PROGRAMME` match opens with."""
_PROGRAMME_WORDS = 14
_PLURAL = re.compile(r"(?i)(?<!\w)(?:các|những|mọi)\s+$")
_PROGRAMME_STOP = re.compile(r"[;.()\n:“”\"]|\s+(?:của|đã|được|theo|nhằm|trên địa bàn|tại|và các|với|để|thì|cho)(?!\w)")
_UNTIL_YEAR = re.compile(f"{_HORIZON}|{_PERIOD}")


def _programmes(text: str, taken: Taken) -> list[_Found]:
    found = []
    for m in matches_at(_PROGRAMME, text, head_positions(text, _PROGRAMME_HEADS)):
        if taken.overlaps(m.start(), m.end()) or _PLURAL.search(text, max(0, m.start() - 12), m.start()):
            continue  # `các Chương trình mục tiêu quốc gia` names no one programme
        if m.group("standard"):
            code = " ".join(m.group("standard").split())
            kind = "Quy chuẩn" if code.startswith("QCVN") else "Tiêu chuẩn"
            found.append(_Found(m.start(), m.end(), kind, None, None, None, None, "named-standard", 0.8, title=code))
            continue
        if m.group("scheme"):
            found.append(_Found(m.start(), m.end(), "Đề án", None, None, None, None, "named-programme", 0.75,
                                title=" ".join(m.group(0).split())))
            continue
        rest = text[m.end() : m.end() + 250]
        stop = _PROGRAMME_STOP.search(rest)
        rest = rest[: stop.start()] if stop else rest
        until = _UNTIL_YEAR.search(rest)  # a strategy's name runs to its horizon: `… đến năm 2030`
        name = rest[: until.start()] if until else " ".join(rest.split(" ")[:_PROGRAMME_WORDS]).rstrip(" ,-–")
        end = m.end() + len(name)
        period = _PERIOD_OF_NAME.match(text, end)
        if period:
            end = period.end()
        doc_type = "Chiến lược" if m.group("type").startswith("Chiến lược") else "Chương trình"
        found.append(_Found(m.start(), end, doc_type, None, None, None, None, "named-programme", 0.75,
                            title=" ".join(text[m.start() : end].split())))
    return found


# The document's own number under its title (`(Ban hành kèm theo Quyết định số 2853/QĐ-UBND …)`):
# a Quyết định that issues a plan is the same file, not a document the plan cites.
_OWN_NUMBER = re.compile(r"[\W_]*(?i:(?:ban hành\s+)?kèm theo)\s*")
# `(sau đây gọi tắt là Đề án 06)`: later mentions of the alias cite the same document. Only an
# alias that starts with a document type and carries a number or an acronym names a document
# (`gọi tắt là Ban Chỉ đạo 1237` names a body, `gọi tắt là Kế hoạch` is the plan itself).
_ALIAS = re.compile(
    rf"\((?:sau đây\s+)?(?:được\s+)?(?:gọi|viết)\s+tắt\s+là\s+(?P<alias>(?:{_NUMBERED_TYPES}|Chiến lược)\s+"
    r"[^()\n;]{0,40}?(?:\d|\b[A-ZĐ]{2,}\b)[^()\n;]{0,20}?)\)"
)


def _paragraph_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _relation(text: str, start: int, ctx: DocContext) -> str:
    """`Căn cứ` → basis, `Thực hiện` → implements, in the title and preamble; else reference."""
    if start >= ctx.preamble_end:
        return "reference"
    opening = text[_paragraph_start(text, start) : start + 1]
    for relation, pattern in _RELATION_OPENERS:
        if pattern.match(opening):
            return relation
    return "reference"


def extract_citations(ctx: DocContext) -> list[Citation]:
    """Every citation in the document, in reading order; the same document cited twice is
    two records with one `canonical_id`."""
    text = ctx.text
    items = _numbered(text)
    taken = Taken()
    for f in items:
        taken.claim(f.start, f.end)
    aliases = list(_ALIAS.finditer(text))
    for alias in aliases:
        taken.claim(alias.start("alias"), alias.end("alias"))  # the alias is declared, not cited, here
    items += _named(text, taken)
    for f in items:
        taken.claim(f.start, f.end)
    items += _programmes(text, taken)
    items = [f for f in items if not _OWN_NUMBER.fullmatch(text, _paragraph_start(text, f.start), f.start)]
    citations = []
    subjects: list[tuple[int, int]] = []  # where each citation's subject (title) runs
    for item in sorted(items, key=lambda f: f.start):
        # a document named in the subject of an earlier citation is referred to, whatever the
        # paragraph opens with (`Căn cứ Nghị định 63/2025 … sửa đổi … Nghị định số 78/2021`)
        in_subject = any(a <= item.start < b for a, b in subjects)
        if in_subject and item.rule == "named-programme":
            continue  # `Quyết định … phê duyệt Chiến lược quốc gia …`: the strategy is what the decision approves
        relation = "reference" if in_subject else _relation(text, item.start, ctx)
        end = item.end
        date = None
        dm = _DATE.match(text, end)
        if dm:
            date = f"{int(dm.group('y')):04d}-{int(dm.group('m')):02d}-{int(dm.group('d')):02d}"
            end = dm.end()
        year = item.year or (int(date[:4]) if date else None)
        issuer = None
        im = _ISSUER.match(text, end)
        if im:
            known = _known_issuer_at(text, im.start("issuer"))
            if known:
                issuer, end = known
            else:
                raw = im.group("issuer")
                cut = _ISSUER_END.search(raw)
                raw = raw[: cut.start()] if cut else raw
                issuer = canonical_issuer(raw, ctx)
                if issuer:
                    end = im.start("issuer") + len(raw.rstrip())
        if issuer is None and item.symbol:
            for part in re.split(r"[-/]", item.symbol):
                issuer = issuer or _issuer_by_symbol().get(part.casefold())
        if issuer is None:
            issuer = _issuer_by_type().get(item.doc_type)
        title = item.title
        tm = _TITLE.match(text, end) if title is None else None
        if tm:
            raw_title = tm.group("title")
            cut = _TITLE_END.search(raw_title)
            title = (raw_title[: cut.start()] if cut else raw_title).strip(" ,:") or None
            if title:
                subjects.append((tm.start("title"), tm.start("title") + len(title)))
        evidence = ctx.locate(item.start, end)
        citations.append(
            Citation(
                text=text[item.start : end],
                doc_type=item.doc_type,
                number=item.number,
                year=year,
                symbol=item.symbol,
                canonical_id=item.canonical_id,
                date=date,
                issuer=issuer,
                title=title,
                relation=relation,  # type: ignore[arg-type]
                rule=item.rule,
                confidence=item.confidence,
                **evidence._asdict(),
            )
        )
    mentions = _alias_mentions(ctx, aliases, citations)
    return sorted(citations + mentions, key=lambda c: c.span[0])


def _alias_mentions(ctx: DocContext, aliases: list[re.Match[str]], citations: list[Citation]) -> list[Citation]:
    """Each later mention of an alias (`Đề án 06` after `(sau đây gọi tắt là Đề án 06)`) cites the
    document the alias was declared for: the citation that ends nearest before the declaration."""
    text = ctx.text
    out: list[Citation] = []
    cited = Taken()
    for c in citations:
        cited.claim(c.span[0], c.span[1])
    by_start = {c.span[0]: k for k, c in enumerate(citations)}
    for alias in aliases:
        before = [c for c in citations if c.span[1] <= alias.start() and alias.start() - c.span[1] <= 400]
        if not before:
            continue
        source = max(before, key=lambda c: c.span[1])
        name = r"\s+".join(re.escape(w) for w in alias.group("alias").split())
        for m in re.finditer(rf"(?<!\w){name}(?!\w)", text[alias.end() :]):
            start, end = alias.end() + m.start(), alias.end() + m.end()
            evidence = ctx.locate(start, end)
            mention = source.model_copy(update={
                "text": text[start:end], "relation": "reference", "rule": "alias", "confidence": 0.8,
                **evidence._asdict()})
            same = by_start.get(start)
            if same is not None and citations[same].number is None and citations[same].span[1] == end:
                citations[same] = mention  # `Đề án 06` read by name is the aliased document
            elif cited.claim(start, end):
                out.append(mention)
    return out
