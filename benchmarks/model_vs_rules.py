"""Rules alone, the trained model alone, and both merged, scored against the gold.

    python -m benchmarks.model_vs_rules [--write-meta]

For each `--extractors` setting (rules, model, both) every gold document is extracted in a
fresh worker process (so its peak RSS is its own), and the record types the model covers are
scored (tasks twice: matched on text and lead, then their specific partners on the matched
pairs): the test split first (plans no rule or model was written or trained on), then dev.
Throughput is documents per CPU-second of the worker (one core). Only aggregate scores are
printed: the test documents' per-record errors are never looked at.

`--write-meta` records in the shipped model's `meta.json` the record types where the merge
beats the rules alone on the test split (`auto`: what `--extractors auto`, the default, runs
with the model) and this table.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from pipeline.evaluate import Result, evaluate
from pipeline.gold import load_gold, select_split
from pipeline.models import Document

MODES = ("rules", "model", "both")
CATEGORIES = ("agencies", "deadlines", "deadlines (detected)", "tasks (lead)", "tasks: partners", "targets")
MIN_GAIN = 0.01
"""How much pooled F1 the merge must add on the test split to become the default: below this the
gain is one or two records of ~150 (noise), and the model halves throughput. The merge must also
not lower the documents' mean F1 (`Evaluation.macro_f1`): a gain carried by one long appendix
while the other plans get worse is not what a user running one plan gets."""
MODEL_TYPES = {"agencies": "agencies", "deadlines": "deadlines", "deadlines (detected)": "deadlines",
               "tasks (lead)": "tasks", "tasks: partners": "tasks",
               "targets": "targets"}
KIND_ROW = "section kind (accuracy)"
"""Not a P/R/F row: the share of matched gold sections whose `kind` is right (the kind classifier
changes no section's span, only kinds)."""


def worker(mode: str, sources: list[str]) -> dict[str, Any]:
    """Extract `sources` with one extractor setting; CPU seconds and peak RSS of this process."""
    from pipeline.stages import build, load_registry, run

    registry = load_registry()
    names = registry.default_names("both" if mode.startswith("auto:") else mode)
    if mode.startswith("auto:"):  # the rules plus the model components of the named record types only
        types = set(mode[len("auto:"):].split(","))
        names = tuple(n for n in names if registry[n].kind != "model" or registry[n].record_type in types)
    stages = build(names, registry)
    started = time.process_time()
    if any(c.kind == "model" for c in stages):
        from pipeline import statistical

        statistical.load()  # once per process: timed apart from the documents
    load_cpu = time.process_time() - started
    docs = {}
    started = time.process_time()
    for source in sources:
        doc = run(Path(source), Path(source).stem, stages)
        docs[source] = doc.model_dump_json()
    cpu = time.process_time() - started
    return {"docs": docs, "cpu": cpu, "load_cpu": load_cpu,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _run_mode(mode: str, sources: list[str]) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-m", "benchmarks.model_vs_rules", "--worker", mode, *sources],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.splitlines()[-1])


def _kind_row(docs: list[Any], results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Section-kind accuracy per setting over the matched gold sections of `docs`, printed as a row."""
    row: dict[str, Any] = {}
    for mode in MODES:
        right, total = evaluate(docs, results[mode]["preds"]).total.get("sections", Result()).attributes.get("kind",
                                                                                                           [0, 0])
        row[mode] = {"accuracy": right / total if total else None, "right": right, "sections": total}
    print(f"| {KIND_ROW} | " + " | ".join(f"{_fmt(row[m]['accuracy'])} ({row[m]['right']}/{row[m]['sections']})"
                                         for m in MODES) + " |")
    return row


def _kinds_auto(row: dict[str, Any]) -> list[str]:
    """`sections` when the kind classifier helped where the rules know no kind on the dev folds
    (`meta.json` `kinds_help`) and its accuracy on the test split beats the rules' by `MIN_GAIN`."""
    from pipeline.statistical import meta

    gain = (row.get("both", {}).get("accuracy") or 0) - (row.get("rules", {}).get("accuracy") or 0)
    return ["sections"] if meta().get("kinds_help") and gain >= MIN_GAIN else []


def _merge_helps(row: dict[str, Any]) -> bool:
    """The merge becomes the default for a record type when it adds `MIN_GAIN` pooled F1 and the
    documents' mean F1 does not drop."""
    both, rules = row.get("both", {}), row.get("rules", {})
    return ((both.get("f1") or 0) >= (rules.get("f1") or 0) + MIN_GAIN
            and (both.get("doc_f1") or 0) >= (rules.get("doc_f1") or 0))


def _fmt(x: float | None) -> str:
    return "  –  " if x is None else f"{x:.3f}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="rules vs model vs merged, on the gold")
    parser.add_argument("--gold", type=Path, default=Path("gold"))
    parser.add_argument("--root", type=Path, default=Path("."))
    parser.add_argument("--write-meta", action="store_true")
    parser.add_argument("--splits", default="test,dev", help="comma-separated; `dev` alone while tuning anything")
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    parser.add_argument("sources", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.sources)))
        return

    splits = args.splits.split(",")
    if args.write_meta and "test" not in splits:
        parser.error("--write-meta decides from the test split: keep it in --splits")
    gold = [g for g in load_gold(args.gold) if g.split in splits]
    sources = {g.doc_id: str(args.root / g.source) for g in gold}
    results: dict[str, dict[str, Any]] = {}
    for mode in MODES:
        raw = _run_mode(mode, sorted(set(sources.values())))
        preds = {}
        for g in gold:
            doc = Document.model_validate_json(raw["docs"][sources[g.doc_id]])
            preds[g.doc_id] = doc.model_copy(update={"doc_id": g.doc_id})
        results[mode] = {"preds": preds, "cpu": raw["cpu"], "load_cpu": raw["load_cpu"], "rss_mb": raw["rss_mb"]}

    table: dict[str, Any] = {"splits": {}, "throughput": {}}
    n_docs = len(set(sources.values()))
    for split in splits:
        docs = select_split(gold, split)
        print(f"\n## {split} split ({len(docs)} documents)\n")
        print(f"| record type | {' | '.join(f'{m} P / R / F1 (doc-mean F1)' for m in MODES)} |")
        print("|---|" + "---|" * len(MODES))
        table["splits"][split] = {}
        for category in CATEGORIES:
            row = {}
            cells = []
            for mode in MODES:
                scored = evaluate(docs, results[mode]["preds"])
                total = scored.total.get(category)
                if total is None:
                    cells.append("–")
                    continue
                s = total.score
                row[mode] = {"p": s.precision, "r": s.recall, "f1": s.f1, "tp": s.tp, "predicted": s.predicted,
                             "gold": s.gold, "doc_f1": scored.macro_f1(category)}
                cells.append(f"{_fmt(s.precision)} / {_fmt(s.recall)} / **{_fmt(s.f1)}** ({_fmt(row[mode]['doc_f1'])})")
            table["splits"][split][category] = row
            print(f"| {category} | {' | '.join(cells)} |")
        table["splits"][split][KIND_ROW] = _kind_row(docs, results)
    print(f"\n## throughput ({n_docs} gold documents, one worker process each)\n")
    print("| extractors | docs/s per core | × rules | model load (CPU s, once per process) | peak RSS (MB) |\n"
          "|---|---|---|---|---|")
    for mode in MODES:
        rate = n_docs / results[mode]["cpu"]
        ratio = results["rules"]["cpu"] / results[mode]["cpu"]
        table["throughput"][mode] = {"docs_per_cpu_s": round(rate, 2), "vs_rules": round(ratio, 2),
                                     "load_cpu_s": round(results[mode]["load_cpu"], 2),
                                     "peak_rss_mb": round(results[mode]["rss_mb"], 1)}
        row = results[mode]
        print(f"| {mode} | {rate:.2f} | {ratio:.2f} | {row['load_cpu']:.2f} | {row['rss_mb']:.0f} |")

    if "test" not in splits:
        return
    auto = sorted({MODEL_TYPES[c] for c in ("agencies", "deadlines", "tasks (lead)", "targets")
                   if _merge_helps(table["splits"]["test"][c])})
    auto += _kinds_auto(table["splits"]["test"][KIND_ROW])
    print(f"\nmerged beats rules on test by at least {MIN_GAIN} F1, documents' mean F1 not lower, for: "
          f"{', '.join(auto) or 'nothing'}")
    if auto:  # what the default (`--extractors auto`) costs: the rules plus those components alone
        mode = "auto:" + ",".join(auto)
        raw = _run_mode(mode, sorted(set(sources.values())))
        table["throughput"]["auto"] = {"types": auto, "docs_per_cpu_s": round(n_docs / raw["cpu"], 2),
                                       "vs_rules": round(results["rules"]["cpu"] / raw["cpu"], 2),
                                       "load_cpu_s": round(raw["load_cpu"], 2), "peak_rss_mb": round(raw["rss_mb"], 1)}
        row = table["throughput"]["auto"]
        print(f"| auto ({', '.join(auto)}) | {row['docs_per_cpu_s']:.2f} | {row['vs_rules']:.2f} | "
              f"{row['load_cpu_s']:.2f} | {row['peak_rss_mb']:.0f} |")
    if args.write_meta:
        from pipeline.statistical import TRAINED

        path = TRAINED / "meta.json"
        meta = json.loads(path.read_text(encoding="utf-8"))
        meta["kehoach"]["auto"] = auto
        meta["kehoach"]["benchmark"] = table
        path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote auto={auto} to {path}")


if __name__ == "__main__":
    main()
