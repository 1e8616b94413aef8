"""Spans already claimed by a rule, so that a riskier rule does not read the same words again."""

from __future__ import annotations

import bisect


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
