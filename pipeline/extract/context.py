"""What every extractor reads: the normalised text, the way to cite it, and what the parse
stages already know (metadata, sections, where the body starts)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.models import Evidence, Metadata, Section


@dataclass(frozen=True)
class DocContext:
    text: str
    locate: Callable[[int, int], Evidence]
    metadata: Metadata = field(default_factory=Metadata)
    sections: tuple[Section, ...] = ()
    body_start: int = 0

    @property
    def preamble_end(self) -> int:
        """Where the preamble (`Căn cứ …`, `Thực hiện …`) ends: at the first numbered part."""
        return self.sections[0].span[0] if self.sections else len(self.text)

    def section_at(self, offset: int) -> str | None:
        """The id of the innermost section containing `offset`."""
        best: Section | None = None
        for section in self.sections:
            if section.span[0] <= offset < section.span[1] and (best is None or section.level >= best.level):
                best = section
        return best.id if best else None

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
    return DocContext(text=text, locate=lambda s, e: Evidence(span=(s, e)))
