"""kehoach's deadline extraction next to dateparser, the best-known general date library,
scored with the same matcher on the same hand-labelled gold documents.

dateparser.search.search_dates(text, languages=["vi"]) finds date expressions and returns
a datetime for each; it has no notion of periods, quarters or recurrence, so each hit is
read as a `due` date (the fairest reading: its datetime is the day it names). Both
extractors run on the same normalised text; the detection line ignores the values.

    python -m benchmarks.deadlines_vs_dateparser [--gold gold/]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pipeline.evaluate import Result, score_deadlines
from pipeline.gold import load_gold
from pipeline.models import Deadline
from pipeline.stages import run

ROOT = Path(__file__).resolve().parents[1]


def dateparser_deadlines(text: str) -> list[Deadline]:
    from dateparser.search import search_dates

    found = search_dates(text, languages=["vi"]) or []
    out, cursor = [], 0
    for substring, moment in found:
        start = text.find(substring, cursor)
        if start < 0:
            start = text.find(substring)
        if start < 0:
            continue
        cursor = start + len(substring)
        out.append(Deadline(text=substring, span=(start, start + len(substring)), kind="due",
                            due=moment.date().isoformat()))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=ROOT / "gold")
    args = parser.parse_args()
    gold_docs = [g for g in load_gold(args.gold) if "deadlines" in g.labelled]
    totals = {name: (Result(), Result()) for name in ("kehoach", "dateparser")}
    seconds = {"kehoach": 0.0, "dateparser": 0.0}
    for gold in gold_docs:
        started = time.perf_counter()
        doc = run(ROOT / gold.source, gold.doc_id)
        seconds["kehoach"] += time.perf_counter() - started  # the whole pipeline, deadlines included
        mine = doc.deadlines
        started = time.perf_counter()
        theirs = dateparser_deadlines(doc.text)
        seconds["dateparser"] += time.perf_counter() - started
        for name, predicted in (("kehoach", mine), ("dateparser", theirs)):
            value, detection = score_deadlines(gold, doc.model_copy(update={"deadlines": predicted}))
            totals[name][0].add(value)
            totals[name][1].add(detection)
    n = sum(len(g.deadlines) for g in gold_docs)
    print(f"{len(gold_docs)} gold documents, {n} gold deadlines\n")
    print(f"{'extractor':<11} {'match':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'pred':>5} {'gold':>5} {'seconds':>8}")
    for name, (value, detection) in totals.items():
        for label, result in (("value", value), ("detection", detection)):
            s = result.score
            fmt = lambda x: "—" if x is None else f"{x:.3f}"  # noqa: E731
            print(f"{name:<11} {label:<10} {fmt(s.precision):>6} {fmt(s.recall):>6} {fmt(s.f1):>6} {s.tp:>4} "
                  f"{s.predicted:>5} {s.gold:>5} " + (f"{seconds[name]:>8.2f}" if label == "value" else ""))


if __name__ == "__main__":
    main()
