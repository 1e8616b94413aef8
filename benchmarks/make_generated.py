"""Write the generated test set kept in tests/fixtures/generated/ (run again to remake it).

    python -m benchmarks.make_generated [--out tests/fixtures/generated]

- `scans/`: the first page of three bundled plans rendered as scans in each condition of
  benchmarks/make_scans.py (clean 300 dpi PNG, degraded JPEG, 200 dpi PNG), with the text
  each page shows in `scans/ground-truth/`;
- `legacy/`: the same plans written in TCVN3 and VNI bytes (benchmarks/make_legacy.py);
  their Unicode originals are the files of corpus/ with the same name.

The test suite reads them (tests/test_generated.py): every scan must read back within 1 %
CER, and every legacy copy must give the records of its Unicode original. They are kept out
of corpus/ so that `kehoach compare` on the corpus does not count a plan three times.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.make_legacy import encode
from benchmarks.make_scans import CONDITIONS, make
from pipeline import stages

ROOT = Path(__file__).resolve().parents[1]
PLANS = ("000_07faa9962d629d68", "001_cf9464726e1f8731", "004_2db416048a280769")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "fixtures" / "generated")
    args = parser.parse_args()
    scans, truth, legacy = args.out / "scans", args.out / "scans" / "ground-truth", args.out / "legacy"
    for folder in (scans, truth, legacy):
        folder.mkdir(parents=True, exist_ok=True)
    for plan in PLANS:
        source = ROOT / "corpus" / f"{plan}.txt"
        text = stages.run(source).text
        for condition in CONDITIONS:
            image, shown = make(text, condition, seed=len(plan))[0]
            suffix = "jpg" if condition == "degraded" else "png"
            name = f"{plan[:3]}-{condition}"
            image.save(scans / f"{name}.{suffix}", **({"quality": 40} if suffix == "jpg" else {"optimize": True}))
            (truth / f"{name}.txt").write_text(shown, encoding="utf-8")
        for encoding in ("tcvn3", "vni"):
            (legacy / f"{plan}-{encoding}.txt").write_bytes(encode(source.read_text(encoding="utf-8"), encoding))


if __name__ == "__main__":
    main()
