"""An issuer's name as OCR reads it on a real scan, restored to the lexicon's spelling; the
fragments are what Tesseract read on the scans of corpus/formats and issue #21."""

from __future__ import annotations

import pytest

from pipeline.ocr.names import restore_issuer, restore_place, strip


@pytest.mark.parametrize(
    ("read", "name"),
    [
        # diacritics lost on the small caps of a provincial letterhead (a 2011 Phú Thọ scan)
        pytest.param("Ủy ban nhân dân tinh phu thọ", "UBND tỉnh Phú Thọ", id="ubnd-diacritics-lost"),
        pytest.param("ỦY BAN NHÂN DẪN TỈNH QUẢNG NGÃI", "UBND tỉnh Quảng Ngãi", id="ubnd-one-mark-wrong"),
        pytest.param("BỌ CONG AN", "Bộ Công an", id="ministry-marks-lost"),
        # a body under its ministry: `<body>, <ministry>`
        pytest.param("\\ BỘ CÔNG AN CỤC CANH SAT ĐIEU TRA TỌI PHẠM VỀ MA TUY",
                     "Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an", id="cuc-under-bo"),
        pytest.param("BỘ CÔNG AN CÔNG AN TĨNH LÂM ĐỎNG", "Công an tỉnh Lâm Đồng, Bộ Công an", id="cong-an-tinh-under-bo"),
        # a department under its UBND: `<department> tỉnh <province>`
        pytest.param("UBND TỈNH BÌNH THUẬN SỞ NỘI VỤ", "Sở Nội vụ tỉnh Bình Thuận", id="so-under-ubnd"),
        # the Party's letterhead: the Central Committee over its office
        pytest.param("BAN CHÁP HÀNH TRƯNG ƯƠNG VĂN PHÒNG kủ3", "Văn phòng Trung ương Đảng", id="party-office"),
    ],
)
def test_a_letterhead_read_by_ocr_is_restored_to_the_lexicons_name(read: str, name: str) -> None:
    restored = restore_issuer(read)
    assert restored is not None and restored.name == name
    assert restored.confidence >= 0.9


@pytest.mark.parametrize(
    ("read", "name", "dropped"),
    [
        # a 2026 decree: the digits of a stamp run into the body's name
        pytest.param("7727 chính phủ", "Chính phủ", ("7727",), id="stamp-digits"),
        pytest.param("- BỘ CÔNG AN", "Bộ Công an", ("-",), id="rule-mark"),
        pytest.param("CHÍNH PHỦ B22", "Chính phủ", ("B22",), id="stamp-code-after"),
    ],
)
def test_stamp_and_signature_debris_is_dropped(read: str, name: str, dropped: tuple[str, ...]) -> None:
    restored = restore_issuer(read)
    assert restored is not None and restored.name == name and restored.dropped == dropped


@pytest.mark.parametrize(
    "read",
    [
        # a university the lexicon does not know: no close name, so no name (never a guess)
        pytest.param("BỘ CÔNG THƯƠNG TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG THÀNH PHÓ HÒ CHÍ MINH", id="unknown-body"),
        pytest.param("TỈNH QUẢÁNG NGÁI", id="half-a-letterhead"),
        pytest.param("7727", id="digits-only"),
    ],
)
def test_a_name_the_lexicon_does_not_know_closely_is_none(read: str) -> None:
    assert restore_issuer(read) is None


def test_uy_ban_and_ubnd_of_two_provinces_stay_apart() -> None:
    assert restore_issuer("ỦY BAN NHÂN DÂN TỈNH HÀ NAM").name == "UBND tỉnh Hà Nam"  # type: ignore[union-attr]
    assert restore_issuer("ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH").name == "UBND tỉnh Nam Định"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("read", "place"),
    [
        pytest.param("Lâm Đông", "Lâm Đồng", id="mark-lost"),
        pytest.param("* Hà Nội", "Hà Nội", id="party-star"),
        pytest.param("Thành phố Hồ Chí Minh", "Hồ Chí Minh", id="city-word"),
        pytest.param("Quảng Nøãi", "Quảng Ngãi", id="letter-misread"),
    ],
)
def test_the_date_lines_place_is_restored(read: str, place: str) -> None:
    assert restore_place(read)[0] == place  # type: ignore[index]


def test_a_district_town_is_no_province() -> None:
    assert restore_place("Cẩm Thủy") is None


def test_strip_leaves_the_letters_ocr_keeps() -> None:
    assert strip("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ") == strip("Ủy ban nhân dân tinh phu thọ") == "uy ban nhan dan tinh phu tho"
    assert strip("Đồng, Lâm-Đồng") == "dong lam dong"
