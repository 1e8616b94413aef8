"""Write Unicode Vietnamese text in the bytes of a legacy font encoding (TCVN3, VNI).

    python -m benchmarks.make_legacy corpus/000_07faa9962d629d68.txt --encoding vni -o /tmp/000-vni.txt

The inverse of the repair kehoach does on reading, from the same tables (viparse's charmaps
and pipeline/data/legacy_supplement.yaml):
each Unicode letter becomes the Latin-1 characters the legacy font draws as that letter,
saved through Windows-1252 as the web and Word did. TCVN3 has no accented capitals (headings
were drawn with the `.VnTimeH` font from lower-case codes), so those come out in lower case.
"""

from __future__ import annotations

import argparse
import unicodedata
from functools import cache
from pathlib import Path


@cache
def _inverse(encoding: str) -> dict[str, str]:
    from viparse.normalize.encodings import get_charmap

    charmap = get_charmap(encoding)
    if charmap is None:
        raise ValueError(f"unknown encoding {encoding!r}")
    from pipeline.parse.legacy import supplement

    inverse: dict[str, str] = {}
    pairs = [*charmap.pairs, *((e.legacy, e.unicode) for e in supplement() if e.encoding == encoding)]
    for legacy, unicode in pairs:
        inverse.setdefault(unicodedata.normalize("NFC", unicode), legacy)
    return inverse


def encode(text: str, encoding: str) -> bytes:
    """`text` as the bytes a legacy-font document would hold."""
    inverse = _inverse(encoding)
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in inverse:
            out.append(inverse[ch])
        elif ch.lower() in inverse and ch.lower() != ch:
            out.append(inverse[ch.lower()])  # TCVN3: no accented capitals
        else:
            out.append(ch)
    return b"".join(_byte(c) for c in "".join(out))


def _byte(ch: str) -> bytes:
    """Windows-1252 where it has the character, else its Latin-1 code (the five bytes 1252
    leaves undefined, which legacy fonts use as letters)."""
    try:
        return ch.encode("cp1252")
    except UnicodeEncodeError:
        return ch.encode("latin-1", errors="replace")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path)
    parser.add_argument("--encoding", choices=("tcvn3", "vni"), required=True)
    parser.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.write_bytes(encode(args.source.read_text(encoding="utf-8"), args.encoding))


if __name__ == "__main__":
    main()
