"""Which reader a file gets (by its bytes, not its name), and what each reader keeps."""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.errors import KehoachError
from pipeline.parse.load import _CONTROL_BYTES, _controls_throughout, _count_bytes, load

FORMATS = Path(__file__).resolve().parents[2] / "corpus" / "formats"
PLAN_LINE = "Phòng, chống mại dâm trên địa bàn tỉnh Thanh Hóa năm 2023"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        pytest.param(PLAN_LINE.encode("utf-8"), "utf-8", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + PLAN_LINE.encode("utf-8"), "utf-8-sig", id="utf-8-with-bom"),
        pytest.param(PLAN_LINE.encode("utf-16"), "utf-16", id="utf-16-with-bom"),
        # Windows tools and portal exports save UTF-16 without a byte-order mark
        pytest.param(PLAN_LINE.encode("utf-16-le"), "utf-16-le", id="utf-16-le-without-bom"),
        pytest.param(PLAN_LINE.encode("utf-16-be"), "utf-16-be", id="utf-16-be-without-bom"),
    ],
)
def test_text_encodings(data: bytes, encoding: str) -> None:
    loaded = load(Path("plan.txt"), data)
    assert (loaded.text, loaded.format, loaded.encoding) == (PLAN_LINE, "txt", encoding)


@pytest.mark.parametrize("name", ["plan.pdf", "plan.docx", "plan.doc", "plan.xlsx"])
def test_text_under_a_binary_name_is_read_by_its_content_with_a_warning(name: str) -> None:
    loaded = load(Path(name), PLAN_LINE.encode("utf-8"))
    suffix = Path(name).suffix
    assert (loaded.text, loaded.format) == (PLAN_LINE, "txt")
    assert loaded.warnings == (f"named {suffix} but the content is text: read as text",)


def test_markdown_by_extension() -> None:
    assert load(Path("plan.md"), PLAN_LINE.encode()).format == "md"


@pytest.mark.parametrize(
    ("name", "data", "cause"),
    [
        pytest.param("empty.txt", b"", "empty", id="empty"),
        pytest.param("blank.txt", b"  \n\n ", "empty", id="only-white-space"),
        pytest.param("junk.txt", bytes(range(256)) * 40, "not", id="binary-junk-named-txt"),
        pytest.param("cp1258.txt", b"H\xf2a B\xecnh ban h\xe0nh", "not UTF-8", id="windows-1258"),
        pytest.param("fake.docx", b"PK\x03\x04" + b"\x00" * 100, "zip", id="docx-that-is-not-a-zip"),
        pytest.param("truncated.pdf", b"%PDF-1.7\n1 0 obj\n<<", "PDF", id="truncated-pdf"),
        pytest.param("junk.pdf", b"\x01\x02" + bytes(range(256)) * 8,
                     "named .pdf but the content is not a PDF file, nor text: binary data", id="junk-named-pdf"),
        pytest.param("odd.txt", b"\x00A" * 40 + b"\x00", "binary", id="utf-16-pattern-but-odd-length"),
    ],
)
def test_bad_inputs_name_their_cause(name: str, data: bytes, cause: str) -> None:
    with pytest.raises(KehoachError) as info:
        load(Path(name), data)
    assert info.value.stage == "load"
    assert cause in info.value.cause


# Legacy fonts read as Unicode: the opening of corpus/formats/14 (TCVN3) and 23 (VNI), with
# what their Unicode transcripts (corpus/formats/ground-truth/) say.
LEGACY = {
    "tcvn3-14": ("B¸o c¸o\nT×nh h×nh thùc hiÖn nhiÖm vô kÕ ho¹ch n¨m 2004\nvµ kÕ ho¹ch ph¸t triÓn kinh tÕ - x· héi "
                 "n¨m 2005\n", "tcvn3",
                 "Báo cáo\nTình hình thực hiện nhiệm vụ kế hoạch năm 2004\nvà kế hoạch phát triển kinh tế - xã hội năm 2005"),
    "vni-23": ("QUYEÁT ÑÒNH\nVeà vieäc pheâ duyeät Keá hoaïch thöïc hieän quy hoaïch söû duïng röøng, ñaát röøng\n", "vni",
               "QUYẾT ĐỊNH\nVề việc phê duyệt Kế hoạch thực hiện quy hoạch sử dụng rừng, đất rừng"),
}


@pytest.mark.parametrize(("raw", "encoding", "unicode"), list(LEGACY.values()), ids=list(LEGACY))
def test_legacy_font_text_is_repaired_and_says_so(raw: str, encoding: str, unicode: str) -> None:
    loaded = load(Path("legacy.txt"), (raw * 5).encode("utf-8"))
    assert loaded.encoding_repaired == encoding
    assert loaded.text.startswith(unicode)


def test_legacy_font_bytes_in_an_8_bit_file_are_repaired() -> None:
    raw = LEGACY["tcvn3-14"][0] * 5
    loaded = load(Path("legacy.txt"), raw.encode("cp1252"))
    assert (loaded.encoding, loaded.encoding_repaired) == ("cp1252", "tcvn3")
    assert loaded.text.startswith(LEGACY["tcvn3-14"][2])


def test_windows_1258_with_combining_tones() -> None:
    text = "Kế hoạch phòng, chống mại dâm năm 2024 của Ủy ban nhân dân huyện Chi Lăng. " * 3
    data = _cp1258(text)
    loaded = load(Path("cp1258.txt"), data)
    assert loaded.encoding_repaired == "cp1258"
    assert loaded.text.startswith("Kế hoạch phòng, chống mại dâm năm 2024")


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Word wrote it: letters without their tone, then the tone as a
    combining mark (`ế` → `ê` + U+0301)."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        tone = "".join(c for c in parts if c in tones)
        out += codecs.encode(base + tone, "cp1258")
    return bytes(out)


def test_unicode_is_never_repaired() -> None:
    caps = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK " * 20
    loaded = load(Path("caps.txt"), caps.encode())
    assert (loaded.text, loaded.encoding_repaired) == (caps, None)


@pytest.mark.parametrize("name", sorted(p.name for p in (Path(__file__).resolve().parents[2] / "corpus").glob("*.txt")))
def test_no_bundled_unicode_plan_is_repaired(name: str) -> None:
    path = Path(__file__).resolve().parents[2] / "corpus" / name
    assert load(path, path.read_bytes()).encoding_repaired is None


def test_a_unicode_doc_declaring_vntime_is_not_repaired() -> None:
    """corpus/formats/21 still lists `.VnTime` in its font table; its text is Unicode."""
    path = FORMATS / "21_phutho_2011_kh-stttt-trien-khai-phan-mem-qlvb.doc"
    loaded = load(path, path.read_bytes())
    assert (loaded.format, loaded.encoding_repaired) == ("doc", None)
    assert "KẾ HOẠCH" in loaded.text and "Triển khai cài đặt, đào tạo" in loaded.text


@pytest.mark.parametrize(("name", "encoding", "phrase"), [
    ("25_quocgia_1998_nd-29-quy-che-dan-chu-o-xa-tcvn3.doc", "tcvn3", "Quy chế thực hiện dân chủ ở xã"),
    ("23_binhphuoc_2008_qd-991-ubnd-ke-hoach-quy-hoach-rung-vni.doc", "vni", "Về việc phê duyệt Kế hoạch"),
], ids=["doc-tcvn3-25", "doc-vni-23"])
def test_legacy_doc_files_are_read_and_repaired(name: str, encoding: str, phrase: str) -> None:
    path = FORMATS / name
    loaded = load(path, path.read_bytes())
    assert (loaded.format, loaded.encoding_repaired) == ("doc", encoding)
    assert phrase in loaded.text


def test_legacy_font_pdf_text_layer_is_repaired_without_ocr() -> None:
    path = FORMATS / "14_quocgia_2004_bc-ke-hoach-ktxh-2005-vntime-tcvn3.pdf"
    loaded = load(path, path.read_bytes())
    assert (loaded.encoding_repaired, loaded.ocr) == ("tcvn3", False)
    assert "kế hoạch phát triển kinh tế - xã hội năm 2005" in loaded.text


@pytest.mark.parametrize(
    ("name", "data", "cause"),
    [
        pytest.param("scan.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image cannot be read", id="broken-png-named-txt"),
        pytest.param("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, ".doc file cannot be read",
                     id="broken-word-97"),
    ],
)
def test_broken_images_and_doc_files_name_their_cause(name: str, data: bytes, cause: str) -> None:
    with pytest.raises(KehoachError, match=cause):
        load(Path(name), data)


def test_html_main_content_only_with_table_rows() -> None:
    html = """<!DOCTYPE html><html><head><script>var x = "KẾ HOẠCH";</script><style>p{}</style></head>
    <body><nav>Trang chủ | Văn bản</nav><main><p><b>KẾ HOẠCH</b></p><p>Phòng, chống mại dâm năm 2024</p>
    <table><tr><th>STT</th><th>Nhiệm vụ</th></tr><tr><td>1</td><td>Tuyên truyền</td></tr></table></main>
    <footer>Bản quyền</footer></body></html>"""
    loaded = load(Path("page.txt"), html.encode())
    assert loaded.format == "html"
    assert "KẾ HOẠCH\n\nPhòng, chống mại dâm năm 2024" in loaded.text
    assert "| STT | Nhiệm vụ |\n| 1 | Tuyên truyền |" in loaded.text
    for dropped in ("var x", "Trang chủ", "Bản quyền"):
        assert dropped not in loaded.text


def test_docx_paragraphs_and_tables_in_document_order() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Nhiệm vụ", "Cơ quan chủ trì"
    table.cell(1, 0).text, table.cell(1, 1).text = "Tuyên truyền", "Sở Tư pháp"
    document.add_paragraph("TỔ CHỨC THỰC HIỆN")
    buf = io.BytesIO()
    document.save(buf)
    loaded = load(Path("plan.bin"), buf.getvalue())
    assert loaded.format == "docx"
    text = loaded.text
    assert text.index("KẾ HOẠCH") < text.index("| Tuyên truyền | Sở Tư pháp |") < text.index("TỔ CHỨC THỰC HIỆN")


def test_real_docx_with_letterhead_tables() -> None:
    path = FORMATS / "17_lamdong_2025_cv-ubnd-trien-khai-hd-46-bca-giam-sat-pcmt-du-thao.docx"
    loaded = load(path, path.read_bytes())
    assert "/UBND-NC" in loaded.text and "Kính gửi: Công an tỉnh" in loaded.text
    assert "| ỦY BAN NHÂN DÂN<br>TỈNH LÂM ĐỒNG |" in loaded.text  # the letterhead is a layout table


def test_text_pdf_keeps_page_starts() -> None:
    path = FORMATS / "13_angiang_2021_qd-04-ubnd-chomoi-chuc-nang-phong-tnmt.pdf"
    loaded = load(path, path.read_bytes())
    assert (loaded.format, loaded.pages, len(loaded.page_starts)) == ("pdf", 7, 7)
    assert loaded.text.startswith("ỦY BAN NHÂN DÂN")
    second = loaded.text[loaded.page_starts[1] : loaded.page_starts[2]]
    assert second.strip() and second.strip() in loaded.text


def test_a_pdf_of_blank_pages_is_refused_without_ocr() -> None:
    """A page with nothing on it is not sent to Tesseract (issue #21: a PDF of blank pages
    rendered and OCR'd every one); when every page is blank there is nothing to read."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    buf = io.BytesIO()
    pdf.save(buf)
    with pytest.raises(KehoachError, match=r"1 page\(s\) are all blank \(no text layer and no ink\)"):
        load(Path("scan.pdf"), buf.getvalue())


def test_a_blank_page_among_text_pages_is_named_and_skipped() -> None:
    import pikepdf

    source = FORMATS / "13_angiang_2021_qd-04-ubnd-chomoi-chuc-nang-phong-tnmt.pdf"
    with pikepdf.open(source) as pdf:
        pdf.add_blank_page(page_size=(595, 842))
        buf = io.BytesIO()
        pdf.save(buf)
    loaded = load(Path("plan.pdf"), buf.getvalue())
    assert (loaded.pages, loaded.ocr, loaded.ocr_pages) == (8, False, ())
    assert "pages 8 are blank: not read by OCR" in loaded.warnings
    assert loaded.text.startswith("ỦY BAN NHÂN DÂN")


def test_password_protected_pdf() -> None:
    import pikepdf

    source = FORMATS / "13_angiang_2021_qd-04-ubnd-chomoi-chuc-nang-phong-tnmt.pdf"
    buf = io.BytesIO()
    with pikepdf.open(source) as pdf:
        pdf.save(buf, encryption=pikepdf.Encryption(owner="owner", user="secret"))
    with pytest.raises(KehoachError, match="password"):
        load(Path("locked.pdf"), buf.getvalue())


def test_a_broken_ocr_text_layer_sends_the_page_to_ocr() -> None:
    from pipeline.parse.load import _page_needs_ocr

    # the opening of corpus/formats/10 (a phone-app scan whose text layer decodes wrongly)
    broken = "BØC ÔNG AN CØNG HOÀ XÃ HØI CHæN GH(A VIÆT NAM\nCÔNG AN TÈNH LÂM Ò(cid:16) NG Ù(cid:3)\n" * 6
    assert _page_needs_ocr(broken) == "a broken text layer"
    assert _page_needs_ocr("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" * 6) is None
    assert _page_needs_ocr("Ký bởi: Ủy ban nhân dân") == "no text layer"



def test_every_supplement_entry_converts_its_example() -> None:
    """The letters viparse's tables lack (pipeline/data/legacy_supplement.yaml), each with
    its example, both ways: the legacy form converts to the Unicode one."""
    from pipeline.parse import legacy

    entries = legacy.supplement()
    assert entries
    for entry in entries:
        legacy_text, unicode_text = entry.example
        assert entry.legacy in legacy_text and entry.unicode in unicode_text
        assert legacy.repair_as(legacy_text, entry.encoding) == unicode_text


def test_tcvn3_capitals_lines_get_their_accented_capitals_back() -> None:
    """TCVN3 has no accented capitals; `KÕ HO¹CH` comes out `KếHOạCH`-style and is restored."""
    from pipeline.parse import legacy

    assert legacy.repair_as("KÕ HO¹CH\nPh¸t triÓn kinh tÕ", "tcvn3") == "KẾ HOẠCH\nPhát triển kinh tế"


# A plan's task table exported to PDF (fragments of corpus/15 and 000): pdfplumber's table
# finder reads each cell inside its ruling; the rows reach the text as `| … |` lines.
WIDTHS = [30, 180, 100, 100, 80]
HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]


def test_pdf_task_table_is_read_row_by_row_with_wrapped_cells(tmp_path: Path) -> None:
    from tests.fixtures.grid_pdf import grid_pdf, table

    path = grid_pdf(tmp_path / "grid.pdf", ["KẾ HOẠCH", "II. NHIỆM VỤ"], table(760, WIDTHS, [
        HEADER, ["1", "Tổ chức hội nghị triển khai\nLuật Phòng, chống mại dâm", "Sở Tư pháp", "Sở Nội vụ", "Quý I/2023"],
        ["2", "Rà soát các văn bản quy phạm\npháp luật", "Công an tỉnh", "Sở Tư pháp", "Thường xuyên"]], height=40))
    text = load(path, path.read_bytes()).text
    assert text.strip().splitlines()[-2:] == [
        "| 1 | Tổ chức hội nghị triển khai Luật Phòng, chống mại dâm | Sở Tư pháp | Sở Nội vụ | Quý I/2023 |",
        "| 2 | Rà soát các văn bản quy phạm pháp luật | Công an tỉnh | Sở Tư pháp | Thường xuyên |"]
    assert text.startswith("KẾ HOẠCH\nII. NHIỆM VỤ\n| STT |")


def test_pdf_task_table_keeps_merged_cells_with_their_spans(tmp_path: Path) -> None:
    """One lead over two duties (merged down): both rows have it. A group title over the whole
    row (merged across) leaves the other columns empty."""
    from tests.fixtures.grid_pdf import grid_pdf, table

    cells = table(760, WIDTHS, [HEADER])
    cells.append((40, 730, 490, 30, "I. Hoàn thiện thể chế"))
    cells.append((250, 700, 100, 60, "Sở Tư pháp"))
    cells += [c for c in table(700, WIDTHS, [["1", "Tổ chức hội nghị triển khai Luật", "", "Sở Nội vụ", "Quý I/2023"],
                                              ["2", "Rà soát các văn bản", "", "Công an tỉnh", "Quý II/2023"]])
              if c[0] != 250]
    path = grid_pdf(tmp_path / "merged.pdf", ["II. NHIỆM VỤ"], cells)
    assert load(path, path.read_bytes()).text.strip().splitlines()[-3:] == [
        "| I. Hoàn thiện thể chế |  |  |  |  |",
        "| 1 | Tổ chức hội nghị triển khai Luật | Sở Tư pháp | Sở Nội vụ | Quý I/2023 |",
        "| 2 | Rà soát các văn bản | Sở Tư pháp | Công an tỉnh | Quý II/2023 |"]


def test_pdf_table_that_is_not_a_task_table_is_read_as_text() -> None:
    path = FORMATS / "13_angiang_2021_qd-04-ubnd-chomoi-chuc-nang-phong-tnmt.pdf"
    assert "| " not in load(path, path.read_bytes()).text


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=64))
def test_control_bytes_are_counted_as_the_class_finds_them(data: bytes) -> None:
    """The count of control bytes (binary data, not text) is what a scan for the class counts."""
    assert _count_bytes(data, _CONTROL_BYTES) == len(re.findall(rb"[\x00-\x08\x0e-\x1f]", data))


def _controls_in_window(text: str) -> bool:
    """What `_decode` refuses UTF-8 text for: control characters throughout its first 65,536."""
    window = text[:65536]
    return len(re.findall(r"[\x00-\x08\x0e-\x1f\x7f]", window)) > max(8, len(window) // 100)


@pytest.mark.parametrize("text", [
    "Kế hoạch số 12/KH-UBND\n", "Kế hoạch\x00" * 4, "Kế hoạch\x00" * 9, "a\x01" * 12, "\x7f" * 9 + "x" * 2000,
    "ệ" * 70000 + "\x00" * 20, "\x00" * 20 + "ệ" * 70000, "\tTab\r\nCRLF\x0cform feed\x0b",
], ids=["plain", "four-nuls", "nine-nuls", "controls-throughout", "few-in-much", "past-the-window",
        "in-the-window", "white-space-controls"])
def test_controls_throughout_are_counted_from_bytes_first(text: str) -> None:
    """A UTF-8 file with at most eight control bytes in all is passed without a regex scan; the
    answer is the one the scan of its first 65,536 characters gives."""
    assert _controls_throughout(text, text.encode()) == _controls_in_window(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aệ \n\t\x00\x01\x08\x0b\x0e\x1f\x7f\x80", max_size=120))
def test_controls_throughout_are_counted_from_bytes_first_in_any_text(text: str) -> None:
    assert _controls_throughout(text, text.encode()) == _controls_in_window(text)
