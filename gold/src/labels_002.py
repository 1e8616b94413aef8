"""002 — press article on UBND tỉnh Thanh Hóa's 2021-2025 plan (not a plan itself)."""

from common import deadline, metadata, timeframe

DOC = {
    "doc_id": "002_f7b7322e067c048d",
    "source": "corpus/002_f7b7322e067c048d.txt",
    "labelled": ["metadata", "deadlines", "citations"],
    "notes": "A news article: no number, issuer, date line or signature. Its one bound is the yearly plan "
             "approval in January; the article's plan runs 2021-2025, so the first occurrence is January 2021.",
    "metadata": metadata(
        doc_number=None, doc_type="news", issuer=None, admin_level=None, province=None, district=None, commune=None,
        place=None, issue_date=None, plan_year=None, period=None,
        title="Tăng cường phòng, chống mại dâm trên địa bàn tỉnh", topics=["prostitution"], signer=None,
    ),
    "deadlines": [
        deadline("trong tháng 1 hằng năm", timeframe("recurring", "2021-01-01", "2021-01-31", recurrence="yearly")),
    ],
    "citations": [],
}
