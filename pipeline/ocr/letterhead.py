"""A second, closer OCR reading of page 1's letterhead.

The letterhead (Nghị định 30/2020/NĐ-CP) is two columns side by side: the issuing body over
`Số: …` on the left, the national motto over `<place>, ngày … tháng … năm …` on the right.
Read with the whole page (`--psm 3`), Tesseract joins the two columns into one line
(`BỘ CÔNG AN CỘNG HÒA XÃ HỘI …`), drops diacritics on the small caps and lets a stamp's digits
run into the body's name. Here the top of the page is cut into its two columns at the blank
gutter between them, each column is upscaled and read alone as a block of lines (`--psm 6`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np
from PIL import Image

from pipeline.ocr.preprocess import prepare
from pipeline.ocr.tesseract import LANGUAGE, _page_text

TOP = 0.25
"""The share of the page height the letterhead, number and date lines sit in (about 12-20% on
A4 scans, leaving room for a tall two-line body and a stamp under the date)."""
UPSCALE = 2
"""Letterhead caps are 12-13 pt: doubling a 300 dpi crop brings their diacritics (`Ộ`, `Ỉ`) to
the stroke width Tesseract's LSTM model was trained on."""
CONFIG = "--oem 1 --psm 6"
"""One uniform block of lines: inside one column, that is what a letterhead is."""


@dataclass(frozen=True)
class Block:
    text: str
    bbox: tuple[int, int, int, int]
    """`(left, top, right, bottom)` in pixels of the page image the pass read (the page as
    rendered for OCR, 300 dpi for a PDF, the image itself for a photo or scan)."""
    confidence: float | None
    words: tuple[tuple[str, float], ...] = ()
    """Each word as read with Tesseract's confidence in it (0-1): a handwritten number is read
    with a confidence far under the print around it (`409` for `4409`: 0.12)."""

    def word_confidence(self, word: str) -> float | None:
        """Tesseract's confidence in the first word read as `word`; None if none was."""
        return next((c for w, c in self.words if w == word), None)


@dataclass(frozen=True)
class Letterhead:
    left: Block
    """The issuing body and `Số: …`."""
    right: Block
    """The motto and `<place>, ngày … tháng … năm …`."""


def _two_column_rows(ink: np.ndarray) -> np.ndarray:
    """The rows of the first two text lines inked on both sides of the page's middle: the
    body's name beside the motto. Below them the centred title (`KẾ HOẠCH`) and stamps cross
    the gutter; above them are specks of the scanner's edge."""
    height, width = ink.shape
    rows = ink.sum(axis=1) > max(2, width // 500)
    bands, start = [], None
    for y, on in enumerate([*rows, False]):
        if on and start is None:
            start = y
        elif not on and start is not None:
            if y - start >= max(8, height // 100):  # a text line, not a speck or a rule
                bands.append((start, y))
            start = None
    both = [(a, b) for a, b in bands
            if ink[a:b, width // 20 : width * 2 // 5].any() and ink[a:b, width * 3 // 5 : width * 19 // 20].any()]
    keep = np.zeros(height, dtype=bool)
    for a, b in both[:2]:
        keep[a:b] = True
    return keep


def _gutter(ink: np.ndarray) -> int:
    """The column where the two letterhead columns part: the middle of the widest run of
    blank columns (30-70% of the width) beside the motto's lines; the least-inked run over the
    whole top when those lines cannot be told (a stamp across them)."""
    width = ink.shape[1]
    lo, hi = int(width * 0.30), int(width * 0.70)
    rows = _two_column_rows(ink)
    lines = ink[rows] if rows.any() else ink
    window = max(1, width // 100)
    profile = np.convolve(lines.sum(axis=0).astype(np.float64), np.ones(window) / window, mode="same")[lo:hi]
    low = profile <= profile.min() + max(1.0, lines.shape[0] * 0.003)
    best_start, best_len, run_start = 0, 0, None
    for x, is_low in enumerate([*low, False]):
        if is_low:
            run_start = x if run_start is None else run_start
        elif run_start is not None:
            if x - run_start > best_len:
                best_start, best_len = run_start, x - run_start
            run_start = None
    return lo + best_start + best_len // 2


def _read(image: Image.Image, bbox: tuple[int, int, int, int], upscale: int = UPSCALE) -> Block:
    import pytesseract

    crop = image.crop(bbox)
    if upscale > 1:
        crop = crop.resize((crop.width * upscale, crop.height * upscale), Image.LANCZOS)
    data = pytesseract.image_to_data(crop, lang=LANGUAGE, config=CONFIG, output_type=pytesseract.Output.DICT)
    text, confidence = _page_text(data)
    words = tuple((w.strip(), float(c) / 100) for w, c in zip(data["text"], data["conf"]) if (w or "").strip())
    return Block(text, bbox, confidence, words)


def read_letterhead(page: Image.Image) -> Letterhead:
    """Page 1's two letterhead columns, each read on its own."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    image = prepare(page)
    top = int(image.height * TOP)
    ink = np.asarray(image.crop((0, 0, image.width, top))) < 128
    split = _gutter(ink)
    return Letterhead(left=_read(image, (0, 0, split, top)), right=_read(image, (split, 0, image.width, top)))


SIGNATURE_FROM = 0.48
"""Where the signature column starts across the page: the block (`KT. CHỦ TỊCH` / `PHÓ CHỦ
TỊCH` / the name) is centred in the right half, beside `Nơi nhận:` in the left half."""


def without_colour_ink(page: Image.Image) -> Image.Image:
    """The page in grey with red and blue ink turned to paper: the red seal stamped over the
    signature and the blue pen of the signature itself, whose strokes Tesseract reads as rows of
    debris lines (`)› _ L In I2`) between the position and the printed name, which is black."""
    if page.mode not in ("RGB", "RGBA"):
        return page
    rgb = np.asarray(page.convert("RGB")).astype(np.int16)
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    colour = (r - np.minimum(g, b) > 50) | (b - np.minimum(r, g) > 40)
    grey = np.asarray(page.convert("L")).copy()
    grey[colour] = 255
    return Image.fromarray(grey)


def read_signature(page: Image.Image) -> Block:
    """The right part of the page that holds the signature, read alone and without coloured
    ink. Read whole, each line of `Nơi nhận:` runs into a line of the signature block (`Nơi
    nhận: =S, CHỦ TỊCH`) and the signer's name is lost among the recipients."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    image = prepare(without_colour_ink(page))
    return _read(image, (int(image.width * SIGNATURE_FROM), 0, image.width, image.height), upscale=1)
