"""Scanned pages to text with Tesseract's Vietnamese model, page by page, with confidences.

Tesseract's own OpenMP threads made it about six times slower on a 2-core machine (1.70 s
against 9.8 s a page, same output), so each Tesseract runs single-threaded
(`OMP_THREAD_LIMIT=1`) and pages run in parallel instead. Text is rebuilt from Tesseract's
word boxes (`image_to_data`), so the same call gives the words, their line and paragraph
breaks and their confidences.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from PIL import Image

from pipeline.ocr.preprocess import prepare

LANGUAGE = "vie"
CONFIG = "--oem 1 --psm 3"
LOW_CONFIDENCE = 0.70
"""Below this mean word confidence a page is named in a warning: check it against the image."""


class OcrUnavailable(RuntimeError):
    """Tesseract or its Vietnamese model is not installed."""


@dataclass(frozen=True)
class OcrPage:
    text: str
    confidence: float | None
    """Mean word confidence, 0-1, weighted by word length; None for a page with no words."""


def check_installed() -> None:
    """Raise `OcrUnavailable` with the command that fixes it."""
    if shutil.which("tesseract") is None:
        raise OcrUnavailable("Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-vie)")
    import pytesseract

    if LANGUAGE not in pytesseract.get_languages(config=""):
        raise OcrUnavailable("Tesseract's Vietnamese model is missing (apt-get install tesseract-ocr-vie)")


_HYPHEN_BREAK = re.compile(r"(\w)-\n(?=[a-zđà-ỹ])")


_SENTENCE_END = re.compile(r"[.;:!?)\]”\"]$")
_ITEM_START = re.compile(r"^(?:[-+•–*]\s|\(?\d{1,2}[.)]|[a-zđ]\)|[IVX]+\.|Điều\s|Chương\s)")


_HEADING_START = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s|[IVX]+\.\s|[a-zđ]\)\s|\(\d{1,2}\)\s)")


def _paragraph_ends(previous: str, line: str) -> bool:
    """Whether Tesseract's paragraph break is a real one. It starts a new paragraph at any
    change of indent or spacing, even mid-sentence (`…; Viện` / `Kiểm sát nhân dân …`); a break
    after a line that does not end a sentence and is no short numbered heading, before a
    line that opens no item, is a wrap."""
    heading = bool(_HEADING_START.match(previous)) and len(previous) < 90  # `1.2. Công an tỉnh`
    return bool(_SENTENCE_END.search(previous) or _ITEM_START.match(line) or previous.isupper() or heading)


def _page_text(data: dict[str, list]) -> tuple[str, float | None]:
    """Words joined into lines, lines into paragraphs (blank line between), and the mean
    confidence. A word hyphenated across a line break is joined again."""
    lines: dict[tuple[int, int, int], list[str]] = {}
    weight = total = 0.0
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        if not word:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append(word)
        conf = float(data["conf"][i])
        if conf >= 0:
            total += conf * len(word)
            weight += len(word)
    out: list[str] = []
    previous: tuple[int, int] | None = None
    for (block, par, _line), words in lines.items():
        line = " ".join(words)
        if previous is not None and previous != (block, par) and _paragraph_ends(out[-1], line):
            out.append("")
        out.append(line)
        previous = (block, par)
    text = _HYPHEN_BREAK.sub(r"\1", "\n".join(out))
    return text, (total / weight / 100 if weight else None)


def _read(page: Image.Image) -> OcrPage:
    import pytesseract

    data = pytesseract.image_to_data(page, lang=LANGUAGE, config=CONFIG, output_type=pytesseract.Output.DICT)
    text, confidence = _page_text(data)
    return OcrPage(text, confidence)


def _upright(page: Image.Image) -> Image.Image | None:
    """The page turned upright when Tesseract's orientation detection says it lies on its
    side or upside down (a scan fed sideways, a phone photo); None when it is upright or
    there is too little text to tell."""
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(page, output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError:  # too few characters to decide
        return None
    rotate = int(osd.get("rotate", 0))
    if rotate == 0 or float(osd.get("orientation_conf", 0)) < _ORIENTATION_CONFIDENCE:
        return None
    return page.rotate(-rotate, expand=True, fillcolor=255)


_ORIENTATION_CONFIDENCE = 2.0  # Tesseract's own scale; it reports ~15 on a clear sideways page
_RECHECK_BELOW = 0.80
"""A page read with less confidence than this is checked for orientation: an upright page
reads above it, so the orientation pass (0.4 s) runs only where it can help."""


def ocr_image(image: Image.Image, preprocess: bool = True) -> OcrPage:
    """One page image through preprocessing and Tesseract; a page read badly is checked for
    orientation and read again upright."""
    os.environ["OMP_THREAD_LIMIT"] = "1"  # read by each Tesseract process at start
    page = prepare(image) if preprocess else image
    result = _read(page)
    if preprocess and (result.confidence is None or result.confidence < _RECHECK_BELOW):
        upright = _upright(page)
        if upright is not None:
            turned = _read(prepare(upright, ("deskew",)))
            if (turned.confidence or 0) > (result.confidence or 0):
                return turned
    return result


def ocr_pages(images: Sequence[Image.Image], threads: int | None = None, preprocess: bool = True) -> list[OcrPage]:
    """Every page, in order, `threads` at a time (default: one per core)."""
    threads = max(1, min(threads or os.cpu_count() or 1, len(images) or 1))
    if threads == 1:
        return [ocr_image(image, preprocess) for image in images]
    with ThreadPoolExecutor(max_workers=threads) as pool:  # each thread waits on its own Tesseract process
        return list(pool.map(lambda im: ocr_image(im, preprocess), images))
