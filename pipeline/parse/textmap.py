"""Text that remembers where every character came from.

Normalisation deletes markdown, joins wrapped lines and fixes tone marks; analysts still
need to find each extracted number in the file they downloaded. `MappedText` carries, for
every character, the `[start, end)` range of source characters it was made from, and each
edit composes those ranges, so any span of the final text maps back to the source exactly.
"""

from __future__ import annotations

import bisect
import re
from operator import itemgetter
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from pipeline.parse.scan import matches_at

_OFFSET = "i"
"""The map's item: a 4-byte C int (a text past two billion characters is far over any limit per
document), so a long document's two maps are half the memory each edit copies."""
assert array(_OFFSET).itemsize == 4

Edit = tuple[int, int, str]
"""Replace `text[start:end]` by the string."""
_SPAN = itemgetter(0, 1)
"""An edit's `(start, end)`: the sort key of `MappedText.edit` (stable, so two insertions at one
offset keep their order)."""


@dataclass(frozen=True)
class MappedText:
    """A text and, per character, the `[start, end)` source range it was made from. The two
    arrays may be shared between a text and the texts edited from it: never mutated."""

    text: str
    starts: array = field(repr=False)
    ends: array = field(repr=False)

    @classmethod
    def identity(cls, text: str) -> MappedText:
        """Every character its own source. (The ranges are filled by numpy: an array built from
        `range` converts each integer through Python, the slowest step of normalising.)"""
        if len(text) >= 2**31 - 1:
            raise ValueError(f"a text of {len(text):,} characters is past what a 4-byte offset map can hold")
        starts, ends = array(_OFFSET), array(_OFFSET)
        starts.frombytes(np.arange(len(text), dtype=np.int32).tobytes())
        ends.frombytes(np.arange(1, len(text) + 1, dtype=np.int32).tobytes())
        return cls(text, starts, ends)

    def edit(self, edits: Iterable[Edit]) -> MappedText:
        """Apply non-overlapping edits; a same-length replacement keeps a per-character map,
        any other one maps each new character to the whole replaced source range."""
        ordered = sorted(edits, key=_SPAN)
        if all(len(new) == end - start for start, end, new in ordered):
            return self._same_length(ordered)
        # the new map is allocated once at its final length and filled by copies between views
        # (an array grown piece by piece reallocates every few per cent, and a long document's
        # map was copied over again many times per edit step)
        size = len(self.text) + sum(len(new) - (end - start) for start, end, new in ordered)
        starts, ends = array(_OFFSET, [0]) * size, array(_OFFSET, [0]) * size
        pieces: list[str] = []
        pos = out = 0
        with memoryview(self.starts) as old_starts, memoryview(self.ends) as old_ends, \
                memoryview(starts) as new_starts, memoryview(ends) as new_ends:
            for start, end, new in ordered:
                if start < pos:
                    raise ValueError(f"overlapping edit at {start}")
                pieces.append(self.text[pos:start])
                keep_to = end if len(new) == end - start else start  # a same-length edit keeps its map
                new_starts[out:out + keep_to - pos] = old_starts[pos:keep_to]
                new_ends[out:out + keep_to - pos] = old_ends[pos:keep_to]
                out += keep_to - pos
                if new and keep_to == start:
                    src_start, src_end = self._source_range(start, end)
                    new_starts[out:out + len(new)] = array(_OFFSET, [src_start]) * len(new)
                    new_ends[out:out + len(new)] = array(_OFFSET, [src_end]) * len(new)
                    out += len(new)
                pieces.append(new)
                pos = end
            pieces.append(self.text[pos:])
            new_starts[out:] = old_starts[pos:]
            new_ends[out:] = old_ends[pos:]
        return MappedText("".join(pieces), starts, ends)

    def _same_length(self, ordered: list[Edit]) -> MappedText:
        """Edits that each keep their length keep every character's source: only the text
        changes, and the map is shared (re-joining wrapped lines replaces thousands of line
        breaks by spaces; copying the map around each one cost more than the edit)."""
        pieces: list[str] = []
        pos = 0
        for start, end, new in ordered:
            if start < pos:
                raise ValueError(f"overlapping edit at {start}")
            pieces.append(self.text[pos:start])
            pieces.append(new)
            pos = end
        pieces.append(self.text[pos:])
        return MappedText("".join(pieces), self.starts, self.ends)

    def sub(self, pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str],
            starts: Iterable[int] | None = None) -> MappedText:
        """`re.sub` that keeps the map; `starts`, when given, are the only offsets (sorted) a
        match can start at (`pipeline.parse.scan.matches_at`)."""
        found = pattern.finditer(self.text) if starts is None else matches_at(pattern, self.text, starts)
        if isinstance(repl, str) and "\\" not in repl:  # a literal: one comprehension, no call per match
            edits = [(m.start(), m.end(), repl) for m in found if m.group(0) != repl]
        else:
            edits = []
            for m in found:
                new = repl(m) if callable(repl) else m.expand(repl)
                if new != m.group(0):
                    edits.append((m.start(), m.end(), new))
        return self.edit(edits) if edits else self

    def _source_range(self, start: int, end: int) -> tuple[int, int]:
        if start < end:
            return self.starts[start], self.ends[end - 1]
        # an insertion: anchor it at the source position of the next character
        anchor = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
        return anchor, anchor

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source characters that `text[start:end]` was made from."""
        return self._source_range(start, end)


class Located(NamedTuple):
    """Where a span of the normalised text came from: the span, its page, its source span (the
    fields of `pipeline.models.Evidence`, which every record carries). A plain tuple, as the
    stages hand it straight on into a record's fields: building a validated `Evidence` model
    per record only to copy its fields out of it cost as much as validating the record."""

    span: tuple[int, int]
    page: int | None = None
    source_span: tuple[int, int] | None = None


Locate = Callable[[int, int], Located]
"""Where `text[start:end]` came from (`Work.locate`), as the parse stages and extractors are given it."""


def spans_only(start: int, end: int) -> Located:
    """A `Locate` for a bare text (a fragment, a stored Document's text, a benchmark's): the span
    alone, no page or source."""
    return Located((start, end))


@dataclass(frozen=True)
class PageIndex:
    """Source offsets at which each page starts, so that a span knows its page."""

    starts: tuple[int, ...] = ()

    def page_of(self, source_offset: int) -> int | None:
        if not self.starts:
            return None
        return max(1, bisect.bisect_right(self.starts, source_offset))
