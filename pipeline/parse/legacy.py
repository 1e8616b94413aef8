"""Vietnamese typed in the pre-Unicode fonts, turned back into Unicode.

Until the late 2000s most state documents were typed in TCVN3 (ABC, `.VnTime`) or VNI fonts:
the file stores Latin-1 letters that the font draws as Vietnamese, so any extractor reads
`Ph¸t triÓn` (TCVN3) or `Phaùt trieån` (VNI). The encoding is decided from the text itself,
never from font names (a Unicode `.doc` may still declare `.VnTime`), and a text that is
already Unicode is never touched.

The conversion tables and the content detector are viparse's (its charmaps and
`viparse.detect_text_encoding`): on the three real legacy files of the formats corpus they
give diacritic accuracy 1.000 on TCVN3 and VNI (`python -m benchmarks.legacy_encodings`),
so kehoach builds on them instead of keeping a second copy of the tables. The round trips of
the same benchmark found one gap (VNI `ẳ`/`Ẳ`, absent from viparse's table); such letters
are kept as data in `pipeline/data/legacy_supplement.yaml`. What this module also adds is the gate (a cheap check that skips every Unicode document), the Windows-1258 case
viparse does not cover, and the name recorded in `source.encoding_repaired`.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field

from pipeline.lexicon import read_yaml

# Characters Vietnamese shows as when a TCVN3 or VNI font's text is read as Unicode; genuine
# Unicode Vietnamese uses precomposed letters (U+1EA0-U+1EF9, ăâđêôơư) instead.
# TCVN3 puts its letters in ¡-¿ and a few capitals' slots; VNI writes the tone after the
# vowel with letters Vietnamese never uses (`ø ï û ä ö ñ å ë`). Letters both Unicode
# Vietnamese and VNI use (`á à ù ò õ`) are left out: they are no evidence either way.
_LEGACY_MARKS = re.compile(r"[¸µ¶·¹¨©ª«®¬×ÞßðñöøûüþæçîïäåëØÏÛÄÖÑÅËÎÜÆÇ­¡¢£¤¥¦§°±²³´½¾¿ÒÓÔÕÙÚÛÝ]")
_VIETNAMESE = re.compile(r"[\u1ea0-\u1ef9ăđơưĂĐƠƯ]")
"""Letters only Unicode Vietnamese writes (`â ê ô` are left out: VNI writes them too)."""
_SAMPLE = 200_000
_REPAIRABLE = {"tcvn3", "vni", "viscii"}


@dataclass(frozen=True)
class Repair:
    text: str
    encoding: str | None
    """`tcvn3`, `vni`, `viscii` or `cp1258` when the text was converted; None when it was Unicode."""


def looks_legacy(text: str) -> bool:
    """Whether legacy-font letters outnumber real Vietnamese ones (cheap, no conversion)."""
    sample = text[:_SAMPLE]
    legacy = len(_LEGACY_MARKS.findall(sample))
    return legacy > 20 and legacy > 3 * len(_VIETNAMESE.findall(sample))


def repair(text: str) -> Repair:
    """The text in Unicode, and the legacy encoding it was in (None if it was Unicode)."""
    if not looks_legacy(text):
        return Repair(text, None)
    import viparse

    encoding = viparse.detect_text_encoding(text[:_SAMPLE])
    if encoding not in _REPAIRABLE:
        return Repair(text, None)
    return Repair(repair_as(text, encoding), encoding)


def repair_as(text: str, encoding: str) -> str:
    """`text` converted from a legacy encoding already decided (a PDF's pages share one).

    The charmap conversion alone, without `viparse.fix`'s white-space clean-up: lines and
    blank lines stay where the document had them, for the normaliser to handle with its
    offset map like any other text."""
    from viparse.normalize.encodings import get_charmap
    from viparse.normalize.tables import convert

    charmap = get_charmap(encoding)
    if charmap is None:
        raise ValueError(f"no conversion table for {encoding!r}")
    for entry in supplement():
        if entry.encoding == encoding:
            text = text.replace(entry.legacy, entry.unicode)
    converted = convert(text, charmap, "NFC")
    return restore_capitals(converted) if encoding == "tcvn3" else converted


_ASCII_LOWER = re.compile(r"[a-z]")
def restore_capitals(text: str) -> str:
    """TCVN3 has no accented capitals: a heading typed in capitals comes out `KếT LUậN`,
    its unaccented letters capital and its accented ones small. A line whose every ASCII
    letter is a capital, and that holds a word like `HOạCH`, was a capitals line and is
    again. A sentence that opened on an accented capital (`Ủy ban`, `Ít nhất`) stays small:
    nothing in the text says it was a capital."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not _ASCII_LOWER.search(line) and any(_capitals_word(w) for w in line.split()):
            lines[i] = line.upper()
        elif any(_capitals_word(w) for w in line.split()):
            # a capitals heading run on into a sentence (`PHầN THứ NHấT: Kế hoạch …`): each
            # word typed in capitals is one again
            lines[i] = re.sub(r"\S+", lambda m: m.group(0).upper() if _capitals_word(m.group(0))
                              and not _ASCII_LOWER.search(m.group(0)) else m.group(0), line)
    return "\n".join(lines)


def _capitals_word(word: str) -> bool:
    """Two ASCII capitals and a small accented letter (`HOạCH`): typed in capitals. `Số`
    (one capital) is not evidence: `Số: 18/KH-UBND` is no capitals line."""
    return sum(c.isascii() and c.isupper() for c in word) >= 2 and any(not c.isascii() and c.islower() for c in word)


class SupplementEntry(BaseModel):
    """A letter a viparse table lacks (`pipeline/data/legacy_supplement.yaml`)."""

    model_config = ConfigDict(extra="forbid")

    encoding: str
    legacy: str = Field(min_length=1)
    unicode: str = Field(min_length=1)
    example: tuple[str, str]


@cache
def supplement() -> tuple[SupplementEntry, ...]:
    raw = resources.files("pipeline.data").joinpath("legacy_supplement.yaml").read_text(encoding="utf-8")
    return tuple(SupplementEntry.model_validate(item) for item in read_yaml(raw))


def _latin1_gaps(exc: UnicodeError) -> tuple[str, int]:
    """Windows-1252 leaves five bytes undefined (81 8D 8F 90 9D); legacy fonts use them as
    letters, so they are kept as the Latin-1 characters with those codes."""
    assert isinstance(exc, UnicodeDecodeError)
    return "".join(chr(b) for b in exc.object[exc.start:exc.end]), exc.end


codecs.register_error("latin1_gaps", _latin1_gaps)


_CP1258_TONES = re.compile(rb"[\xcc\xd2\xde\xec\xf2]")
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")


def decode_cp1258(data: bytes) -> str | None:
    """Windows-1258 text, if the bytes read as Vietnamese in it; None otherwise.

    Windows-1258 writes tones as separate combining marks (bytes CC D2 DE EC F2), so a real
    Windows-1258 document has them; bytes that also hold UTF-8 sequences are a file mixing
    two encodings, which no decoding reads right, and are left to be refused."""
    if not _CP1258_TONES.search(data) or _UTF8_SEQUENCE.search(data):
        return None
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return None
    sample = text[:_SAMPLE]
    letters = sum(1 for c in sample if c.isalpha())
    return text if letters >= 20 and len(_VIETNAMESE.findall(sample)) > 0.1 * letters else None


# --- per text run ---------------------------------------------------------------------------
# An office file says which font each run of text is typed in, and the font is what decides
# how its bytes were drawn: `.VnTime` text is TCVN3, `VNI-Times` text VNI, `Times New Roman`
# text Unicode. Documents mix them (a Unicode template filled in with TCVN3 paragraphs, a
# TCVN3 letter quoting a VNI table), so the decision is made for each run, not the document.

_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")
_CP1252_EXTRA = frozenset(bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore"))
_LEGACY_LETTERS = re.compile(r"[^\x00-\x7f]")


def font_encoding(font: str | None) -> str | None:
    """`tcvn3` for a TCVN3 font (`.VnTime`, `.VnArialH`, …), `vni` for a VNI one
    (`VNI-Times`, `VNI-Helve`), `unicode` for any other named font, None when no font is known."""
    if not font:
        return None
    name = _SUBSET_TAG.sub("", font.strip()).upper()
    if name.startswith(".VN") or "TCVN" in name:  # `.VnTime`, `VNSTCVN3`
        return "tcvn3"
    if "VNI" in name:  # `VNI-Times`, `VNSVNI2`
        return "vni"
    return "unicode"


_VIETNAMESE_LATIN1 = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _oddities(text: str) -> int:
    """What a conversion through the wrong table leaves: legacy characters no Vietnamese
    letter is (`§VT` read as VNI keeps its `§`), and syllables with two tones (VNI's
    `ñoàng` read as TCVN3 gives `ủoàng`: VNI writes the tone as a letter of its own)."""
    residue = sum(1 for c in text if "\x80" <= c <= "\xff" and c not in _VIETNAMESE_LATIN1)
    toned = sum(1 for word in text.split()
                if sum(1 for c in unicodedata.normalize("NFD", word) if c in _TONES) > 1)
    return residue + toned


def _edited_in_unicode(text: str, encoding: str) -> bool:
    return _oddities(text) >= 2 and _oddities(repair_as(text, encoding)) == 0


_RESIDUE = re.compile(r"[\x80-\xff]")


def _legacy_under_unicode_font(text: str) -> str | None:
    """None (Unicode, as the font says), unless the text is plainly legacy bytes: words
    where a legacy letter sits among ASCII ones (`L©m tr­êng`: a cell's font changed to Arial
    without converting its TCVN3 text) that one table turns into clean Vietnamese. A
    stray `§ 2` or `25°C` is not enough."""
    words = sum(1 for w in text.split() if re.search(r"[A-Za-z]", w)
                and any(c not in _VIETNAMESE_LATIN1 for c in _RESIDUE.findall(w)))
    if words < 2:
        return None
    own = _oddities(text)
    best = min(("tcvn3", "vni"), key=lambda e: _oddities(repair_as(text, e)))
    return best if 4 * _oddities(repair_as(text, best)) <= own and own >= 2 else None


def _font_or_its_rival(text: str, encoding: str) -> str:
    """The font's encoding, unless the text reads far better in the other table: documents
    were pasted between TCVN3 and VNI fonts, keeping their bytes (`§VT: 1000 ®ång` in
    `VNI-Times` is TCVN3 text), and the font then lies about them."""
    rival = "vni" if encoding == "tcvn3" else "tcvn3"
    as_font, as_rival = repair_as(text, encoding), repair_as(text, rival)
    own = _oddities(as_font)
    if own >= 2 and 2 * _oddities(as_rival) < own:
        return rival
    # VNI read as TCVN3 leaves no odd character (`Maùy` → `Maựy`), only letters Vietnamese
    # does not string together: the letter model of viparse tells them apart on a longer run
    if len(text) >= 12 and _oddities(as_rival) <= own:
        from viparse.normalize.frequency import vietnamese_score

        if vietnamese_score(as_rival) > vietnamese_score(as_font) + 0.3:
            return rival
    return encoding


def _unicode_only(text: str) -> bool:
    """A character no 8-bit legacy font can hold (`ệ`, `ư`, `“` is one a font can): the run
    was typed in Unicode whatever its font says (a Unicode `.doc` may still use `.VnTime`)."""
    return any(ord(c) > 0xFF and c not in _CP1252_EXTRA for c in text)


@dataclass(frozen=True)
class Run:
    """A piece of text and the font it is typed in (None when the file does not say)."""

    text: str
    font: str | None = None


def convert_runs(runs: list[Run]) -> Repair:
    """The runs' text joined, each run converted by its own encoding: its font's, unless
    its characters are Unicode-only; a run with no font (or a Unicode font's run in a file
    with no legacy font at all) by what its own bytes look like, judged together with the
    other font-less runs when it is too short to judge alone. `encoding` names the legacy
    encoding that converted the most text (None when nothing was converted)."""
    # A legacy font used throughout for Unicode text (`Công` typed with a Unicode keyboard
    # in `.VnTime`): judged per font over the whole file, since `ô` alone proves nothing.
    # The other way round, a Unicode font throughout over legacy bytes (a sheet's cells set
    # to Arial without converting their TCVN3 text): judged per font too, by the usual gate.
    per_font: dict[str, list[str]] = {}
    for run in runs:
        if run.font:
            per_font.setdefault(run.font, []).append(run.text)
    unicode_fonts: set[str] = set()
    legacy_fonts: dict[str, str] = {}
    for font, texts in per_font.items():
        joined = " ".join(texts)
        if font_encoding(font) != "unicode":
            if len(_VIETNAMESE.findall(joined)) > len(_LEGACY_MARKS.findall(joined)):
                unicode_fonts.add(font)
        elif looks_legacy(joined) and (found := _legacy_under_unicode_font(joined)):
            legacy_fonts[font] = found
    fontless = "".join(r.text for r in runs if font_encoding(r.font) is None)
    fallback = repair(fontless).encoding if looks_legacy(fontless) else None
    if fallback not in _REPAIRABLE:
        fallback = None

    decided: list[str | None] = []
    for run in runs:
        if not _LEGACY_LETTERS.search(run.text):
            decided.append("")  # ASCII reads the same in every encoding: joins its neighbours
            continue
        encoding = font_encoding(run.font)
        if _unicode_only(run.text) and encoding in ("tcvn3", "vni") and _edited_in_unicode(run.text, encoding):
            # a legacy cell retouched with a Unicode keyboard (`M¸y mãc thiết bÞ`): the
            # table converts its legacy letters and leaves the Unicode ones as they are
            decided.append(encoding)
        elif _unicode_only(run.text) or run.font in unicode_fonts:
            decided.append(None)
        elif encoding == "unicode":
            found = legacy_fonts.get(run.font or "")
            decided.append(_font_or_its_rival(run.text, found) if found else _legacy_under_unicode_font(run.text))
        elif encoding in ("tcvn3", "vni"):
            decided.append(_font_or_its_rival(run.text, encoding))
        elif looks_legacy(run.text):
            found = repair(run.text).encoding
            decided.append(found if found in _REPAIRABLE else None)
        else:
            decided.append(fallback or _legacy_under_unicode_font(run.text))
    # In a file that is legacy throughout, a short Unicode-font cell with a legacy letter
    # (`M¸y mãc`, one word too few to judge alone) is read like its neighbours when their
    # table makes clean Vietnamese of it.
    legacy_chars = sum(len(r.text) for r, e in zip(runs, decided, strict=True) if e)
    unicode_chars = sum(len(r.text) for r in runs if _unicode_only(r.text))
    if legacy_chars > 4 * unicode_chars:
        dominant = max(("tcvn3", "vni"), key=lambda e: sum(len(r.text) for r, d in zip(runs, decided, strict=True)
                                                           if d == e))
        for i, run in enumerate(runs):
            if (decided[i] is None and font_encoding(run.font) == "unicode" and run.font not in unicode_fonts
                    and not _unicode_only(run.text) and _oddities(run.text) > 0
                    and _oddities(repair_as(run.text, dominant)) == 0):
                decided[i] = dominant
    # neighbouring runs of one encoding are converted together: VNI writes a tone as a second
    # character, which a change of formatting in mid-word puts in the next run
    out: list[str] = []
    converted: dict[str, int] = {}
    group: list[str] = []
    current: str | None = None
    for run, encoding in zip(runs, decided, strict=True):
        if encoding != "" and encoding != current:
            out.append(_convert_group("".join(group), current))
            group, current = [], encoding
        group.append(run.text)
        if encoding:
            converted[encoding] = converted.get(encoding, 0) + len(run.text)
    out.append(_convert_group("".join(group), current))
    return Repair("".join(out), max(converted, key=converted.__getitem__) if converted else None)


def _convert_group(text: str, encoding: str | None) -> str:
    if not encoding or not text:
        return text
    return repair_as(text, encoding)
