"""Vietnamese typed in the pre-Unicode fonts, turned back into Unicode.

Until the late 2000s most state documents were typed in TCVN3 (ABC, `.VnTime`) or VNI fonts:
the file stores Latin-1 letters that the font draws as Vietnamese, so any extractor reads
`Ph¸t triÓn` (TCVN3) or `Phaùt trieån` (VNI). The encoding is decided from the text itself,
never from font names (a Unicode `.doc` may still declare `.VnTime`), and a text that is
already Unicode is never touched.

The conversion tables and the content detector are viparse's (`viparse.fix`,
`viparse.detect_text_encoding`): on the three real legacy files of the formats corpus they
give diacritic accuracy 1.000 on TCVN3 and VNI (`python -m benchmarks.legacy_encodings`),
so kehoach builds on them instead of keeping a second copy of the tables. What this module
adds is the gate (a cheap check that skips every Unicode document), the Windows-1258 case
viparse does not cover, and the name recorded in `source.encoding_repaired`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Characters Vietnamese shows as when a TCVN3 or VNI font's text is read as Unicode; genuine
# Unicode Vietnamese uses precomposed letters (U+1EA0-U+1EF9, ăâđêôơư) instead.
_LEGACY_MARKS = re.compile(r"[¸µ¶·¹¨©ª«®¬ÒÓÔÕÖ×ØÙÚÛÜÝÞßðñòóôõöøùúûüýþ­¡¢£¤¥¦§°±²³´½¾¿ÆÇ]")
_VIETNAMESE = re.compile(r"[\u1ea0-\u1ef9ăâđêôơưĂÂĐÊÔƠƯ]")
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
    return Repair(unicodedata.normalize("NFC", viparse.fix(text, encoding=encoding)), encoding)


def repair_as(text: str, encoding: str) -> str:
    """`text` converted from a legacy encoding already decided (a PDF's pages share one)."""
    import viparse

    return unicodedata.normalize("NFC", viparse.fix(text, encoding=encoding))


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
