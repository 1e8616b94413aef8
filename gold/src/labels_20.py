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
        deadline("GIẢI PHÁP THỰC HIỆN TỪ NAY ĐẾN NĂM 2020", timeframe("period", None, "2020-12-31")),
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
        # convention (spec "Labelling conventions", Citations): a named scheme (Đề án) is a citation, number null;
        # named in QĐ 1237's subject (title, preamble, A.1.a) and in the body (A.1 `Đề án tìm kiếm … tiếp theo`,
        # D `thực hiện Đề án tìm kiếm, quy tập hài cốt liệt sĩ`) → reference. The bare `Đề án` is a back-reference.
        citation("PHÊ DUYỆT ĐỀ ÁN TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ TỪ NAY ĐẾN NĂM 2020 VÀ NHỮNG NĂM TIẾP THEO", "Đề án",
                 None, None, None, "reference"),
        citation("về việc phê duyệt Đề án tìm kiếm, quy tập hài cốt liệt sĩ từ nay đến năm 2020 và những năm tiếp theo;",
                 "Đề án", None, None, None, "reference"),
        citation("về việc phê duyệt Đề án tìm kiếm, quy tập hài cốt liệt sĩ; Quyết định số 1753", "Đề án", None, None,
                 None, "reference"),
        citation("triển khai thực hiện Đề án tìm kiếm, quy tập hài cốt liệt sĩ từ nay đến năm 2020 và những năm tiếp theo; "
                 "các kế hoạch hằng năm", "Đề án", None, None, None, "reference"),
        citation("triển khai thực hiện Đề án tìm kiếm, quy tập hài cốt liệt sĩ theo quy định của Thủ tướng Chính phủ",
                 "Đề án", None, None, None, "reference"),
    ],
}

from common import task  # noqa: E402

BCD = "Ban Chỉ đạo quốc gia về tìm kiếm, quy tập hài cốt liệt sĩ"
BQP = "Bộ Quốc phòng"
QK_TINH = ["Ban Chỉ đạo các quân khu", "Ban Chỉ đạo các tỉnh"]
TF = {
    "I": timeframe("period", "2013-12-01", "2013-12-31"),
    "II": Q2013_11_12,
    "III": timeframe("period", "2013-11-01"),
    "IV": Q2013_11_12,
    "V": P2013_2020,
    "IX": timeframe("recurring", recurrence="half_yearly"),
}
PARTS = [
    ("I", [BCD, "các Bộ, ngành liên quan", *QK_TINH],
     ["Mặt trận Tổ quốc Việt Nam các cấp", "Hội Cựu chiến binh các cấp", "các đơn vị thuộc Bộ Quốc phòng",
      "các tổ chức chính trị - xã hội"],
     ["a) Tổ chức Hội nghị quán triệt và triển khai thực hiện Chỉ thị số 24-CT/TW",
      "b) Tổ chức triển khai thực hiện các chủ trương của Đảng, văn bản quy định của Nhà nước"]),
    ("II", [BCD, BQP, "các Bộ, ngành, cơ quan liên quan", *QK_TINH], [],
     ["a) Xây dựng, ban hành Quy chế, Kế hoạch của Ban Chỉ đạo quốc gia",
      "b) Ban hành Quyết định của Thủ tướng Chính phủ về chế độ, chính sách",
      "c) Ban hành Thông tư của Bộ Quốc phòng hướng dẫn về công tác tìm kiếm",
      "d) Ban hành các văn bản hướng dẫn của các Bộ, ngành có liên quan"]),
    ("III", [BCD, "Bộ Thông tin và Truyền thông", "Ban Tuyên giáo Trung ương", "Bộ Ngoại giao", *QK_TINH,
             "các cơ quan báo chí Trung ương, địa phương, quân đội"],
     ["Mặt trận Tổ quốc Việt Nam các cấp", "Hội Cựu chiến binh các cấp", "Đoàn Thanh niên Cộng sản Hồ Chí Minh các cấp",
      "các đơn vị, địa phương", "các tổ chức chính trị - xã hội"],
     ["a) Chỉ đạo, định hướng kế hoạch tuyên truyền về công tác tìm kiếm",
      "b) Tổ chức thành phong trào thường xuyên, sâu rộng", "c) Tổ chức các diễn đàn, trao đổi, chia sẻ thông tin",
      "d) Lập các chuyên trang, chuyên mục về công tác tìm kiếm", "đ) Xây dựng cổng thông tin điện tử",
      "e) Tuyên truyền về kết quả tìm kiếm quy tập hài cốt liệt sĩ"]),
    ("IV", [BCD, BQP, "Tư lệnh các quân khu", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"], [],
     ["a) Thành lập và thường xuyên kiện toàn Ban Chỉ đạo quốc gia", "b) Thành lập Ban Chỉ đạo ở các quân khu",
      "c) Thành lập Ban Chỉ đạo ở các tỉnh, thành phố trực thuộc Trung ương",
      "d) Thành lập Văn phòng Ban Chỉ đạo quốc gia 1237", "đ) Tổ chức các đội chuyên trách (hoặc lâm thời) của quân đội"]),
    ("V", [BCD, BQP, "Bộ Lao động - Thương binh và Xã hội", "Trung ương Hội Cựu chiến binh Việt Nam", *QK_TINH],
     ["các cơ quan, đơn vị, địa phương", "Mặt trận Tổ quốc Việt Nam các cấp", "Hội Cựu chiến binh các cấp",
      "các tổ chức, đoàn thể có liên quan"],
     ["a) Hoàn thành việc giải mã ký hiệu, phiên hiệu đơn vị quân đội trong chiến tranh",
      "b) Tổ chức rà soát, kiện toàn hồ sơ liệt sĩ hiện đang quản lý",
      "c) Thu thập, kết nối, xử lý thông tin về liệt sĩ, mộ liệt sĩ",
      "d) Xây dựng cơ sở dữ liệu tích hợp quản lý liệt sĩ", "đ) Lập Bản đồ tìm kiếm, quy tập hài cốt liệt sĩ ở 3 cấp",
      "e) Tổ chức các hoạt động nghiên cứu khoa học, hội thảo", "f) Cung cấp thông tin về mộ liệt sĩ có tên trong các nghĩa trang"]),
    ("VI", [BCD, BQP, "các quân khu", "các tỉnh", "Ban Công tác đặc biệt, Ban Chuyên trách các cấp"], [],
     ["a) Chỉ đạo mở rộng hoạt động tìm kiếm, cất bốc, quy tập hài cốt liệt sĩ ở trong nước",
      "b) Đẩy nhanh tiến độ tìm kiếm, quy tập hài cốt liệt sĩ ở Lào, Campuchia",
      "c) Từng bước đề xuất kế hoạch tìm kiếm, quy tập hài cốt liệt sĩ ở một số nước khác"]),
    ("VII", [BCD, "Ban Công tác đặc biệt - Ủy ban Chuyên trách Chính phủ", "Bộ Ngoại giao", "các Quân khu",
             "UBND các tỉnh"], ["các Bộ, ngành có liên quan", "Trung ương Hội Cựu chiến binh Việt Nam"],
     ["a) Trao đổi đoàn, chia sẻ thông tin tìm kiếm, quy tập với các tổ chức Chính phủ",
      "b) Tiếp tục phối hợp với Ban Công tác đặc biệt Chính phủ Lào",
      "c) Nghiên cứu kinh nghiệm một số nước giải quyết vấn đề mất tin, mất tích trong chiến tranh",
      "d) Mở rộng các hoạt động của các tổ chức hội"]),
    ("VIII", [BQP, "Bộ Tài chính"], ["các quân khu", "các tỉnh", "Văn phòng Ban Chỉ đạo và cơ quan thường trực các cấp",
                                     "các đơn vị, địa phương"],
     ["a) Rà soát phương tiện hiện có, tiếp tục đề xuất phương án bảo đảm",
      "b) Từng bước bảo đảm bổ sung trang bị thiết bị dò tìm", "c) Bảo đảm chế độ cho lực lượng tìm kiếm, quy tập",
      "d) Hoàn thành việc xây dựng nhà tạm cho các Đội quy tập ở Lào, Campuchia",
      "đ) Đề xuất phương án từng bước bảo đảm phương tiện (xe ô tô)"]),
    ("IX", [BCD, *QK_TINH, "các Bộ, ngành, địa phương và đơn vị"],
     ["Mặt trận Tổ quốc Việt Nam các cấp", "Hội Cựu chiến binh các cấp", "các tổ chức chính trị - xã hội"],
     ["a) Tổ chức kiểm tra thường xuyên và định kỳ các nội dung, nhiệm vụ liên quan",
      "b) Sơ kết 6 tháng, 1 năm triển khai thực hiện", "c) Tổng kết giai đoạn 2013-2015 vào năm 2015",
      "d) Khen thưởng, biểu dương tập thể, cá nhân có thành tích"]),
]

VPBCD = "Văn phòng Ban Chỉ đạo quốc gia 1237"
DOC["labelled"].append("tasks")
DOC["tasks"] = [
    task(quote, lead, partners, tf=TF.get(part, P2013_2020)) for part, lead, partners, quotes in PARTS for quote in quotes
] + [
    task("Chỉ đạo chặt chẽ việc triển khai Quyết định số 1237/QĐ-TTg ngày 27/7/2013", [BCD]),
    task("Chủ trì, phối hợp với các Bộ, ngành có liên quan giúp Chính phủ, Thủ tướng Chính phủ quản lý Nhà nước", [BQP],
         ["các Bộ, ngành có liên quan"]),
    task("Chủ trì nghiên cứu, đề xuất các văn bản về cơ chế, chính sách", [BQP]),
    task("Chỉ đạo đẩy nhanh tiến độ giải mã ký hiệu, phiên hiệu đơn vị quân đội", [BQP]),
    task("các Bộ, ngành, địa phương, đơn vị, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Trung ương Hội Cựu chiến binh "
         "Việt Nam xây dựng các văn bản hướng dẫn",
         ["các Bộ, ngành, địa phương, đơn vị", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
          "Trung ương Hội Cựu chiến binh Việt Nam"]),
    task("Căn cứ vào nội dung, nhiệm vụ của Kế hoạch này xây dựng kế hoạch triển khai chi tiết", ["Ban Chỉ đạo cấp quân khu",
                                                                                              "Ban Chỉ đạo các tỉnh"]),
    task("Tập trung triển khai có hiệu quả các nội dung, nhiệm vụ từ năm 2013 đến năm 2015",
         ["Ban Chỉ đạo cấp quân khu", "Ban Chỉ đạo các tỉnh"], tf=timeframe("period", "2013-01-01", "2015-12-31")),
    task("Căn cứ vào chức năng, nhiệm vụ, tham gia phối hợp công tác tuyên truyền, vận động cung cấp thông tin",
         ["các tổ chức chính trị - xã hội và tổ chức, đoàn thể có liên quan"]),
    task("Chủ trì, phối hợp với các cơ quan chức năng có liên quan đề xuất Bộ Quốc phòng", [VPBCD],
         ["các cơ quan chức năng có liên quan"]),
    task("Giúp Ban Chỉ đạo quốc gia và Bộ Quốc phòng hướng dẫn, theo dõi, kiểm tra và đôn đốc", [VPBCD]),
    task("Đề xuất và chuẩn bị nội dung sơ kết, tổng kết của Ban Chỉ đạo", [VPBCD]),
    task("Bộ Quốc phòng chỉ đạo, hướng dẫn các cơ quan, đơn vị, địa phương lập dự toán", [BQP]),
]
