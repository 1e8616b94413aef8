"""A page with no ink is not sent to Tesseract: a blank render or a clean blank scan is
skipped, while a page carrying even one short line is read."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from pipeline.ocr.preprocess import is_blank

A4 = (2480, 3508)  # pixels at 300 dpi


def _page(fill: int = 255) -> Image.Image:
    return Image.new("L", A4, fill)


def _dust(image: Image.Image, specks: int) -> Image.Image:
    rng = np.random.default_rng(0)
    pixels = np.asarray(image).copy()
    pixels[rng.integers(0, A4[1], specks), rng.integers(0, A4[0], specks)] = 0
    return Image.fromarray(pixels)


def _line(text: str) -> Image.Image:
    page = _page()
    ImageDraw.Draw(page).text((300, 300), text, fill=0, font_size=42)
    return page


@pytest.mark.parametrize(
    ("page", "blank"),
    [
        pytest.param(_page(), True, id="white-render"),
        pytest.param(_page(235), True, id="grey-paper"),
        pytest.param(_dust(_page(), 150), True, id="blank-scan-with-dust"),
        pytest.param(_page().convert("RGB"), True, id="white-rgb"),
        pytest.param(_line("Trang 2"), False, id="page-number-only"),
        pytest.param(_line("Phòng, chống mại dâm năm 2024"), False, id="one-line"),
    ],
)
def test_a_page_is_blank_only_without_ink(page: Image.Image, blank: bool) -> None:
    assert is_blank(page) is blank
