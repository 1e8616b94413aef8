"""How many numeric targets carry an indicator, in an output folder of `kehoach extract`.

    python -m benchmarks.indicator_coverage OUT [--rematch] [--rules] [--newly BEFORE] [--sample N]

Coverage is the share of targets with a value (numeric targets) whose `indicator` is set.
`--rematch` re-runs the current matching (`indicators.annotate`) over the stored targets and
text, so a change to the matching code is measured without extracting again (a code the
extractor gave by context, `indicator_rule: inherited`, is kept as the extractor gave it).
`--newly BEFORE` lists the targets matched now that BEFORE (another output folder of the same
documents) left without an indicator; `--sample N` picks N of them (`random.seed(19)`) for a
precision check by hand.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from pipeline.extract.indicators import annotate
from pipeline.models import Target
from pipeline.readers import load_documents


def numeric_targets(out: Path, rematch: bool) -> dict[tuple[str, int, int], Target]:
    """The numeric targets of every document, keyed by (doc id, span)."""
    found: dict[tuple[str, int, int], Target] = {}
    for doc_id, doc in sorted(load_documents(out).items()):
        targets = doc.targets
        if rematch:
            kept = [t.model_copy(update={"indicator": t.indicator if t.indicator_rule == "inherited" else None})
                    for t in targets]
            targets = annotate(kept, doc.text)
        for t in targets:
            if t.value is not None:
                found[(doc_id, *t.span)] = t
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--rematch", action="store_true")
    parser.add_argument("--rules", action="store_true", help="count matches by rule and misses by reason")
    parser.add_argument("--newly", type=Path, help="an output folder of the same documents, before a change")
    parser.add_argument("--sample", type=int, default=0)
    args = parser.parse_args()
    now = numeric_targets(args.out, args.rematch)
    matched = sum(t.indicator is not None for t in now.values())
    print(f"{args.out}: {matched} / {len(now)} numeric targets carry an indicator "
          f"({100 * matched / max(len(now), 1):.1f} %)")
    if args.rules:
        print(Counter(t.indicator_rule for t in now.values() if t.indicator).most_common())
        print(Counter((t.indicator_reason or "").split(":")[0] for t in now.values() if not t.indicator).most_common())
    if args.newly:
        before = numeric_targets(args.newly, False)
        new = [(k, t) for k, t in now.items() if t.indicator and k in before and not before[k].indicator]
        changed = [(k, t) for k, t in now.items() if k in before and before[k].indicator
                   and t.indicator != before[k].indicator]
        print(f"newly matched: {len(new)}; changed: {len(changed)}; lost: "
              f"{sum(1 for k, t in now.items() if k in before and before[k].indicator and not t.indicator)}")
        if args.sample:
            random.seed(19)
            new = random.sample(new, min(args.sample, len(new)))
        for (doc_id, a, _), t in new:
            print(f"{doc_id}\t{a}\t{t.indicator}\t{t.indicator_rule}\t{t.text[:140]!r}")
        if not args.sample:
            for (doc_id, a, _), t in changed:
                print(f"CHANGED {doc_id}\t{a}\t{before[(doc_id, a, t.span[1])].indicator} -> {t.indicator}"
                      f"\t{t.indicator_rule}\t{t.text[:140]!r}")


if __name__ == "__main__":
    main()
