"""Seconds and peak memory for each hostile input of the bad-input corpus.

Each file runs alone in a fresh process through the batch worker's `process_one` (the same
limits and memory ceiling as `kehoach extract`), so its peak RSS is its own. Aim (issue #21):
every hostile file refused in under 10 s with a peak RSS under 1 GB.

    python -m benchmarks.hostile                      # the whole bad-input corpus
    python -m benchmarks.hostile text-bomb.docx ...   # some of it
    python -m benchmarks.hostile --repo /work/main    # another checkout's code (before/after)
    python -m benchmarks.hostile --cap 60             # stop a file after 60 s
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.fixtures.make_bad_inputs import BAD

CHILD = """
import json, sys
from pipeline.batch import BatchConfig, process_one
outcome = process_one(sys.argv[1], "hostile", BatchConfig())
print(json.dumps(outcome.error or {"stage": "-", "error": "processed"}))
"""


def measure(path: Path, repo: Path, cap: float) -> tuple[str, float, float]:
    """(outcome, seconds, peak RSS in MB) of one file in a fresh process."""
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], cwd=repo, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(repo)})
    assert proc.stdout is not None
    deadline = started + cap
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            return f"still running after {cap:g} s (killed)", time.monotonic() - started, usage.ru_maxrss / 1024
        time.sleep(0.05)
    seconds = time.monotonic() - started
    out = proc.stdout.read().decode("utf-8", "replace").strip().splitlines()
    if out:
        result = json.loads(out[-1])
        outcome = f"{result['stage']}: {result['error']}"
    else:
        outcome = f"crashed (exit status {os.waitstatus_to_exitcode(status)})"
    return outcome, seconds, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="files of the bad-input corpus (default: all)")
    parser.add_argument("--repo", type=Path, default=Path(__file__).resolve().parents[1],
                        help="the checkout whose code is measured")
    parser.add_argument("--cap", type=float, default=300.0, help="seconds before a file is stopped")
    args = parser.parse_args()
    names = args.names or list(BAD)
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'file':<28} {'seconds':>8} {'peak MB':>8}  outcome")
        for name in names:
            maker, _ = BAD[name]
            path = Path(tmp) / name
            maker(path)
            outcome, seconds, peak = measure(path, args.repo, args.cap)
            print(f"{name:<28} {seconds:8.1f} {peak:8.0f}  {outcome[:110]}", flush=True)
            path.unlink()


if __name__ == "__main__":
    main()
