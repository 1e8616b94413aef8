"""Does a document cost in proportion to its length?

A national plan with its appendices runs to hundreds of thousands of characters; a stage
that scans every section per match, or copies the offset map per edit, makes such a plan
cost many times more per character than a short one. This takes one long real document,
repeats its body 1×, 8× and 32× and then its signature block and appendices as often (the
letterhead once, so it stays one document with the same mix of prose and tables at every
size, and no copy of the body falls under an appendix heading), runs the whole
pipeline on each in this process and prints the CPU time per 1,000 characters, in total and
stage by stage, and the ratio of 32× to 1× for the total and for each stage (the stage whose
ratio is well above 1 is the one whose cost grows faster than the text).

What makes the comparison fair:
- per-string memos full at every size: one warm-up run of each size fills them with the
  documents' strings (the same at every size), so every measured run finds each of its
  strings there. A repeated body would hit them from its second copy on, so emptying them
  before each measured run would charge the 1× run for every string and the 32× run for a
  thirty-second of its strings (its ratio would look better than it is). Memoised work costs
  the same per string whatever the document's length; what this measures is everything else;
- every sample reads the same amount of text: the 1× document run 32 times, the 8× four
  times, the 32× once (`--times` other than 1,8,32: largest factor ÷ factor runs, rounded
  up), so a scheduler hiccup weighs the same at every size;
- the sizes take turns (a sample of 1×, of 8×, of 32×, then again), so a change in the
  load of a shared machine weighs on every size alike;
- best of `--repeat` samples at every size, for the total and for each stage.

    python -m benchmarks.scaling [--doc corpus/13_bacninh_…txt] [--times 1,8,32] [--repeat 3]
"""

from __future__ import annotations

import argparse
import math
import re
import tempfile
import time
from pathlib import Path

from benchmarks.throughput import forget_strings
from pipeline.stages import build, run

HERE = Path(__file__).resolve().parent
DEFAULT_DOC = HERE.parent / "corpus" / "13_bacninh_2025_kinh-te-so-xa-hoi-so-2026-2030.txt"
RATIO_AIM = 1.3
"""CPU per character at the largest factor over that at 1× (issue #22)."""

_FIRST_PART = re.compile(r"^\W*I\.\s", flags=re.MULTILINE)
_SIGNATURE_BLOCK = re.compile(r"^\W*Nơi nhận", flags=re.MULTILINE)


def scaled(text: str, times: int) -> str:
    """The document with its body (from the first numbered part to the recipients list that
    opens the signature block) repeated `times` times, then its end (signature, appendices)
    as many times. Repeating body and end together would put every later copy of the body
    under the appendix heading before it (`PHỤ LỤC … CHỈ TIÊU`: a targets region), and keeping
    the end once would make tables a smaller share of the text at 32× than at 1×."""
    first_part = _FIRST_PART.search(text)
    start = first_part.start() if first_part else 0
    signature = _SIGNATURE_BLOCK.search(text, start)
    end = signature.start() if signature else len(text)
    return text[:start] + text[start:end] * times + text[end:] * times


def measure(samples: list[tuple[Path, int]], repeat: int) -> list[tuple[float, dict[str, float], int]]:
    """For each (document, runs): the CPU seconds of one run in the best of `repeat` samples of
    `runs` runs, each stage's seconds per run in its own best sample (a garbage collection
    lands in whichever stage is running: each stage's best keeps one pause from making a stage
    look as if it grew), and the normalised length. The sizes take turns, one sample each per
    round, so a change in the machine's load weighs on every size alike."""
    stages = build()
    forget_strings()  # the memos hold this benchmark's strings only
    # warm-up: models and lexicons load, the memos fill with the documents' strings
    lengths = [len(run(path, stages=stages).text) for path, _ in samples]
    best_total = [float("inf")] * len(samples)
    best_stages: list[dict[str, float]] = [{} for _ in samples]
    for _ in range(repeat):
        for k, (path, runs) in enumerate(samples):
            timings: dict[str, float] = {}
            started = time.process_time()
            for _ in range(runs):
                run(path, stages=stages, timings=timings, clock=time.process_time)
            best_total[k] = min(best_total[k], (time.process_time() - started) / runs)
            for name, secs in timings.items():
                best_stages[k][name] = min(best_stages[k].get(name, float("inf")), secs / runs)
    return list(zip(best_total, best_stages, lengths))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--doc", type=Path, default=DEFAULT_DOC)
    parser.add_argument("--times", default="1,8,32")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    text = args.doc.read_text(encoding="utf-8")
    factors = [int(x) for x in args.times.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        samples = []
        for times in factors:
            path = Path(tmp) / f"{args.doc.stem}_x{times}{args.doc.suffix}"
            path.write_text(scaled(text, times), encoding="utf-8")
            samples.append((path, math.ceil(max(factors) / times)))
        measured = measure(samples, args.repeat)
    rows = [(times, runs, chars, spent, timings)
            for times, (_, runs), (spent, timings, chars) in zip(factors, samples, measured)]
    stage_names = list(rows[0][4])
    print(f"{args.doc.name}: CPU ms per 1,000 normalised characters, in total and stage by stage")
    print(f"(body ×N, then signature block and appendices ×N; per-string memos full at every size; sizes in turn; "
          f"every sample {rows[0][1] * rows[0][2]:,}+ characters, runs × chars; best of {args.repeat} samples, "
          f"total and each stage)")
    print(f"{'×':>4} {'runs':>4} {'chars':>9} {'total':>7} " + " ".join(f"{n[:9]:>9}" for n in stage_names))
    for times, runs, chars, spent, timings in rows:
        per = 1e6 / chars
        print(f"{times:>4} {runs:>4} {chars:>9,} {spent * per:>7.2f} "
              + " ".join(f"{timings.get(n, 0) * per:>9.2f}" for n in stage_names))
    first, last = rows[0], rows[-1]
    # which stage grows: its cost per character at the largest factor over that at 1×
    growth = [(timings_last / last[2]) / (timings_first / first[2]) if timings_first else float("nan")
              for timings_first, timings_last in ((first[4].get(n, 0), last[4].get(n, 0)) for n in stage_names)]
    ratio = (last[3] / last[2]) / (first[3] / first[2])
    print(f"{f'{last[0]}×/{first[0]}×':>19} {ratio:>6.2f}× " + " ".join(f"{g:>8.2f}×" for g in growth))
    print(f"cost per character at {last[0]}× is {ratio:.2f}× that at {first[0]}× "
          f"(aim: within {RATIO_AIM}×, {'met' if ratio <= RATIO_AIM else 'not met'})")


if __name__ == "__main__":
    main()
