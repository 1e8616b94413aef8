"""Batches: resumable from a cache, bounded per document, the same on every scheduler."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.batch import CACHE_DIR, BatchConfig, assign_doc_ids, extract_batch, find_inputs
from pipeline.limits import Limits

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
PDF = ROOT / "corpus" / "formats" / "13_angiang_2021_qd-04-ubnd-chomoi-chuc-nang-phong-tnmt.pdf"
SEEDS = sorted(CORPUS.glob("00*.txt"))


def _files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    return find_inputs([folder])[0]


def test_a_unique_stem_is_the_doc_id_and_colliding_stems_get_ids_from_their_paths(tmp_path: Path) -> None:
    paths = [Path("in/a/plan.txt"), Path("in/b/plan.txt"), Path("in/b/plan.md"), Path("in/chi-lang.txt")]
    ids = assign_doc_ids(paths)
    assert ids[Path("in/chi-lang.txt")] == "chi-lang"
    hashed = [ids[p] for p in paths[:3]]
    assert len(set(hashed)) == 3 and all(re.fullmatch(r"[0-9a-f]{12}", i) for i in hashed)
    # the path relative to the folder the colliding files share: the same wherever the corpus sits
    moved = assign_doc_ids([tmp_path / p for p in paths])
    assert [moved[tmp_path / p] for p in paths] == [ids[p] for p in paths]


def test_a_file_named_after_another_files_hash_does_not_take_its_id() -> None:
    first = assign_doc_ids([Path("a/plan.txt"), Path("b/plan.txt")])
    taken = first[Path("a/plan.txt")]
    ids = assign_doc_ids([Path("a/plan.txt"), Path("b/plan.txt"), Path(f"c/{taken}.txt")])
    assert len(set(ids.values())) == 3 and ids[Path(f"c/{taken}.txt")] == taken


@pytest.mark.parametrize(
    ("doc_ids", "expected"),
    [
        pytest.param(["chi-lang", "kế hoạch xã"], {"chi-lang": "chi-lang", "kế hoạch xã": "kế_hoạch_xã"},
                     id="unique-names-stay-plain"),
        pytest.param(["plan with spaces", "plan_with_spaces"], None, id="alike-once-sanitised"),
        pytest.param(["Plan", "plan"], None, id="alike-on-a-case-insensitive-file-system"),
        pytest.param(["../../etc/x", "etc_x"], None, id="alike-after-path-characters-are-replaced"),
    ],
)
def test_output_file_names_never_collide(doc_ids: list[str], expected: dict[str, str] | None) -> None:
    from pipeline.outputs import file_names

    names = file_names(doc_ids)
    assert len({n.casefold() for n in names.values()}) == len(doc_ids)
    assert all("/" not in n and not n.startswith(".") for n in names.values())
    if expected is not None:
        assert names == expected


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_a_second_run_takes_everything_from_the_cache(inputs: list[Path], tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    first = extract_batch(inputs, out, fmt, BatchConfig())
    before = _files(out)
    second = extract_batch(inputs, out, fmt, BatchConfig())
    assert (first.cached, second.cached, second.ok) == (0, len(inputs), len(inputs))
    assert _files(out) == before


def test_a_changed_input_is_redone_and_only_it(inputs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    extract_batch(inputs, out, "json", BatchConfig())
    inputs[0].write_text(inputs[0].read_text(encoding="utf-8") + "\nPhụ lục\n", encoding="utf-8")
    again = extract_batch(inputs, out, "json", BatchConfig())
    assert again.cached == len(inputs) - 1
    assert "Phụ lục" in json.loads((out / f"{inputs[0].stem}.json").read_text(encoding="utf-8"))["text"]


def test_a_different_configuration_does_not_reuse_the_cache(inputs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    extract_batch(inputs, out, "jsonl", BatchConfig())
    other = extract_batch(inputs, out, "jsonl", BatchConfig(stages=("load", "normalise", "metadata")))
    assert other.cached == 0


def test_a_lost_output_is_rebuilt_from_the_cache(inputs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    extract_batch(inputs, out, "json", BatchConfig())
    target = out / f"{inputs[1].stem}.json"
    expected = target.read_bytes()
    target.unlink()
    assert extract_batch(inputs, out, "json", BatchConfig()).cached == len(inputs)
    assert target.read_bytes() == expected


@pytest.mark.parametrize(
    ("limits", "path", "stage", "cause"),
    [
        pytest.param(Limits(timeout=0.001), CORPUS / "13_bacninh_2025_kinh-te-so-xa-hoi-so-2026-2030.txt",
                     None, "limit per document", id="timeout"),
        pytest.param(Limits(max_pages=3), PDF, "load", "7 pages, over the limit of 3", id="page-limit"),
        pytest.param(Limits(max_bytes=1000), SEEDS[0], "read", "over the 0 MB limit", id="size-limit"),
    ],
)
def test_a_document_over_its_limits_is_an_error_and_the_batch_goes_on(
    tmp_path: Path, limits: Limits, path: Path, stage: str | None, cause: str
) -> None:
    small = tmp_path / "small.txt"
    small.write_text("KẾ HOẠCH\n\nPhòng, chống mại dâm năm 2024\n\nI. MỤC ĐÍCH, YÊU CẦU\n", encoding="utf-8")
    # a time limit short enough to stop the long plan stops any plan: that case runs alone
    batch = [path] if limits.timeout != Limits().timeout else [path, small]
    summary = extract_batch(batch, tmp_path / "out", "json", BatchConfig(limits=limits))
    (error,) = summary.errors
    assert cause in error["error"]
    if stage is not None:
        assert error["stage"] == stage
    assert summary.ok == len(batch) - 1


def test_dask_local_cluster_gives_byte_identical_outputs(inputs: list[Path], tmp_path: Path) -> None:
    for fmt in ("jsonl", "csv"):
        local = tmp_path / f"local-{fmt}"
        dask = tmp_path / f"dask-{fmt}"
        extract_batch(inputs, local, fmt, BatchConfig(), jobs=2)
        summary = extract_batch(inputs, dask, fmt, BatchConfig(), jobs=2, scheduler="dask")
        assert summary.ok == len(inputs) and summary.cached == 0
        assert _files(dask) == _files(local)


def _kehoach(*args: str) -> list[str]:
    return [sys.executable, "-c", "from pipeline.cli import run; run()", *args]


def test_kill_minus_nine_mid_batch_then_rerun_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    sources = sorted(CORPUS.glob("*.txt"))
    for i in range(60):
        src = sources[i % len(sources)]
        (folder / f"{i:03d}_{src.name}").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    reference = tmp_path / "reference"
    subprocess.run(_kehoach("extract", str(folder), "-o", str(reference), "-f", "jsonl", "-q", "-j", "2"), check=True)
    rng = random.Random(7)
    for attempt in range(3):
        out = tmp_path / f"killed-{attempt}"
        for fmt in ("json", "jsonl"):
            proc = subprocess.Popen(
                _kehoach("extract", str(folder), "-o", str(out), "-f", fmt, "-q", "-j", "2"), start_new_session=True
            )
            time.sleep(rng.uniform(0.8, 2.5))
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            for done in out.glob("*.json"):  # whatever is visible under a final name is complete
                json.loads(done.read_text(encoding="utf-8"))
        subprocess.run(_kehoach("extract", str(folder), "-o", str(out), "-f", "jsonl", "-q", "-j", "2"), check=True)
        assert (out / "documents.jsonl").read_bytes() == (reference / "documents.jsonl").read_bytes()
        assert not list(out.rglob("*.part"))
        assert len(list((out / CACHE_DIR).rglob("*.json"))) == 60


def test_an_existing_dask_scheduler_by_address(inputs: list[Path], tmp_path: Path) -> None:
    from dask.distributed import LocalCluster

    local = tmp_path / "local"
    extract_batch(inputs, local, "jsonl", BatchConfig())
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
                      host="127.0.0.1") as cluster:
        remote = tmp_path / "remote"
        summary = extract_batch(inputs, remote, "jsonl", BatchConfig(), scheduler=cluster.scheduler_address)
    assert summary.ok == len(inputs)
    assert _files(remote) == _files(local)


def test_ctrl_c_stops_cleanly_with_exit_130_and_a_rerun_finishes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    sources = sorted(CORPUS.glob("*.txt"))
    for i in range(40):
        src = sources[i % len(sources)]
        (folder / f"{i:03d}_{src.name}").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    # the terminal sends SIGINT to the whole process group: the pool's workers get it too
    proc = subprocess.Popen(_kehoach("extract", str(folder), "-o", str(out), "-f", "jsonl", "-j", "2"),
                            start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for _ in range(600):  # until some documents are done (or, on a very fast machine, all)
        if len(list((out / CACHE_DIR).rglob("*.json"))) >= 2 or proc.poll() is not None:
            break
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    if proc.returncode == 0:
        pytest.skip("the batch finished before Ctrl-C arrived")
    assert proc.returncode == 130, stderr[-2000:]
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
    assert "interrupted" in stderr and "run the same command again" in stderr
    with pytest.raises(ProcessLookupError):  # no worker left running
        os.killpg(proc.pid, 0)
    assert not list(out.rglob("*.part"))
    assert not (out / "documents.jsonl").exists()  # never half-written: whole, or not there
    again = subprocess.run(_kehoach("extract", str(folder), "-o", str(out), "-f", "jsonl", "-q", "-j", "2"))
    assert again.returncode == 0
    assert len((out / "documents.jsonl").read_text(encoding="utf-8").splitlines()) == 40


def test_a_pool_worker_freezes_what_its_first_document_left_alive_and_the_callers_process_does_not() -> None:
    # in child processes: freezing is process-wide, and the test process is no worker
    probe = ("import gc, sys; from pipeline import batch; "
             "run = batch._process_in_worker if sys.argv[1] == 'worker' else batch.process_one; "
             "run(sys.argv[2], 'doc', batch.BatchConfig()); print(gc.get_freeze_count())")
    counts = {how: int(subprocess.run([sys.executable, "-c", probe, how, str(SEEDS[0])], capture_output=True,
                                      text=True, check=True, cwd=ROOT).stdout) for how in ("worker", "caller")}
    assert counts["worker"] > 40_000  # modules, lexicons and models
    assert counts["caller"] == 0


def test_a_pipeline_that_cannot_be_built_fails_each_document_and_not_the_pool(
    inputs: list[Path], tmp_path: Path
) -> None:
    summary = extract_batch(inputs, tmp_path / "out", "json", BatchConfig(stages=("load", "no-such-stage")), jobs=2)
    assert summary.ok == 0 and summary.failed == len(inputs) > 1
    assert all("no-such-stage" in error["error"] for error in summary.errors)
