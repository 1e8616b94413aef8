"""19 — Thủ tướng Chính phủ, QĐ 2623/QĐ-TTg (29/11/2025) issuing the plan for the Personal Data Protection Law.
Deadlines only. The law's own entry into force (01/01/2026) states a fact, not an obligation."""

from common import deadline, timeframe

FROM = {y: timeframe("period", f"{y}-01-01", recurrence="yearly") for y in (2025, 2026)}

DOC = {
    "doc_id": "19_quocgia_2025_qd-ttg-kh-trien-khai-luat-bvdlcn",
    "source": "corpus/19_quocgia_2025_qd-ttg-kh-trien-khai-luat-bvdlcn.txt",
    "labelled": ["deadlines"],
    "deadlines": [
        deadline("có hiệu lực thi hành từ ngày ký ban hành", timeframe("period", "2025-11-29")),
        deadline("Thời gian thực hiện: năm 2025 và các năm tiếp theo", FROM[2025]),
        deadline("Thời gian thực hiện: năm 2025 và các năm tiếp theo", FROM[2025]),
        deadline("Thời gian thực hiện: năm 2025 và các năm tiếp theo", FROM[2025]),
        deadline("trước ngày 15 tháng 12 năm 2025", timeframe("due", due="2025-12-15")),
        deadline("trước ngày 31 tháng 12 năm 2025", timeframe("due", due="2025-12-31")),
        deadline("Thời hạn ban hành: trước ngày 01 tháng 01 năm 2026", timeframe("due", due="2026-01-01")),
        deadline("Thời gian thực hiện: năm 2026 - 2027", timeframe("period", "2026-01-01", "2027-12-31")),
        deadline("Thời hạn ban hành: trước ngày 31 tháng 12 năm 2026", timeframe("due", due="2026-12-31")),
        deadline("Thời gian thực hiện: năm 2026 và các năm tiếp theo", FROM[2026]),
        deadline("Hằng năm hoặc đột xuất báo cáo kết quả thực hiện", timeframe("recurring", recurrence="yearly")),
    ],
}
