"""Broken, mislabelled and hostile inputs: each is one line of errors.jsonl naming its
cause, every good file beside them is processed, and nothing is written outside -o."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.make_bad_inputs import BAD, GOOD_NAMES, HOSTILE_GOOD, OUTSIDE_TARGETS, PLAN, make

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
    docs = {}
    for path in out.glob("*.json"):
        doc = json.loads(path.read_text(encoding="utf-8"))
        docs[Path(doc["source"]["path"]).relative_to(folder).as_posix()] = doc | {"file": path.name}
    return {"expected": expected, "proc": proc, "errors": errors, "out": out, "created": created, "root": root,
            "folder": folder, "docs": docs}


def test_the_batch_finishes_with_exit_code_1_and_no_traceback(bad_run: dict) -> None:
    proc = bad_run["proc"]
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "Traceback" not in proc.stdout + proc.stderr


def test_exactly_one_error_line_per_bad_input(bad_run: dict) -> None:
    names = [Path(e["path"]).name for e in bad_run["errors"]]
    assert sorted(names) == sorted(bad_run["expected"])


@pytest.mark.parametrize("name", [*BAD, "loop-a.txt", "loop-b.txt", "pipe.txt", *OUTSIDE_TARGETS])
def test_each_error_names_a_cause_a_user_can_act_on(bad_run: dict, name: str) -> None:
    (error,) = [e for e in bad_run["errors"] if Path(e["path"]).name == name]
    assert error["stage"] in ("read", "load", "normalise")
    assert bad_run["expected"][name] in error["error"]


def test_good_files_with_awkward_names_are_processed_inside_the_output_folder(bad_run: dict) -> None:
    out: Path = bad_run["out"]
    written = sorted(p.name for p in out.glob("*.json"))
    good = [*GOOD_NAMES, *HOSTILE_GOOD, "inside-link.txt"]
    assert len(written) == len(good) + (0 if "unreadable.txt" in bad_run["expected"] else 1)
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


def _entries(folder: Path) -> set[str]:
    """Every file and link the fixture made, without following any link."""
    found = set()
    for root, dirs, files in os.walk(folder):
        for name in files + [d for d in dirs if (Path(root) / d).is_symlink()]:
            found.add((Path(root) / name).relative_to(folder).as_posix())
    return found


def test_every_input_is_its_own_document_or_one_error_line(bad_run: dict) -> None:
    errors = {Path(e["path"]).relative_to(bad_run["folder"]).as_posix() for e in bad_run["errors"]}
    assert not errors & set(bad_run["docs"])
    assert errors | set(bad_run["docs"]) == _entries(bad_run["folder"])
    assert len({d["doc_id"] for d in bad_run["docs"].values()}) == len(bad_run["docs"])


def test_the_same_plan_in_three_folders_is_three_documents_with_ids_from_their_paths(bad_run: dict) -> None:
    same = {path: doc for path, doc in bad_run["docs"].items() if path.startswith("same/")}
    assert sorted(same) == ["same/a/plan.txt", "same/b/plan.txt", "same/c/plan.txt"]
    ids = {doc["doc_id"] for doc in same.values()}
    assert len(ids) == 3 and all(len(i) == 12 and int(i, 16) >= 0 for i in ids)
    assert len({doc["source"]["sha256"] for doc in same.values()}) == 1  # identical bytes, still three


def test_names_alike_once_sanitised_keep_their_stems_and_get_their_own_files(bad_run: dict) -> None:
    alike = ["plan with spaces.txt", "plan_with_spaces.txt", "Plan_With_Spaces.txt"]
    docs = [bad_run["docs"][name] for name in alike]
    assert [d["doc_id"] for d in docs] == [Path(name).stem for name in alike]
    assert len({d["file"].casefold() for d in docs}) == 3


def test_a_unique_stem_is_the_doc_id_and_the_file_name(bad_run: dict) -> None:
    doc = bad_run["docs"]["name with spaces.txt"]
    assert (doc["doc_id"], doc["file"]) == ("name with spaces", "name_with_spaces.json")


def test_links_out_of_the_input_folder_are_not_read(bad_run: dict) -> None:
    secret = Path("/etc/passwd").read_text(encoding="utf-8").splitlines()[0]
    for path in bad_run["out"].rglob("*"):
        if path.is_file():
            assert secret not in path.read_text(encoding="utf-8", errors="replace"), path
    assert not [p for p in bad_run["docs"] if p.startswith("etc-link")]


def test_a_link_to_a_file_inside_the_input_folder_is_read(bad_run: dict) -> None:
    assert bad_run["docs"]["inside-link.txt"]["text"] == bad_run["docs"]["name with spaces.txt"]["text"]


RECORDS = ("sections", "targets", "tasks", "deadlines", "citations", "agencies")


def _without_source_spans(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_source_spans(v) for k, v in value.items() if k != "source_span"}
    if isinstance(value, list):
        return [_without_source_spans(v) for v in value]
    return value


@pytest.mark.parametrize(
    ("name", "warning"),
    [
        pytest.param("utf16-no-bom.txt", None, id="utf-16-le-without-bom"),
        pytest.param("nul-bytes.txt", "3 NUL character(s) removed", id="nul-bytes"),
        pytest.param("text-named.pdf", "named .pdf but the content is text", id="text-named-pdf"),
        pytest.param("bidi-override.txt", "bidirectional control character(s)", id="right-to-left-override"),
    ],
)
def test_a_plan_in_hostile_clothing_gives_the_records_of_the_clean_copy(
        bad_run: dict, name: str, warning: str | None) -> None:
    doc, clean = bad_run["docs"][name], bad_run["docs"]["name with spaces.txt"]
    if name == "bidi-override.txt":  # the override is removed; the reversed digits stay as written
        assert "\u202e" not in doc["text"] and "năm 4202" in doc["text"]
        assert doc["text"] == clean["text"].replace("năm 2024", "năm 4202")
    else:
        assert doc["text"] == clean["text"]
        records, clean_records = ({r: d[r] for r in RECORDS} for d in (doc, clean))
        assert _without_source_spans(records) == _without_source_spans(clean_records)
    assert doc["source"]["format"] == "txt"
    if warning:
        assert any(warning in w for w in doc["warnings"]), doc["warnings"]
    assert "\0" not in json.dumps(doc, ensure_ascii=False)
    assert PLAN.split("\n")[0] in doc["text"]


def test_a_document_over_the_memory_ceiling_is_an_error_line_and_the_worker_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader that asks for a gigabyte under a 300 MB ceiling fails with MemoryError inside
    its stage (the address-space limit refuses the allocation before any page is touched);
    the next document in the same worker runs with the ceiling lifted again."""
    from pipeline.batch import BatchConfig, process_one
    from pipeline.limits import Limits
    from pipeline.parse import load as loader

    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    config = BatchConfig(limits=Limits(max_memory=300_000_000))
    real_load = loader.load

    def greedy(*args: object, **kwargs: object) -> object:
        bytearray(1_000_000_000)
        return real_load(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(loader, "load", greedy)
    failed = process_one(str(plan), "plan", config)
    assert failed.error is not None and failed.doc_json is None
    assert failed.error["stage"] == "load"
    assert failed.error["error"] == ("ran out of memory: the document needed more than the 0.3 GB allowed per "
                                     "document (Limits.max_memory)")
    monkeypatch.setattr(loader, "load", real_load)
    done = process_one(str(plan), "plan", config)
    assert done.error is None and json.loads(done.doc_json or "{}")["doc_id"] == "plan"
