"""The Python API and the ways of naming inputs, as an analyst uses them from a notebook or
a shell: a string, a list of files, a glob pattern, standard input, a project file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pipeline
from pipeline.cli import app
from pipeline.errors import Failure, KehoachError, UsageError
from pipeline.project import load_project

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "corpus").glob("00*.txt"))


def _plan_text() -> str:
    return SEEDS[4].read_text(encoding="utf-8")


def test_the_package_exports_the_api() -> None:
    for name in ("extract_file", "extract_text", "extract_many", "load_documents", "to_frames", "KehoachError",
                 "UsageError", "Failure", "Document"):
        assert name in pipeline.__all__ and hasattr(pipeline, name), name


def test_extract_text_gives_the_document_extract_file_gives(tmp_path: Path) -> None:
    from_text = pipeline.extract_text(_plan_text(), name="chi-lang.txt")
    from_file = pipeline.extract_file(SEEDS[4])
    assert from_text.doc_id == "chi-lang" and from_text.source.path == "chi-lang.txt"
    assert from_text.model_dump(exclude={"doc_id", "source"}) == from_file.model_dump(exclude={"doc_id", "source"})
    assert from_text.metadata.district == "Chi Lăng"


def test_extract_text_of_nothing_raises_the_pipeline_error() -> None:
    with pytest.raises(KehoachError) as raised:
        pipeline.extract_text("   \n", name="blank.txt")
    assert raised.value.stage in ("load", "normalise")


def test_extract_many_yields_documents_and_failures_and_writes_what_the_cli_writes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "chi-lang.txt").write_text(_plan_text(), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    results = list(pipeline.extract_many([folder, tmp_path / "nope.txt"], out=out, jobs=1, formats="json,csv"))
    docs = [r for r in results if isinstance(r, pipeline.Document)]
    failures = sorted((Path(r.path).name, r.stage) for r in results if isinstance(r, Failure))
    assert [d.doc_id for d in docs] == ["chi-lang"]
    assert failures == [("empty.txt", "load"), ("nope.txt", "read")]
    lines = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(Path(e["path"]).name for e in lines) == ["empty.txt", "nope.txt"]
    assert (out / "chi-lang.json").exists() and (out / "documents.csv").exists()
    assert pipeline.load_documents(out) == {"chi-lang": docs[0]}
    # the same call again reads everything back from the cache
    again = [r for r in pipeline.extract_many(folder, out=out, jobs=1, formats="json,csv")
             if isinstance(r, pipeline.Document)]
    assert again == docs


def test_extract_many_without_an_output_folder_leaves_nothing_behind(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    docs = list(pipeline.extract_many(SEEDS[:2], jobs=1))
    assert sorted(d.doc_id for d in docs) == [s.stem for s in SEEDS[:2]]
    assert list(tmp_path.iterdir()) == []


def test_extract_many_of_a_pattern_that_matches_nothing_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no file matches the pattern"):
        next(pipeline.extract_many(str(tmp_path / "*.pdf")))


def _extract(*args: str, input: bytes | None = None) -> object:
    return runner.invoke(app, ["extract", *args], input=input)


def test_a_quoted_glob_pattern_is_expanded_by_kehoach(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = _extract(str(ROOT / "corpus" / "00[0-2]_*.txt"), "-o", str(out), "-q")
    assert result.exit_code == 0, result.output
    assert sorted(p.stem for p in out.glob("*.json")) == [s.stem for s in SEEDS[:3]]


def test_a_glob_pattern_that_matches_nothing_is_a_usage_error(tmp_path: Path) -> None:
    result = _extract(str(tmp_path / "*.docx"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2 and "no file matches the pattern" in result.output


def test_standard_input_is_a_document_named_by_name(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = _extract("-", "--name", "chi-lang.txt", "-o", str(out), "-q", input=_plan_text().encode("utf-8"))
    assert result.exit_code == 0, result.output
    doc = pipeline.load_documents(out)["chi-lang"]
    assert doc.metadata.district == "Chi Lăng"
    assert Path(doc.source.path).read_text(encoding="utf-8") == _plan_text()  # the bytes read are kept


def test_standard_input_twice_is_a_usage_error(tmp_path: Path) -> None:
    assert _extract("-", "-", "-o", str(tmp_path / "out"), input=b"x").exit_code == 2


PROJECT = """formats = "jsonl,csv"
jobs = 1
taxonomy = ["mine.yaml"]
[limits]
max_pages = 50
"""


@pytest.mark.parametrize(
    ("name", "text"),
    [
        pytest.param("kehoach.toml", PROJECT, id="kehoach-toml"),
        pytest.param("pyproject.toml", "[project]\nname = 'study'\n\n[tool.kehoach]\n"
                     + PROJECT.replace("[limits]", "[tool.kehoach.limits]"), id="pyproject-tool-kehoach"),
    ],
)
def test_a_project_file_gives_formats_jobs_taxonomy_and_limits(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    project = load_project(tmp_path)
    assert project.formats == ("jsonl", "csv") and project.jobs == 1
    assert project.taxonomy == [tmp_path / "mine.yaml"]  # relative to the project file
    limits = project.limits_with(timeout=None, max_pages=None)
    assert (limits.max_pages, limits.timeout) == (50, 300.0)
    assert project.limits_with(max_pages=7).max_pages == 7  # the command line wins


def test_no_project_file_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'other'\n", encoding="utf-8")
    project = load_project(tmp_path)
    assert project.formats is None and project.jobs is None and project.taxonomy == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param("job = 4\n", "unknown key job; valid keys: formats, jobs, taxonomy, limits", id="misspelt-key"),
        pytest.param("[limits]\nmax_page = 4\n", "unknown limit max_page; valid: timeout, max_pages", id="bad-limit"),
        pytest.param('formats = "xml"\n', "unknown format xml", id="bad-format"),
        pytest.param("jobs = 0\n", "jobs: Input should be greater than or equal to 1", id="no-workers"),
        pytest.param("jobs = \n", "not valid TOML", id="broken-toml"),
    ],
)
def test_a_wrong_project_file_is_a_usage_error_naming_what_is_wrong(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    text: str, reason: str) -> None:
    (tmp_path / "kehoach.toml").write_text(text, encoding="utf-8")
    with pytest.raises(UsageError, match=reason):
        load_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = _extract(str(SEEDS[0]), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2 and reason.split(";")[0] in " ".join(result.output.split())


def test_the_cli_takes_formats_from_the_project_file_and_flags_over_it(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "kehoach.toml").write_text('formats = ["csv", "parquet"]\njobs = 1\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert _extract(str(SEEDS[0]), "-o", "a", "-q").exit_code == 0
    assert (tmp_path / "a" / "documents.csv").exists() and (tmp_path / "a" / "documents.parquet").exists()
    assert _extract(str(SEEDS[0]), "-o", "b", "-q", "-f", "jsonl").exit_code == 0
    assert sorted(p.name for p in (tmp_path / "b").iterdir() if not p.name.startswith(".")) == [
        "documents.jsonl", "errors.jsonl"]
