"""Deadlines of two more plans (05, 06), labelled by reading each time expression in context
(11's and 15's are in labels_11.py and labels_15.py with their other labels)."""

from common import deadline, timeframe

YEARLY = timeframe("recurring", recurrence="yearly")


def _doc(stem: str, deadlines: list[dict]) -> dict:
    return {"doc_id": stem, "source": f"corpus/{stem}.txt", "labelled": ["deadlines"], "deadlines": deadlines}


DOCS = [
    _doc("05_cantho_2025_giam-sat-ctmtqg-giam-ngheo", [
        deadline("tiến hành thường xuyên, liên tục trong năm 2025", timeframe("year", "2025-01-01", "2025-12-31")),
    ]),
    _doc("06_cantho_2025_truyen-thong-giam-ngheo", [
        deadline("Thời gian thực hiện: Từ nay đến hết năm 2025", timeframe("period", None, "2025-12-31")),
        deadline("trong báo cáo công tác giảm nghèo hàng năm", YEARLY),
    ]),
]
