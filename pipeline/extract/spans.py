"""Spans already claimed by a rule, so that a riskier rule does not read the same words again;
and whole-text patterns tried only where the words they open with stand."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator


class Taken:
    """Claimed spans, kept sorted and disjoint, so that asking whether a new match overlaps one
    costs a bisection and two comparisons instead of one comparison per span claimed so far (a
    line repeating `Quý I/` made that quadratic). `probes` counts the comparisons made, so that a
    test can check the work grows with the text and not with its square."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.probes = 0

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        for j in (i - 1, i):  # only the span starting at or before `start`, and the next, can overlap
            self.probes += 1
            if 0 <= j < len(self.starts) and self.starts[j] < max(end, start + 1) and start < self.ends[j]:
                return True
        return False

    def claim(self, start: int, end: int) -> bool:
        """Claim a span unless it overlaps one already claimed; says whether it was claimed."""
        if self.overlaps(start, end):
            return False
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        return True


def head_positions(haystack: str, heads: Iterable[str]) -> list[int]:
    """Every offset at which one of `heads` stands in `haystack`, in order (overlaps included)."""
    found: set[int] = set()
    for head in heads:
        i = haystack.find(head)
        while i >= 0:
            found.add(i)
            i = haystack.find(head, i + 1)
    return sorted(found)


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` yields, for a pattern every match of which starts at one of
    `starts` (sorted): the next match is the first start at or after the previous match's end
    where the pattern matches. A pattern that opens with a lookbehind or a case-insensitive
    alternation keeps `re` from skipping ahead to its first character, and is otherwise tried
    at every character of the text."""
    end = 0
    for pos in starts:
        if pos < end:
            continue
        m = pattern.match(text, pos)
        if m:
            yield m
            end = max(m.end(), pos + 1)
