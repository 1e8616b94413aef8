"""Agency names in a stretch of text, each with its canonical form.

Plans name the same body many ways (`Sở LĐTBXH`, `Sở Lao động - TB và Xã hội`, `Sở Lao động,
Thương binh và Xã hội`) and list bodies whose own names contain commas (`Sở Văn hóa, Thể
thao và Du lịch; Công an tỉnh`), so a list cannot be split on punctuation. Names are found
in three passes, safest first, and a later pass never takes text an earlier one claimed:

1. `generic`: collective references (`các sở, ban, ngành có liên quan`, `UBND các huyện, thị
   xã, thành phố`), by the regexes of the lexicon — before names, so that `UBND các huyện`
   is not read as `UBND` plus noise;
2. `lexicon`: the names and abbreviations of `pipeline/data/agencies.yaml`, separators
   between words matched alike, and the level or place a qualified name carries
   (`Công an` + `cấp huyện, cấp xã` → two agencies);
3. `head_word`: a body the lexicon does not know, from its head word (`Sở`, `Ban`, `Trung
   tâm`, …) and the capitalised words that follow it, as underthesea segments them —
   `Hội Cựu chiến binh tỉnh` is one word `Cựu chiến binh` after `Hội`, which a syllable
   rule would cut at `chiến`. Kept as written.

Offsets are into the text given, so spans stay evidence.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline import lexicon
from pipeline.lexicon import AgencyEntry
from pipeline.parse.scan import by_first_character, head_positions, matches_at


@dataclass(frozen=True)
class Place:
    """Where a document sits, to place level-relative names (`Công an tỉnh` in Thanh Hóa)."""

    province: str | None = None
    district: str | None = None
    commune: str | None = None
    level: str | None = None
    issuer: str | None = None
    """The document's issuing body: it names itself by a short form (`Ban Chỉ đạo quốc gia`
    in a plan of the `Ban Chỉ đạo quốc gia về tìm kiếm, quy tập hài cốt liệt sĩ`)."""


@dataclass(frozen=True)
class AgencyName:
    start: int
    end: int
    text: str
    canonical: str
    generic: bool = False
    level: str | None = None
    type: str | None = None
    abbreviation: str | None = None
    place: str | None = None
    rule: str = "lexicon"
    bare: bool = False
    """A name that takes a level but was written without one (`Ủy ban Mặt trận Tổ quốc Việt
    Nam` in `… Việt Nam và các tổ chức chính trị - xã hội huyện`), so a list may lend it one."""


_LEVEL_WORDS = {"tỉnh": "province", "thành phố": "province", "huyện": "district", "thị xã": "district",
                "quận": "district", "xã": "commune", "phường": "commune", "thị trấn": "commune",
                "trung ương": "national", "quốc gia": "national"}
_HEADS = ("Thường trực", "Bộ Chỉ huy", "Bộ Tư lệnh", "Ban Chỉ đạo", "Ban Quản lý", "Bảo hiểm xã hội", "Chi cục", "Tổng cục",
          "Hội đồng", "Chi nhánh",
          "Văn phòng", "Trung tâm", "Liên đoàn", "Tiểu ban", "Bệnh viện", "Ngân hàng", "Kho bạc", "Công an",
          "Tòa án", "Ủy ban", "Học viện", "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Tỉnh Đoàn", "Sở", "Bộ", "Ban", "Hội",
          "Đoàn", "Viện", "Đài", "Báo", "Phòng", "Cục", "Đội", "Quỹ", "Trường")
_SELF_STANDING = {"Công an", "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Tỉnh Đoàn", "Ban Chỉ đạo"}
_UPPER = "[" + "".join(chr(c) for c in range(0x41, 0x1EFA) if chr(c).isupper() and chr(c).isalpha()) + "]"
"""An upper-case letter (`À-Ỹ` as a range takes the lower-case `đ`, `ể` in between too)."""
_PLACE = r"(?!(?:KT|TM|TL|TUQ)\.|(?:PHÓ )?CHỦ TỊCH)(?:" + _UPPER + r"[\wđ]*)(?:[ \t]+" + _UPPER + r"[\wđ]*){0,2}"
"""Capitalised words after a name on its line: its place (`Báo Thanh Hóa`) — not the
signature's `KT.`/`TM.`, nor the first word of the next line (`1. Công an huyện` / `Tăng …`)."""
_QUALIFIER = re.compile(
    r"(?:[ \t]+|\n(?=[a-zđà-ỹ]))(?P<q>(?:chi nhánh[ \t]+)?khu vực(?:[ \t]+(?:[IVXL]+|\d{1,2})(?![\wđ]))?"  # `Ngân hàng Nhà nước khu vực 8`
    r"|cấp (?:tỉnh|huyện|xã|quân khu|cơ sở)|các cấp|các (?:tỉnh|huyện|xã|quân khu)"
    r"|(?:tỉnh|huyện|thị xã|quận|thành phố|Thành phố|Tỉnh|Huyện|TP\.?|xã|phường|thị trấn)(?:[ \t]+" + _PLACE + r")?"
    r"|Trung ương|trung ương|quốc gia|" + _PLACE + r")(?![\wđ])"
)
_STANDING = re.compile(r"(?P<office>(?:Chủ tịch|Trưởng [Bb]an|Ủy viên)\s+)?(?P<board>Ban Thường trực|BTT)?\s*(?:Thường trực|TTr|TT\.)?\s*$")
"""`Thường trực HĐND huyện` (`TTr HĐND tỉnh`, `TT. Tỉnh ủy` in Nơi nhận), `BTT Ủy ban MTTQ VN
tỉnh`: the standing committee (or board) is its own addressee, not the council."""
_STANDING_ENDS = ("Thường trực", "TTr", "TT.", "BTT")
"""What the text before a name ends with when `_STANDING` finds a committee there."""


def _standing(text: str, start: int, name: AgencyName) -> AgencyName:
    """The name with the standing committee written before it, if one is."""
    if not text[max(start, name.start - 30):name.start].rstrip().endswith(_STANDING_ENDS):
        return name  # (what _STANDING would find is then blank or an office: a cheap test first)
    m = _STANDING.search(text, max(start, name.start - 30), name.start)
    if not m or not text[m.start():name.start].strip() or m.group("office"):
        return name  # `Phó Chủ tịch Thường trực UBND tỉnh` is an office of UBND tỉnh
    s = m.start() + len(text[m.start():name.start]) - len(text[m.start():name.start].lstrip())
    title = "Ban Thường trực" if m.group("board") else "Thường trực"
    return AgencyName(s, name.end, text[s:name.end], f"{title} {name.canonical}", level=name.level,
                      type="standing_committee", place=name.place, rule=name.rule)


_OWN_LEVEL = {"province": "tỉnh", "district": "huyện", "commune": "xã"}
_SIBLING = re.compile(r"(?:\s*,\s*|\s+và\s+)(?P<q>cấp (?:tỉnh|huyện|xã))(?![\wđ])")
_TRAILING_PLACE = re.compile(r"\s+(?:tỉnh|thành phố|Thành phố)(?:\s+" + _PLACE + r")?(?![\wđ])")


def _at_word_start(words: list[str], word: str = r"\w") -> str:
    r"""An alternation of `words` (in this order of preference) that matches only where a word
    starts (not after a `word` character), grouped by first character (`by_first_character`),
    each group opening with that character: `(?<!\w)(?:sở y tế|sở|ban …)` is
    `s(?<!\ws)(?:ở\ y\ tế|ở)|b(?<!\wb)(?:an …)`. The same matches, but the regex engine skips
    ahead to a possible first character, where a lookbehind first would try every character."""
    return "(?:" + by_first_character(words, lambda c: f"{re.escape(c)}(?<!{word}{re.escape(c)})") + ")"


_HEAD = re.compile(_at_word_start(list(_HEADS), word=r"[\wđ]") + r"(?![\wđ])")
_NAME_BEFORE = re.compile(_at_word_start(list(_HEADS), word=r"[\wđ]") + r"(?:\s+" + _UPPER + r"[\wđ]*)*\s+$")
_HEAD_STOP = re.compile(r"[;:.()\n“”\"]")
_CONNECTORS = {"và", "-", "–", "&"}
_ALL_PROVINCES = re.compile(r",\s*thành phố trực thuộc [Tt]rung ương")
_PLURAL_LEVELS = ("tỉnh", "huyện", "xã", "cấp", "quân khu")
_ENDS_LEVEL = re.compile(r"(?:tỉnh|thành phố|huyện)$")
_GENERIC_PLACE = re.compile(r"[ \t]+" + _PLACE + r"(?![\wđ])")
_TONED = re.compile("[\u0300\u0301\u0303\u0309\u0323]")
_OFFICE_BEFORE = re.compile(r"(?:Chủ tịch|Trưởng [Bb]an|Ủy viên|[Cc]ơ quan)\s+$")
_OWNERS = {"Tỉnh ủy", "Huyện ủy", "Thành ủy", "Đảng ủy"}
_NAME_NOUNS = {"nhà nước", "khu vực", "chi nhánh", "đại biểu", "chính trị", "nội bộ", "hành chính", "liên ngành"}
"""Lower-case words that stay inside a body's name (`Phòng An ninh chính trị nội bộ`, `Văn
phòng Đoàn đại biểu Quốc hội`): nouns no predicate starts with, unlike `tổ chức`, `chủ trì`."""
_NAME_QUALIFIERS = {"tỉnh", "huyện", "xã", "thành phố", "thị xã", "quận", "phường", "thị trấn", "nhân dân",
                    "cấp tỉnh", "cấp huyện", "cấp xã", "các cấp", "trung ương", "quốc gia"}


def _fold(text: str) -> str:
    """Lower case of the same length, one kind of dash, so regex offsets are text offsets."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered.replace("–", "-").replace("—", "-").replace("‐", "-").replace("\n", " ")


_WORD_START = r"(?<!\w)"


@cache
def _entries() -> tuple[tuple[AgencyEntry, re.Pattern[str]], ...]:
    r"""The generic entries, each with its own regex less the `(?<!\w)` it opens with: the
    caller tests that (`AgencyIndex._generic_matches`), because a regex opening with a
    lookbehind is tried at every character, one opening with its words (`các`, `ubnd`) only
    where those start."""
    out = []
    for entry in lexicon.load("agencies"):
        if entry.generic:
            pattern = entry.pattern()  # type: ignore[attr-defined]
            assert pattern.pattern.startswith(_WORD_START)
            out.append((entry, re.compile(pattern.pattern[len(_WORD_START):], pattern.flags)))
    return tuple(out)  # type: ignore[return-value]


@cache
def _names_pattern() -> tuple[re.Pattern[str], dict[str, AgencyEntry]]:
    """Every name and abbreviation of the lexicon in one alternation, longest first (as a trie,
    `_word_trie`), and the entry each spelling belongs to (one pass over the text instead of
    one per entry)."""
    keys: dict[str, AgencyEntry] = {}
    for entry in lexicon.load("agencies"):
        if not entry.generic:
            for variant in entry.variants:
                keys.setdefault(lexicon.name_key(variant), entry)  # type: ignore[arg-type]
    assert all(w.isalnum() for k in keys for w in k.split(" ")), "a name key is words of letters and digits"
    return re.compile(_word_trie(list(keys), lexicon.NAME_GAP) + r"(?!\w)"), keys


def _word_trie(keys: list[str], gap: str) -> str:
    r"""The alternation of `keys` longest first, `(?<!\w)(?:sở y tế|sở|…)`, written as a trie
    of their characters (`s(?<!\ws)ở(?:{gap}y{gap}tế|)|…`, a space of a key being `gap`),
    with the same matches: the regex engine reads each character of a candidate once,
    instead of trying every key that shares its first character one after another (the
    names regex scans every document). Same matches, because the keys are words of letters
    and digits: the words a match can take at a place are the text's runs of word characters
    there, one way only, so the keys that match at one place are word prefixes of each other,
    and both forms take the longest of them (a trie tries a longer key before a key that ends
    at the same node, and the characters that follow one node exclude each other)."""
    root: dict[str, dict] = {}
    for key in keys:
        node = root
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}  # a key ends here

    def render(node: dict[str, dict], top: bool = False) -> str:
        parts = []
        for ch, child in node.items():
            if ch:
                opening = f"{re.escape(ch)}(?<!\\w{re.escape(ch)})" if top else gap if ch == " " else re.escape(ch)
                parts.append(opening + render(child))
        if "" in node:
            parts.append("")  # (last: a key that ends here is shorter than those that go on)
        return parts[0] if len(parts) == 1 and not top else "(?:" + "|".join(parts) + ")"

    return render(root, top=True)


@cache
def _any_generic_entry() -> re.Pattern[str]:
    """The generic entries' regexes as one alternation: it matches at a place exactly where one
    of them does (`AgencyIndex.may_lead` asks only whether one does: one match, not one per entry)."""
    flags = {pattern.flags for _, pattern in _entries()}
    assert len(flags) == 1 and not any(pattern.groups for _, pattern in _entries())
    return re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in _entries()), flags.pop())


@cache
def _preceded_by(words: str) -> re.Pattern[str]:
    """`words` right before a name (searched in the few characters before it), compiled once."""
    return re.compile(r"(?<!\w)(?:" + words + r")\s+$")


@cache
def _followed_by(words: str) -> re.Pattern[str]:
    """`words` right after a name (matched at the name's end, not on a copy of the rest of the text)."""
    return re.compile(r"\s+(?:" + words + r")(?!\w)")


_DASH_GAP = re.compile(r"\s*[–—‐-]\s*")
_BLANKS = re.compile(r"\s+")
_COUNCIL_WORDS = re.compile(r"^(?:Ủy ban nhân dân|Uỷ ban nhân dân)")
_CLIPPED_THI = re.compile(r"\bthị(?=,| và| hoặc)")


@lru_cache(maxsize=4096)
def _squash(text: str) -> str:
    """NFC, one spelling of a dash between words, single blanks. Memoised by string: every
    stretch that holds a name (a line, its paragraph, the body) squashes it again."""
    text = unicodedata.normalize("NFC", text)
    text = _DASH_GAP.sub(" - ", text)
    return _BLANKS.sub(" ", text).strip()


@lru_cache(maxsize=4096)
def _generic_canonical(text: str) -> str:
    """A collective reference as written, in one spelling: `Ủy ban nhân dân` → `UBND`, the
    clipped `thị,` → `thị xã,`, a sentence-initial `Các` → `các`. Memoised by string (a plan
    repeats its collective references, and each stretch that holds one reads it again)."""
    text = _squash(text)
    text = _COUNCIL_WORDS.sub("UBND", text)
    text = _CLIPPED_THI.sub("thị xã", text)
    return text[0].lower() + text[1:] if text.startswith("Các") else text


def _level_of(qualifier: str | None, entry: AgencyEntry | None) -> str | None:
    if qualifier:
        q = qualifier.casefold()
        for word, level in _LEVEL_WORDS.items():
            if q == word or q.startswith(word + " ") or q == f"cấp {word}":
                return level
    return entry.level if entry else None


def _place_of(qualifier: str | None, place: Place) -> str | None:
    """The place a level-relative name stands for: `tỉnh` in a Thanh Hóa plan → Thanh Hóa."""
    if not qualifier:
        return None
    q = qualifier.casefold()
    if q in ("tỉnh", "thành phố"):
        return place.province
    if q in ("huyện", "thị xã", "quận"):
        return place.district
    if q in ("xã", "phường", "thị trấn"):
        return place.commune
    return None


_PLURAL_OF = {"district": ("các huyện", "các quận", "cấp huyện"), "commune": ("các xã", "cấp xã"),
              "province": ("các tỉnh", "cấp tỉnh")}


def _own_place_as_level(qualifier: str | None, place: Place) -> str | None:
    """The document's own province or district written by name is its level word:
    `Hội Liên hiệp Phụ nữ Thanh Hóa` in a Thanh Hóa plan is `Hội Liên hiệp Phụ nữ tỉnh`
    (the place is kept in the record's `place`)."""
    if not qualifier:
        return qualifier
    q = re.sub(r"^(?:tỉnh|thành phố|huyện)\s+", "", qualifier)
    if place.province and q == place.province:
        return "tỉnh"
    if place.district and q == place.district:
        return "huyện"
    return qualifier


def _written_level(qualifier: str) -> str:
    """`TP`/`TP.` is `thành phố`, a capitalised `Tỉnh`/`Huyện` (`HĐND Tỉnh`) the level word."""
    return re.sub(r"^(?:TP\.?|Thành phố)(?=\s|$)\s*", "thành phố ", re.sub(
        r"^(Tỉnh|Huyện)(?=\s|$)", lambda m: m.group(1).lower(), qualifier)).strip()


def _qualified(text: str, m_start: int, m_end: int, entry: AgencyEntry, place: Place,
               limit: int) -> list[AgencyName]:
    """A qualified name with its qualifier, and the sibling it shares a base with
    (`Công an cấp huyện, cấp xã` → `Công an cấp huyện`, `Công an cấp xã`), read in
    `text[:limit]` (the regexes stop at `limit` as at the end of the text, without a copy)."""
    base = entry.canonical
    q = _QUALIFIER.match(text, m_end, limit)
    if q and q.group("q").split()[0] in _HEADS:
        q = None
    qualifier = _written_level(q.group("q")) if q else None
    end = q.end() if q else m_end
    if qualifier is None and (entry.local or entry.level == place.level) and place.level in _OWN_LEVEL:
        qualifier = _OWN_LEVEL[place.level]
    qualifier = _own_place_as_level(qualifier, place) if base != "UBND" else qualifier
    if qualifier and entry.level and qualifier.casefold() in _PLURAL_OF.get(entry.level, ()):
        qualifier = None  # `Phòng Văn hóa và Thông tin các huyện`: each district's own office
    where = _place_of(qualifier, place)
    if base == "UBND" and qualifier and where and qualifier.casefold() in ("tỉnh", "huyện", "xã", "thành phố"):
        canonical = f"UBND {qualifier} {where}"
    else:
        canonical = f"{base} {_squash(qualifier)}" if qualifier else base
    names = [AgencyName(m_start, end, text[m_start:end], canonical, level=_level_of(qualifier, entry),
                        type=entry.type, abbreviation=entry.abbreviation, place=where, bare=qualifier is None)]
    if qualifier and qualifier.startswith("cấp "):
        while (sib := _SIBLING.match(text, names[-1].end, limit)) is not None:  # right after the last one
            names.append(AgencyName(sib.start("q"), sib.end("q"), sib.group("q"), f"{base} {sib.group('q')}",
                                    level=_level_of(sib.group("q"), entry), type=entry.type, rule="lexicon"))
    return names


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    """underthesea's words of `text` (the words after a head word), memoised by string: the
    stretches of a document that hold a head word read its words again."""
    from underthesea import word_tokenize

    return tuple(word_tokenize(text))


_TAKEN_FIRST = (*sorted(_NAME_QUALIFIERS), "cấp", "các", *sorted(_CONNECTORS))
"""The words in lower case `_head_word_name` can take first: a level, `cấp`/`các` before one,
a connector."""


@lru_cache(maxsize=4096)
def _may_take_words(text: str) -> bool:
    """False when `_head_word_name` surely takes no word of `text` (the words after a head word,
    `Ban hành …`, `Bộ trưởng …`, `Đội kiểm tra …`), so underthesea need not segment it: its
    first word opens with underthesea's first token (`word_tokenize` joins tokens into words),
    and a first word in lower case is taken only when it is a level (`tỉnh`, `thành phố`),
    `cấp`/`các` or a connector (`và`). The tokens are a regex pass, the words a CRF (10× the
    cost); a word in lower case starts most of these (about half, on plans)."""
    if not text[:1].islower() or text.startswith(_TAKEN_FIRST):
        return True  # (a capital, a digit, or what may be a level or a connector: read its words)
    from underthesea.pipeline.word_tokenize import tokenize

    tokens = tokenize(text)
    if not tokens:
        return False
    first = tokens[0].casefold()
    return not tokens[0][:1].islower() or any(word.startswith(first) for word in _TAKEN_FIRST)


def _opens_name(word: str) -> bool:
    """A segmented word that is, or begins with, a head word (`Đài`, `Đài Phát thanh`): after
    a separator it opens the next name of a list."""
    return word in _HEADS or any(word.startswith(h + " ") for h in _HEADS)


def _head_word_cut(text: str, start: int, limit: int) -> int | None:
    """Where the words a head word at `start` may take stop, reading no further than `limit`
    (the first `;:.()` line break or quote), or None when no head word starts there: the
    name `_head_word_name` reads depends on `limit` only through this and `_all_provinces`."""
    head = _HEAD.match(text, start)
    if not head:
        return None
    stop = _HEAD_STOP.search(text, head.end(), limit)
    return stop.start() if stop else limit


def _head_word_name(text: str, start: int, cut: int) -> AgencyName | None:
    """A body the lexicon does not know, from its head word and the words that follow it, up
    to `cut` (`_head_word_cut`); `_all_provinces` completes it."""
    head = _HEAD.match(text, start)
    if not head or (head.group() == "Thường trực" and _OFFICE_BEFORE.search(text, max(0, start - 20), start)):
        return None  # `Phó Trưởng Ban Thường trực …` is an office-holder, `Cơ quan Thường trực …` a role
    tail = text[head.end():cut][:120]
    if head.group() in _SELF_STANDING - {"Công an", "Ban Chỉ đạo"} and (not tail.strip() or tail.startswith(",")):
        return AgencyName(start, head.end(), head.group(), head.group(), rule="head_word")
    if not tail.startswith(" "):
        return None
    if not _may_take_words(tail.strip()):
        return None  # (no word of it can be taken: see below)
    words = _words(tail.strip())
    taken: list[str] = []
    capitalised = 0
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in _OWNERS or (w in ("Tỉnh", "Huyện", "Thành", "Đảng") and nxt == "ủy"):
            taken.extend([w] if w in _OWNERS else [w, nxt])  # `Ủy ban Kiểm tra Tỉnh ủy`: the
            capitalised += 1  # party committee the body belongs to closes its name
            break
        if w[:1].isupper() and not (taken and any(w.startswith(h) and w == h for h in _HEADS)):
            taken.append(w)
            capitalised += 1
        elif w.isdigit() and (taken or head.group() in ("Ban Chỉ đạo", "Đội", "Tiểu ban")):
            taken.append(w)  # `Ban Chỉ đạo 138 huyện`, `Đội kiểm tra liên ngành 178`
        elif w == "ủy" and taken and taken[-1].split()[-1] in ("Tỉnh", "Huyện", "Thành", "Quận"):
            taken.append(w)  # `Tỉnh ủy` segmented as two words
        elif taken and (w in _NAME_NOUNS or (w == "công" and taken[-1] == "hành chính")):
            taken.append(w)  # `Phòng An ninh chính trị nội bộ`, `Kho bạc Nhà nước khu vực XI`
        elif w.casefold() in _NAME_QUALIFIERS or (w in ("cấp", "các") and nxt in _PLURAL_LEVELS):
            taken.append(w)
            if w in ("cấp", "các"):
                taken.append(nxt)
                i += 1
        elif w in _CONNECTORS and nxt[:1].isupper() and not _opens_name(nxt) and (taken or head.group() == "Báo"):
            taken.append(w)  # (`Báo và Phát thanh, Truyền hình Cần Thơ`: the 2025 merged provincial press)
        elif w == "," and nxt[:1].isupper() and not _opens_name(nxt) and capitalised and i + 2 < len(words) \
                and any(x == "và" for x in words[i + 2:i + 6]):
            taken.append(w)
        else:
            break
        i += 1
    if not taken or (not capitalised and head.group() not in _SELF_STANDING) or taken == ["Thường trực"]:
        return None  # `Phó Trưởng Ban Thường trực …` is an office, not a board
    # the words taken, found back in the text to keep exact offsets
    pattern = r"\s*".join(re.escape(w) for w in taken)
    found = re.compile(r"\s+" + pattern).match(text, head.end())
    if not found:
        return None
    written = text[start:found.end()]
    canonical = _squash(written)
    canonical = re.sub(r" TU$", " Tỉnh ủy", canonical)  # `Ban Tuyên giáo và Dân vận TU`
    return AgencyName(start, found.end(), written, canonical, level=_level_of(taken[-1], None), rule="head_word")


def _all_provinces(text: str, name: AgencyName, limit: int) -> AgencyName:
    """`… các tỉnh, thành phố trực thuộc Trung ương` is `… các tỉnh` (the list of places may
    run past the line the head word's words stop at, up to `limit`)."""
    all_provinces = _ALL_PROVINCES.match(text, name.end, limit) if name.text.endswith("các tỉnh") else None
    if all_provinces is None:
        return name
    return AgencyName(name.start, all_provinces.end(), text[name.start:all_provinces.end()], name.canonical,
                      level=name.level, rule=name.rule)


def _as_issuer(name: AgencyName, place: Place) -> AgencyName:
    """A short form of the issuer's own name is the issuer: its canonical is the full name,
    beginning as the short form is written."""
    short = name.canonical
    if name.rule != "head_word" or len(short.split()) < 3:
        return name
    issuer = _squash(place.issuer or "")
    if len(issuer) <= len(short):
        return name
    if issuer.casefold().startswith(short.casefold() + " "):
        return AgencyName(name.start, name.end, name.text, short + issuer[len(short):], name.generic, name.level,
                          name.type, name.abbreviation, name.place, name.rule, name.bare)
    return name


_POSITION_WORDS = ("Giám đốc", "giám đốc", "Thủ trưởng", "thủ trưởng", "Chủ tịch", "chủ tịch", "Trưởng ban", "trưởng ban")
_POSITIONS = "(?:" + "|".join(_POSITION_WORDS) + ")"
_DISTRIBUTIVE = re.compile("(?:" + "|".join(w + r"\s+[Cc]ác" for w in _POSITION_WORDS) + "|Các|các)"
                           r"\s+(?P<head>sở|phòng|bộ|Sở|Phòng|Bộ)(?:\s*,\s*(?:ban|ngành|đơn vị))*\s*:\s*")
r"""`(?:Giám đốc\s+)?[Cc]ác …` written as one alternation of words (`Giám đốc các`, …, `Các`,
`các`), which the regex engine looks for only where one of their first letters is."""
_DISTRIBUTIVE_OPENERS = (*_POSITION_WORDS, "Các", "các")
"""The words every `_DISTRIBUTIVE` match opens with (`AgencyIndex.distributive_starts`)."""
_ITEM_GAP = re.compile(r"\s*(?:[,;]|\bvà\b)?\s*")


def _distributive(text: str, start: int, end: int, place: Place,
                  index: AgencyIndex) -> tuple[list[AgencyName], list[tuple[int, int]]]:
    """`Giám đốc các sở: Thông tin và Truyền thông; Văn hóa, Thể thao và Du lịch; Y tế` and
    `Các phòng, đơn vị: Giáo dục và Đào tạo, Tư pháp, …`: the head word is written once for
    the whole list, so each item is read as `Sở …` / `Phòng …` through the lexicon."""
    out: list[AgencyName] = []
    headers: list[tuple[int, int]] = []
    if text.find("ác", start, end) == -1 or text.find(":", start, end) == -1:
        return out, headers  # the header's `các` and colon: a substring test spares the regex scan
    for m in matches_at(_DISTRIBUTIVE, text, index.distributive_starts(start, end), end):
        head = m.group("head").capitalize() + " "
        headers.append((m.start(), m.end()))
        pos = m.end()
        while pos < end:
            item_end = min(end, pos + 120)
            synthetic = head + text[pos:item_end]
            names = [n for n in find_agency_names(synthetic, unknown=False, place=place) if n.start == 0]
            if names:
                n = names[0]
                e = pos + n.end - len(head)
                out.append(AgencyName(pos, e, text[pos:e], n.canonical, level=n.level, type=n.type,
                                      abbreviation=n.abbreviation, place=n.place, rule="distributive", bare=n.bare))
            elif _HEAD.match(text, pos):
                own = find_agency_names(text, pos, item_end, place, unknown=True, index=index)
                if not own or own[0].start != pos:
                    break
                out.append(own[0])
                e = own[0].end
            else:
                break
            gap = _ITEM_GAP.match(text, e, end)
            if not gap or gap.end() == e or gap.end() >= end or text[gap.end()] in ".:\n":
                break
            pos = gap.end()
            if text.startswith(("Giám đốc", "Thủ trưởng", "Chủ tịch"), pos):
                break
    return out, headers


def find_agency_names(text: str, start: int = 0, end: int | None = None, place: Place | None = None,
                      unknown: bool = True, index: AgencyIndex | None = None) -> list[AgencyName]:
    """Every agency named in `text[start:end]`, in order, without overlaps. `unknown=False`
    leaves out the head-word pass (bodies the lexicon does not know), for whole-document scans.
    `index` is the document's `AgencyIndex` of `text` (`DocContext.agency_names`): extractors
    that ask about many stretches of one document pass it, so the text is searched once."""
    end = len(text) if end is None else end
    if index is None or index.text is not text:
        index = AgencyIndex(text, start, end)
    return index.find(start, end, place or Place(), unknown)


_WORD = re.compile(r"\w")
_LEADING_BLANKS = re.compile(r"\s*")
_SPACE_RUNS = re.compile(r"\s\s+")


def _longest_blank_run(text: str) -> int:
    """`max(map(len, _SPACE_RUNS.findall(text)), default=1)`: the longest run of blanks, 1 when
    none is longer. A printable text holds no blank but the ASCII space (tabs, line breaks,
    no-break and wide spaces are not printable), and a run of spaces is measured by looking
    for runs of doubling, then halving, lengths with `str.__contains__`: a few scans in C, not
    a regex tried at every blank (most of a document's characters are letters and spaces)."""
    if not text.isprintable():
        return max(map(len, _SPACE_RUNS.findall(text)), default=1)
    if "  " not in text:
        return 1
    there, absent = 2, 4  # a run of `there` spaces is in the text; look for one of `absent`
    while " " * absent in text:
        there, absent = absent, 2 * absent
    while absent - there > 1:
        middle = (there + absent) // 2
        there, absent = (middle, absent) if " " * middle in text else (there, middle)
    return there


_HEAD_REACH = max(map(len, _HEADS)) + 1
"""How far past its first character the head-word regex can look (its longest word and the
character after it)."""


@cache
def _name_shapes() -> tuple[tuple[int, int], ...]:
    """(characters, gaps between words) of each name of the lexicon: how far the names regex
    can look past where it starts, given how long a run of spaces the text has."""
    _, keys = _names_pattern()
    return tuple({(len(k.replace(" ", "")), k.count(" ")) for k in keys})


@cache
def _name_stop() -> re.Pattern[str]:
    """A character no name of the lexicon holds and no gap between its words: the names regex
    fails there, so a search that starts before one never reads past it."""
    _, keys = _names_pattern()
    held = {c for k in keys for c in k if not c.isspace()} | set("-,&")
    return re.compile("[^\\s" + "".join(re.escape(c) for c in sorted(held)) + "]")


@cache
def _last_name_stop() -> re.Pattern[str]:
    """The last `_name_stop` character of a stretch, as `.*` runs to its end and gives back
    characters until one is a stop: a search from the end (most stretches end in `.`, `;`, `:`)."""
    return re.compile(r"(?s:.*)(" + _name_stop().pattern + ")")


@cache
def _name_reach(spaces: int) -> int:
    """How far past where it starts the names regex can read when the gaps between words are
    runs of at most `spaces` blanks (a gap is blanks, a `-`, `,` or `&`, blanks)."""
    return max((c + g * (2 * spaces + 1) for c, g in _name_shapes()), default=0) + 1


@cache
def _first_words() -> re.Pattern[str]:
    """The first word of every name of the lexicon, as the names regex matches it (literally,
    in the folded text): no name of the lexicon starts where none of these does."""
    _, keys = _names_pattern()
    return re.compile("|".join(map(re.escape, sorted({k.split(" ")[0] for k in keys}, key=len, reverse=True))))


_STANDING_STARTS = ("Ban Thường trực", "BTT", "Thường trực", "TTr", "TT.")
"""How a name `_standing` moves back to its standing committee starts."""


class AgencyIndex:
    """One document's agency names, searched once: the lexicon's names (every place one
    starts) and the head words, over the whole text, so that each stretch an extractor asks
    about (a line, a paragraph, a cell, the body) is a bisection into them, and its names,
    once found, are kept. The tasks and agencies extractors ask about thousands of stretches
    of one plan; a search, a lower-casing and a qualification per stretch made the agency
    names a third of the time. Answers are exactly those of searching the stretch alone:
    where a stretch cuts the text, the few places a regex could see the cut are searched
    again inside it (`_name_matches`, `_head_matches`)."""

    def __init__(self, text: str, start: int = 0, end: int | None = None) -> None:
        self.text = text
        self.lo = start
        self.hi = len(text) if end is None else end
        self.folded = _fold(text[self.lo:self.hi])
        """`text[lo:hi]` lower-cased (per character, so `folded[i - lo]` is `text[i]`)."""
        self._entry_of: dict[str, AgencyEntry] = {}
        self._names: list[tuple[int, int, AgencyEntry]] | None = None
        self._name_starts: list[int] = []
        self._name_reach: int | None = None
        self._heads: list[tuple[int, int]] | None = None
        self._head_starts: list[int] = []
        self._found: dict[tuple[int, int, Place, bool], list[AgencyName]] = {}
        self._qualified: dict[tuple[int, int, str, Place, int | None], tuple[list[AgencyName], bool]] = {}
        self._head_names: dict[tuple[int, int], AgencyName | None] = {}
        self._distributive_at: list[int] | None = None

    # -- the searches, once per document ------------------------------------------------

    def _entry(self, matched: str) -> AgencyEntry:
        entry = self._entry_of.get(matched)
        if entry is None:
            entry = self._entry_of[matched] = _names_pattern()[1][lexicon.name_key(matched)]
        return entry

    def _search_names(self, pos: int, endpos: int) -> list[tuple[int, int, AgencyEntry]]:
        """Every place in `[pos, endpos)` a name of the lexicon starts (overlapping: `tỉnh,
        đoàn` must not hide `đoàn thanh niên …` one word on), the text ending at `endpos`."""
        pattern = _names_pattern()[0]
        out = []
        m = pattern.search(self.folded, pos - self.lo, endpos - self.lo)
        while m:
            out.append((m.start() + self.lo, m.end() + self.lo, self._entry(m.group())))
            m = pattern.search(self.folded, m.start() + 1, endpos - self.lo)
        return out

    def _all_names(self) -> list[tuple[int, int, AgencyEntry]]:
        if self._names is None:
            self._names = self._search_names(self.lo, self.hi)
            self._name_starts = [s for s, _, _ in self._names]
        return self._names

    def _reach(self) -> int:
        """`_name_reach` for this text's longest run of blanks (found on the first call: most
        stretches never need it, `_name_matches`)."""
        if self._name_reach is None:
            self._name_reach = _name_reach(_longest_blank_run(self.folded))
        return self._name_reach

    def _last_stop(self, start: int, end: int) -> int | None:
        """Where the last character of `[start, end)` that no name runs through stands, if any."""
        m = _last_name_stop().match(self.folded, start - self.lo, end - self.lo)
        return m.start(1) + self.lo if m else None

    def _name_matches(self, s: int, e: int) -> list[tuple[int, int, AgencyEntry]]:
        """The names a search of `folded[s:e]` alone finds, from the whole-text search. A
        stretch differs from the whole text only where the regex looks past its ends: at `s`
        after a letter (`(?<!\\w)` sees the letter in the text, nothing in the stretch), and
        within the regex's reach of `e` (a longer name cut at `e`, or `(?!\\w)` true at `e`);
        those places are searched again inside the stretch."""
        names = self._all_names()
        if s == self.lo and e == self.hi:
            return names
        out: list[tuple[int, int, AgencyEntry]] = []
        first = s
        if s > self.lo and _WORD.match(self.folded, s - self.lo - 1):
            m = _names_pattern()[0].match(self.folded[s - self.lo:e - self.lo])
            if m:
                out.append((s, s + m.end(), self._entry(m.group())))
            first = s + 1
        # a search from before the last stop character of the stretch, or from further than
        # the reach from its end, cannot read its end (most stretches end in `.`, `;`, `:`):
        # the stop is looked for within the reach of names whose gaps are single blanks, and
        # only if none stands there, within the reach the text's longest run of blanks allows
        near = max(first, e - _name_reach(1))
        stop = self._last_stop(near, e)
        if stop is None:
            far = max(first, e - self._reach())
            stop = self._last_stop(far, near)
            tail = far if stop is None else stop + 1
        else:
            tail = stop + 1
        out.extend(names[bisect.bisect_left(self._name_starts, first):bisect.bisect_left(self._name_starts, tail)])
        out.extend(self._search_names(tail, e))
        return out

    def distributive_starts(self, s: int, e: int) -> list[int]:
        """Where in `[s, e)` a distributive list's header may open (`_DISTRIBUTIVE_OPENERS`), from
        one search of the whole text: the regex, whose openers' first letters (`c`, `t`, `g`)
        stand everywhere, is tried only there, not scanned over the body."""
        if self._distributive_at is None:
            self._distributive_at = head_positions(self.text, _DISTRIBUTIVE_OPENERS)
        at = self._distributive_at
        return at[bisect.bisect_left(at, s):bisect.bisect_left(at, e)]

    def _head_matches(self, s: int, e: int) -> list[tuple[int, int]]:
        """The head words `_HEAD.finditer(text, s, e)` finds, from the whole-text search: a
        head word that straddles `s` (the stretch starts inside one) makes the stretch search
        on its own; near `e` (a longer head word cut there) it is searched again."""
        if self._heads is None:
            self._heads = [(m.start(), m.end()) for m in _HEAD.finditer(self.text, self.lo, self.hi)]
            self._head_starts = [p for p, _ in self._heads]
        if s == self.lo and e == self.hi:
            return self._heads
        i = bisect.bisect_left(self._head_starts, s)
        if i > 0 and self._heads[i - 1][1] > s:
            return [(m.start(), m.end()) for m in _HEAD.finditer(self.text, s, e)]
        tail = e - _HEAD_REACH
        out = self._heads[i:max(i, bisect.bisect_left(self._head_starts, tail))]
        pos = max(s, tail, out[-1][1] if out else s)
        out.extend((m.start(), m.end()) for m in _HEAD.finditer(self.text, pos, e))
        return out

    def _generic_matches(self, s: int, e: int) -> list[tuple[int, int, AgencyEntry]]:
        """The collective references a search of `folded[s:e]` alone finds, searched in the
        stretch (the lexicon's regexes repeat words without bound: no reach to trust a
        whole-text search within), in the document's folded text: `(?<!\\w)` holds at `s`
        as at the start of a text, elsewhere where no word character comes before."""
        out = []
        for entry, pattern in _entries():
            pos = s - self.lo
            while (m := pattern.search(self.folded, pos, e - self.lo)) is not None:
                if m.start() > s - self.lo and _WORD.match(self.folded, m.start() - 1):
                    pos = m.start() + 1  # (a word goes on before it: no match here, try the next character)
                    continue
                out.append((m.start() + self.lo, m.end() + self.lo, entry))
                pos = m.end()
        return out

    # -- qualification, once per span ----------------------------------------------------

    def qualified(self, s: int, e: int, entry: AgencyEntry, place: Place, limit: int) -> list[AgencyName]:
        """`_qualified`, remembered by span. Its qualifier regex reads no further than the end
        of the line it starts on (after one line break), and reads that line break as it reads
        the end of the text, so any `limit` from there on gives the same names: they are kept
        once for all such limits (the task extractor's stretches end at line ends, the
        agencies extractor's at the end of the text), unless siblings were read (`cấp huyện,
        cấp xã` may run over lines), which are kept for their own limit."""
        line = self.text.find("\n", e + 1 if self.text.startswith("\n", e) else e)
        reach = len(self.text) if line == -1 else line
        exact = (s, e, entry.canonical, place, limit)
        shared = (s, e, entry.canonical, place, None) if limit >= reach else None
        hit = self._qualified.get(shared) if shared else None
        if hit is None or hit[1]:
            hit = self._qualified.get(exact)
        if hit is not None:
            return hit[0]
        names = _qualified(self.text, s, e, entry, place, limit)
        siblings = "cấp " in names[0].canonical  # (siblings are looked for after a `cấp …` qualifier)
        self._qualified[exact] = (names, siblings)
        if shared:
            self._qualified.setdefault(shared, (names, siblings))
        return names

    def head_word_name(self, start: int, limit: int) -> AgencyName | None:
        """`_head_word_name` completed by `_all_provinces`, remembered by where its words stop
        (`_head_word_cut`): the stretches of a paragraph, its line and the whole text cut
        the same head word's words at the same place."""
        cut = _head_word_cut(self.text, start, limit)
        if cut is None:
            return None
        key = (start, cut)
        if key in self._head_names:
            name = self._head_names[key]
        else:
            name = self._head_names[key] = _head_word_name(self.text, start, cut)
        return _all_provinces(self.text, name, limit) if name is not None else None

    # -- the names of a stretch ------------------------------------------------------------

    def may_lead(self, start: int, end: int) -> bool:
        """False only when `leading_names` of `find(start, end, …)` is surely empty: the first
        name of a list that opens a stretch starts after nothing but blanks or a position
        (`Giám đốc`), and a name starts only where a head word, a standing committee, a
        collective reference or the first word of a lexicon name does. An exact test of a few
        places, against a search of the whole stretch (most paragraphs open with a verb)."""
        text, folded, lo = self.text, self.folded, self.lo
        if not lo <= start < end <= self.hi:
            return True
        first = _LEADING_BLANKS.match(text, start, end).end()  # type: ignore[union-attr]  # (`lstrip`, no copy)
        places = [first]
        position = _POSITION_AT.match(text, first, end)
        if position:
            places.append(position.end())
        for p in places:
            if p >= end or _DISTRIBUTIVE.match(text, p) or text.startswith(_STANDING_STARTS, p) \
                    or _HEAD.match(text, p, end) or _HEAD.match(text, p) or _first_words().match(folded, p - lo):
                return True
            if _any_generic_entry().match(folded, p - lo, end - lo):
                return True
        return False

    def find(self, start: int, end: int, place: Place, unknown: bool = True) -> list[AgencyName]:
        """`find_agency_names` of `text[start:end]`, remembered by stretch."""
        key = (start, end, place, unknown)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = self._find(start, end, place, unknown)
        return list(found)

    def _find(self, start: int, end: int, place: Place, unknown: bool) -> list[AgencyName]:
        text, folded, lo = self.text, self.folded, self.lo
        found = _Found()
        free = found.free

        distributed, headers = _distributive(text, start, end, place, self)
        for n in distributed:
            found.add(n)
        for h in headers if distributed else ():
            found.claim(*h)

        for generic in (True, False):
            if generic:  # (names come in order, one per place one starts; the references of two entries may not)
                candidates = sorted(self._generic_matches(start, end), key=lambda c: (c[0], -(c[1] - c[0])))
            else:
                candidates = self._name_matches(start, end)
            for s, e, entry in candidates:
                if not free(s, e):
                    continue
                if not entry.generic and text[s].islower() and not _TONED.search(unicodedata.normalize("NFD", text[s])):
                    continue  # `nội bộ Công an tỉnh` holds no `Bộ Công an`: a body's name opens with a capital
                    # (one a legacy font can write: TCVN3 has no toned capitals, `Ủy ban` comes as `ủy ban`)
                if entry.generic and _NAME_BEFORE.search(text, max(0, s - 60), s):
                    continue  # `Ban Chỉ đạo các tỉnh`: `các tỉnh` qualifies the name before it
                if entry.not_followed_by and _followed_by(entry.not_followed_by).match(folded, e - lo, end - lo):
                    continue  # `Chính phủ số` is a programme, not the government
                if entry.not_preceded_by and _preceded_by(entry.not_preceded_by).search(
                        folded[max(start, s - 20) - lo:s - lo]):
                    continue  # `tổ chức phi Chính phủ` is an NGO
                if entry.generic:
                    # `… xã hội thành phố Hà Nội`: the place is the reference's own; the document's
                    # own place is its level word alone, as in the names of single bodies
                    place_after = _GENERIC_PLACE.match(text, e, end) if _ENDS_LEVEL.search(text, s, e) else None
                    own = place_after is not None and place_after.group().strip() in (place.province, place.district)
                    e2 = place_after.end() if place_after else e
                    names = [AgencyName(s, e2, text[s:e2], _generic_canonical(text[s:e if own else e2]), generic=True,
                                        level=None, rule="generic")]
                elif entry.qualified:
                    names = list(self.qualified(s, e, entry, place, end))
                else:
                    trail = _TRAILING_PLACE.match(text, e, end)
                    e2 = trail.end() if trail else e
                    names = [AgencyName(s, e2, text[s:e2], entry.canonical, level=entry.level, type=entry.type,
                                        abbreviation=entry.abbreviation)]
                if names and not names[0].generic:
                    names[0] = _standing(text, start, names[0])
                for n in names:
                    if free(n.start, n.end):
                        found.add(n)
        if unknown:
            for head_start, head_end in self._head_matches(start, end):
                if not free(head_start, head_end):
                    continue
                name = self.head_word_name(head_start, end)
                if name and place.issuer:
                    name = _as_issuer(name, place)
                if name and not name.canonical.startswith(("Thường trực", "Ban Thường trực")):
                    name = _standing(text, start, name)
                if name is None:
                    continue
                inner = found.inside(name.start, name.end)
                if inner and all(n.rule == "lexicon" and n.end == name.end for _, n in inner) \
                        and not re.search(r",|\bvà\b", text[name.start:inner[0][1].start]):
                    # `Ban Cơ yếu Chính phủ`: the known name closing an unknown one is its owner
                    found.drop(inner)
                if free(name.start, name.end):
                    found.add(name)
        return _share_levels_in_runs(text, sorted(found.names(), key=lambda n: n.start))


class _Found:
    """The names found so far, in the order found, and the spans they (and the headers of
    distributive lists) claim. A whole-document scan finds thousands of names and asks for
    each candidate whether its span is free: both questions are bisections over the claimed
    spans sorted by start, looking back no further than the longest claimed span (a scan of
    every claimed span would make the scan quadratic in the document's length)."""

    def __init__(self) -> None:
        self._names: list[AgencyName | None] = []  # None: dropped
        self._by_start: list[tuple[int, int]] = []  # (start, index in _names)
        self._spans: list[tuple[int, int]] = []  # claimed (start, end), sorted
        self._longest = 0

    def claim(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))
        self._longest = max(self._longest, end - start)

    def add(self, name: AgencyName) -> None:
        bisect.insort(self._by_start, (name.start, len(self._names)))
        self._names.append(name)
        self.claim(name.start, name.end)

    def free(self, start: int, end: int) -> bool:
        """No claimed span overlaps `[start, end)`."""
        i = bisect.bisect_right(self._spans, (start - self._longest, _FAR))
        while i < len(self._spans) and self._spans[i][0] < end:
            if self._spans[i][1] > start:
                return False
            i += 1
        return True

    def inside(self, start: int, end: int) -> list[tuple[int, AgencyName]]:
        """The specific names found that start after `start` and end by `end`, in the order found."""
        lo = bisect.bisect_right(self._by_start, (start, _FAR))
        hi = bisect.bisect_right(self._by_start, (end, _FAR))
        out = []
        for _, k in self._by_start[lo:hi]:
            n = self._names[k]
            if n is not None and n.end <= end and not n.generic:
                out.append((k, n))
        return sorted(out, key=lambda kn: kn[0])

    def drop(self, names: list[tuple[int, AgencyName]]) -> None:
        """Forget these names and free every claimed span equal to one of theirs."""
        spans = {(n.start, n.end) for _, n in names}
        for k, _ in names:
            self._names[k] = None
        for span in spans:
            i = bisect.bisect_left(self._spans, span)
            j = bisect.bisect_right(self._spans, span)
            del self._spans[i:j]

    def names(self) -> list[AgencyName]:
        return [n for n in self._names if n is not None]


_FAR = 1 << 62


def _share_levels_in_runs(text: str, names: list[AgencyName]) -> list[AgencyName]:
    """Apply `_share_level` to each run of names joined by separators other than `;`. Only a
    bare name takes a level, so only the runs that hold one are looked for, from each bare name
    back and on (a whole document's names are mostly qualified, and a paragraph's all)."""
    out = list(names)
    done = 0  # (the names before it are in runs already shared)
    for k, name in enumerate(names):
        if k < done or not name.bare:
            continue
        first = k
        while first > 0 and _joined(text, names[first - 1], names[first]):
            first -= 1
        last = k
        while last + 1 < len(names) and _joined(text, names[last], names[last + 1]):
            last += 1
        out[first:last + 1] = _share_level(names[first:last + 1])
        done = last + 1
    return _share_owner(text, out)


def _joined(text: str, name: AgencyName, following: AgencyName) -> bool:
    """Whether two names in a row are one run: nothing but a separator other than `;` between."""
    gap = text[name.end:following.start]
    return ";" not in gap and _SEPARATOR.fullmatch(gap) is not None


_SEPARATOR = re.compile(r"\s*(?:,|;|\bvà\b|\bhoặc\b|\bcùng\b)?\s*(?:,|;|\bvà\b)?\s*(?:" + _POSITIONS + r"\s+)?")
_POSITION_AT = re.compile(_POSITIONS + r"\s+")
"""The position `_OPENING_POSITION` lets a list open with (`AgencyIndex.may_lead`)."""
_OPENING_POSITION = re.compile(r"\s*(?:" + _POSITIONS + r"\s+)?(?:" + _DISTRIBUTIVE.pattern + ")?")
_SHARED_LEVEL = re.compile(r"\s(?P<q>các cấp|(?<!các )(?:tỉnh|huyện|xã|thành phố))$")


def leading_names(names: list[AgencyName], text: str, start: int, end: int | None = None) -> list[AgencyName]:
    """The list of names that opens `text[start:]`: names joined by nothing but separators
    (`,` `;` `và` `hoặc`). `Sở X hướng dẫn UBND các huyện …` → only Sở X."""
    end = len(text) if end is None else end
    out: list[AgencyName] = []
    pos = start
    for name in names:
        if name.start < pos:
            continue
        gap = text[pos:name.start]
        if name.start > end or not (_OPENING_POSITION if not out else _SEPARATOR).fullmatch(gap):
            break
        out.append(name)
        pos = name.end
    return out


_OWNER_END = re.compile(r"\s(?P<owner>Tỉnh ủy|Thành ủy|Huyện ủy)$")


def _share_owner(text: str, names: list[AgencyName]) -> list[AgencyName]:
    """`các Ban Xây dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy`: the party committee written once
    after the second name owns the collective of boards before it too."""
    out = list(names)
    for i, (n, nxt) in enumerate(zip(names, names[1:])):
        if not (n.generic and n.canonical.casefold().startswith("các ban")):
            continue
        owner = _OWNER_END.search(nxt.canonical)
        if not _OWNER_END.search(n.canonical) and owner and re.fullmatch(r"\s+và\s+", text[n.end:nxt.start]):
            out[i] = AgencyName(n.start, n.end, n.text, f"{n.canonical} {owner.group('owner')}", n.generic, n.level,
                                n.type, n.abbreviation, n.place, n.rule, n.bare)
    return out


def _share_level(names: list[AgencyName]) -> list[AgencyName]:
    """A level written once after the last name of a list applies to the bare names before
    it (`Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội huyện`)."""
    if len(names) < 2:
        return names
    shared = _SHARED_LEVEL.search(names[-1].text)
    if not shared:
        return names
    q = shared.group("q")
    return [AgencyName(n.start, n.end, n.text, f"{n.canonical} {q}", n.generic, _level_of(q, None), n.type,
                       n.abbreviation, n.place, n.rule) if n.bare else n for n in names]
