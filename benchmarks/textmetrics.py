"""Accuracy of a text against its transcript: characters, diacritics, syllables.

Shared by the legacy-encoding and OCR benchmarks. White space is collapsed on both sides
first (layout is not what is measured), then the two are aligned by edit distance
(rapidfuzz); a transcript character or syllable counts as right when the alignment keeps it
unchanged.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein


@dataclass(frozen=True)
class Accuracy:
    cer: float
    """Character error rate: edit distance over the transcript's length."""
    diacritics: float
    """Of the transcript's characters that carry a diacritic (and đ), the share kept exactly."""
    syllables: float
    """Of the transcript's syllables, the share kept exactly."""


def _squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _has_diacritic(ch: str) -> bool:
    return ch in "đĐ" or any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", ch))


def _kept(got: list | str, want: list | str) -> list[bool]:
    """For each element of `want`, whether the alignment keeps it unchanged."""
    kept = [False] * len(want)
    for op in Levenshtein.opcodes(got, want):
        if op.tag == "equal":
            for j in range(op.dest_start, op.dest_end):
                kept[j] = True
    return kept


def accuracy(got: str, want: str) -> Accuracy:
    got, want = _squash(got), _squash(want)
    cer = Levenshtein.distance(got, want) / max(1, len(want))
    kept = _kept(got, want)
    marked = [i for i, ch in enumerate(want) if _has_diacritic(ch)]
    diacritics = sum(kept[i] for i in marked) / max(1, len(marked))
    words_kept = _kept(got.split(" "), want.split(" "))
    syllables = sum(words_kept) / max(1, len(words_kept))
    return Accuracy(cer, diacritics, syllables)
