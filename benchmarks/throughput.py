"""Throughput of `kehoach extract` against the hardware floor, on the plans of corpus/ and on a
generated scale corpus.

First, on one core in this process, run as a pool worker runs (`settle_worker`):
docs/s of the whole default pipeline (every stage) on the plans of corpus/ (its text files),
CPU time, best of `--repeat`, beside the floor (read the files, NFC, one compiled regex pass)
measured on the same files in the same run, with the ratio and where the time goes stage by
stage; once with the per-string memos (POS tags of a clause …) full from the warm-up, once
with them emptied before each repeat, as a batch of documents new to the process finds them.
Then, on the scale corpus (skipped with `--plans-only`), for text documents: docs/s and MB/s at
1, 2 and all cores; the floor (read the files, NFC, one compiled regex pass) on the same files
in the same run and kehoach's ratio to it; docs/s at 100, 1,000 and 10,000 documents (cost
should grow linearly); peak RSS (largest single process and the whole process tree); the
local pool against a Dask LocalCluster; and where the time goes, stage by stage.

    python -m benchmarks.throughput [--plans-only] [--repeat 5] [--sizes 100,1000,10000] [--work bench-work/]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import threading
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import psutil

from pipeline.batch import BatchConfig, extract_batch, find_inputs, settle_worker
from pipeline.models import RECORD_LISTS
from pipeline.stages import build, run

HERE = Path(__file__).resolve().parent


class RssSampler:
    """Peak resident memory of this process and its children, sampled every 50 ms."""

    def __init__(self) -> None:
        self.peak_single = 0
        self.peak_tree = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            procs = [me, *me.children(recursive=True)]
            rss = []
            for p in procs:
                try:
                    rss.append(p.memory_info().rss)
                except psutil.Error:
                    pass
            self.peak_single = max(self.peak_single, max(rss, default=0))
            self.peak_tree = max(self.peak_tree, sum(rss))
            time.sleep(0.05)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


FLOOR_PATTERN = re.compile(r"(?m)^(?:[IVX]+\.|\d+(?:\.\d+)*\.|[a-zđ]\))\s")


def floor(files: list[Path], clock: Callable[[], float] = time.perf_counter) -> float:
    """Seconds to read every file, NFC it and run one compiled regex over it."""
    started = clock()
    hits = 0
    for path in files:
        text = unicodedata.normalize("NFC", path.read_bytes().decode("utf-8"))
        hits += len(FLOOR_PATTERN.findall(text))
    assert hits
    return clock() - started


def forget_strings() -> int:
    """Empty every bounded `functools.lru_cache` of the package: those memoise work per string
    (POS tags of a clause, a word's modern tone marks, a heading's kind), and a document new to
    the process finds none of its strings there. (Unbounded `@cache`s hold lexicons and
    patterns, which load once per process, and stay; the bundled taxonomy's memo of indicator
    matches is emptied too.) Returns how many were emptied."""
    from pipeline.extract.indicators import bundled

    bundled().forget()
    emptied = 1
    for name, module in list(sys.modules.items()):
        if name != "pipeline" and not name.startswith("pipeline."):
            continue
        for value in list(vars(module).values()):
            params = getattr(value, "cache_parameters", None)
            if callable(params) and params().get("maxsize") is not None:
                value.cache_clear()
                emptied += 1
    return emptied


PLAN_AIM = 50
"""docs/s per core the whole pipeline should reach on the plans of corpus/ (issue #22)."""


def plans(repeat: int) -> None:
    """docs/s per core of every stage on corpus/'s plans, beside the floor on the same files:
    CPU time in this process, run as a pool worker runs (settled after its first document), without
    the pool's start-up and output writing; best of `repeat`."""
    files = sorted((HERE.parent / "corpus").glob("*.txt"))
    stages = build()
    for i, path in enumerate(files):  # warm-up: models and lexicons load once per process
        run(path, stages=stages)
        if i == 0:
            settle_worker()  # as a pool worker does after its first document
    # the floor is a few milliseconds in all: best of at least 20, or one scheduler tick decides it
    best_floor = min(floor(files, time.process_time) for _ in range(max(repeat, 20)))

    def measure(forget: bool) -> tuple[float, dict[str, float]]:
        best: tuple[float, dict[str, float]] | None = None
        for _ in range(repeat):
            if forget:
                forget_strings()
            timings: dict[str, float] = {}
            started = time.process_time()
            for path in files:
                run(path, stages=stages, timings=timings, clock=time.process_time)
            spent = time.process_time() - started
            if best is None or spent < best[0]:
                best = (spent, timings)
        assert best is not None
        return best

    spent, timings = measure(forget=False)
    new_spent, new_timings = measure(forget=True)
    chars = sum(len(unicodedata.normalize("NFC", p.read_text(encoding="utf-8"))) for p in files)
    rate, new_rate, floor_rate = len(files) / spent, len(files) / new_spent, len(files) / best_floor
    print(f"plans of corpus/ ({len(files)} text files, {chars:,} characters), one core, CPU time, best of {repeat}:")
    print(f"  every stage            {rate:>9.1f} docs/s/core  {spent / len(files) * 1000:>6.1f} ms/doc  "
          f"{spent / chars * 1e6:.2f} ms per 1,000 characters  (the documents seen before: per-string memos full)")
    print(f"  every stage, new docs  {new_rate:>9.1f} docs/s/core  {new_spent / len(files) * 1000:>6.1f} ms/doc  "
          f"{new_spent / chars * 1e6:.2f} ms per 1,000 characters  (per-string memos emptied before each repeat)")
    print(f"  floor (read+NFC+regex) {floor_rate:>9.1f} docs/s/core  {best_floor / len(files) * 1000:>6.2f} ms/doc "
          f"(1/20 of it: {floor_rate / 20:.0f} docs/s/core)")
    print(f"  kehoach is 1/{floor_rate / rate:,.0f} of the floor (new docs: 1/{floor_rate / new_rate:,.0f}); "
          f"aim {PLAN_AIM} docs/s/core ({'met' if rate >= PLAN_AIM else 'not met'}; new docs "
          f"{'met' if new_rate >= PLAN_AIM else 'not met'}) and at least 1/20 of the floor "
          f"({'met' if rate * 20 >= floor_rate else 'not met'}; new docs {'met' if new_rate * 20 >= floor_rate else 'not met'})")
    total = sum(timings.values()) or 1.0
    print("  where the time goes (CPU time per stage, summed; memos full | new docs):")
    for name, secs in sorted(timings.items(), key=lambda kv: -kv[1]):
        print(f"    {name:<10} {secs / len(files) * 1000:>6.1f} ms/doc  {secs / total:>6.1%}  | "
              f"{new_timings.get(name, 0) / len(files) * 1000:>6.1f} ms/doc")


def kehoach(files: list[Path], work: Path, jobs: int, scheduler: str = "local") -> tuple[float, object, RssSampler]:
    out = work / f"out-{scheduler}-{jobs}-{len(files)}"
    shutil.rmtree(out, ignore_errors=True)
    with RssSampler() as rss:
        started = time.perf_counter()
        summary = extract_batch(files, out, "jsonl", BatchConfig(), jobs=jobs, scheduler=scheduler)
        seconds = time.perf_counter() - started
    assert summary.failed == 0 and summary.ok == len(files), summary.errors[:3]
    shutil.rmtree(out, ignore_errors=True)
    return seconds, summary, rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--work", type=Path, default=Path("bench-work"))
    parser.add_argument("--repeat", type=int, default=5, help="repeats of the plans measurement (best is kept)")
    parser.add_argument("--plans-only", action="store_true", help="only the plans of corpus/, no scale corpus")
    args = parser.parse_args()
    plans(args.repeat)
    if args.plans_only:
        return
    print()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    cores = os.cpu_count() or 1
    from benchmarks.make_scale_corpus import variants

    corpus = args.work / "corpus"
    shutil.rmtree(corpus, ignore_errors=True)
    corpus.mkdir(parents=True)
    for name, text in variants(max(sizes)):
        (corpus / name).write_text(text, encoding="utf-8")
    every = find_inputs([corpus])[0]
    mid = [s for s in sizes if s <= 1000][-1] if any(s <= 1000 for s in sizes) else sizes[0]
    files = every[:mid]
    mb = sum(p.stat().st_size for p in files) / 1e6
    print(f"machine: {cores} cores; scale corpus: {len(every)} text documents generated from corpus/\n")

    floor_s = floor(files)
    print(f"floor (read + NFC + one regex) on {len(files)} docs: {len(files) / floor_s:,.0f} docs/s, "
          f"{mb / floor_s:,.1f} MB/s")
    print(f"\n{'cores':>5} {'docs':>6} {'seconds':>8} {'docs/s':>8} {'docs/s/core':>11} {'MB/s':>6} "
          f"{'floor/kehoach':>13} {'peak RSS 1 proc':>15} {'peak RSS tree':>13}")
    stage_totals: dict[str, float] = {}
    local_all = None
    for jobs in sorted({1, 2, cores}):
        seconds, summary, rss = kehoach(files, args.work, jobs)
        if jobs == cores:
            local_all = seconds
            stage_totals = dict(summary.timings)
        print(f"{jobs:>5} {len(files):>6} {seconds:>8.1f} {len(files) / seconds:>8.1f} "
              f"{len(files) / seconds / jobs:>11.1f} {mb / seconds:>6.2f} {seconds / floor_s:>12.0f}x "
              f"{rss.peak_single / 2**20:>12.0f} MB {rss.peak_tree / 2**20:>10.0f} MB")

    print(f"\nscaling at {cores} cores:")
    local_by_size: dict[int, float] = {}
    for size in sizes:
        seconds, summary, rss = kehoach(every[:size], args.work, cores)
        local_by_size[size] = seconds
        print(f"  {size:>6} docs: {seconds:>7.1f} s, {size / seconds:>6.1f} docs/s, {seconds / size * 1000:>6.1f} ms/doc, "
              f"peak RSS {rss.peak_single / 2**20:.0f} MB one process, {rss.peak_tree / 2**20:.0f} MB tree")

    print()
    for size in (mid, max(sizes)) if max(sizes) != mid else (mid,):
        seconds, summary, rss = kehoach(every[:size], args.work, cores, scheduler="dask")
        local = local_by_size.get(size, local_all)
        assert local is not None
        print(f"Dask LocalCluster ({cores} workers) on {size} docs: {size / seconds:.1f} docs/s "
              f"= {local / seconds:.2f}x the local pool (cluster start-up included)")

    total = sum(stage_totals.values()) or 1.0
    print("\nwhere the time goes (CPU seconds summed over workers):")
    for name, secs in sorted(stage_totals.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<10} {secs:>7.2f} s  {secs / total:>6.1%}")
    print(f"\nrecord lists: {', '.join(RECORD_LISTS)}; OCR pages/s: n/a (no OCR stage yet)")


if __name__ == "__main__":
    main()
