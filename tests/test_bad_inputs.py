"""Broken, mislabelled and hostile inputs: each is one line of errors.jsonl naming its
cause, every good file beside them is processed, and nothing is written outside -o."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.make_bad_inputs import BAD, GOOD_NAMES, make

KEHOACH = [sys.executable, "-c", "from pipeline.cli import run; run()"]


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("bad")
    folder = root / "in"
    expected = make(folder)
    before = {p for p in root.rglob("*")}
    out = root / "out"
    proc = subprocess.run(
        [*KEHOACH, "extract", str(folder), "-o", str(out), "-j", "2"], capture_output=True, text=True, timeout=900
    )
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    created = {p for p in root.rglob("*")} - before
    return {"expected": expected, "proc": proc, "errors": errors, "out": out, "created": created, "root": root}


def test_the_batch_finishes_with_exit_code_1_and_no_traceback(bad_run: dict) -> None:
    proc = bad_run["proc"]
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "Traceback" not in proc.stdout + proc.stderr


def test_exactly_one_error_line_per_bad_input(bad_run: dict) -> None:
    names = [Path(e["path"]).name for e in bad_run["errors"]]
    assert sorted(names) == sorted(bad_run["expected"])


@pytest.mark.parametrize("name", [*BAD, "loop-a.txt", "loop-b.txt", "pipe.txt"])
def test_each_error_names_a_cause_a_user_can_act_on(bad_run: dict, name: str) -> None:
    (error,) = [e for e in bad_run["errors"] if Path(e["path"]).name == name]
    assert error["stage"] in ("read", "load", "normalise")
    assert bad_run["expected"][name] in error["error"]


def test_good_files_with_awkward_names_are_processed_inside_the_output_folder(bad_run: dict) -> None:
    out: Path = bad_run["out"]
    written = sorted(p.name for p in out.glob("*.json"))
    assert len(written) == len(GOOD_NAMES) + (0 if "unreadable.txt" in bad_run["expected"] else 1)
    for path in bad_run["created"]:
        assert path == out or out in path.parents, f"written outside -o: {path}"


def test_debug_adds_tracebacks(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    proc = subprocess.run([*KEHOACH, "extract", str(tmp_path / "empty.txt"), "-o", str(out), "--debug"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    (error,) = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert "Traceback" in error["traceback"] and "Traceback" in proc.stderr
