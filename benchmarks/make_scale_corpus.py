"""Generate a scale corpus from the real plans in corpus/, for throughput benchmarks.

Document i is real plan i mod 20 with its numbers and its province rotated (so that no two
files are identical and every cache key differs) and nothing else changed: the text keeps
the real layout, wrapping, markup and length distribution of the bundled corpus.

    python benchmarks/make_scale_corpus.py --n 10000 -o bench-corpus/
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

from pipeline import lexicon

ROOT = Path(__file__).resolve().parents[1]


def variants(n: int) -> Iterator[tuple[str, str]]:
    sources = sorted(p for p in (ROOT / "corpus").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    provinces = [e.canonical for e in lexicon.load("provinces")]
    for i in range(n):
        k = i % len(texts)
        text = texts[k]
        for j, name in enumerate(provinces):
            if name in text:
                text = text.replace(name, provinces[(j + i) % len(provinces)])
                break
        shift = i // len(texts)
        text = re.sub(r"(?<![\d/])(\d{1,3})(?=\s*(?:%|hội nghị|lớp|lượt|người|xã))",
                      lambda m: str((int(m.group(1)) + shift) % 100 or 1), text)
        yield f"{i:06d}_{sources[k].stem}.txt", text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000, help="documents to generate (default 1000)")
    parser.add_argument("-o", "--out", type=Path, default=Path("bench-corpus"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in variants(args.n):
        (args.out / name).write_text(text, encoding="utf-8")
    print(f"{args.n} documents in {args.out}/")


if __name__ == "__main__":
    main()
