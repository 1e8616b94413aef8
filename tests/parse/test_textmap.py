"""The offset map: every character of an edited text knows the source characters it came from."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.parse.textmap import MappedText


@st.composite
def text_and_edits(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, str]]]:
    text = draw(st.text(alphabet="ab \n", min_size=1, max_size=30))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8, unique=True)))
    edits = []
    for start, end in zip(cuts[::2], cuts[1::2]):
        same = draw(st.booleans())
        edits.append((start, end, "x" * (end - start) if same else draw(st.text(alphabet="xy", max_size=3))))
    return text, edits


@settings(max_examples=300, deadline=None)
@given(text_and_edits())
def test_an_edited_character_maps_to_its_source(case: tuple[str, list[tuple[int, int, str]]]) -> None:
    """A kept character, and each character of a same-length replacement, maps to its own source
    character; a character of any other replacement maps to the whole replaced range."""
    text, edits = case
    edited = MappedText.identity(text).edit(edits)
    expected_text, expected_spans, pos = "", [], 0
    for start, end, new in edits:
        expected_text += text[pos:start] + new
        expected_spans += [(i, i + 1) for i in range(pos, start)]
        if len(new) == end - start:
            expected_spans += [(i, i + 1) for i in range(start, end)]
        elif start < end:
            expected_spans += [(start, end)] * len(new)
        else:  # an insertion is anchored at the next character's source
            expected_spans += [(start, start)] * len(new)
        pos = end
    expected_text += text[pos:]
    expected_spans += [(i, i + 1) for i in range(pos, len(text))]
    assert edited.text == expected_text
    assert [edited.source_span(i, i + 1) for i in range(len(edited.text))] == expected_spans
