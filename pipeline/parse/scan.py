"""Whole-text patterns tried only where the words they open with stand.

`re` skips ahead to a pattern's first character only when that character is fixed; a pattern
that opens with a lookbehind, a case-insensitive alternation or a line anchor is tried at
every character of the text. When every match is known to open with one of a few strings,
finding those with `str.find` and trying the pattern there gives the same matches for a
fraction of the work. (Also the offsets of a text's lines, which the line-by-line readers share.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate


def line_starts(lines: list[str]) -> list[int]:
    """The offset of each of `lines` (a text split at line breaks) in the text, and the text's
    length plus one (summed without a Python step per line)."""
    return list(accumulate(map((1).__add__, map(len, lines)), initial=0))


def head_positions(haystack: str, heads: Iterable[str]) -> list[int]:
    """Every offset at which one of `heads` stands in `haystack`, in order (overlaps included)."""
    found: set[int] = set()
    for head in heads:
        i = haystack.find(head)
        while i >= 0:
            found.add(i)
            i = haystack.find(head, i + 1)
    return sorted(found)


def by_first_character(words: Iterable[str], opening: Callable[[str], str] = re.escape) -> str:
    """The alternation of the plain `words` (in this order of preference), the words that share
    a first character written after it once, `opening(c)` for it: `chủ trì|công việc|thời gian`
    is `c(?:hủ\\ trì|ông\\ việc)|t(?:hời\\ gian)`. The same matches, as only the words that open
    with a character can match where it stands; but `re` skips ahead to a first character and
    tries only the words that begin with it, instead of every word at every character."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{opening(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int],
               endpos: int | None = None) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` yields (`finditer(text, starts[0], endpos)` with `endpos`),
    for a pattern every match of which starts at one of `starts` (sorted): the next match is
    the first start at or after the previous match's end where the pattern matches
    (`pattern.match` at an offset sees the text before it, so lookbehinds and line anchors
    read as they do in `finditer`)."""
    end = 0
    endpos = len(text) if endpos is None else endpos
    for pos in starts:
        if pos < end:
            continue
        m = pattern.match(text, pos, endpos)
        if m:
            yield m
            end = max(m.end(), pos + 1)
