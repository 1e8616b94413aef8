"""20 — Ban Chỉ đạo quốc gia 1237, KH 252/KH-BCĐQG1237 (11/11/2013), martyrs' remains to 2020."""

from common import citation, deadline, metadata, target, timeframe

TTG = "Thủ tướng Chính phủ"
BCT = "Bộ Chính trị"
Q2013_11_12 = timeframe("period", "2013-11-01", "2013-12-31")
P2013_2020 = timeframe("period", "2013-01-01", "2020-12-31")

DOC = {
    "doc_id": "20_quocgia_2013_tim-kiem-quy-tap-hai-cot-liet-si",
    "source": "corpus/20_quocgia_2013_tim-kiem-quy-tap-hai-cot-liet-si.txt",
    "labelled": ["metadata", "targets", "deadlines", "citations"],
    "notes": "`từ nay đến năm 2020 và những năm tiếp theo` inside the names of the Đề án and the Ban Chỉ đạo is a "
             "name, not a bound. A labelled value `Tháng 12/2013 và thường xuyên` gives its dated bound only.",
    "metadata": metadata(
        doc_number="252/KH-BCĐQG1237", doc_type="Kế hoạch",
        issuer="Ban Chỉ đạo quốc gia về tìm kiếm, quy tập hài cốt liệt sĩ", admin_level="national", province=None,
        district=None, commune=None, place="Hà Nội", issue_date="2013-11-11", plan_year=None,
        period={"start": None, "end": 2020},
        title="TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 1237/QĐ-TTG NGÀY 27 THÁNG 7 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC "
              "PHÊ DUYỆT ĐỀ ÁN TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ TỪ NAY ĐẾN NĂM 2020 VÀ NHỮNG NĂM TIẾP THEO",
        topics=["war_martyrs"],
        signer={"name": "Nguyễn Thiện Nhân", "position": "Trưởng ban", "on_behalf": None},
    ),
    "targets": [
        target("Trước mắt, giữ nguyên 20 đội như hiện nay", "count", 20, "đội", "=",
               "đội chuyên trách tìm kiếm, quy tập hài cốt liệt sĩ"),
    ],
    "deadlines": [
        deadline("Thời gian thực hiện: Tháng 12/2013", timeframe("period", "2013-12-01", "2013-12-31")),
        deadline("Thời gian thực hiện: Tháng 11, 12/2013", Q2013_11_12),
        deadline("Thời gian thực hiện: Từ tháng 11/2013 trở đi", timeframe("period", "2013-11-01")),
        deadline("Thời gian thực hiện: Tháng 11, 12/2013", Q2013_11_12),
        deadline("Thời gian thực hiện: Từ năm 2013 đến năm 2020 và tiếp theo", P2013_2020),
        deadline("Thời gian thực hiện: Từ năm 2013 đến năm 2020 và tiếp theo", P2013_2020),
        deadline("Thời gian thực hiện: Từ năm 2013 đến năm 2020 và tiếp theo", P2013_2020),
        deadline("Thời gian thực hiện: Từ năm 2013 đến năm 2020 và tiếp theo", P2013_2020),
        deadline("giai đoạn 2013-2015 vào năm 2015", timeframe("year", "2015-01-01", "2015-12-31")),
        deadline("giai đoạn 2016-2020 vào năm 2020", timeframe("year", "2020-01-01", "2020-12-31")),
        deadline("Thời gian thực hiện: 6 tháng, hằng năm", timeframe("recurring", recurrence="half_yearly")),
        deadline("6 tháng, hằng năm và định kỳ", timeframe("recurring", recurrence="yearly")),
        deadline("TỪ NAY ĐẾN NĂM 2015", timeframe("period", None, "2015-12-31")),
        deadline("(trong năm 2013)", timeframe("year", "2013-01-01", "2013-12-31")),
        deadline("Quý IV/2013", timeframe("quarter", "2013-10-01", "2013-12-31")),
        deadline("Quý I/2014", timeframe("quarter", "2014-01-01", "2014-03-31")),
        deadline("(năm 2013 và kiện toàn thường xuyên hàng năm)", timeframe("year", "2013-01-01", "2013-12-31")),
        deadline("từ năm 2013 đến năm 2015", timeframe("period", "2013-01-01", "2015-12-31")),
    ],
    "citations": [
        citation("QUYẾT ĐỊNH SỐ 1237/QĐ-TTG NGÀY 27 THÁNG 7 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ", "Quyết định", "1237/QĐ-TTg",
                 "2013-07-27", TTG, "implements"),
        citation("Chỉ thị số 24-CT/TW ngày 15 tháng 5 năm 2013 của Bộ Chính trị", "Chỉ thị", "24-CT/TW", "2013-05-15",
                 BCT, "basis"),
        citation("Quyết định số 1237/QĐ-TTg ngày 27 tháng 7 năm 2013 của Thủ tướng Chính phủ", "Quyết định",
                 "1237/QĐ-TTg", "2013-07-27", TTG, "basis"),
        citation("Quyết định số 1753/QĐ-TTg ngày 30 tháng 9 năm 2013 của Thủ tướng Chính phủ", "Quyết định",
                 "1753/QĐ-TTg", "2013-09-30", TTG, "basis"),
        citation("Chỉ thị số 24-CT/TW ngày 15/5/2013 của Bộ Chính trị", "Chỉ thị", "24-CT/TW", "2013-05-15", BCT, "reference"),
        citation("Quyết định 1237/QĐ-TTg", "Quyết định", "1237/QĐ-TTg", None, TTG, "reference"),
        citation("Quyết định số 1753/QĐ-TTg của Thủ tướng Chính phủ", "Quyết định", "1753/QĐ-TTg", None, TTG, "reference"),
        citation("Chỉ thị số 24-CT/TW ngày 15/5/2013 của Bộ Chính trị", "Chỉ thị", "24-CT/TW", "2013-05-15", BCT, "reference"),
        citation("Quyết định số 1237/QĐ-TTg của Thủ tướng Chính phủ", "Quyết định", "1237/QĐ-TTg", None, TTG, "reference"),
        citation("Quyết định số 1237/QĐ-TTg ngày 27/7/2013 của Thủ tướng Chính phủ", "Quyết định", "1237/QĐ-TTg",
                 "2013-07-27", TTG, "reference"),
        citation("Quyết định số 1237/QĐ-TTg và kế hoạch này", "Quyết định", "1237/QĐ-TTg", None, TTG, "reference"),
        citation("Quyết định số 1237/QĐ-TTg và các nội dung phân công", "Quyết định", "1237/QĐ-TTg", None, TTG, "reference"),
    ],
}
