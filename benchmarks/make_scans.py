"""Render real plan text as scanned pages, clean or degraded the way scans are.

    python -m benchmarks.make_scans corpus/000_07faa9962d629d68.txt -o scans/ [--condition degraded]

Each page is an A4 page image (serif 12 pt, the usual typeface of state documents) with its
source text beside it as ground truth (`<name>-p<N>.png` and `<name>-p<N>.txt`). Conditions:

- `clean300`: 300 dpi, as rendered;
- `degraded`: 300 dpi, tilted 1-3°, blurred, speckled with noise and saved as JPEG quality 40,
  as an office scanner or a phone photo gives them;
- `dpi200`: 200 dpi, the lowest resolution portals publish scans at.

The randomness is seeded by the page, so the same command makes the same pages.
"""

from __future__ import annotations

import argparse
import io
import random
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
CONDITIONS = ("clean300", "degraded", "dpi200")


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words, line = paragraph.split(), ""
        if not words:
            lines.append("")
            continue
        for word in words:
            candidate = f"{line} {word}".strip()
            if font.getlength(candidate) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def render(text: str, dpi: int = 300) -> list[tuple[Image.Image, str]]:
    """Pages of `text` at `dpi`, each with the text it shows."""
    scale = dpi / 300
    width, height = int(2480 * scale), int(3508 * scale)
    margin, size, leading = int(220 * scale), int(50 * scale), int(72 * scale)
    font = ImageFont.truetype(FONT, size)
    lines = _wrap(text, font, width - 2 * margin)
    per_page = (height - 2 * margin) // leading
    pages = []
    for start in range(0, len(lines), per_page):
        chunk = lines[start:start + per_page]
        image = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(image)
        for i, line in enumerate(chunk):
            draw.text((margin, margin + i * leading), line, font=font, fill=0)
        pages.append((image, "\n".join(chunk)))
    return pages


def degrade(image: Image.Image, seed: int) -> Image.Image:
    """Tilt 1-3°, blur, noise, JPEG quality 40."""
    rng = random.Random(seed)
    angle = rng.uniform(1.0, 3.0) * rng.choice((-1, 1))
    image = image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(1.0))
    noise = np.random.default_rng(seed).normal(0, 12, (image.height, image.width))
    image = Image.fromarray(np.clip(np.asarray(image, dtype=np.float32) + noise, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=40)
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def make(text: str, condition: str, seed: int = 0) -> list[tuple[Image.Image, str]]:
    if condition not in CONDITIONS:
        raise ValueError(f"unknown condition {condition!r}; valid: {', '.join(CONDITIONS)}")
    pages = render(text, dpi=200 if condition == "dpi200" else 300)
    if condition == "degraded":
        pages = [(degrade(image, seed + i), truth) for i, (image, truth) in enumerate(pages)]
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, nargs="+")
    parser.add_argument("-o", "--out", type=Path, required=True)
    parser.add_argument("--condition", choices=CONDITIONS, default="degraded")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for source in args.source:
        for i, (image, truth) in enumerate(make(source.read_text(encoding="utf-8"), args.condition), start=1):
            image.save(args.out / f"{source.stem}-p{i}.png")
            (args.out / f"{source.stem}-p{i}.txt").write_text(truth, encoding="utf-8")


if __name__ == "__main__":
    main()
