"""Which reader a file gets (by its bytes, not its name), and what each reader keeps."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

from pipeline.errors import KehoachError, UnsupportedInput
from pipeline.parse.load import load

FORMATS = Path(__file__).resolve().parents[1] / "fixtures" / "formats"
PLAN_LINE = "Phòng, chống mại dâm trên địa bàn tỉnh Thanh Hóa năm 2023"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        pytest.param(PLAN_LINE.encode("utf-8"), "utf-8", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + PLAN_LINE.encode("utf-8"), "utf-8-sig", id="utf-8-with-bom"),
        pytest.param(PLAN_LINE.encode("utf-16"), "utf-16", id="utf-16-with-bom"),
    ],
)
def test_text_encodings(data: bytes, encoding: str) -> None:
    loaded = load(Path("plan.txt"), data)
    assert (loaded.text, loaded.format, loaded.encoding) == (PLAN_LINE, "txt", encoding)


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
    ],
)
def test_bad_inputs_name_their_cause(name: str, data: bytes, cause: str) -> None:
    with pytest.raises(KehoachError) as info:
        load(Path(name), data)
    assert info.value.stage == "load"
    assert cause in info.value.cause


# TCVN3 (ABC, `.VnTime`) read as Unicode: the opening of corpus-formats/14.
TCVN3 = "B¸o c¸o\nT×nh h×nh thùc hiÖn nhiÖm vô kÕ ho¹ch n¨m 2004\nvµ kÕ ho¹ch ph¸t triÓn kinh tÕ - x· héi n¨m 2005\n" * 5


def test_legacy_font_encoding_is_refused_until_it_can_be_repaired() -> None:
    with pytest.raises(UnsupportedInput, match="legacy Vietnamese font encoding"):
        load(Path("tcvn3.txt"), TCVN3.encode("utf-8"))


def test_unicode_capitals_are_not_mistaken_for_a_legacy_encoding() -> None:
    caps = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK " * 20
    assert load(Path("caps.txt"), caps.encode()).text == caps


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        pytest.param("scan.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image", id="png-named-txt"),
        pytest.param("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, ".doc", id="word-97"),
    ],
)
def test_formats_not_read_yet_say_so(name: str, data: bytes, kind: str) -> None:
    with pytest.raises(UnsupportedInput, match="not supported yet"):
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


def test_pdf_without_text_layer_is_a_scan() -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    buf = io.BytesIO()
    pdf.save(buf)
    with pytest.raises(UnsupportedInput, match="scanned PDF"):
        load(Path("scan.pdf"), buf.getvalue())


def test_password_protected_pdf() -> None:
    import pikepdf

    source = FORMATS / "13_angiang_2021_qd-04-ubnd-chomoi-chuc-nang-phong-tnmt.pdf"
    buf = io.BytesIO()
    with pikepdf.open(source) as pdf:
        pdf.save(buf, encryption=pikepdf.Encryption(owner="owner", user="secret"))
    with pytest.raises(KehoachError, match="password"):
        load(Path("locked.pdf"), buf.getvalue())


def test_a_broken_ocr_text_layer_is_refused() -> None:
    from pipeline.parse.load import _refuse_broken_text_layer

    # the opening of corpus-formats/10 (a phone-app scan whose text layer decodes wrongly)
    broken = "BØC ÔNG AN CØNG HOÀ XÃ HØI CHæN GH(A VIÆT NAM\nCÔNG AN TÈNH LÂM Ò(cid:16) NG Ù(cid:3)\n" * 6
    with pytest.raises(UnsupportedInput, match="text layer is broken"):
        _refuse_broken_text_layer(broken)
    _refuse_broken_text_layer("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" * 6)
