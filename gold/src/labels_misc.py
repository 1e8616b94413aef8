"""Deadlines of three more plans (05, 06, 15), labelled by reading each time expression in context
(11's are in labels_11.py with its other labels)."""

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
    _doc("15_laichau_2025_trien-khai-luat-tieu-chuan-qckt", [
        deadline("Thời gian thực hiện: Quý IV năm 2025 và các năm tiếp theo",
                 timeframe("period", "2025-10-01", recurrence="yearly")),
        deadline("Thời gian thực hiện: Năm 2026 và các năm tiếp theo",
                 timeframe("period", "2026-01-01", recurrence="yearly")),
        deadline("báo cáo Chủ tịch Ủy ban nhân dân tỉnh kết quả thực hiện hằng năm", YEARLY),
    ]),
]
