"""`kehoach gold import`: an analyst's decisions in the viewer become gold labels — right kept, wrong
removed (or never added), edited put in place with the analyst's fields, added as new labels — and
every changed file passes the checks of `kehoach gold check`, or nothing is written. Hand-written
corrections files and gold folders; gold/ is not read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.gold import gold_fields
from pipeline.models import Target, Task

runner = CliRunner()

PLAN = """KẾ HOẠCH
Phòng, chống mại dâm năm 2024

Căn cứ Quyết định số 361/QĐ-TTg ngày 07 tháng 3 năm 2016 của Thủ tướng Chính phủ;

1. Chỉ tiêu
- Ít nhất 80% số xã, phường, thị trấn tổ chức được ít nhất một hình thức tuyên truyền.
- 100% tin báo, tố giác về mại dâm được tiếp nhận, xử lý.

2. Nhiệm vụ
a) Công an tỉnh chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch kiểm tra các cơ sở kinh doanh dịch vụ.
b) Sở Y tế chủ trì tuyên truyền phòng, chống HIV/AIDS trong nhóm nguy cơ cao.
"""
TARGET_80 = "Ít nhất 80% số xã, phường, thị trấn tổ chức được ít nhất một hình thức tuyên truyền."
TARGET_100 = "100% tin báo, tố giác về mại dâm được tiếp nhận, xử lý."
TASK_CA = ("Công an tỉnh chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch kiểm tra các cơ sở kinh doanh "
           "dịch vụ.")
TASK_YTE = "Sở Y tế chủ trì tuyên truyền phòng, chống HIV/AIDS trong nhóm nguy cơ cao."
CA, VH, YTE = "Công an tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"
FIELDS_80 = {"kind": "share", "value": 80.0, "value_max": None, "denominator": None, "unit": "%", "comparator": ">=",
             "subject": "số xã, phường, thị trấn"}
FIELDS_CA = {"lead": [CA], "partners": [VH], "advisors": [], "timeframe": None}


def _entry(decision: str, kind: str, text: str | None, fields: dict[str, Any] | None = None,
           edited: dict[str, Any] | None = None, record: str | None = "x-0", doc_id: str = "plan",
           source: str | None = None) -> dict[str, Any]:
    start = PLAN.find(text) if text else -1
    return {"doc_id": doc_id, "source": source, "type": kind, "record": record,
            "span": [start, start + len(text)] if start >= 0 else None, "text": text, "decision": decision,
            "fields": fields or {}, "edited": edited or {}, "note": None}


def _corrections(tmp_path: Path, entries: list[dict[str, Any]], reviewed: dict[str, list[str]] | None = None,
                 **extra: Any) -> Path:
    path = tmp_path / "corrections.json"
    raw = {"format": "kehoach-corrections", "version": 1, "report": "r", "exported": "2026-12-03T10:00:00Z",
           "reviewed": reviewed or {}, "entries": entries, **extra}
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The plan's file, and a gold file that labels its two targets and the Công an task, the 80 %
    target with its line wrapped differently than the document (gold check squashes white space)."""
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    wrapped = TARGET_80.replace("thị trấn ", "thị trấn\n  ")
    raw = {"doc_id": "plan", "source": "plan.txt", "labelled": ["targets", "tasks"], "split": "dev",
           "targets": [{"quote": wrapped, **FIELDS_80},
                       {"quote": TARGET_100, "kind": "share", "value": 100, "unit": "%", "comparator": "=",
                        "subject": "tin báo, tố giác về mại dâm"}],
           "tasks": [{"quote": TASK_CA, **FIELDS_CA}]}
    (gold / "plan.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def _import(folder: Path, corrections: Path, *args: str) -> tuple[int, str, dict[str, Any] | None]:
    result = runner.invoke(app, ["gold", "import", str(corrections), "--gold", str(folder / "gold"),
                                 "--root", str(folder), *args])
    path = folder / "gold" / "plan.json"
    return result.exit_code, result.output, json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def _quotes(gold: dict[str, Any], kind: str) -> list[str]:
    return [" ".join(label["quote"].split()) for label in gold[kind]]


# --- what each decision does to the gold ------------------------------------------------------------------------

def test_wrong_removes_the_label_with_that_quote_white_space_aside(folder: Path) -> None:
    code, output, gold = _import(folder, _corrections(folder, [_entry("wrong", "targets", TARGET_80, FIELDS_80)]))
    assert code == 0, output
    assert _quotes(gold, "targets") == [TARGET_100]
    assert gold["tasks"][0]["quote"] == TASK_CA


def test_wrong_removes_the_label_evaluation_would_match_it_with_though_quoted_shorter(folder: Path) -> None:
    code, output, gold = _import(folder, _corrections(folder, [_entry("wrong", "tasks", f"a) {TASK_CA}", FIELDS_CA)]))
    assert code == 0, output
    assert gold["tasks"] == []


def test_wrong_keeps_the_gold_reading_of_the_same_sentence_with_another_lead(folder: Path) -> None:
    """The extractor read Sở Văn hóa as the lead: that record is wrong, the gold's (Công an tỉnh) stays."""
    misread = {**FIELDS_CA, "lead": [VH], "partners": []}
    code, output, gold = _import(folder, _corrections(folder, [_entry("wrong", "tasks", TASK_CA, misread)]))
    assert code == 0, output
    assert gold["tasks"] == [{"quote": TASK_CA, **FIELDS_CA}]


def test_edited_lead_replaces_the_gold_label_it_now_matches(folder: Path) -> None:
    misread = {**FIELDS_CA, "lead": [VH], "partners": []}
    entry = _entry("edited", "tasks", TASK_CA[:60], misread, edited={"lead": [CA], "partners": [VH, YTE]})
    code, output, gold = _import(folder, _corrections(folder, [entry]))
    assert code == 0, output
    assert gold["tasks"] == [{"quote": TASK_CA[:60], "lead": [CA], "partners": [VH, YTE], "advisors": [],
                              "timeframe": None}]


def test_wrong_on_a_record_the_gold_lacks_adds_nothing(folder: Path) -> None:
    code, output, gold = _import(folder, _corrections(folder, [_entry("wrong", "tasks", TASK_YTE, {"lead": [YTE]})]))
    assert code == 0, output
    assert _quotes(gold, "tasks") == [TASK_CA]


def test_right_adds_the_record_as_extracted_when_the_gold_lacks_it(folder: Path) -> None:
    fields = {"lead": [YTE], "partners": [], "advisors": [], "timeframe": None}
    code, output, gold = _import(folder, _corrections(folder, [_entry("right", "tasks", TASK_YTE, fields)]))
    assert code == 0, output
    assert gold["tasks"][1] == {"quote": TASK_YTE, **fields}


def test_right_on_a_labelled_record_keeps_the_gold_label_as_it_was(folder: Path) -> None:
    extracted = {**FIELDS_CA, "partners": []}  # the extractor missed the partner: the record is right, its gold stays
    code, output, gold = _import(folder, _corrections(folder, [_entry("right", "tasks", TASK_CA, extracted)]))
    assert code == 0, output
    assert gold["tasks"] == [{"quote": TASK_CA, **FIELDS_CA}]


def test_edited_puts_the_analysts_fields_in_place_of_the_labels(folder: Path) -> None:
    entry = _entry("edited", "targets", TARGET_100, {"kind": "share", "value": 100.0, "unit": "%", "comparator": "=",
                                                     "subject": None}, edited={"subject": "tin báo, tố giác"})
    code, output, gold = _import(folder, _corrections(folder, [entry]))
    assert code == 0, output
    assert len(gold["targets"]) == 2
    assert gold["targets"][1]["quote"] == TARGET_100 and gold["targets"][1]["subject"] == "tin báo, tố giác"


def test_added_becomes_a_new_label_with_its_quote_and_the_analysts_note_joins_the_files_notes(folder: Path) -> None:
    quote = "Căn cứ Quyết định số 361/QĐ-TTg ngày 07 tháng 3 năm 2016"
    entry = _entry("added", "citations", quote, record=None,
                   edited={"doc_type": "Quyết định", "canonical_id": "361/QĐ-TTg", "date": "2016-03-07",
                           "relation": "basis"})
    entry["note"] = "the basis the extractor missed"
    code, output, gold = _import(folder, _corrections(folder, [entry]))
    assert code == 0, output
    assert gold["citations"] == [{"quote": quote, "doc_type": "Quyết định", "canonical_id": "361/QĐ-TTg",
                                  "date": "2016-03-07", "issuer": None, "relation": "basis"}]
    assert "citations" not in gold["labelled"]  # one added record does not make the type labelled completely
    assert gold["notes"] == f"added citation {quote!r}: the basis the extractor missed"


def test_agencies_are_matched_by_canonical_name(folder: Path) -> None:
    entries = [_entry("right", "agencies", "Công an tỉnh", {"canonical": CA, "generic": False}),
               _entry("right", "agencies", "Sở Y tế", {"canonical": YTE, "generic": False}),
               _entry("wrong", "agencies", "Sở y tế", {"canonical": "sở y tế", "generic": False})]
    code, output, gold = _import(folder, _corrections(folder, entries))
    assert code == 0, output
    assert gold["agencies"] == [{"canonical": CA, "generic": False}]


def test_reviewed_types_are_listed_as_labelled(folder: Path) -> None:
    entries = [_entry("right", "agencies", "Công an tỉnh", {"canonical": CA, "generic": False})]
    code, output, gold = _import(folder, _corrections(folder, entries, reviewed={"plan": ["agencies"]}))
    assert code == 0, output
    assert gold["labelled"] == ["targets", "tasks", "agencies"]


def test_a_document_without_gold_gets_a_new_file_in_the_split_asked(folder: Path) -> None:
    source = str(folder / "other.txt")
    (folder / "other.txt").write_text(PLAN, encoding="utf-8")
    entries = [_entry("wrong", "tasks", TASK_CA, FIELDS_CA, doc_id="other", source=source),
               _entry("right", "tasks", TASK_YTE, {"lead": [YTE]}, doc_id="other", source=source)]
    result = runner.invoke(app, ["gold", "import", str(_corrections(folder, entries, reviewed={"other": ["tasks"]})),
                                 "--gold", str(folder / "gold"), "--root", str(folder), "--split", "test"])
    assert result.exit_code == 0, result.output
    gold = json.loads((folder / "gold" / "other.json").read_text(encoding="utf-8"))
    assert gold["source"] == "other.txt" and gold["split"] == "test" and gold["labelled"] == ["tasks"]
    assert gold["tasks"] == [{"quote": TASK_YTE, "lead": [YTE], "partners": [], "advisors": [], "timeframe": None}]


def test_the_fields_a_correction_carries_are_the_gold_shape_of_the_record() -> None:
    target = Target(text=TARGET_80, span=(0, 10), kind="share", value=80, unit="%", comparator=">=",
                    subject="số xã, phường, thị trấn", rule="share", confidence=0.9, indicator="x")
    task = Task(text=TASK_CA, span=(0, 10), lead=[CA], partners=[VH], rule="prose", confidence=0.8)
    assert gold_fields("targets", target) == FIELDS_80
    assert gold_fields("tasks", task) == FIELDS_CA


# --- refused: the file and the entry named, exit 2, nothing written --------------------------------------------

@pytest.mark.parametrize(("entry", "message"), [
    pytest.param(_entry("added", "targets", "Ít nhất 90% số xã", record=None, edited={"kind": "share"}),
                 "entries[0] (plan, targets, 'Ít nhất 90% số xã'): quote not in plan.txt", id="quote-not-in-document"),
    pytest.param(_entry("added", "targets", TARGET_100, record=None, edited={"value": 100}),
                 "entries[0] (plan, targets", id="target-without-its-kind"),
    pytest.param(_entry("edited", "tasks", TASK_CA, FIELDS_CA, edited={"leader": [CA]}),
                 "entries[0] (plan, tasks", id="a-field-gold-does-not-have"),
    pytest.param(_entry("edited", "deadlines", TASK_CA, edited={"kind": "soon"}),
                 "entries[0] (plan, deadlines", id="a-kind-outside-the-contract"),
    pytest.param(_entry("added", "tasks", None, record=None, edited={"lead": [CA]}),
                 "entries[0] (plan, tasks): no `text`", id="added-without-text"),
    pytest.param({**_entry("wrong", "tasks", TASK_CA), "decision": "maybe"}, "not a corrections file",
                 id="unknown-decision"),
    pytest.param(_entry("wrong", "tasks", TASK_CA, doc_id="unknown"), "no gold file for unknown and no `source`",
                 id="new-document-without-source"),
])
def test_bad_corrections_are_refused_naming_the_file_and_entry(folder: Path, entry: dict[str, Any],
                                                               message: str) -> None:
    before = (folder / "gold" / "plan.json").read_text(encoding="utf-8")
    good = _entry("wrong", "targets", TARGET_80, FIELDS_80)
    corrections = _corrections(folder, [entry, good])
    code, output, _ = _import(folder, corrections)
    assert code == 2
    assert "corrections.json" in " ".join(output.split()) and message in " ".join(output.split())
    assert (folder / "gold" / "plan.json").read_text(encoding="utf-8") == before


def test_a_file_of_another_format_or_version_is_refused(folder: Path) -> None:
    corrections = _corrections(folder, [], version=2)
    code, output, _ = _import(folder, corrections)
    assert code == 2 and "not a corrections file" in output


def test_an_import_into_a_file_built_from_gold_src_says_where_to_carry_it(folder: Path) -> None:
    (folder / "gold" / "src").mkdir()
    (folder / "gold" / "src" / "labels_plan.py").write_text('DOC = {"doc_id": "plan"}\n', encoding="utf-8")
    code, output, _ = _import(folder, _corrections(folder, [_entry("wrong", "targets", TARGET_80, FIELDS_80)]))
    flat = output.replace("\n", "")  # the console wraps long paths
    assert code == 0 and "labels_plan.py" in flat and "build.py" in flat
