"""Scanned pages: a page image with a known text must come back as that text, whatever
container it arrives in (an image, a multi-page TIFF, a scanned page inside a text PDF)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.errors import UnsupportedInput
from pipeline.ocr.preprocess import prepare, skew_angle
from pipeline.ocr.tesseract import ocr_image
from pipeline.parse.load import load

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FORMATS = Path(__file__).resolve().parents[2] / "corpus" / "formats"
# corpus/000, the opening of part II: a heading, a numbered item and a target line
LINES = [
    "II. NỘI DUNG THỰC HIỆN",
    "1. Nâng cao hiệu quả công tác truyền thông, tuyên truyền",
    "Ít nhất 80% số xã, phường, thị trấn tổ chức được ít nhất",
    "một hình thức tuyên truyền về phòng, chống mại dâm.",
    "Cơ quan chủ trì: Sở Lao động - Thương binh và Xã hội.",
]


def page(lines: list[str] = LINES, angle: float = 0.0) -> Image.Image:
    """An A4-wide page at 300 dpi with the lines in a 12-point serif, as a scanner gives it."""
    image = Image.new("L", (2480, 200 + 90 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 50)
    for i, line in enumerate(lines):
        draw.text((150, 100 + 90 * i), line, font=font, fill=0)
    return image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255) if angle else image


def cer(got: str, want: str) -> float:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.normalized_distance(" ".join(got.split()), " ".join(want.split()))


def test_a_clean_page_reads_back_with_its_diacritics() -> None:
    result = ocr_image(page())
    assert cer(result.text, "\n".join(LINES)) < 0.01
    assert result.confidence is not None and result.confidence > 0.85


def test_a_tilted_page_is_levelled_before_reading() -> None:
    tilted = page(angle=2.0)
    assert abs(skew_angle(prepare(tilted, ("grayscale",))) + 2.0) <= 0.4
    assert cer(ocr_image(tilted).text, "\n".join(LINES)) < 0.02


def test_an_image_file_is_a_scanned_document() -> None:
    buf = io.BytesIO()
    page().convert("RGB").save(buf, "JPEG", quality=85)
    loaded = load(Path("scan.jpg"), buf.getvalue())
    assert (loaded.format, loaded.pages, loaded.ocr) == ("image", 1, True)
    assert "Ít nhất 80% số xã, phường, thị trấn" in loaded.text


def test_every_frame_of_a_tiff_is_a_page() -> None:
    buf = io.BytesIO()
    first, second = page(LINES[:2]), page(LINES[2:])
    first.save(buf, "TIFF", save_all=True, append_images=[second])
    loaded = load(Path("scan.tif"), buf.getvalue())
    assert (loaded.pages, loaded.ocr_pages) == (2, (1, 2))
    second_page = loaded.text[loaded.page_starts[1]:]
    assert "Cơ quan chủ trì" in second_page and "Cơ quan chủ trì" not in loaded.text[:loaded.page_starts[1]]


def test_a_mixed_pdf_reads_text_pages_as_text_and_scanned_pages_by_ocr() -> None:
    import pypdfium2 as pdfium

    text_pdf = pdfium.PdfDocument(str(FORMATS / "13_angiang_2021_qd-04-ubnd-chomoi-chuc-nang-phong-tnmt.pdf"))
    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(text_pdf, [0])
    scanned = mixed.new_page(595, 842)
    image = pdfium.PdfImage.new(mixed)
    bitmap = pdfium.PdfBitmap.from_pil(page().convert("RGB"))
    image.set_bitmap(bitmap)
    image.set_matrix(pdfium.PdfMatrix().scale(595, 595 * page().height / page().width).translate(0, 300))
    scanned.insert_obj(image)
    scanned.gen_content()
    buf = io.BytesIO()
    mixed.save(buf)
    loaded = load(Path("mixed.pdf"), buf.getvalue())
    assert (loaded.pages, loaded.ocr_pages) == (2, (2,))
    assert loaded.text.startswith("ỦY BAN NHÂN DÂN")  # page 1 from its text layer
    assert "Sở Lao động - Thương binh và Xã hội" in loaded.text[loaded.page_starts[1]:]
    assert any("read by OCR" in w for w in loaded.warnings)


def test_real_scan_with_a_signature_stamp_is_read_by_ocr() -> None:
    """corpus/formats/07: three scanned pages whose only text layer is a signature stamp."""
    path = FORMATS / "07_quangngai_2025_bc-23-ubnd-cai-cach-tthc-thang-01.pdf"
    loaded = load(path, path.read_bytes())
    assert loaded.ocr and loaded.ocr_confidence is not None and loaded.ocr_confidence > 0.8
    assert "BÁO CÁO" in loaded.text.upper() and "thủ tục hành chính" in loaded.text


def test_missing_tesseract_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    real_which = shutil.which
    monkeypatch.setattr(shutil, "which", lambda name: None if name == "tesseract" else real_which(name))
    buf = io.BytesIO()
    page().save(buf, "PNG")
    with pytest.raises(UnsupportedInput, match="apt-get install tesseract-ocr"):
        load(Path("scan.png"), buf.getvalue())


@pytest.mark.parametrize("angle", [90, 180, 270], ids=["sideways-left", "upside-down", "sideways-right"])
def test_a_page_scanned_sideways_or_upside_down_is_turned_upright(angle: int) -> None:
    result = ocr_image(page().rotate(angle, expand=True, fillcolor=255))
    assert cer(result.text, "\n".join(LINES)) < 0.02
