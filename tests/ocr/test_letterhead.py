"""Page 1's letterhead read a second time, column by column, and what metadata takes from it.

Rendered fixtures: an A4-wide letterhead at 300 dpi in DejaVu Serif (which has every Vietnamese
glyph), laid out as Nghị định 30/2020 lays it: the body and `Số:` left, the motto and the date
line right. The metadata tests feed real OCR readings of the corpus/formats scans."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline import stages
from pipeline.parse.textmap import spans_only
from pipeline.ocr.letterhead import Block, Letterhead, read_letterhead
from pipeline.parse.metadata import extract_metadata

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def letterhead_page(left: list[str], right: list[str], body: list[str], stamp: str | None = None) -> Image.Image:
    """A page whose top holds the two letterhead columns; `stamp` is drawn glued before the
    body's name, in the place a received-stamp's number lands on a real scan."""
    image = Image.new("L", (2480, 1600), 255)
    draw = ImageDraw.Draw(image)
    regular, bold = ImageFont.truetype(FONT, 44), ImageFont.truetype(BOLD, 44)
    for i, line in enumerate(left):
        draw.text((180, 180 + 70 * i), line, font=bold if i < 2 else regular, fill=0)
    for i, line in enumerate(right):
        draw.text((1250, 180 + 70 * i), line, font=bold if i < 2 else regular, fill=0)
    if stamp:
        draw.text((40, 180), stamp, font=regular, fill=0)
    for i, line in enumerate(body):
        draw.text((180, 700 + 70 * i), line, font=regular, fill=0)
    return image


MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def test_the_two_columns_are_read_apart() -> None:
    lh = read_letterhead(letterhead_page(["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "Số: 85/KH-UBND"],
                                         [*MOTTO, "Phú Thọ, ngày 12 tháng 12 năm 2011"], ["KẾ HOẠCH"]))
    assert "PHÚ THỌ" in lh.left.text and "CỘNG" not in lh.left.text
    assert "Phú Thọ, ngày 12 tháng 12 năm 2011" in lh.right.text
    assert lh.left.bbox[2] == lh.right.bbox[0]  # cut at one gutter


@pytest.mark.parametrize(
    ("left", "right", "stamp", "want"),
    [
        pytest.param(
            ["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "Số: 85/KH-UBND"], [*MOTTO, "Phú Thọ, ngày 12 tháng 12 năm 2011"], None,
            {"issuer": "UBND tỉnh Phú Thọ", "province": "Phú Thọ", "doc_number": "85/KH-UBND",
             "issue_date": "2011-12-12", "place": "Phú Thọ"},
            id="provincial-plan",
        ),
        pytest.param(
            ["CHÍNH PHỦ", "", "Số: 12/2026/NĐ-CP"], [*MOTTO, "Hà Nội, ngày 15 tháng 01 năm 2026"], "7727",
            {"issuer": "Chính phủ", "admin_level": "national", "doc_number": "12/2026/NĐ-CP",
             "issue_date": "2026-01-15", "place": "Hà Nội"},
            id="decree-with-stamp-digits",
        ),
    ],
)
def test_a_scanned_letterhead_gives_the_lexicons_issuer_and_its_lines(
    tmp_path: Path, left: list[str], right: list[str], stamp: str | None, want: dict[str, str]
) -> None:
    path = tmp_path / "scan.png"
    letterhead_page(left, right, ["KẾ HOẠCH", "Triển khai phần mềm quản lý văn bản năm 2026"], stamp).save(path)
    meta = stages.run(path).metadata
    for field, value in want.items():
        assert getattr(meta, field) == value, field
    assert "7727" not in (meta.issuer or "")


def _lh(left: str, right: str, words: tuple[tuple[str, float], ...] = ()) -> Letterhead:
    return Letterhead(Block(left, (0, 0, 1100, 880), 0.8, words), Block(right, (1100, 0, 2500, 880), 0.8))


def _meta(text: str, lh: Letterhead | None):  # type: ignore[no-untyped-def]
    return extract_metadata(text, spans_only, lh)


# the first (whole-page) reading and the second (column) reading of corpus/formats 10
FIRST_10 = ("- BỘ CÔNG AN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG AN TĨNH LÂM ĐỎNG Độc lập - Tự do - Hạnh phúc\n"
            "Sô⁄f /TTr- CAT-PC04 Lâm Đông, ngày23tháng 10 năm 2025\nTỜ TRÌNH\nV/v xin chủ trương triển khai\n")
SECOND_10 = _lh("- BỘ CÔNG AN\nCÔNG AN TĨNH LÂM ĐỎNG\nSô⁄f /TTr- CAT-PC04\nV/v xin chủ trương triển",
                "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLâm Đông, ngày23tháng 10 năm 2025")


def test_the_issuer_from_the_second_reading_says_where_it_came_from() -> None:
    meta = _meta(FIRST_10, SECOND_10).metadata
    assert meta.issuer == "Công an tỉnh Lâm Đồng, Bộ Công an"
    assert (meta.admin_level, meta.province) == ("province", "Lâm Đồng")
    source = meta.sources["issuer"]
    assert (source.rule, source.span, source.page, source.bbox) == ("ocr_letterhead", None, 1, (0, 0, 1100, 880))
    assert source.read == "BỘ CÔNG AN CÔNG AN TĨNH LÂM ĐỎNG"
    assert meta.place == "Lâm Đồng" and meta.sources["place"].read == "Lâm Đông"


def test_a_handwritten_number_is_null_not_a_guess() -> None:
    # corpus/formats 01: `3980` handwritten over the dotted blank, read `3 9Ø`
    lh = _lh("BỘ CÔNG AN\nCỤC CANH SAT ĐIEU TRA\nTỌI PHẠM VỀ MA TUY\nSố: 3 9Ø/C04-P6",
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày MS tháng Ê năm 2025")
    result = _meta("BỘ CÔNG AN\nSố: 3 3#/C04-P6\nV/v chuẩn bị tổ chức triển khai\n", lh)
    assert result.metadata.doc_number is None
    # the year is printed, the day and month are handwritten: the year alone, with a warning
    assert result.metadata.issue_date == "2025"
    assert any("unreadable" in w for w in result.warnings)


def test_a_printed_number_the_first_reading_lost_is_taken_from_the_second() -> None:
    # corpus/formats 26: the Party's `Số 05-HD/VPTW`, no colon
    lh = _lh("BAN CHÁP HÀNH TRƯNG ƯƠNG\nVĂN PHÒNG\nkủ3\nSố 05-HD/VPTW", "ĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 27 tháng 5 năm 2026")
    meta = _meta("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\nHƯỚNG DẪN\nthể thức\n", lh).metadata
    assert (meta.issuer, meta.doc_number, meta.issue_date) == ("Văn phòng Trung ương Đảng", "05-HD/VPTW", "2026-05-27")
    assert meta.sources["doc_number"].rule == "ocr_letterhead"


def test_without_a_second_reading_nothing_changes() -> None:
    meta = _meta(FIRST_10, None).metadata
    assert meta.sources == {}


def test_a_number_line_and_a_subject_make_a_cong_van() -> None:
    # corpus/formats 02: the whole-page reading ran `Só:56ŸS /BCA-C04` into the motto's line
    lh = _lh("BỘ CÔNG AN\n— Số:5S /BCA-C04\nV/v dự kiến mục tiêu, nhiệm vụ, kế hoạch",
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày AŠ tháng 12 năm 2025")
    first = "BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc Só:56ŸS /BCA-C04\nThực hiện Nghị quyết\n"
    assert _meta(first, None).metadata.doc_type == "news"
    meta = _meta(first, lh).metadata
    assert (meta.doc_type, meta.doc_number, meta.issue_date) == ("Công văn", None, "2025-12")


@pytest.mark.parametrize(
    ("number_line", "words", "want"),
    [
        # corpus/formats 08: handwritten `4409` read `409`, with Tesseract's confidence 0.12
        pytest.param("Số: 409 /BCA-C04", (("Số:", 0.56), ("409", 0.12), ("/BCA-C04", 0.56)), None, id="handwritten-misread"),
        # corpus/formats 03: handwritten `753` read `3`, 0.54
        pytest.param("số: 3/KH-DCT", (("số:", 0.72), ("3/KH-DCT", 0.54)), None, id="handwritten-digit-lost"),
        # corpus/formats 07: a clear handwritten `23`, 0.81
        pytest.param("Số: 23 /BC-UBND", (("Số:", 0.96), ("23", 0.81), ("/BC-UBND", 0.96)), "23/BC-UBND", id="clear-hand"),
    ],
)
def test_a_number_read_with_little_confidence_is_null(number_line: str, words: tuple, want: str | None) -> None:
    lh = _lh(f"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n{number_line}", "Quảng Ngãi, ngày 5 tháng 01 năm 2025", words)
    result = _meta("ỦY BAN NHÂN DÂN\nBÁO CÁO\nTình hình\n", lh)
    assert result.metadata.doc_number == want
    assert any("number unreadable" in w for w in result.warnings) == (want is None)


@pytest.mark.parametrize(
    ("column", "name", "position"),
    [
        # corpus/formats 05, the signature column read alone with the red seal removed: `KT.`
        # read as `T.`, `PHÓ CHỦ TỊCH` without its marks
        pytest.param("ì khai thực hiện Chỉ thị này./.\n\nT. CHỦ TỊCH\n\nPHO CHU TỊCH\n\nTrần Hoàng Tuấn",
                     "Trần Hoàng Tuấn", "Phó Chủ tịch", id="marks-lost-on-the-position"),
        # corpus/formats 01: the pen's strokes between position and name, the rank before the name
        pytest.param("lông ma tuý đên năm 2030 trân trọng cảm ơn\nCỤC TRƯỞNG\n)› _ L In I2\nThiếu tướng Ngô Thanh Bình",
                     "Ngô Thanh Bình", "Cục trưởng", id="debris-and-rank"),
        # corpus/formats 10: `GIÁM ĐỐC` and the rank read with wrong marks
        pytest.param("ì UBND tỉnh chỉ đạo./. S172 —\nKG - đp\nGIAM ĐỌC\n26G\n\n| sSiẾ, *2VjM\n[:sÍt ` 70 sử 2 ⁄\n"
                     "\\ L6 v7)\n\nThiêu tướng Trương Minh Đương", "Trương Minh Đương", "Giám đốc", id="rank-misread"),
    ],
)
def test_the_signer_from_the_signature_column(column: str, name: str, position: str) -> None:
    result = extract_metadata("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nCHỈ THỊ\nVề việc\n", spans_only,
                              None, Block(column, (1200, 0, 2500, 3500), 0.8), 4)
    meta = result.metadata
    assert meta.signer is not None and (meta.signer.name, meta.signer.position) == (name, position)
    assert (meta.sources["signer"].rule, meta.sources["signer"].page) == ("ocr_signature", 4)


def test_a_column_with_no_position_gives_no_signer() -> None:
    column = "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 16 tháng 12 năm 2025\nNguyễn Văn Long"
    meta = extract_metadata("BỘ CÔNG AN\nV/v dự kiến\n", spans_only, None,
                            Block(column, (1200, 0, 2500, 3500), 0.8), 1).metadata
    assert meta.signer is None and "signer" not in meta.sources
