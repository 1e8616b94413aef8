"""How plans bound their work in time, and the normalised deadline each form must give.

Fragments are real (corpus file in the id) unless the id says `made`; a plan year of 2023
is assumed where the fragment has none (a year-less date takes the plan's year)."""

from __future__ import annotations

import pytest

from pipeline.extract.context import DocContext, simple_context
from pipeline.extract.deadlines import extract_deadlines
from pipeline.models import Metadata


def deadlines(text: str, plan_year: int = 2023, issue_date: str | None = "2023-03-06") -> list[dict]:
    base = simple_context(text)
    ctx = DocContext(text, base.locate, Metadata(plan_year=plan_year, issue_date=issue_date))
    out = []
    for d in extract_deadlines(ctx):
        assert text[d.span[0] : d.span[1]] == d.text
        out.append(d.model_dump(include={"text", "kind", "start", "end", "due", "recurrence"}))
    return out


def one(text: str, **kw: object) -> tuple:
    (d,) = deadlines(text, **kw)  # type: ignore[arg-type]
    return d["kind"], d["start"], d["end"], d["due"], d["recurrence"]


FORMS = {
    # --- due dates -------------------------------------------------------------------------
    "before-dd-mm-yyyy-000": ("định kỳ báo cáo 6 tháng (trước ngày 15/6/2023) và năm",
                              ("due", None, None, "2023-06-15", None)),
    "before-spelled-date-19": ("gửi kết quả rà soát về Bộ Công an trước ngày 15 tháng 12 năm 2025.",
                               ("due", None, None, "2025-12-15", None)),
    "latest-made": ("Các sở gửi báo cáo chậm nhất ngày 20/12/2023.", ("due", None, None, "2023-12-20", None)),
    "year-taken-from-plan-004": ("thực hiện độ báo 6 tháng gửi trước ngày 05/6, báo cáo",
                                 ("due", None, None, "2023-06-05", None)),
    # --- quarters, months, halves ----------------------------------------------------------
    "quarter-000": ("- Thời gian thực hiện: Quý I/2023.", ("quarter", "2023-01-01", "2023-03-31", None, None)),
    "two-quarters-made": ("hoàn thành trong Quý I, II/2023", ("quarter", "2023-01-01", "2023-06-30", None, None)),
    "month-range-001": ("- Tiến độ thực hiện: Từ tháng 3 đến tháng 12 năm 2017.",
                        ("period", "2017-03-01", "2017-12-31", None, None)),
    "month-label-made": ("- Thời gian hoàn thành: tháng 12/2025.", ("period", "2025-12-01", "2025-12-31", None, None)),
    "month-in-prose-made": ("hoàn thành trong tháng 12/2025", ("period", "2025-12-01", "2025-12-31", None, None)),
    "first-half-made": ("Tổ chức sơ kết trong 6 tháng đầu năm", ("period", "2023-01-01", "2023-06-30", None, None)),
    "from-month-on-20": ("3. Thời gian thực hiện: Từ tháng 11/2013 trở đi.", ("period", "2013-11-01", None, None, None)),
    # --- years and periods -----------------------------------------------------------------
    "year-label-made": ("- Thời gian thực hiện: Năm 2025.", ("year", "2025-01-01", "2025-12-31", None, None)),
    "whole-year-000": ("- Thời gian thực hiện: Cả năm.", ("year", "2023-01-01", "2023-12-31", None, None)),
    "period-label-made": ("Thời gian thực hiện: giai đoạn 2021-2025", ("period", "2021-01-01", "2025-12-31", None, None)),
    "period-en-dash-17": ("3. Thời gian thực hiện: Từ năm 2026 - 2030.", ("period", "2026-01-01", "2030-12-31", None, None)),
    "until-end-of-year-06": ("3. Thời gian thực hiện: Từ nay đến hết năm 2025.", ("period", None, "2025-12-31", None, None)),
    "following-years-08": ("- Thời gian thực hiện: Năm 2026 và các năm tiếp theo.",
                           ("period", "2026-01-01", None, None, "yearly")),
    "from-signing-19": ("Quyết định này có hiệu lực thi hành từ ngày ký ban hành.", ("period", "2023-03-06", None, None, None)),
    # --- ongoing and recurring -------------------------------------------------------------
    "continuous-000": ("- Thời gian thực hiện: Thường xuyên.", ("ongoing", None, None, None, "continuous")),
    "yearly-report-made": ("báo cáo kết quả thực hiện hằng năm về Sở Tư pháp", ("recurring", None, None, None, "yearly")),
    "half-yearly-004": ("Tổng hợp báo cáo đột xuất, định kỳ 6 tháng về công tác", ("recurring", None, None, None, "half_yearly")),
    "monthly-made": ("gửi báo cáo trước ngày 20 hằng tháng", ("recurring", None, None, "2023-01-20", "monthly")),
    "quarter-end-001": ("báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng cuối quý.",
                        ("recurring", None, None, "2023-03-15", "quarterly")),
    "yearly-due-004": ("báo cáo năm gửi trước ngày 15/11 hằng năm về Phòng", ("recurring", None, None, "2023-11-15", "yearly")),
    "month-every-year-002": ("phê duyệt trong tháng 1 hằng năm.", ("recurring", "2023-01-01", "2023-01-31", None, "yearly")),
    "yearly-with-due-02": ("b) Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả",
                           ("recurring", None, None, "2023-12-15", "yearly")),
    "year-in-brackets-20": ("ban hành các văn bản quy phạm pháp luật (trong năm 2013).",
                            ("year", "2013-01-01", "2013-12-31", None, None)),
    "by-year-20": ("Tổng kết giai đoạn 2013-2015 vào năm 2015;", ("year", "2015-01-01", "2015-12-31", None, None)),
    "from-year-range-in-prose-20": ("- Tập trung triển khai có hiệu quả các nội dung, nhiệm vụ từ năm 2013 đến năm 2015.",
                                    ("period", "2013-01-01", "2015-12-31", None, None)),
    "from-a-date-08": ("bảo đảm từ ngày 01 tháng 01 năm 2026, Luật Việc làm được thực hiện",
                       ("period", "2026-01-01", None, None, None)),
    "until-heading-20": ("C. MỘT SỐ NỘI DUNG, GIẢI PHÁP TRỌNG TÂM TỪ NAY ĐẾN NĂM 2015",
                         ("period", None, "2015-12-31", None, None)),
    "yearly-review-13": ("Tổng hợp, đánh giá kết quả thực hiện Kế hoạch hằng năm.", ("recurring", None, None, None, "yearly")),
    "yearly-first-11": ("e) Hằng năm, tổ chức kiểm tra, đánh giá tình hình thực hiện Chương trình trên địa bàn;",
                        ("recurring", None, None, None, "yearly")),
    "season-every-year-17": ("a. Thời gian thực hiện: Từ tháng 3 đến tháng 11 hằng năm.",
                             ("recurring", "2023-03-01", "2023-11-30", None, "yearly")),
}


@pytest.mark.parametrize(("text", "expected"), list(FORMS.values()), ids=list(FORMS))
def test_deadline_forms(text: str, expected: tuple) -> None:
    assert one(text) == expected


def test_a_list_of_recurrences_gives_one_deadline_each() -> None:
    got = deadlines("Thực hiện chế độ báo cáo nhanh, báo cáo định kỳ theo quý, 6 tháng, hằng năm về kết quả đấu tranh")
    assert [(d["text"], d["recurrence"]) for d in got] == [
        ("quý", "quarterly"), ("6 tháng", "half_yearly"), ("hằng năm", "yearly")]


def test_a_labelled_list_of_recurrences() -> None:
    got = deadlines("3. Thời gian thực hiện: 6 tháng, hằng năm và định kỳ.")
    assert [d["recurrence"] for d in got] == ["half_yearly", "yearly"]


def test_two_reports_in_one_sentence_are_two_deadlines() -> None:
    got = deadlines("định kỳ báo cáo 6 tháng (trước ngày 15/6/2023) và năm (trước ngày 15/12/2023) về Sở Lao động")
    assert [d["due"] for d in got] == ["2023-06-15", "2023-12-15"]


def test_a_year_less_date_without_plan_year_stays_null() -> None:
    (d,) = deadlines("gửi trước ngày 05/6", plan_year=None, issue_date=None)  # type: ignore[arg-type]
    assert d["due"] is None and d["kind"] == "due"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hòa Bình, ngày 06 tháng 3 năm 2017", id="issue-date-001"),
        pytest.param("Căn cứ Quyết định số 361/QĐ-TTg ngày 07 tháng 3 năm 2016 của Thủ tướng Chính phủ", id="citation-date"),
        pytest.param("nhận trẻ em từ 06 tháng đến 36 tháng tuổi", id="ages-11"),
        pytest.param("tổ chức được ít nhất một hình thức tuyên truyền và được duy trì thường xuyên;", id="adverb-000"),
        pytest.param("Chương trình phòng, chống mại dâm giai đoạn 2021-2025", id="programme-name"),
        pytest.param("bố trí kinh phí chi thường xuyên trong dự toán ngân sách nhà nước hằng năm", id="yearly-budget-02"),
        pytest.param("d) Hằng năm, số vụ phạm tội về ma túy được phát hiện, bắt giữ tăng trên 3%", id="yearly-target-02"),
        pytest.param("Dự toán kinh phí quan trắc từ năm 2026 -2030: 1.500.000.000 đồng/năm", id="budget-years-17"),
        pytest.param("Luật có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.", id="a-law-taking-effect-19"),
        pytest.param("tìm kiếm, quy tập hài cốt liệt sĩ từ nay đến năm 2020 và những năm tiếp theo", id="name-of-a-programme-20"),
    ],
)
def test_not_deadlines(text: str) -> None:
    assert deadlines(text) == []


# --- work grows with the text, not with its square ---------------------------------------


def _probes(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """(deadlines found, overlap comparisons made) for one text."""
    from pipeline.extract import deadlines as module
    from pipeline.extract.spans import Taken

    made: list[Taken] = []

    class Counting(Taken):
        def __init__(self) -> None:
            super().__init__()
            made.append(self)

    monkeypatch.setattr(module, "Taken", Counting)
    found = deadlines(text)
    return len(found), sum(t.probes for t in made)


def test_a_line_repeating_a_quarter_costs_work_in_proportion_to_its_length(monkeypatch: pytest.MonkeyPatch) -> None:
    """A converted table can leave one line repeating `Quý I/` for 100k characters; checking each
    match against every bound found before it made the stage quadratic (22 s at 100k)."""
    small_found, small_work = _probes("Quý I/" * 1_700, monkeypatch)
    large_found, large_work = _probes("Quý I/" * 17_000, monkeypatch)
    assert large_found == 10 * small_found
    # a quadratic check would do ~100x the work for 10x the text; allow a generous 15x
    assert large_work <= 15 * small_work
