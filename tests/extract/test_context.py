"""Every record names the innermost section it was found in: the deepest section whose span
holds the offset (of two at the same depth, the later one), or none before the first."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.context import DocContext
from pipeline.models import Section
from pipeline.parse.textmap import spans_only

TEXT = "x" * 120


def _section(i: int, start: int, end: int, level: int) -> Section:
    return Section(id=f"S{i}", number=None, heading=None, level=level, kind="other", span=(start, end))


def _context(sections: list[Section]) -> DocContext:
    return DocContext(text=TEXT, locate=spans_only, sections=tuple(sections))


def test_a_plan_tree_gives_the_deepest_section_holding_the_offset() -> None:
    # I. (0-100) > 1. (10-50) > a) (20-30); 2. (50-100)
    ctx = _context([_section(0, 0, 100, 1), _section(1, 10, 50, 2), _section(2, 20, 30, 3), _section(3, 50, 100, 2)])
    assert [ctx.section_at(o) for o in (0, 9, 10, 19, 20, 29, 30, 49, 50, 99, 100)] == [
        "S0", "S0", "S1", "S1", "S2", "S2", "S1", "S1", "S3", "S3", None]


def test_no_sections_means_no_section() -> None:
    assert _context([]).section_at(5) is None


spans = st.tuples(st.integers(0, 110), st.integers(0, 20), st.integers(1, 4)).map(
    lambda t: (t[0], min(120, t[0] + t[1]), t[2]))


@given(st.lists(spans, max_size=12), st.integers(0, 121))
def test_section_at_agrees_with_the_definition(raw: list[tuple[int, int, int]], offset: int) -> None:
    sections = [_section(i, s, e, lvl) for i, (s, e, lvl) in enumerate(raw)]
    holding = [s for s in sections if s.span[0] <= offset < s.span[1]]
    deepest = max((s.level for s in holding), default=None)
    expected = [s.id for s in holding if s.level == deepest][-1] if holding else None
    assert _context(sections).section_at(offset) == expected


def _child(i: int, parent: int | None) -> Section:
    return Section(id=f"S{i}", number=None, heading=None, level=1, kind="other", span=(i, i + 1),
                   parent=f"S{parent}" if parent is not None else None)


def test_descendants_are_every_section_under_an_item_at_any_depth_in_document_order() -> None:
    # I. > 1. > a), b); I. > 2.; II. > 1.
    ctx = _context([_child(0, None), _child(1, 0), _child(2, 1), _child(3, 1), _child(4, 0), _child(5, None),
                    _child(6, 5)])
    assert [s.id for s in ctx.descendants("S0")] == ["S1", "S2", "S3", "S4"]
    assert [s.id for s in ctx.descendants("S1")] == ["S2", "S3"]
    assert ctx.descendants("S2") == []


# a forest: each section's parent is an earlier one (or none), as the segmenter makes them
forests = st.lists(st.integers(0, 12), max_size=12).map(
    lambda picks: [_child(i, pick if pick < i else None) for i, pick in enumerate(picks)])


@given(forests, st.integers(0, 12))
def test_descendants_agree_with_the_definition(sections: list[Section], unit: int) -> None:
    by_id = {s.id: s for s in sections}

    def under(s: Section) -> bool:  # the definition: climbing the parents from `s` reaches the unit
        p = s.parent
        while p is not None and p != f"S{unit}":
            p = by_id[p].parent if p in by_id else None
        return p == f"S{unit}"

    assert _context(sections).descendants(f"S{unit}") == [s for s in sections if under(s)]
