"""The scorer itself is trustworthy: a known-right prediction is a true positive, a
known-wrong one a false positive, a missing one a miss. Hand-made cases; gold/ is not read."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate import evaluate, evaluate_document, overlap
from pipeline.gold import GoldDocument, check, squash
from pipeline.models import Citation, Deadline, Document, Section

TEXT = ("Căn cứ Quyết định số 361/QĐ-TTg ngày 07 tháng 3 năm 2016 của Thủ tướng Chính phủ.\n"
        "I. MỤC ĐÍCH\n- Thời gian thực hiện: Cả năm.\nbáo cáo trước ngày 15/6/2023.")


def _doc(**records: list) -> Document:
    return Document.model_validate({"doc_id": "d", "text": TEXT, "metadata": {"doc_type": "Kế hoạch", "plan_year": 2023},
                                    "source": {"path": "d.txt", "sha256": "", "format": "txt"}, **records})


def _gold(**records: object) -> GoldDocument:
    return GoldDocument.model_validate({"doc_id": "d", "source": "d.txt",
                                        "labelled": ["metadata", "sections", "citations", "deadlines"], **records})


def _span(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


CITATION_QUOTE = "Quyết định số 361/QĐ-TTg ngày 07 tháng 3 năm 2016 của Thủ tướng Chính phủ"
GOLD_CITATION = {"quote": CITATION_QUOTE, "doc_type": "Quyết định", "canonical_id": "361/QĐ-TTg",
                 "date": "2016-03-07", "issuer": "Thủ tướng Chính phủ", "relation": "basis"}


def _citation(**changes: object) -> Citation:
    fields = {"text": CITATION_QUOTE, "span": _span(CITATION_QUOTE), "doc_type": "Quyết định",
              "canonical_id": "361/QĐ-TTg", "date": "2016-03-07", "issuer": "Thủ tướng Chính phủ", "relation": "basis"}
    fields.update(changes)
    return Citation(**fields)  # type: ignore[arg-type]


def test_right_citation_is_a_true_positive_with_right_attributes() -> None:
    result = evaluate_document(_gold(citations=[GOLD_CITATION]), _doc(citations=[_citation()]))["citations"]
    assert (result.score.tp, result.score.predicted, result.score.gold) == (1, 1, 1)
    assert result.attributes["date"] == [1, 1] and result.attributes["relation"] == [1, 1]


def test_wrong_number_is_a_false_positive_and_a_miss() -> None:
    result = evaluate_document(_gold(citations=[GOLD_CITATION]),
                               _doc(citations=[_citation(canonical_id="316/QĐ-TTg")]))["citations"]
    assert (result.score.tp, result.score.predicted, result.score.gold) == (0, 1, 1)
    assert {e["error"] for e in result.errors} == {"missed", "false positive"}
    assert result.score.f1 == 0.0


def test_wrong_attribute_is_matched_but_counted_wrong() -> None:
    result = evaluate_document(_gold(citations=[GOLD_CITATION]),
                               _doc(citations=[_citation(relation="reference", date=None)]))["citations"]
    assert result.score.tp == 1
    assert result.attributes["relation"] == [0, 1] and result.attributes["date"] == [0, 1]
    assert {e["error"] for e in result.errors} == {"wrong relation", "wrong date"}


def test_one_prediction_cannot_match_two_gold_records() -> None:
    result = evaluate_document(_gold(citations=[GOLD_CITATION, GOLD_CITATION]), _doc(citations=[_citation()]))
    assert (result["citations"].score.tp, result["citations"].score.gold) == (1, 2)


def _deadline(quote: str, **fields: object) -> Deadline:
    return Deadline(text=quote, span=_span(quote), **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("pred", "tp"),
    [
        pytest.param({"kind": "due", "due": "2023-06-15"}, 1, id="right-value"),
        pytest.param({"kind": "due", "due": "2023-05-15"}, 0, id="wrong-date"),
        pytest.param({"kind": "period", "start": "2023-06-15"}, 0, id="wrong-kind"),
    ],
)
def test_deadlines_match_on_the_normalised_value(pred: dict, tp: int) -> None:
    gold = _gold(deadlines=[{"quote": "trước ngày 15/6/2023", "kind": "due", "due": "2023-06-15"}])
    cats = evaluate_document(gold, _doc(deadlines=[_deadline("trước ngày 15/6/2023", **pred)]))
    assert cats["deadlines"].score.tp == tp
    assert cats["deadlines (detected)"].score.tp == 1  # found, whatever its value


def test_a_deadline_elsewhere_with_the_same_value_does_not_match() -> None:
    gold = _gold(deadlines=[{"quote": "trước ngày 15/6/2023", "kind": "year", "start": "2023-01-01",
                             "end": "2023-12-31"}])
    pred = _deadline("Cả năm", kind="year", start="2023-01-01", end="2023-12-31")
    assert evaluate_document(gold, _doc(deadlines=[pred]))["deadlines"].score.tp == 0


def test_sections_match_on_number_and_first_line() -> None:
    gold = _gold(sections=[{"quote": "I. MỤC ĐÍCH", "number": "I.", "heading": "MỤC ĐÍCH", "kind": "purpose"}])
    start, _ = _span("I. MỤC ĐÍCH")
    right = Section(id="I", number="I.", heading="MỤC ĐÍCH", level=1, kind="purpose", span=(start, start + 11))
    wrong_kind = right.model_copy(update={"kind": "tasks"})
    bullet = Section(id="I.-1", number="-", heading=None, level=2, kind="purpose", span=_span("- Thời gian thực hiện: Cả năm."))
    cats = evaluate_document(gold, _doc(sections=[right, bullet]))
    assert (cats["sections"].score.tp, cats["sections"].score.predicted) == (1, 1)  # bullets are not scored
    assert evaluate_document(gold, _doc(sections=[wrong_kind]))["sections"].attributes["kind"] == [0, 1]


def test_metadata_fields_score_one_by_one() -> None:
    gold = _gold(metadata={"doc_type": "Kế hoạch", "plan_year": 2023, "issuer": "UBND tỉnh Hòa Bình"})
    cats = evaluate_document(gold, _doc())
    assert cats["metadata.doc_type"].score.tp == 1
    assert cats["metadata.plan_year"].score.tp == 1
    assert (cats["metadata.issuer"].score.tp, cats["metadata.issuer"].score.gold) == (0, 1)


def test_types_the_gold_does_not_label_are_not_scored() -> None:
    gold = GoldDocument.model_validate({"doc_id": "d", "source": "d.txt", "labelled": ["citations"]})
    assert set(evaluate_document(gold, _doc())) == {"citations"}


def test_a_document_without_prediction_scores_zero_recall() -> None:
    result = evaluate([_gold(citations=[GOLD_CITATION])], {})
    assert result.missing == ["d"] and result.total["citations"].score.recall == 0.0


def test_overlap_and_squash_ignore_layout() -> None:
    assert squash("**Số: 18**\n/KH-UBND") == "Số: 18 /KH-UBND"
    assert overlap("trước ngày 15/6/2023", "(trước ngày 15/6/2023)") == 1.0


def test_gold_check_finds_a_quote_that_is_not_in_the_document(tmp_path: Path) -> None:
    (tmp_path / "d.txt").write_text("Căn cứ Quyết định số\n361/QĐ-TTg ngày 07 tháng 3 năm 2016", encoding="utf-8")
    good = _gold(citations=[{**GOLD_CITATION, "quote": "Quyết định số 361/QĐ-TTg ngày 07 tháng 3 năm 2016"}])
    bad = _gold(citations=[{**GOLD_CITATION, "quote": "Quyết định số 316/QĐ-TTg"}])
    assert check(good, tmp_path) == []
    assert "quote not in" in check(bad, tmp_path)[0]


@pytest.mark.parametrize(("tp", "predicted", "gold", "f1"), [
    (1, 2, 2, 0.5), (0, 0, 3, 0.0), (0, 2, 0, 0.0), (0, 0, 0, None), (2, 2, 2, 1.0)],
    ids=["half-right", "everything-missed", "only-false-positives", "nothing-to-find", "all-right"])
def test_f1_is_zero_when_nothing_was_found_and_undefined_only_when_nothing_was_there(
        tp: int, predicted: int, gold: int, f1: float | None) -> None:
    from pipeline.evaluate import Score

    assert Score(tp, predicted, gold).f1 == f1


def test_partners_are_scored_on_specific_bodies_only() -> None:
    """`các đơn vị liên quan` stays on the task, flagged generic, but is not scored as a partner."""
    from pipeline.models import Agency, Task

    quote = "báo cáo trước ngày 15/6/2023"
    gold = GoldDocument.model_validate({
        "doc_id": "d", "source": "d.txt", "labelled": ["tasks"],
        "tasks": [{"quote": quote, "lead": ["Sở Y tế"], "partners": ["Công an tỉnh", "các đơn vị liên quan"]}],
        "agencies": [{"canonical": "các đơn vị liên quan", "generic": True}]})
    pred = _doc(tasks=[Task(span=_span(quote), text=quote, lead=["Sở Y tế"], partners=["Công an tỉnh"])],
                agencies=[Agency(name="Công an tỉnh", canonical="Công an tỉnh")])
    partners = evaluate_document(gold, pred)["tasks: partners"].score
    assert (partners.tp, partners.predicted, partners.gold) == (1, 1, 1)
