"""Gold is split into what the rules were written on (dev) and what they never saw (test):
the split travels with each gold file and decides what `kehoach evaluate --split` scores.
Hand-made gold files; gold/ is not read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.gold import GoldDocument, select_split
from pipeline.models import Document

runner = CliRunner()
TEXT = "Căn cứ Quyết định số 361/QĐ-TTg ngày 07 tháng 3 năm 2016 của Thủ tướng Chính phủ."
CITATION = {"quote": "Quyết định số 361/QĐ-TTg", "doc_type": "Quyết định", "canonical_id": "361/QĐ-TTg",
            "date": "2016-03-07", "issuer": "Thủ tướng Chính phủ", "relation": "basis"}


def _gold(doc_id: str, split: str | None) -> dict:
    raw = {"doc_id": doc_id, "source": f"{doc_id}.txt", "labelled": ["citations"], "citations": [CITATION]}
    if split is not None:
        raw["split"] = split
    return raw


def test_gold_without_a_split_is_development_gold() -> None:
    assert GoldDocument.model_validate(_gold("a", None)).split == "dev"


def test_a_split_other_than_dev_or_test_is_refused() -> None:
    with pytest.raises(ValueError, match="split"):
        GoldDocument.model_validate(_gold("a", "holdout"))


@pytest.mark.parametrize(("split", "expected"), [("test", ["t"]), ("dev", ["d"]), ("all", ["d", "t"])])
def test_select_split_keeps_the_documents_of_that_split(split: str, expected: list[str]) -> None:
    docs = [GoldDocument.model_validate(_gold("d", "dev")), GoldDocument.model_validate(_gold("t", "test"))]
    assert [doc.doc_id for doc in select_split(docs, split)] == expected


def test_select_split_names_the_valid_splits_for_an_unknown_one() -> None:
    with pytest.raises(ValueError, match="test, dev, all"):
        select_split([], "unseen")


@pytest.fixture
def scored(tmp_path: Path) -> tuple[Path, Path]:
    """A gold folder with one dev and one test document, and predictions that get only the
    dev document right."""
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    for doc_id, split in (("dev_doc", "dev"), ("test_doc", "test")):
        (gold / f"{doc_id}.json").write_text(json.dumps(_gold(doc_id, split)), encoding="utf-8")
        citations = []
        if split == "dev":
            start = TEXT.index("Quyết định")
            citations = [{"text": TEXT[start:start + 24], "span": [start, start + 24], "doc_type": "Quyết định",
                          "canonical_id": "361/QĐ-TTg", "relation": "basis", "rule": "hand", "confidence": 1.0}]
        doc = Document.model_validate({"doc_id": doc_id, "text": TEXT, "metadata": {}, "citations": citations,
                                       "source": {"path": f"{doc_id}.txt", "sha256": "", "format": "txt"}})
        (pred / f"{doc_id}.json").write_text(doc.model_dump_json(), encoding="utf-8")
    return gold, pred


@pytest.mark.parametrize(("split", "recall", "docs"), [("test", 0.0, {"test_doc"}), ("dev", 1.0, {"dev_doc"}),
                                                      ("all", 0.5, {"dev_doc", "test_doc"})])
def test_evaluate_scores_only_the_chosen_split(scored: tuple[Path, Path], split: str, recall: float,
                                                docs: set[str]) -> None:
    gold, pred = scored
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(pred), "--split", split, "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["total"]["citations"]["recall"] == recall
    assert set(scores["by_doc"]) == docs
    assert set(scores["split_of"].values()) == ({"dev", "test"} if split == "all" else {split})


def test_evaluate_by_document_says_which_split_each_document_is_in(scored: tuple[Path, Path]) -> None:
    gold, pred = scored
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(pred), "--by-doc"])
    rows = {line.split("│")[1].strip(): line.split("│")[2].strip() for line in result.output.splitlines()
            if line.startswith("│") and "_doc" in line}
    assert rows == {"dev_doc": "dev", "test_doc": "test"}


def test_evaluate_refuses_an_unknown_split_as_a_usage_error(scored: tuple[Path, Path]) -> None:
    gold, pred = scored
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(pred), "--split", "unseen"])
    assert result.exit_code == 2
    assert "test, dev, all" in result.output


def test_document_mean_f1_weighs_each_document_once(scored: tuple[Path, Path]) -> None:
    gold, pred = scored
    doc = json.loads((gold / "dev_doc.json").read_text())
    doc["citations"] = doc["citations"] * 3  # the dev document now has 3 gold citations, 1 found
    (gold / "dev_doc.json").write_text(json.dumps(doc), encoding="utf-8")
    scores = json.loads(runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(pred), "--json"]).output)
    assert scores["total"]["citations"]["recall"] == 0.25  # pooled: 1 of 4
    assert scores["by_doc"]["dev_doc"]["citations"]["f1"] == 0.5  # P 1, R 1/3
    assert scores["by_doc"]["test_doc"]["citations"]["f1"] == 0.0  # its one citation missed
    assert scores["macro_f1"]["citations"] == 0.25
