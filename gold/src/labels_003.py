"""003 — UBND xã Cẩm Ngọc (huyện Cẩm Thủy, Thanh Hóa), plan 2023 (draft). No targets or deadlines stated."""

from common import citation, metadata

DOC = {
    "doc_id": "003_d1386787e304f2ae",
    "source": "corpus/003_d1386787e304f2ae.txt",
    "labelled": ["metadata", "targets", "deadlines", "citations"],
    "metadata": metadata(
        doc_number=None, doc_type="Kế hoạch", issuer="UBND xã Cẩm Ngọc", admin_level="commune", province="Thanh Hóa",
        district="Cẩm Thủy", commune="Cẩm Ngọc", place="Cẩm Ngọc", issue_date="2023", plan_year=2023,
        period={"start": 2023, "end": 2023}, title="Phòng, chống Mại dâm trên địa bàn xã Cẩm Ngọc năm 2023",
        topics=["prostitution"],
        signer={"name": "Phạm Văn Hành", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    ),
    "targets": [],
    "deadlines": [],
    "citations": [
        citation("kế hoạch số 1083/KH-SYT ngày 31/3/2023 của UBND tỉnh Thanh Hóa", "Kế hoạch", "1083/KH-SYT",
                 "2023-03-31", "UBND tỉnh Thanh Hóa", "basis"),
        citation("công văn số 789/UBND-VP ngày 12/4/2023 của UBND huyện Cẩm Thủy", "Công văn", "789/UBND-VP",
                 "2023-04-12", "UBND huyện Cẩm Thủy", "implements"),
    ],
}
