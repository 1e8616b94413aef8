"""Properties every parse stage keeps for any text: it never raises, every span is evidence
inside the document, and the same text always gives the same records."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.parse.textmap import spans_only as _locate
from pipeline.parse.metadata import extract_metadata
from pipeline.parse.normalize import normalize
from pipeline.parse.sections import segment

# Plan-shaped text: the markers and fixed lines of real plans between random words, so that
# the segmenter and the metadata reader see their own patterns in hostile arrangements.
MARKERS = ["I. ", "II. ", "A. ", "C. ", "1. ", "1.1. ", "2.3.1. ", "a) ", "đ) ", "(1) ", "1) ", "- ", "+ ", "• ",
           "Điều 1. ", "Chương II ", "KT. ", "TM. ", "Q. ", "Nơi nhận:", "Số: ", "Số: /KH-UBND", "V/v ", "Căn cứ ",
           "KẾ HOẠCH", "QUYẾT ĐỊNH", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "ỦY BAN NHÂN DÂN TỈNH ", "**", "|", "---",
           "Hà Nội, ngày 11 tháng 11 năm 2013", ", ngày tháng năm 2023", "giai đoạn 2021-2025", "đến năm 2030"]
WORDS = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảạằắẩậèéềếểệìíịòóỏọồốổộờớởợùúủụừứửựỳýỷỵHTĐNQ,.;:/0123456789",
                min_size=0, max_size=12)
LINE = st.lists(st.one_of(st.sampled_from(MARKERS), WORDS), min_size=0, max_size=8).map(" ".join)
PLAN_TEXT = st.lists(LINE, min_size=0, max_size=40).map(lambda lines: "\n".join(lines))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PLAN_TEXT)
def test_sections_and_metadata_on_any_plan_shaped_text(raw: str) -> None:
    text = normalize(raw).text
    result = extract_metadata(text, _locate)
    assert 0 <= result.body_start <= len(text)
    for attached in result.metadata.attachments:
        assert 0 <= attached.span[0] <= attached.span[1] <= len(text)
    sections = segment(text, _locate, result.body_start)
    ids = [s.id for s in sections]
    assert len(ids) == len(set(ids))
    for s in sections:
        assert 0 <= s.span[0] < s.span[1] <= len(text)
        assert s.span[0] == 0 or text[s.span[0] - 1] == "\n"
        if s.heading_span is not None:
            assert text[s.heading_span[0] : s.heading_span[1]] == s.heading
        assert s.parent is None or s.parent in ids[: ids.index(s.id)]
    again = normalize(raw).text
    assert extract_metadata(again, _locate).metadata == result.metadata
    assert segment(again, _locate, result.body_start) == sections


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text_never_raises(raw: str) -> None:
    text = normalize(raw).text
    result = extract_metadata(text, _locate)
    segment(text, _locate, result.body_start)
