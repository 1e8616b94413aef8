"""Does a document cost in proportion to its length?

A national plan with its appendices runs to hundreds of thousands of characters; a stage
that scans every section per match, or copies the offset map per edit, makes such a plan
cost many times more per character than a short one. This takes one long real document,
repeats its body 1×, 8× and 32× (the letterhead once, so it stays one document), runs the
whole pipeline on each in this process and prints the CPU time per 1,000 characters, in
total and stage by stage, and the ratio of 32× to 1× for the total and for each stage (the
stage whose ratio is well above 1 is the one whose cost grows faster than the text).

    python -m benchmarks.scaling [--doc corpus/13_bacninh_…txt] [--times 1,8,32] [--repeat 3]
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path

from pipeline.stages import build, run

HERE = Path(__file__).resolve().parent
DEFAULT_DOC = HERE.parent / "corpus" / "13_bacninh_2025_kinh-te-so-xa-hoi-so-2026-2030.txt"
RATIO_AIM = 1.3
"""CPU per character at the largest factor over that at 1× (issue #22)."""


def scaled(text: str, times: int) -> str:
    """The document with its body (after the first numbered part) repeated `times` times."""
    first_part = re.search(r"^\W*I\.\s", text, flags=re.MULTILINE)
    head, body = (text[:first_part.start()], text[first_part.start():]) if first_part else ("", text)
    return head + body * times


def measure(path: Path, repeat: int) -> tuple[float, dict[str, float], int]:
    """Best-of-`repeat` CPU seconds for the whole pipeline, the stage times of that run, and
    the normalised length."""
    stages = build()
    run(path, stages=stages)  # warm-up: models and lexicons load once per process
    best: tuple[float, dict[str, float], int] | None = None
    for _ in range(repeat):
        timings: dict[str, float] = {}
        started = time.process_time()
        doc = run(path, stages=stages, timings=timings, clock=time.process_time)
        spent = time.process_time() - started
        if best is None or spent < best[0]:
            best = (spent, timings, len(doc.text))
    assert best is not None
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--doc", type=Path, default=DEFAULT_DOC)
    parser.add_argument("--times", default="1,8,32")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    text = args.doc.read_text(encoding="utf-8")
    factors = [int(x) for x in args.times.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for times in factors:
            path = Path(tmp) / f"{args.doc.stem}_x{times}{args.doc.suffix}"
            path.write_text(scaled(text, times), encoding="utf-8")
            spent, timings, chars = measure(path, args.repeat if times < 32 else 1)
            rows.append((times, chars, spent, timings))
    stage_names = list(rows[0][3])
    print(f"{args.doc.name}: CPU ms per 1,000 normalised characters, in total and stage by stage "
          f"(best of {args.repeat}; 32× once)")
    print(f"{'×':>4} {'chars':>9} {'total':>7} " + " ".join(f"{n[:9]:>9}" for n in stage_names))
    for times, chars, spent, timings in rows:
        per = 1e6 / chars
        print(f"{times:>4} {chars:>9,} {spent * per:>7.2f} " + " ".join(f"{timings.get(n, 0) * per:>9.2f}"
                                                                         for n in stage_names))
    first, last = rows[0], rows[-1]
    # which stage grows: its cost per character at the largest factor over that at 1×
    growth = [(timings_last / last[1]) / (timings_first / first[1]) if timings_first else float("nan")
              for timings_first, timings_last in ((first[3].get(n, 0), last[3].get(n, 0)) for n in stage_names)]
    ratio = (last[2] / last[1]) / (first[2] / first[1])
    print(f"{f'{last[0]}×/{first[0]}×':>14} {ratio:>6.2f}× " + " ".join(f"{g:>8.2f}×" for g in growth))
    print(f"cost per character at {last[0]}× is {ratio:.2f}× that at {first[0]}× "
          f"(aim: within {RATIO_AIM}×, {'met' if ratio <= RATIO_AIM else 'not met'})")


if __name__ == "__main__":
    main()
