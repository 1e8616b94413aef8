"""How web and Word copies of plans are cleaned, and how every span still finds its source.

Fragments are taken from the bundled corpus (file named in each id).
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.parse.normalize import (
    _COMBINING_RUN, _MARKDOWN, _NUMBER_CELL, _OLD_TONE_PAIR, _SPACE_RUNS, STEPS, _caps_state, _cell_text,
    _combining_run_starts, _markdown_starts, _may_be_number_cell, _space_run_starts, normalize,
)
from pipeline.parse.scan import matches_at

# A hard-wrapped web copy (corpus/02, 18): lines break every 60-80 columns mid-sentence.
WRAPPED = (
    "Thực hiện Quyết định số\n"
    "7619/QĐ-BCA ngày 08 tháng 9 năm 2025 của Bộ Công an phê duyệt Chương trình mục\n"
    "tiêu quốc gia phòng, chống ma túy đến năm 2030, Ủy ban nhân dân thành phố ban hành\n"
    "Kế hoạch triển khai thực hiện với các nội dung như sau:\n"
    "\n"
    "**I. MỤC\n"
    "ĐÍCH, YÊU CẦU**\n"
    "\n"
    "**1. Mục\n"
    "đích**\n"
    "\n"
    "Căn cứ Chỉ thị 42-CT/TW ngày\n"
    "24 tháng 3 năm 2020 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với\n"
    "công tác phòng ngừa;\n"
    "\n"
    "a) Triển khai nghiêm túc, chất\n"
    "lượng và hiệu quả Nghị quyết số 163/2024/QH15 ngày 27 tháng 11 năm 2025 phê duyệt\n"
    "chủ trương đầu tư.\n"
    "\n"
    "*Thành phố Hồ Chí\n"
    "Minh, ngày 21 tháng 11 năm 2025*\n"
    "\n"
    "b) Xây dựng chuỗi giá trị nông nghiệp từ sản xuất\n"
    "- quản lý - tiêu thụ - truy xuất nguồn gốc cho các sản phẩm.\n"
    "\n"
    "Nơi nhận:\n"
    "- Thường trực Thành ủy;\n"
    "- Lưu: VT, (VX/MT.Tấn).\n"
    "|\n"
    "**KT. CHỦ TỊCH **\n"
    "PHÓ CHỦ TỊCH\n"
    "**Trần Thị Diệu Thúy**\n"
)


@pytest.fixture(scope="module")
def wrapped() -> str:
    return normalize(WRAPPED).text


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Thực hiện Quyết định số 7619/QĐ-BCA ngày 08 tháng 9 năm 2025", id="number-wrapped-after-so"),
        pytest.param("I. MỤC ĐÍCH, YÊU CẦU", id="caps-heading-split-over-lines"),
        pytest.param("1. Mục đích", id="numbered-heading-split-over-lines"),
        pytest.param("Căn cứ Chỉ thị 42-CT/TW ngày 24 tháng 3 năm 2020", id="date-wrapped-before-day"),
        pytest.param("Thành phố Hồ Chí Minh, ngày 21 tháng 11 năm 2025", id="place-and-date-split"),
        pytest.param("từ sản xuất - quản lý - tiêu thụ", id="wrapped-hyphen-is-not-a-bullet"),
        pytest.param("KT. CHỦ TỊCH PHÓ CHỦ TỊCH\nTrần Thị Diệu Thúy", id="signature-name-stays-apart"),
    ],
)
def test_hard_wrapped_lines_are_rejoined(wrapped: str, line: str) -> None:
    assert line in wrapped


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("\na) Triển khai nghiêm túc", id="item-starts-a-line"),
        pytest.param("\nNơi nhận:\n- Thường trực Thành ủy;\n- Lưu: VT", id="recipient-bullets-stay-apart"),
    ],
)
def test_items_keep_their_own_lines(wrapped: str, line: str) -> None:
    assert line in wrapped


def test_markdown_artefacts_never_reach_the_text(wrapped: str) -> None:
    assert "*" not in wrapped and "|" not in wrapped


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Lưu: VT, VX_{TNXH04}", "Lưu: VT, VX TNXH04", id="subscript-of-typist-code"),
        pytest.param("### ***Nơi nhận:***", "Nơi nhận:", id="heading-marks-and-bold-italic"),
        pytest.param("Số: **18** /KH-UBND", "Số: 18 /KH-UBND", id="bold-inside-number"),
        pytest.param("ngày tháng năm 2023\n\n---\n\nKẾ HOẠCH", "ngày tháng năm 2023\n\nKẾ HOẠCH", id="rule-line"),
        pytest.param("các quy định (*)", "các quy định (*)", id="footnote-star-kept"),
    ],
)
def test_markup(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("tỉnh Hoà Bình", "tỉnh Hòa Bình", id="hoa"),
        pytest.param("công trình thuỷ lợi", "công trình thủy lợi", id="thuy"),
        pytest.param("HOÀ NHẬP", "HÒA NHẬP", id="caps"),
        pytest.param("sức khoẻ", "sức khỏe", id="khoe"),
        pytest.param("quý I", "quý I", id="qu-is-not-a-vowel"),
        pytest.param("Hoàng Văn", "Hoàng Văn", id="long-word-untouched"),
    ],
)
def test_modern_tone_placement(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


def test_decomposed_diacritics_are_composed() -> None:
    raw = unicodedata.normalize("NFD", "Phòng, chống mại dâm")
    assert normalize(raw).text == "Phòng, chống mại dâm"


def test_layout_table_cells_become_paragraphs() -> None:
    raw = (
        "| BAN CHỈ ĐẠO QUỐC GIA ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
        "|---|---|\n"
        "| Số: 252/KH-BCĐQG1237 | Hà Nội, ngày 11 tháng 11 năm 2013 |\n"
    )
    text = normalize(raw).text
    assert "Số: 252/KH-BCĐQG1237\n\nHà Nội, ngày 11 tháng 11 năm 2013" in text
    assert "BAN CHỈ ĐẠO QUỐC GIA\n" in text


def test_data_table_keeps_one_row_per_line() -> None:
    raw = "| STT | Nhiệm vụ | Cơ quan chủ trì |\n|---|---|---|\n| 1 | Tuyên truyền<br>pháp luật | Sở Tư pháp |\n"
    assert normalize(raw).text == "| STT | Nhiệm vụ | Cơ quan chủ trì |\n| 1 | Tuyên truyền pháp luật | Sở Tư pháp |"


# Web exports (corpus-real, thuvienphapluat copies) write a table one cell per line, a lone
# `|` between cells, `|` `|` between rows, and wrap a long cell over several lines.
BAR_TABLES = {
    "group-title-row-and-wrapped-cells-2edf5927": (
        "DANH MỤC CÁC NHIỆM VỤ\n|\n**TT**\n|\n**Nhiệm vụ, giải\npháp**\n|\n**Cơ quan chủ trì**\n|\n"
        "**Cơ quan phối hợp**\n|\n**Thời gian thực\nhiện**\n|\n|\n**I**\n|\n**Hoàn thiện thể chế**\n|\n|\n1\n|\n"
        "Xây dựng Luật An ninh dữ liệu.\n|\nBộ Công an\n|\nBộ Khoa học và Công\nnghệ, Bộ Tài chính\n|\n"
        "Tháng 12/2026\n|\nGhi chú sau bảng",
        "DANH MỤC CÁC NHIỆM VỤ\n| TT | Nhiệm vụ, giải pháp | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |\n"
        "| I | Hoàn thiện thể chế |\n"
        "| 1 | Xây dựng Luật An ninh dữ liệu. | Bộ Công an | Bộ Khoa học và Công nghệ, Bộ Tài chính | Tháng 12/2026 |\n"
        "Ghi chú sau bảng",
    ),
    "blank-cells-74e2ddc7": (
        "|\n**STT**\n|\n**Tên nhiệm vụ**\n|\n**Đơn vị chủ trì**\n|\n**Thời hạn**\n|\n|\n** **\n|\n"
        "**Nhiệm vụ giao Bộ trưởng Bộ Khoa học và Công\nnghệ chỉ đạo**\n|\n** **\n|\n** **\n|\n|\n1\n|\n"
        "Chủ trì, làm việc với các bộ, cơ quan\n|\nBộ Khoa học và Công nghệ\n|\n10/10/2025\n|",
        "| STT | Tên nhiệm vụ | Đơn vị chủ trì | Thời hạn |\n"
        "| | Nhiệm vụ giao Bộ trưởng Bộ Khoa học và Công nghệ chỉ đạo | | |\n"
        "| 1 | Chủ trì, làm việc với các bộ, cơ quan | Bộ Khoa học và Công nghệ | 10/10/2025 |",
    ),
}


@pytest.mark.parametrize("lines", [
    ["**TT**"], ["**STT**"], ["Số TT"], ["**Số thứ**", "**tự**"], ["  stt "], ["**SỐ THỨ TỰ**"], ["", "**TT**", ""],
    ["**Nhiệm vụ, giải", "pháp**"], ["**I**"], ["1"], ["Xây dựng Luật An ninh dữ liệu."], ["** **"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 12/KH-UBND"], ["T T"], ["Sô TT"],
], ids=lambda lines: "/".join(lines)[:30])
def test_a_cell_that_may_number_the_rows_is_known_by_its_letters(lines: list[str]) -> None:
    """Only a cell whose lines hold nothing but white space, `*` and the letters of `STT`, `TT`,
    `Số TT`, `Số thứ tự` is joined to be matched: every cell the number pattern matches is one."""
    if _NUMBER_CELL.match(_cell_text(lines)):
        assert _may_be_number_cell(lines)
    assert _may_be_number_cell(lines) == all(set(line.lower()) <= set(" \t*stốhứự") for line in lines)


@st.composite
def number_cells(draw: st.DrawFn) -> list[str]:
    """A number cell's words in any case, with stars, spaces and line breaks between letters."""
    word = draw(st.sampled_from(["STT", "TT", "Số TT", "Số thứ tự"]))
    out = ""
    for c in word:
        out += (c.upper() if draw(st.booleans()) else c.lower()) + draw(st.sampled_from(["", "", "*", " ", "\n", "\u00a0", "ſ"]))
    return out.split("\n")


@settings(max_examples=300, deadline=None)
@given(st.one_of(number_cells(), st.lists(st.text(alphabet="sStTốỐhứựự *\n\u00a0ſa1", max_size=8), max_size=3)))
def test_every_cell_the_number_pattern_matches_may_number_the_rows(lines: list[str]) -> None:
    if _NUMBER_CELL.match(_cell_text(lines)):
        assert _may_be_number_cell(lines)


@pytest.mark.parametrize(("raw", "expected"), list(BAR_TABLES.values()), ids=list(BAR_TABLES))
def test_web_flattened_task_table_is_rebuilt_row_by_row(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


@pytest.mark.parametrize("cell", ["Xây dựng Luật An ninh dữ liệu.", "Bộ Công an", "Tháng 12/2026", "Hoàn thiện thể chế"])
def test_a_cell_of_a_rebuilt_table_maps_back_to_its_own_characters(cell: str) -> None:
    """A table rendered row by row keeps every cell character's own source position, so a task
    found in row 1 points at row 1 of the downloaded file, not at the whole table."""
    raw = BAR_TABLES["group-title-row-and-wrapped-cells-2edf5927"][0]
    mapped = normalize(raw)
    start = mapped.text.index(cell)
    source = mapped.source_span(start, start + len(cell))
    assert raw[source[0]:source[1]] == cell


def test_a_layout_table_cell_maps_back_to_its_own_characters() -> None:
    raw = "| BAN CHỈ ĐẠO ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| Số: 252/KH-BCĐQG | Hà Nội, ngày 11 |\n"
    mapped = normalize(raw)
    start = mapped.text.index("Số: 252/KH-BCĐQG")
    source = mapped.source_span(start, start + len("Số: 252/KH-BCĐQG"))
    assert raw[source[0]:source[1]] == "Số: 252/KH-BCĐQG"


def test_web_flattened_layout_table_is_left_as_paragraphs() -> None:
    """Without a header that numbers rows and names who acts, the bars only separate paragraphs."""
    raw = "|\nỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n" * 5
    assert "|" not in normalize(raw).text


def test_unwrapped_documents_keep_their_line_breaks() -> None:
    raw = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐầu Thanh Tùng"
    assert normalize(raw).text == raw


def test_steps_are_named_and_ordered() -> None:
    names = [name for name, _ in STEPS]
    assert names.index("nfc") < names.index("tone_marks") < names.index("wrapped_lines")
    assert names.index("control_chars") < names.index("line_ends") and names.index("bidi_controls") < names.index("nfc")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        pytest.param("Phòng, ch\0ống mại dâm\0", "Phòng, chống mại dâm", id="nul-inside-a-word"),
        pytest.param("Sở Tư\x01 pháp\x7f", "Sở Tư pháp", id="other-control-characters"),
        pytest.param("năm \u202e4202\u202c", "năm 4202", id="right-to-left-override"),
        pytest.param("\u2067Công an tỉnh\u2069", "Công an tỉnh", id="isolates"),
        pytest.param("Kế hoạch\x0bPhòng, chống", "Kế hoạch\nPhòng, chống", id="word-manual-line-break"),
    ],
)
def test_invisible_controls_are_removed_and_spans_still_find_their_source(raw: str, clean: str) -> None:
    mapped = normalize(raw)
    assert mapped.text == clean
    for word in clean.split():
        start = mapped.text.index(word)
        src_start, src_end = mapped.source_span(start, start + len(word))
        assert "".join(c for c in raw[src_start:src_end] if c.isprintable()) == word


def test_removed_controls_are_named_in_warnings() -> None:
    from pipeline.parse.normalize import control_warnings

    assert control_warnings("a\0b\0\x01 \u202ec") == [
        "2 NUL character(s) removed from the text", "1 other control character(s) removed from the text",
        "1 bidirectional control character(s) (which can reorder displayed text) removed from the text"]
    assert control_warnings("Phòng, chống mại dâm\n") == []


def test_every_span_maps_back_to_the_source_characters() -> None:
    mapped = normalize(WRAPPED)
    needle = "Thành phố Hồ Chí Minh"
    start = mapped.text.index(needle)
    src_start, src_end = mapped.source_span(start, start + len(needle))
    assert WRAPPED[src_start:src_end] == "Thành phố Hồ Chí\nMinh"


def test_a_fixed_tone_mark_maps_to_its_own_source_character() -> None:
    raw = "**tỉnh Hoà Bình**"
    mapped = normalize(raw)
    start = mapped.text.index("Hòa")
    assert mapped.source_span(start, start + 3) == (raw.index("Hoà"), raw.index("Hoà") + 3)


VIETNAMESE_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
plan_text = st.text(
    alphabet=st.sampled_from(list(VIETNAMESE_ALPHABET + VIETNAMESE_ALPHABET.upper() + " \n*|#-_{}.,;:()/0123456789")),
    max_size=400,
)


@settings(max_examples=150, deadline=None)
@given(plan_text)
def test_normalising_any_text_keeps_a_consistent_map(raw: str) -> None:
    mapped = normalize(raw)
    assert len(mapped.starts) == len(mapped.ends) == len(mapped.text)
    for i in range(len(mapped.text)):
        s, e = mapped.source_span(i, i + 1)
        assert 0 <= s <= e <= len(raw)
    assert normalize(raw).text == mapped.text


@pytest.mark.parametrize("text", [
    " Kế hoạch  số 12 ", "a \nb", "\n c\n\n\n\nd  ", "  ", " ", "\n\n\n", "x\n \n y", "Điều 1.   Phạm vi\t \n",
    "ỦY BAN NHÂN DÂN \n\n  THÀNH PHỐ CẦN THƠ\n\n\n\n\nSố: 165/KH-UBND  ",
], ids=["lead-trail", "space-eol", "mixed", "two", "one", "three-breaks", "blank-line-with-space", "tab",
        "letterhead-made"])
def test_space_runs_are_found_from_their_openings(text: str) -> None:
    """The space runs are tried only where two spaces, a space at a line's edge or three
    line breaks stand: the same runs as a scan of every character."""
    expected = [m.span() for m in _SPACE_RUNS.finditer(text)]
    assert [m.span() for m in matches_at(_SPACE_RUNS, text, _space_run_starts(text))] == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \n\taĐ.", max_size=40))
def test_space_runs_are_found_from_their_openings_in_any_text(text: str) -> None:
    assert [m.span() for m in matches_at(_SPACE_RUNS, text, _space_run_starts(text))] == \
        [m.span() for m in _SPACE_RUNS.finditer(text)]


@pytest.mark.parametrize("text", [
    "Số: **18** /KH-UBND", "### ***Nơi nhận:***", "**II. NHIỆM VỤ**\n\n__Căn cứ__ Luật số 25/2018",
    "***\n---\n___", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ---------------", "(*) Chỉ tiêu *mới*",
    "*** **** ***** __*", "",
], ids=["bold-number", "heading-bold-italic", "bold-and-underscore-bold", "rules", "letterhead-rule",
        "star-note-and-emphasis", "star-runs", "empty"])
def test_markdown_marks_are_found_where_their_heads_stand(text: str) -> None:
    """Each markdown pattern is tried only at the offsets `_markdown_starts` gives: the same
    matches as a scan of every character."""
    for pattern, heads, where in _MARKDOWN:
        expected = [m.span() for m in pattern.finditer(text)]
        starts = _markdown_starts(text, heads, where)
        found = pattern.finditer(text) if starts is None else matches_at(pattern, text, starts)
        assert [m.span() for m in found] == expected, pattern.pattern


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \n\t*_-=#(a", max_size=40))
def test_markdown_marks_are_found_where_their_heads_stand_in_any_text(text: str) -> None:
    for pattern, heads, where in _MARKDOWN:
        starts = _markdown_starts(text, heads, where)
        found = pattern.finditer(text) if starts is None else matches_at(pattern, text, starts)
        assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)], pattern.pattern


# a hard-wrapped document keeps a break where the letter case changes (a signature title above
# the signer's name): each line is ALL-CAPS (True), mixed (False) or has under two letters (None)
CAPS = [
    pytest.param("KT. CHỦ TỊCH", True, id="signature-title"),
    pytest.param("PHÓ CHỦ TỊCH 2025", True, id="caps-with-digits"),
    pytest.param("Nguyễn Văn A", False, id="signer-name"),
    pytest.param("UBND tỉnh", False, id="lowercase-after-two-capitals"),
    pytest.param("THÀNH PHỐ HỒ CHÍ minh", False, id="lowercase-last"),
    pytest.param("a", None, id="one-letter"),
    pytest.param("1. -", None, id="no-letter"),
    pytest.param("I.", None, id="roman-one-letter"),
]


@pytest.mark.parametrize(("line", "state"), CAPS)
def test_a_line_is_all_caps_mixed_or_wordless(line: str, state: bool | None) -> None:
    assert _caps_state(line) is state


# Patterns rewritten so that `re` skips ahead to where a match can open must find what the
# plain pattern finds.
OLD_TONE_PAIR_PLAIN = re.compile(r"[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]")


@pytest.mark.parametrize("text", [
    "tỉnh Hoà Bình", "công trình thuỷ lợi", "HOÀ NHẬP", "sức khoẻ", "Uỷ ban nhân dân", "UỶ BAN",
    "quý I", "Hoàng Văn", "hoá chất, hoạ sĩ, toạ đàm", "ủy ban, thủy lợi",
], ids=["hoa", "thuy", "caps", "khoe", "uy-ban", "uy-caps", "quy", "hoang", "several", "modern"])
def test_old_tone_pairs_are_found_where_the_plain_pattern_finds_them(text: str) -> None:
    assert [m.span() for m in _OLD_TONE_PAIR.finditer(text)] == \
        [m.span() for m in OLD_TONE_PAIR_PLAIN.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="oOuUàÀẹỳỲýa ", max_size=30))
def test_old_tone_pairs_are_found_where_the_plain_pattern_finds_them_in_any_text(text: str) -> None:
    assert [m.span() for m in _OLD_TONE_PAIR.finditer(text)] == \
        [m.span() for m in OLD_TONE_PAIR_PLAIN.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ao \n\u0300\u0301\u0309\u0323", max_size=30))
def test_combining_runs_are_found_from_their_marks(text: str) -> None:
    """A run of combining marks is tried only one character before a mark: the same runs as a
    scan of every character."""
    assert [m.span() for m in matches_at(_COMBINING_RUN, text, _combining_run_starts(text))] == \
        [m.span() for m in _COMBINING_RUN.finditer(text)]




def test_a_text_without_stray_characters_is_as_the_stray_steps_leave_it() -> None:
    """`normalize` skips the steps that only remove or replace stray characters when the text
    holds none (`_STRAY`): every character one of them changes must be in `_STRAY`, and a
    character they leave alone need not be."""
    from pipeline.parse.normalize import _STRAY, _STRAY_STEPS
    from pipeline.parse.textmap import MappedText

    steps = [step for name, step in STEPS if name in _STRAY_STEPS]
    assert len(steps) == len(_STRAY_STEPS)
    for code in [*range(0x3000), 0xFEFF, 0xFFFD]:
        text = f"Sở Y{chr(code)}tế"
        changed = any(step(MappedText.identity(text)).text != text for step in steps)
        assert changed == (_STRAY.search(text) is not None), hex(code)


@pytest.mark.parametrize("raw", [
    "Sở Tư\x01 pháp\x7f", "năm \u202e4202\u202c", "Sở Y\u00a0tế\r\n", "Ban\u200bChỉ đạo\f", "Công an tỉnh",
])
def test_normalize_with_the_stray_steps_skipped_when_nothing_is_stray_equals_every_step_run(raw: str) -> None:
    from pipeline.parse.textmap import MappedText

    t = MappedText.identity(raw)
    for _, step in STEPS:
        t = step(t)
    got = normalize(raw)
    assert (got.text, list(got.starts), list(got.ends)) == (t.text, list(t.starts), list(t.ends))
