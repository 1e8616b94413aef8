"""Letterhead metadata of real scans: plain Tesseract (the whole-page reading alone) next to
kehoach's letterhead treatment (the second, column-by-column reading and the lexicon).

    python -m benchmarks.ocr_metadata [--truth benchmarks/ocr_metadata_truth.yaml]

Each scan named in the truth file (hand-read from the page images) is loaded once: OCR of every
page plus the second reading of page 1's letterhead. Metadata is then extracted from the same
text twice: without the second reading (`plain`: what kehoach gave before) and with it
(`kehoach`), and the second reading of the signed page's signature column. Printed per scan and in total: which of issuer, number, date, place, type and
signer are right. Issuer and place compare case-folded (`Cục cảnh sát` = `Cục Cảnh sát`; a lost
diacritic is wrong); an issuer right up to a governing body kehoach appends (`…, Bộ Công an`) is
right; number, date and type compare exactly.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from pipeline import lexicon
from pipeline.models import Metadata
from pipeline.parse.load import load
from pipeline.parse.metadata import extract_metadata
from pipeline.parse.normalize import normalize
from pipeline.parse.textmap import spans_only

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("issuer", "number", "date", "place", "type", "signer")


def _values(meta: Metadata) -> dict[str, str | None]:
    return {"issuer": meta.issuer, "number": meta.doc_number, "date": meta.issue_date, "place": meta.place,
            "type": meta.doc_type, "signer": meta.signer.name if meta.signer else None}


def right(field: str, got: str | None, truth: str | None) -> bool:
    if got is None or truth is None:
        return got is None and truth is None
    if field in ("issuer", "place", "signer"):
        got, truth = lexicon.fold(got), lexicon.fold(truth)
        return got == truth or (field == "issuer" and got.startswith(truth + ", "))
    return got == truth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--truth", type=Path, default=ROOT / "benchmarks" / "ocr_metadata_truth.yaml")
    parser.add_argument("--folder", type=Path, default=ROOT / "corpus" / "formats")
    args = parser.parse_args()
    truth: dict[str, dict] = yaml.safe_load(args.truth.read_text(encoding="utf-8"))
    totals = {"plain": dict.fromkeys(FIELDS, 0), "kehoach": dict.fromkeys(FIELDS, 0)}
    print(f"{'scan':<10} {'reader':<8} " + " ".join(f"{f:>7}" for f in FIELDS))
    for name, want in truth.items():
        path = args.folder / name
        loaded = load(path, path.read_bytes())
        text = normalize(loaded.text).text
        got = {
            "plain": _values(extract_metadata(text, spans_only).metadata),
            "kehoach": _values(extract_metadata(text, spans_only, loaded.letterhead, loaded.signature,
                                                loaded.signature_page).metadata),
        }
        for reader, values in got.items():
            marks = []
            for f in FIELDS:
                ok = right(f, values[f], want.get(f))
                totals[reader][f] += ok
                marks.append(f"{'ok' if ok else '--':>7}")
            print(f"{name[:10]:<10} {reader:<8} " + " ".join(marks))
        wrong = [f"{f}={got['kehoach'][f]!r}" for f in FIELDS if not right(f, got["kehoach"][f], want.get(f))]
        if wrong:
            print(f"{'':<10} kehoach wrong: {'; '.join(wrong)}")
    n = len(truth)
    print(f"\n{'total':<10} {'reader':<8} " + " ".join(f"{f:>7}" for f in FIELDS) + f" {'all':>7}")
    for reader, counts in totals.items():
        cells = " ".join(f"{counts[f]:>4}/{n:<2}" for f in FIELDS)
        print(f"{'':<10} {reader:<8} {cells} {sum(counts.values()):>4}/{n * len(FIELDS)}")


if __name__ == "__main__":
    main()
