"""What every extractor reads: the normalised text, the way to cite it, and what the parse
stages already know (metadata, sections, where the body starts)."""

from __future__ import annotations

import bisect
import heapq
from dataclasses import dataclass, field
from functools import cached_property

from pipeline.extract.agency_names import AgencyIndex
from pipeline.models import Metadata, Section
from pipeline.parse.textmap import Locate, spans_only


@dataclass(frozen=True)
class DocContext:
    text: str
    locate: Locate
    metadata: Metadata = field(default_factory=Metadata)
    sections: tuple[Section, ...] = ()
    body_start: int = 0

    @property
    def preamble_end(self) -> int:
        """Where the preamble (`Căn cứ …`, `Thực hiện …`) ends: at the first numbered part."""
        return self.sections[0].span[0] if self.sections else len(self.text)

    def section_at(self, offset: int) -> str | None:
        """The id of the innermost section containing `offset` (the deepest; of equals, the last
        in reading order). Extractors ask this once per match, so it is a bisection over
        precomputed boundaries, not a scan of every section."""
        bounds, ids = self._section_segments
        i = bisect.bisect_right(bounds, offset) - 1
        return ids[i] if i >= 0 else None

    def section(self, sid: str | None) -> Section | None:
        """The section with this id (ids are unique), by a dictionary made once: extractors ask
        per match, and a scan of every section would make them quadratic in the document."""
        return self._sections_by_id.get(sid) if sid is not None else None

    def descendants(self, sid: str) -> list[Section]:
        """Every section under the section `sid`, at any depth, in the order of `sections`.
        Extractors ask per labelled block: a walk down a children index made once, not a climb
        from every section of the document to the top."""
        found: list[int] = []
        stack = list(self._children.get(sid, ()))
        while stack:
            index = stack.pop()
            found.append(index)
            stack.extend(self._children.get(self.sections[index].id, ()))
        return [self.sections[index] for index in sorted(found)]

    @cached_property
    def agency_names(self) -> AgencyIndex:
        """The document's agency names, searched once over the whole text and kept by span:
        the tasks and agencies extractors ask about thousands of its stretches."""
        return AgencyIndex(self.text)

    @cached_property
    def _sections_by_id(self) -> dict[str, Section]:
        return {s.id: s for s in self.sections}

    @cached_property
    def _children(self) -> dict[str, list[int]]:
        """The indices of each section's direct children, by the parent's id."""
        children: dict[str, list[int]] = {}
        for index, section in enumerate(self.sections):
            if section.parent is not None:
                children.setdefault(section.parent, []).append(index)
        return children

    @cached_property
    def _section_segments(self) -> tuple[list[int], list[str | None]]:
        """The text cut at every section start and end, each piece with its innermost section:
        one sweep over the boundaries with a heap of the open sections."""
        events = sorted({p for s in self.sections for p in s.span})
        starts = sorted(range(len(self.sections)), key=lambda i: self.sections[i].span[0])
        open_: list[tuple[int, int]] = []  # (-level, -index): deepest, then last, on top
        bounds: list[int] = []
        ids: list[str | None] = []
        k = 0
        for point in events:
            while k < len(starts) and self.sections[starts[k]].span[0] <= point:
                i = starts[k]
                heapq.heappush(open_, (-self.sections[i].level, -i))
                k += 1
            while open_ and self.sections[-open_[0][1]].span[1] <= point:
                heapq.heappop(open_)
            best = self.sections[-open_[0][1]].id if open_ else None
            if ids and ids[-1] == best:
                continue
            bounds.append(point)
            ids.append(best)
        return bounds, ids

    @property
    def plan_year(self) -> int | None:
        """The year a date without one belongs to: the plan year, else the period's start,
        else the year the document was issued."""
        meta = self.metadata
        if meta.plan_year:
            return meta.plan_year
        if meta.period and meta.period.start:
            return meta.period.start
        if meta.issue_date:
            return int(meta.issue_date[:4])
        return None


    @property
    def plan_year_or_period_end(self) -> int | None:
        """The year a target is due when the clause names none: the plan year, else the
        end of the plan's period (`đến năm 2030`)."""
        meta = self.metadata
        return meta.plan_year or (meta.period.end if meta.period else None)


def simple_context(text: str) -> DocContext:
    """A context for a bare fragment (tests, notebooks): spans only, no pages or sources."""
    return DocContext(text=text, locate=spans_only)
