"""What a scanned page needs before Tesseract reads it.

Phone photos and office scanners tilt pages by a degree or two and add speckle; Tesseract's
line finder loses diacritics on tilted lines (`ộ` read as `ô`), and speckle becomes stray
marks. Each step is small and named; `prepare` runs them in order.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter, ImageOps

_MAX_SKEW = 4.0  # degrees; scans beyond that are rotated by orientation detection, not here
_WORK_WIDTH = 1000  # the skew search runs on a copy this wide: fast, and precise enough


def grayscale(image: Image.Image) -> Image.Image:
    return ImageOps.grayscale(image) if image.mode != "L" else image


def skew_angle(image: Image.Image) -> float:
    """The rotation (degrees, as `Image.rotate` takes it) that levels the text lines: the one
    whose row profile is sharpest, since text lines and the gaps between them alternate most
    strongly when level. Ink pixels are projected at each candidate angle (a coarse pass,
    then a fine one around the best), which costs a histogram per angle, not a rotation."""
    small = image
    if small.width > _WORK_WIDTH:
        small = small.resize((_WORK_WIDTH, max(1, image.height * _WORK_WIDTH // image.width)), Image.BILINEAR)
    ys, xs = np.nonzero(np.asarray(small) < 128)
    if len(ys) < 200:  # a blank page has no lines to level
        return 0.0
    if len(ys) > 60_000:
        keep = np.random.default_rng(0).choice(len(ys), 60_000, replace=False)
        ys, xs = ys[keep], xs[keep]
    ys, xs = ys.astype(np.float64), xs.astype(np.float64)

    def score(angle: float) -> float:
        t = np.deg2rad(angle)
        rows = np.round(ys * np.cos(t) - xs * np.sin(t)).astype(np.int64)
        counts = np.bincount(rows - rows.min())
        return float(np.square(np.diff(counts)).sum())

    coarse = max(np.arange(-_MAX_SKEW, _MAX_SKEW + 1e-9, 0.5), key=score)
    fine = max(np.arange(coarse - 0.5, coarse + 0.5 + 1e-9, 0.1), key=score)
    return float(round(fine, 2))


def deskew(image: Image.Image) -> Image.Image:
    angle = skew_angle(image)
    if abs(angle) < 0.15:  # under a pixel of drift across a line: leave it
        return image
    return image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)


_NOISY = 1.5  # median deviation of the paper's white, in grey levels; a clean scan or render has 0-1


def noise_level(image: Image.Image) -> float:
    """Spread of the paper's white in a central crop: speckle shows as grey in the white."""
    w, h = image.size
    crop = np.asarray(image.crop((w // 4, h // 4, w // 4 + min(600, w // 2), h // 4 + min(600, h // 2))),
                      dtype=np.float32)
    paper = crop[crop > 170]
    if paper.size < 100:
        return 0.0
    return float(np.median(np.abs(paper - np.median(paper))))  # robust to the grey edges of letters


def denoise(image: Image.Image) -> Image.Image:
    """A 3×3 median removes scanner speckle without eating diacritics at 300 dpi; a page
    with no speckle is left alone (the filter costs as much as reading a clean page)."""
    return image.filter(ImageFilter.MedianFilter(3)) if noise_level(image) > _NOISY else image


STEPS = (("grayscale", grayscale), ("deskew", deskew), ("denoise", denoise))


def prepare(image: Image.Image, steps: tuple[str, ...] = tuple(name for name, _ in STEPS)) -> Image.Image:
    """The page after the named steps, in their fixed order; an unknown name is an error."""
    known = dict(STEPS)
    unknown = [s for s in steps if s not in known]
    if unknown:
        raise ValueError(f"unknown preprocessing step(s) {unknown}; valid: {', '.join(known)}")
    for name, step in STEPS:
        if name in steps:
            image = step(image)
    return image


_INK = 128  # grey level below which a pixel is ink, not paper


def is_blank(image: Image.Image) -> bool:
    """A page with no ink (a blank render, a clean blank scan): Tesseract would spend a
    second finding nothing. Fewer dark pixels than one small character's worth (1 in
    20,000, at least 200) counts as none, so scanner dust does not count as writing."""
    grey = grayscale(image)
    ink = sum(grey.histogram()[:_INK])
    return ink < max(200, grey.width * grey.height // 20_000)
