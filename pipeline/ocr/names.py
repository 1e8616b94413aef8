"""An issuing body's name as OCR read it, matched to the lexicon's spelling.

OCR of a letterhead keeps the letters and loses what sits on them: `TỈNH PHÚ THỌ` comes out
`tinh phu thọ`, `ĐIỀU TRA` as `ĐIÊU TRA`, and a stamp's or a handwritten number's digits run
into the name (`7727 chính phủ`). Names are compared with their diacritics, case and
punctuation stripped (rapidfuzz ratio), against every body the lexicons know: the agencies,
the issuers of cited documents, and `UBND <tỉnh|thành phố> <province>` / `<department> <tỉnh>
<province>` built from the provinces list. A close match gives the lexicon's spelling with its
diacritics and a confidence; a name that matches nothing closely is None, never a guess.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from pipeline import lexicon

CUTOFF = 90
"""rapidfuzz ratio (0-100) on stripped forms. `cuc canh sat dieu tra tooi pham ve ma tuy` scores
98 against its name; two different provinces' UBND (`ubnd tinh ha nam` / `ubnd tinh nam dinh`)
score under 80, two one-letter-apart provinces (`ha nam` / `ha nam` with `nam dinh`) are told apart
by the rest of the name. Below 90, a wrong body outscores the right one too often."""


@dataclass(frozen=True)
class Restored:
    name: str
    """The canonical agency name (`UBND tỉnh Phú Thọ`, `Cục Cảnh sát …, Bộ Công an`)."""
    confidence: float
    """The ratio of the match, 0-1 (the weaker of the two for a two-line letterhead)."""
    level: str | None = None
    """`national` for a national body or one under a ministry; else None (read from `level_word`)."""
    level_word: str | None = None
    """`tỉnh` / `thành phố` when the name ends in a province: `UBND tỉnh Phú Thọ`."""
    place: str | None = None
    """The province of such a name, as the provinces lexicon spells it."""
    dropped: tuple[str, ...] = ()
    """Tokens left out as stamp or signature debris."""


def strip(text: str) -> str:
    """Lower case, no diacritics, `đ` as `d`, punctuation as spaces: the form OCR cannot spoil
    further (`Ủy ban nhân dân tinh phu thọ` = `ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ`)."""
    text = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+|_", " ", text).split())


def _debris(token: str) -> bool:
    """Stamp and signature debris, never part of a body's name:
    - a token with a digit: a stamp's or a handwritten number's digits (`7727`, `B22`); no
      issuing body's letterhead name holds a digit (`Đội kiểm tra liên ngành 178` signs no plans);
    - a token with no letter (`—`, `|`, `*`): rules, the Party letterhead's star, stamp rims;
    - a lone letter other than `Y` (of `Bộ Y tế`): a stroke of a signature read as a letter."""
    if any(c.isdigit() for c in token) or not any(c.isalpha() for c in token):
        return True
    letters = [c for c in token if c.isalpha()]
    return len(letters) == 1 and strip(token) != "y"


@dataclass(frozen=True)
class _Known:
    name: str
    level: str | None
    level_word: str | None = None
    place: str | None = None
    department: bool = False
    """A provincial department or a qualified body (`Sở Nội vụ`, `Công an`) that takes `tỉnh X`."""


@cache
def _known() -> dict[str, _Known]:
    """Every body by its stripped name (built once)."""
    out: dict[str, _Known] = {}
    provinces = lexicon.load("provinces")
    for entry in lexicon.load("issuers"):
        for v in [entry.canonical, *entry.variants]:
            out.setdefault(strip(v), _Known(entry.canonical, "national"))
    for entry in lexicon.load("agencies"):
        if entry.generic:  # type: ignore[attr-defined]
            continue
        level = entry.level  # type: ignore[attr-defined]
        takes_place = entry.qualified or (level == "province" and entry.type == "department")  # type: ignore[attr-defined]
        for v in [entry.canonical, *entry.variants]:
            out.setdefault(strip(v), _Known(entry.canonical, level, department=takes_place))
        if takes_place:
            for p in provinces:
                kind = p.kind  # type: ignore[attr-defined]
                name = f"{entry.canonical} {kind} {p.canonical}"
                out.setdefault(strip(name), _Known(name, None, kind, p.canonical))
    for p in provinces:
        kind = p.kind  # type: ignore[attr-defined]
        for v in p.variants:
            k = _Known(f"UBND {kind} {p.canonical}", None, kind, p.canonical)
            out.setdefault(strip(f"UBND {kind} {v}"), k)
            out.setdefault(strip(f"Ủy ban nhân dân {kind} {v}"), k)
    return out


def _match(words: list[str]) -> tuple[_Known, float] | None:
    from rapidfuzz import fuzz, process

    if not words:
        return None
    known = _known()
    found = process.extractOne(strip(" ".join(words)), list(known), scorer=fuzz.ratio, score_cutoff=CUTOFF)
    return (known[found[0]], found[1] / 100) if found else None


def restore_issuer(raw: str) -> Restored | None:
    """The body a letterhead names, in the lexicon's spelling. A letterhead of two bodies (the
    governing body over the issuing one: `BỘ CÔNG AN` / `CỤC CẢNH SÁT …`, `UBND TỈNH BÌNH THUẬN` /
    `SỞ NỘI VỤ`) is split where both halves are known bodies, and named as kehoach names it
    elsewhere: `<body>, <ministry>` under a national body, `<department> tỉnh <province>` under a
    UBND, `Văn phòng Trung ương Đảng` for `BAN CHẤP HÀNH TRUNG ƯƠNG` / `VĂN PHÒNG`."""
    tokens = [t.strip(".,;:'\"()[]") for t in raw.split()]
    dropped = tuple(t for t in tokens if t and _debris(t))
    words = [t for t in tokens if t and not _debris(t)]
    whole = _match(words)
    if whole:
        k, score = whole
        return Restored(k.name, round(score, 3), k.level, k.level_word, k.place, dropped)
    best: Restored | None = None
    for i in range(1, len(words)):
        governing = _match(words[:i])
        if governing is None:
            continue
        g, g_score = governing
        body = _match(words[i:])
        if body is None and strip(g.name) == "ban chap hanh trung uong":
            body = _match([*words[i:], "Trung ương Đảng"])  # the Party's bodies: `VĂN PHÒNG` of the CC
            if body:
                b, b_score = body
                cand = Restored(b.name, round(min(g_score, b_score), 3), "national", dropped=dropped)
                best = cand if best is None or cand.confidence > best.confidence else best
            continue
        if body is None:
            continue
        b, b_score = body
        score = round(min(g_score, b_score), 3)
        if g.level_word and b.department and b.place is None:  # UBND TỈNH X / SỞ NỘI VỤ
            cand = Restored(f"{b.name} {g.level_word} {g.place}", score, None, g.level_word, g.place, dropped)
        elif g.level == "national":  # BỘ CÔNG AN / CỤC …, or / CÔNG AN TỈNH LÂM ĐỒNG
            cand = Restored(f"{b.name}, {g.name}", score, "national" if b.place is None else None,
                            b.level_word, b.place, dropped)
        else:
            continue
        if best is None or cand.confidence > best.confidence:
            best = cand
    return best


def restore_place(raw: str) -> tuple[str, float] | None:
    """The province or city a date line names (`Lâm Đông` → `Lâm Đồng`, `Thành phố Hồ Chí Minh`
    → `Hồ Chí Minh`), with the match's ratio; None when it names none closely (a district town
    keeps its own spelling from the caller)."""
    from rapidfuzz import fuzz, process

    words = [t for t in raw.split() if not _debris(t)]
    folded = re.sub(r"^(?:thanh pho|tp|tinh)\s+", "", strip(" ".join(words)))
    if not folded:
        return None
    names = {strip(v): p.canonical for p in lexicon.load("provinces") for v in [p.canonical, *p.variants]}
    found = process.extractOne(folded, list(names), scorer=fuzz.ratio, score_cutoff=CUTOFF)
    return (names[found[0]], round(found[1] / 100, 3)) if found else None
