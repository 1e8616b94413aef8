"""Records of one type from several producers become one list: where two cover the same
evidence the surer stays (the earlier producer on a tie), everything else is kept."""

from __future__ import annotations

import pytest

from pipeline.merge import merge
from pipeline.models import Agency, Deadline, Mention, Task

TEXT = "Thời gian thực hiện: Quý IV/2025; báo cáo trước ngày 15/12/2025."


def _deadline(quote: str, confidence: float, rule: str, extra: int = 0) -> Deadline:
    start = TEXT.index(quote)
    return Deadline(span=(start, start + len(quote) + extra), text=quote, kind="quarter", rule=rule,
                    confidence=confidence)


@pytest.mark.parametrize(("rules_conf", "model_conf", "winner"), [
    (0.9, 0.6, "rules"), (0.6, 0.9, "model"), (0.8, 0.8, "rules")],
    ids=["rules-surer", "model-surer", "tie-goes-to-the-first-producer"])
def test_overlapping_records_keep_the_surer(rules_conf: float, model_conf: float, winner: str) -> None:
    rules = [_deadline("Quý IV/2025", rules_conf, "rules")]
    model = [_deadline("Quý IV/2025", model_conf, "model", extra=1)]
    assert [d.rule for d in merge("deadlines", [("deadlines", rules), ("deadlines_model", model)])] == [winner]


def test_records_that_do_not_overlap_are_all_kept_in_reading_order() -> None:
    rules = [_deadline("trước ngày 15/12/2025", 0.9, "rules")]
    model = [_deadline("Quý IV/2025", 0.5, "model")]
    merged = merge("deadlines", [("deadlines", rules), ("deadlines_model", model)])
    assert [d.text for d in merged] == ["Quý IV/2025", "trước ngày 15/12/2025"]


def test_a_slight_overlap_is_two_findings() -> None:
    first = _deadline("Thời gian thực hiện: Quý IV", 0.9, "rules")
    second = _deadline("IV/2025; báo cáo trước ngày 15/12/2025", 0.9, "model")  # shares 2 of 27 characters
    assert len(merge("deadlines", [("a", [first]), ("b", [second])])) == 2


def test_one_producer_is_passed_through_untouched() -> None:
    records = [_deadline("Quý IV/2025", 0.2, "rules"), _deadline("Quý IV/2025", 0.9, "rules")]
    assert merge("deadlines", [("deadlines", records)]) == records


def test_an_agency_found_by_two_producers_is_one_agency_with_both_roles_and_mentions() -> None:
    rules = Agency(name="Sở Y tế", canonical="Sở Y tế", roles=["lead"], mentions=[Mention(text="Sở Y tế", span=(0, 7))])
    model = Agency(name="Sở Y tế", canonical="Sở Y tế", roles=["lead", "partner"],
                   mentions=[Mention(text="Sở Y tế", span=(0, 7)), Mention(text="Sở Y tế", span=(40, 47))])
    other = Agency(name="Công an tỉnh", canonical="Công an tỉnh", roles=["partner"])
    merged = merge("agencies", [("agencies", [rules]), ("agencies_model", [model, other])])
    assert [a.canonical for a in merged] == ["Sở Y tế", "Công an tỉnh"]
    assert merged[0].roles == ["lead", "partner"]
    assert [m.span for m in merged[0].mentions] == [(0, 7), (40, 47)]


def _task(text: str, clause: str, lead: str, rule: str, confidence: float) -> Task:
    start = text.index(clause)
    return Task(span=(start, start + len(clause)), text=clause, lead=[lead], rule=rule, confidence=confidence)


def test_a_task_the_rules_read_stays_however_sure_the_model_is() -> None:
    """The rules read a task's lead from the document's structure; the model only says a clause
    is a duty, so it adds the duties the rules missed and never replaces one they read."""
    text = ("Sở Y tế chủ trì tổ chức kiểm tra an toàn thực phẩm.\n"
            "Trước ngày 20 tháng 12 hằng năm, Ủy ban nhân dân xã lập danh sách hộ cận nghèo.")
    rules = [_task(text, "Sở Y tế chủ trì tổ chức kiểm tra an toàn thực phẩm.", "Sở Y tế", "labelled_block", 0.75)]
    model = [_task(text, "Sở Y tế chủ trì tổ chức kiểm tra", "Bộ Y tế", "model:tasks", 0.99),
             _task(text, "Ủy ban nhân dân xã lập danh sách hộ cận nghèo.", "UBND xã", "model:tasks", 0.6)]
    merged = merge("tasks", [("tasks", rules), ("tasks_model", model)])
    assert [(t.rule, t.lead) for t in merged] == [("labelled_block", ["Sở Y tế"]), ("model:tasks", ["UBND xã"])]


def test_a_target_the_rules_read_stays_and_the_model_adds_the_ones_they_did_not() -> None:
    """A model target is read by the rules' value parser but without its region's lead-in (the
    year `Đến năm 2030` gives it): where both read a clause, the rules' record stays."""
    from pipeline.models import Target

    text = "Đến năm 2030: 100% xã được kiểm tra.\nTổ chức 05 hội nghị tuyên truyền."

    def target(clause: str, rule: str, confidence: float, year: int) -> Target:
        start = text.index(clause)
        return Target(span=(start, start + len(clause)), text=clause, kind="share", value=100, rule=rule,
                      confidence=confidence, target_year=year)

    rules = [target("100% xã được kiểm tra", "share", 0.95, 2030)]
    model = [target("100% xã được kiểm tra", "model:targets", 0.99, 2025),
             target("05 hội nghị tuyên truyền", "model:targets", 0.7, 2025)]
    merged = merge("targets", [("targets", rules), ("targets_model", model)])
    assert [(t.rule, t.target_year) for t in merged] == [("share", 2030), ("model:targets", 2025)]
