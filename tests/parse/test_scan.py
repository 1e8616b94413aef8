"""The shared helpers that let a pattern be tried where it can match, and no more."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.parse.scan import by_first_character, line_starts

# column words of a task table and head words of agency names: words sharing first letters,
# one a prefix of another (`Bộ`, `Bộ Công an`), kept in their order of preference
WORDS = ["chủ trì", "chịu trách nhiệm", "công việc", "Bộ Công an", "Bộ", "Ban Chỉ đạo", "Ban", "thời gian", "thời hạn",
         "tiến độ", "Sở", "đơn vị"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6, unique=True),
       st.lists(st.sampled_from([*WORDS, " ", "x", "B", "c", "ộ", "\n"]), max_size=10).map("".join))
def test_words_grouped_by_first_character_match_as_their_plain_alternation(words: list[str], text: str) -> None:
    grouped = re.compile(by_first_character(words))
    plain = re.compile("|".join(map(re.escape, words)))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("text", [
    "a\nb", "", "\n", "Kế hoạch\n\nI. MỤC ĐÍCH\n", "|\n| STT |\n",
], ids=["two-lines", "empty", "one-break", "blank-line", "bars"])
def test_line_starts_are_where_each_line_opens(text: str) -> None:
    assert line_starts(text.split("\n")) == [m.start() for m in re.finditer("^", text, re.M)] + [len(text) + 1]
