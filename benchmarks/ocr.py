"""OCR: kehoach's path next to plain `tesseract -l vie`, on the same page images, same run.

    python -m benchmarks.ocr [--work bench-work/ocr] [--pages 2]

For each condition of benchmarks/make_scans.py (clean 300 dpi, degraded, 200 dpi) the first
pages of three bundled plans are rendered, then read twice: by kehoach (preprocessing, then
Tesseract through pytesseract, pages in parallel on all cores) and by the plain command
`tesseract page.png - -l vie` one page at a time with `OMP_THREAD_LIMIT=1`. Printed per
condition: character error rate, diacritic and syllable accuracy against the rendered text,
and seconds per page; then kehoach's pages per second on all cores against the aim
(0.9 × cores ÷ plain single-thread seconds per page).

Last, extraction from scans: the gold plans 000, 001 and 004 are rendered whole (degraded),
saved as multi-page TIFFs named by doc_id, extracted and scored with `kehoach evaluate`
next to the same plans read as text.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.make_scans import CONDITIONS, make
from benchmarks.textmetrics import accuracy
from pipeline import stages
from pipeline.evaluate import evaluate
from pipeline.gold import load_gold
from pipeline.ocr.tesseract import ocr_pages

ROOT = Path(__file__).resolve().parents[1]
PLANS = ("000_07faa9962d629d68.txt", "001_cf9464726e1f8731.txt", "004_2db416048a280769.txt")


def _plain(images: list, work: Path) -> tuple[list[str], float]:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    texts, started = [], time.perf_counter()
    for i, image in enumerate(images):
        path = work / f"plain-{i}.png"
        image.save(path)
        done = subprocess.run(["tesseract", str(path), "-", "-l", "vie"], capture_output=True, env=env, check=True)
        texts.append(done.stdout.decode("utf-8"))
    return texts, time.perf_counter() - started


def pages_benchmark(work: Path, per_plan: int) -> None:
    cores = os.cpu_count() or 1
    print(f"machine: {cores} cores; {per_plan} pages of each of {', '.join(p[:3] for p in PLANS)} per condition\n")
    print(f"{'condition':<10} {'reader':<26} {'CER':>7} {'diacritics':>10} {'syllables':>9} {'s/page':>7}")
    for condition in CONDITIONS:
        pages = []
        for plan in PLANS:
            text = stages.run(ROOT / "corpus" / plan).text
            pages += make(text, condition, seed=len(pages))[:per_plan]
        images = [image for image, _ in pages]
        truth = "\n".join(t for _, t in pages)
        started = time.perf_counter()
        ours = ocr_pages(images, threads=cores)
        ours_s = time.perf_counter() - started
        plain, plain_s = _plain(images, work)
        raw = ocr_pages(images, threads=cores, preprocess=False)
        for reader, text, seconds in (
            (f"kehoach ({cores} threads)", "\n".join(p.text for p in ours), ours_s * cores),
            ("tesseract -l vie (1 thr.)", "\n".join(plain), plain_s),
            ("kehoach, no preprocessing", "\n".join(p.text for p in raw), None),
        ):
            acc = accuracy(text, truth)
            per_page = f"{seconds / len(images):>7.2f}" if seconds is not None else f"{'':>7}"
            print(f"{condition:<10} {reader:<26} {acc.cer:>7.2%} {acc.diacritics:>10.4f} {acc.syllables:>9.4f} {per_page}")
        aim = 0.9 * cores / (plain_s / len(images))
        print(f"{'':<10} pages/s on all cores: kehoach {len(images) / ours_s:.2f}, aim {aim:.2f} "
              f"(0.9 × {cores} ÷ {plain_s / len(images):.2f} s/page)\n")


def extraction_benchmark(work: Path) -> None:
    gold = [g for g in load_gold(ROOT / "gold") if g.doc_id in {p[:-4] for p in PLANS}]
    as_text, as_scan = {}, {}
    for plan in PLANS:
        doc = stages.run(ROOT / "corpus" / plan)
        as_text[doc.doc_id] = doc
        pages = [image for image, _ in make(doc.text, "degraded")]
        tiff = work / f"{doc.doc_id}.tif"
        pages[0].save(tiff, "TIFF", save_all=True, append_images=pages[1:], compression="tiff_deflate")
        as_scan[doc.doc_id] = stages.run(tiff, doc_id=doc.doc_id)
        print(f"  {doc.doc_id}: {len(pages)} degraded pages, OCR confidence {as_scan[doc.doc_id].source.ocr_confidence}")
    text_scores = evaluate(gold, as_text).total
    scan_scores = evaluate(gold, as_scan).total
    print(f"\n{'category':<22} {'F1 as text':>10} {'F1 as scan':>10} {'difference':>10}")
    for name, result in text_scores.items():
        a, b = result.score.f1, scan_scores[name].score.f1
        if a is None or b is None or name.startswith("metadata"):
            continue
        print(f"{name:<22} {a:>10.3f} {b:>10.3f} {b - a:>+10.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--pages", type=int, default=2, help="pages of each plan per condition")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        pages_benchmark(work, args.pages)
        print("extraction from degraded scans of the gold plans, next to the same plans as text:")
        extraction_benchmark(work)


if __name__ == "__main__":
    main()
