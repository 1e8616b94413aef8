"""Output folders read back: every format an analyst can ask for gives the same Documents.

The csv and parquet tables flatten records (nested fields become columns, lists one cell,
CSV cells that start like a formula get a quote); `pipeline.readers.load_documents` must
undo all of it, and refuse, with the reason, a folder that is not a kehoach output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import KehoachError, UsageError
from pipeline.models import (
    Agency,
    AttachedDocument,
    Citation,
    Deadline,
    Document,
    Mention,
    Metadata,
    Period,
    Section,
    Signer,
    Source,
    Target,
    Task,
)
from pipeline.outputs import join_strings, parse_formats, pretty_json, split_strings, write_assembled
from pipeline.readers import load_documents

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "corpus").glob("00*.txt"))


@pytest.mark.parametrize(
    ("items", "cell"),
    [
        pytest.param(["Công an tỉnh", "Sở Y tế"], "Công an tỉnh; Sở Y tế", id="agencies-joined-readably"),
        pytest.param([], "", id="no-item-is-an-empty-cell"),
        pytest.param(["Sở Lao động - Thương binh và Xã hội"], "Sở Lao động - Thương binh và Xã hội", id="one-item"),
        pytest.param(["năm 2024; năm 2025", "Sở Tư pháp"], '["năm 2024; năm 2025", "Sở Tư pháp"]',
                     id="separator-inside-an-item-gives-json"),
        pytest.param([""], '[""]', id="an-empty-item-gives-json"),
        pytest.param(["[Dự thảo] Kế hoạch"], '["[Dự thảo] Kế hoạch"]', id="a-bracket-first-gives-json"),
        pytest.param(["UBND xã;", " Công an xã"], "UBND xã;;  Công an xã", id="semicolon-at-an-edge"),
    ],
)
def test_a_list_of_strings_is_one_cell_that_splits_back(items: list[str], cell: str) -> None:
    assert join_strings(items) == cell
    assert split_strings(cell) == items


@pytest.mark.parametrize(
    ("value", "formats"),
    [
        pytest.param("json", ("json",), id="one"),
        pytest.param("json,csv,parquet", ("json", "csv", "parquet"), id="several"),
        pytest.param(" CSV , parquet,csv", ("csv", "parquet"), id="spaces-case-and-repeats"),
        pytest.param(["jsonl", "parquet"], ("jsonl", "parquet"), id="a-list"),
    ],
)
def test_formats_are_a_comma_list(value: str | list[str], formats: tuple[str, ...]) -> None:
    assert parse_formats(value) == formats


# `<doc_id>.json` is written by a faster encoder than the standard library's indented one; its
# bytes are still exactly those of `json.dumps(…, ensure_ascii=False, indent=2)` plus a newline
PRETTY = [
    pytest.param('{"a":1,"b":[],"c":{}}', '{\n  "a": 1,\n  "b": [],\n  "c": {}\n}\n', id="empty-containers"),
    pytest.param('{"v":[0.95,2.0,100.5,null,true]}',
                 '{\n  "v": [\n    0.95,\n    2.0,\n    100.5,\n    null,\n    true\n  ]\n}\n', id="floats-and-constants"),
    pytest.param('{"t":"Tỷ lệ \\"hộ nghèo\\"\\n\\u0001\\\\"}', '{\n  "t": "Tỷ lệ \\"hộ nghèo\\"\\n\\u0001\\\\"\n}\n',
                 id="vietnamese-unescaped-controls-escaped"),
    pytest.param('{"x":1e-05,"y":12500000000000000.0}', '{\n  "x": 1e-05,\n  "y": 1.25e+16\n}\n',
                 id="python-exponent-floats"),
    pytest.param('{"s":"\\ud800"}', '{\n  "s": "\ud800"\n}\n', id="lone-surrogate"),
]


@pytest.mark.parametrize(("compact", "pretty"), PRETTY)
def test_a_document_file_is_the_standard_indented_json(compact: str, pretty: str) -> None:
    assert pretty_json(compact) == pretty == json.dumps(json.loads(compact), ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("value", ["xml", "json,xlsx", "", ","])
def test_an_unknown_format_names_the_valid_ones(value: str) -> None:
    with pytest.raises(ValueError, match="valid: json, jsonl, csv, parquet"):
        parse_formats(value)


def _hostile() -> Document:
    """Every kind of cell the tables flatten, with the values that break a naive round trip:
    text that starts like a formula or with a quote, `; ` inside a list item, empty strings
    where a value is required, negative and fractional numbers, nested records half filled,
    lists of records and numbers, a dict, newlines and a text over the csv module's default
    field limit."""
    text = "- Tăng cường; tuyên truyền\r\n=1+2 \"trích dẫn\" 'nháy'\n" + "Kế hoạch số 18/KH-UBND. " * 8000
    span = (0, 10)
    return Document(
        doc_id="@hostile; plan",
        source=Source(path="in/=plan.txt", sha256="ab" * 32, format="pdf", pages=3, ocr=True, ocr_confidence=0.5,
                      encoding_repaired="tcvn3", ocr_pages=[1, 3], ocr_page_confidence=[0.25, None]),
        text=text,
        metadata=Metadata(doc_number="'18/KH-UBND", doc_type="Kế hoạch", admin_level="province", plan_year=2024,
                          period=Period(start=2021, end=None), topics=["prostitution", "-drugs"],
                          signer=Signer(name="Nguyễn Văn A", position=None, on_behalf="KT. Chủ tịch"),
                          attachments=[AttachedDocument(doc_type="Kế hoạch", title="+ phụ lục", span=span, page=None)]),
        sections=[Section(id="I", number="I.", heading="=MỤC ĐÍCH", level=1, kind="purpose", span=span, page=1,
                          source_span=(2, 12), heading_span=None)],
        targets=[Target(text="giảm 5%", kind="change", value=-5.0, value_max=0.1, comparator=">=", span=span,
                        baseline={"2023": 12}, target_year=2025, confidence=0.875, indicator=None,
                        indicator_reason="below_threshold")],
        tasks=[Task(text="", lead=["Công an tỉnh; Công an huyện"], partners=["", "Sở Y tế"], advisors=[],
                    span=span, timeframe=Deadline(text="hằng năm", kind="recurring", recurrence="yearly", span=span)),
               Task(text="@Tổ chức", lead=["Sở Tư pháp"], span=(5, 9), timeframe=None)],
        agencies=[Agency(name="Công an tỉnh", canonical="Công an tỉnh", generic=True, level="province",
                         roles=["lead", "partner"], mentions=[Mention(text="Công an", span=span, page=None)])],
        deadlines=[Deadline(text="trước ngày 15/12", kind="due", due="2024-12-15", span=span, what="-báo cáo")],
        citations=[Citation(text="Luật số 1", relation="basis", year=2023, number="1", span=span)],
        warnings=["issue date left blank; day and month", "\tindented"],
    )


def _write(doc: Document, out: Path, formats: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    write_assembled(formats, [doc.model_dump_json()], out)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "parquet"])
def test_every_format_reads_back_into_the_same_document(tmp_path: Path, fmt: str) -> None:
    doc = _hostile()
    _write(doc, tmp_path / fmt, fmt)
    assert load_documents(tmp_path / fmt) == {doc.doc_id: doc}


def test_a_folder_written_in_several_formats_holds_each_whole(tmp_path: Path) -> None:
    doc = _hostile()
    _write(doc, tmp_path, "json,csv,parquet")
    names = sorted(p.name for p in tmp_path.iterdir())
    assert "hostile_plan.json" in names and "texts.csv" in names and "task_agencies.parquet" in names
    import pandas as pd

    assert pd.read_parquet(tmp_path / "tasks.parquet").lead.tolist() == ['["Công an tỉnh; Công an huyện"]',
                                                                         "Sở Tư pháp"]
    assert pd.read_csv(tmp_path / "targets.csv").value.tolist() == [-5.0]


def _not_outputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Folders an analyst might pass by mistake, each with what the error must say."""
    empty = tmp_path / "empty"
    empty.mkdir()
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "plan.txt").write_text("KẾ HOẠCH", encoding="utf-8")
    other_json = tmp_path / "other-json"
    other_json.mkdir()
    (other_json / "config.json").write_text('{"a": 1}', encoding="utf-8")
    partial = tmp_path / "partial"
    _write(_hostile(), partial, "csv")
    (partial / "texts.csv").unlink()
    bad_csv = tmp_path / "bad-csv"
    bad_csv.mkdir()
    for table in ("documents", "texts", "sections", "targets", "tasks", "agencies", "deadlines", "citations"):
        (bad_csv / f"{table}.csv").write_text("doc_id,whatever\nx,y\n", encoding="utf-8")
    not_parquet = tmp_path / "not-parquet"
    _write(_hostile(), not_parquet, "parquet")
    (not_parquet / "targets.parquet").write_text("not parquet", encoding="utf-8")
    failed_only = tmp_path / "all-failed"
    _write(_hostile(), failed_only, "csv")
    for table in failed_only.glob("*.csv"):
        table.write_text(table.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    return {
        "missing": (tmp_path / "nope", "no such folder"),
        "a-file": (plans / "plan.txt", "a file, not a kehoach output folder"),
        "empty": (empty, "not a kehoach extract output"),
        "an-input-folder": (plans, "not a kehoach extract output"),
        "json-that-is-not-a-document": (other_json, "config.json: not a kehoach Document"),
        "a-table-missing": (partial, "without texts.csv"),
        "a-table-of-other-columns": (bad_csv, "not a kehoach table: no column"),
        "a-table-that-is-not-parquet": (not_parquet, "targets.parquet: not a Parquet file"),
        "no-document": (failed_only, "without any document"),
    }


NOT_OUTPUTS = ["missing", "a-file", "empty", "an-input-folder", "json-that-is-not-a-document", "a-table-missing",
               "a-table-of-other-columns", "a-table-that-is-not-parquet", "no-document"]


@pytest.mark.parametrize("case", NOT_OUTPUTS)
def test_a_folder_that_is_not_an_output_is_a_usage_error_with_the_reason(tmp_path: Path, case: str) -> None:
    folder, reason = _not_outputs(tmp_path)[case]
    with pytest.raises(UsageError, match=reason) as raised:
        load_documents(folder)
    assert isinstance(raised.value, KehoachError) and raised.value.stage == "usage"


def _read_command(command: str, folder: Path, tmp_path: Path) -> list[str]:
    return {"compare": ["compare", str(folder), "-o", str(tmp_path / "cmp")],
            "report": ["report", str(folder), "-o", str(tmp_path / "site")],
            "indicators": ["indicators", str(folder), "--csv"],
            "evaluate": ["evaluate", "--pred", str(folder), "--gold", str(ROOT / "gold")]}[command]


@pytest.mark.parametrize("command", ["compare", "report", "indicators", "evaluate"])
@pytest.mark.parametrize("case", ["an-input-folder", "a-table-missing"])
def test_every_command_that_reads_an_output_exits_2_on_a_folder_it_cannot_read(
        tmp_path: Path, command: str, case: str) -> None:
    folder, reason = _not_outputs(tmp_path)[case]
    result = runner.invoke(app, _read_command(command, folder, tmp_path))
    assert result.exit_code == 2
    assert reason in " ".join(result.output.split())


@pytest.fixture(scope="module")
def seed_tables(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five seed plans extracted once into every format."""
    out = tmp_path_factory.mktemp("seeds")
    result = runner.invoke(app, ["extract", *map(str, SEEDS), "-o", str(out), "-f", "json,jsonl,csv,parquet", "-q"])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_a_real_extraction_reads_back_the_same_from_each_format(seed_tables: Path, tmp_path: Path, fmt: str) -> None:
    from pipeline.readers import output_format

    docs = load_documents(seed_tables)
    assert output_format(seed_tables) == "json" and len(docs) == len(SEEDS)
    only = tmp_path / fmt
    only.mkdir()
    for path in seed_tables.glob(f"*.{fmt}"):
        (only / path.name).write_bytes(path.read_bytes())
    assert load_documents(only) == docs


@pytest.mark.parametrize("command", ["compare", "report", "indicators", "evaluate"])
def test_every_command_that_reads_an_output_reads_a_csv_folder(seed_tables: Path, tmp_path: Path,
                                                               command: str) -> None:
    only = tmp_path / "csv"
    only.mkdir()
    for path in seed_tables.glob("*.csv"):
        (only / path.name).write_bytes(path.read_bytes())
    result = runner.invoke(app, _read_command(command, only, tmp_path))
    assert result.exit_code == 0, result.output
    if command == "indicators":
        assert "localities_with_propaganda" in result.stdout


def test_to_frames_gives_the_csv_tables_from_a_csv_folder(seed_tables: Path, tmp_path: Path) -> None:
    import pandas as pd

    import pipeline

    only = tmp_path / "csv"
    only.mkdir()
    for path in seed_tables.glob("*.csv"):
        (only / path.name).write_bytes(path.read_bytes())
    frames = pipeline.to_frames(only)
    for table, frame in frames.items():
        written = pd.read_csv(only / f"{table}.csv")
        assert list(frame.columns) == list(written.columns), table
        assert len(frame) == len(written), table
    assert json.loads(frames["documents"].to_json(orient="records"))[0]["doc_id"] == SEEDS[0].stem
