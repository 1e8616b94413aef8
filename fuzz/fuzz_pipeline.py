"""Coverage-guided fuzzing (atheris / libFuzzer) of the loaders and the parse stages.

The first input byte picks the extension a file claims (so a PDF named `.txt`, a zip
named `.pdf` … are all tried); the rest is the file. Every input must either process or
fail with `KehoachError` (which names stage and cause): any other exception, a hang past
libFuzzer's timeout or a memory blow-up is a finding.

    make fuzz                                  # FUZZ_SECONDS=600 by default
    python fuzz/fuzz_pipeline.py fuzz/seeds -max_total_time=600 -rss_limit_mb=4096

Findings are written by libFuzzer as `crash-*` / `timeout-*` files in the working folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from pipeline.errors import KehoachError
    from pipeline.limits import Limits
    from pipeline.parse.load import load
    from pipeline.parse.metadata import extract_metadata
    from pipeline.parse.normalize import normalize
    from pipeline.parse.sections import segment
    from pipeline.models import Evidence

SUFFIXES = (".txt", ".md", ".html", ".docx", ".pdf", ".doc", ".png", "")
LIMITS = Limits(timeout=None, max_pages=50, max_bytes=5_000_000, max_chars=500_000, max_unzipped=20_000_000)


def _locate(start: int, end: int) -> Evidence:
    return Evidence(span=(start, end))


def test_one_input(data: bytes) -> None:
    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    try:
        loaded = load(Path(f"fuzz{suffix}"), data[1:], LIMITS)
    except KehoachError:
        return
    text = normalize(loaded.text).text
    result = extract_metadata(text, _locate)
    for section in segment(text, _locate, result.body_start):
        assert 0 <= section.span[0] <= section.span[1] <= len(text)


def make_seeds(folder: Path) -> None:
    """Seeds from the real files: corpus plans (cut to 4 KB), a text PDF and a DOCX (scans are
    left out: each OCR run takes seconds, which starves a fuzzer of iterations)."""
    root = Path(__file__).resolve().parents[1]
    folder.mkdir(parents=True, exist_ok=True)
    for i, path in enumerate(sorted((root / "corpus").glob("*.txt"))[:8]):
        (folder / f"plan-{i}").write_bytes(bytes([0]) + path.read_bytes()[:4096])
    for name in ("13_angiang_2021_qd-04-ubnd-chomoi-chuc-nang-phong-tnmt.pdf",
                 "17_lamdong_2025_cv-ubnd-trien-khai-hd-46-bca-giam-sat-pcmt-du-thao.docx"):
        path = root / "corpus" / "formats" / name
        index = SUFFIXES.index(path.suffix) if path.suffix in SUFFIXES else 0
        (folder / path.name).write_bytes(bytes([index]) + path.read_bytes())
    html = "<html><body><main><p>KẾ HOẠCH</p><table><tr><td>1</td><td>Sở Y tế</td></tr></table></main></body></html>"
    (folder / "page.html").write_bytes(bytes([2]) + html.encode())


if __name__ == "__main__":
    seeds = Path(__file__).resolve().parent / "seeds"
    if not seeds.exists():
        make_seeds(seeds)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
