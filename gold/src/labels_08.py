"""08 — UBND Thành phố Hồ Chí Minh, KH 172/KH-UBND (18/11/2025), implementing the Employment Law."""

from common import citation, deadline, mentions, metadata, timeframe

SRC = "corpus/08_tphcm_2025_trien-khai-luat-viec-lam.txt"
LAW = "Luật Việc làm"

DOC = {
    "doc_id": "08_tphcm_2025_trien-khai-luat-viec-lam",
    "source": SRC,
    "labelled": ["metadata", "targets", "deadlines", "citations"],
    "notes": "Every mention of a law by name is a citation; the one inside the Quyết định's subject is a reference.",
    "metadata": metadata(
        doc_number="172/KH-UBND", doc_type="Kế hoạch", issuer="UBND thành phố Hồ Chí Minh", admin_level="province",
        province="Hồ Chí Minh", district=None, commune=None, place="Thành phố Hồ Chí Minh", issue_date="2025-11-18",
        plan_year=None, period=None, title="TRIỂN KHAI THI HÀNH LUẬT VIỆC LÀM TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH",
        topics=["employment"],
        signer={"name": "Trần Thị Diệu Thúy", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    ),
    "targets": [],
    "deadlines": [
        deadline("từ ngày 01 tháng 01 năm 2026", timeframe("period", "2026-01-01")),
        deadline("Thời gian thực hiện: Năm 2025 và các năm tiếp theo", timeframe("period", "2025-01-01", recurrence="yearly")),
        deadline("Thời gian thực hiện: Năm 2025 và các năm tiếp theo", timeframe("period", "2025-01-01", recurrence="yearly")),
        deadline("Thời gian thực hiện: Năm 2026 và các năm tiếp theo", timeframe("period", "2026-01-01", recurrence="yearly")),
    ],
    "citations": [
        citation("LUẬT VIỆC LÀM", "Luật", None, None, "Quốc hội", "implements"),
        citation("Quyết định số 1850/QĐ-TTg ngày 27 tháng 8 năm 2025 của Thủ tướng Chính phủ", "Quyết định",
                 "1850/QĐ-TTg", "2025-08-27", "Thủ tướng Chính phủ", "implements"),
    ]
    + [citation(LAW, "Luật", None, None, "Quốc hội", "reference")]
    * mentions(SRC, LAW)
    + [citation("Luật Ngân sách nhà nước", "Luật", None, None, "Quốc hội", "reference")] * mentions(SRC, "Luật Ngân sách nhà nước")
    + [citation("Luật Đầu tư công", "Luật", None, None, "Quốc hội", "reference")] * mentions(SRC, "Luật Đầu tư công"),
}
