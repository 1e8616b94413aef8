"""001 — UBND tỉnh Hòa Bình, KH 18/KH-UBND (06/3/2017), phòng, chống mại dâm năm 2017."""

from common import citation, deadline, metadata, target, timeframe

P = lambda m: timeframe("period", f"2017-{m:02d}-01", "2017-12-31")  # noqa: E731

DOC = {
    "doc_id": "001_cf9464726e1f8731",
    "source": "corpus/001_cf9464726e1f8731.txt",
    "labelled": ["metadata", "targets", "deadlines", "citations"],
    "metadata": metadata(
        doc_number="18/KH-UBND", doc_type="Kế hoạch", issuer="UBND tỉnh Hòa Bình", admin_level="province",
        province="Hòa Bình", district=None, commune=None, place="Hòa Bình", issue_date="2017-03-06", plan_year=2017,
        period={"start": 2017, "end": 2017},
        title="Phòng, chống mại dâm và hỗ trợ nạn nhân bị mua bán trở về trên địa bàn tỉnh Hòa Bình, năm 2017",
        topics=["prostitution", "human_trafficking"],
        signer={"name": None, "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    ),
    "targets": [
        target("Tổ chức 05 hội nghị tuyên truyền cho đối tượng là Bí thư chi bộ và Trưởng các thôn, bản, tổ dân phố",
               "count", 5, "hội nghị", "=", "Bí thư chi bộ và Trưởng các thôn, bản, tổ dân phố"),
        target("ở 05/11 huyện, thành phố", "ratio", 5, "huyện, thành phố", "=", "huyện, thành phố", denominator=11),
        target("Tổ chức 02 hội nghị truyền thông tại các trường trung học phổ thông, trường chuyên nghiệp", "count", 2,
               "hội nghị", "=", "học sinh, sinh viên"),
        target("In ấn 10.000 tờ rơi, tài liệu", "count", 10000, "tờ rơi", "=", "tờ rơi, tài liệu"),
        target("xây dựng 03 biển pa nô, áp phích tuyên truyền về phòng, chống mại dâm", "count", 3, "biển pa nô", "=",
               "biển pa nô, áp phích"),
        target("Xây dựng các chuyên trang, chuyên mục đưa tin về tình hình tệ nạn mại dâm", "qualitative", None, None,
               None, "các chuyên trang, chuyên mục"),
        target("Triển khai 01 mô hình lồng ghép thực hiện nhiệm vụ phòng, chống mại dâm", "count", 1, "mô hình", "=",
               "mô hình lồng ghép thực hiện nhiệm vụ phòng, chống mại dâm"),
        target("01 mô hình hỗ trợ nạn nhân bị mua bán trở về gắn với các chương trình kinh tế - xã hội", "count", 1,
               "mô hình", "=", "mô hình hỗ trợ nạn nhân bị mua bán trở về"),
        target("Chỉ đạo điểm mô hình xây dựng 04 xã, phường lành mạnh không có tệ nạn mại dâm", "count", 4, "xã, phường",
               "=", "xã, phường lành mạnh không có tệ nạn mại dâm"),
        target("Xây dựng thí điểm 01 mô hình hỗ trợ nhằm bảo đảm quyền của người lao động", "count", 1, "mô hình", "=",
               "mô hình hỗ trợ nhằm bảo đảm quyền của người lao động"),
        target("Tổ chức điều tra, thống kê nắm bắt tình hình đối tượng tham gia hoạt động mại dâm", "qualitative", None,
               None, None, "đối tượng tham gia hoạt động mại dâm"),
        target("Tổ chức kiểm tra liên ngành từ 100 lượt trở lên đối với các cơ sở kinh doanh dịch vụ", "count", 100,
               "lượt", ">=", "các cơ sở kinh doanh dịch vụ dễ bị lợi dụng để hoạt động mại dâm"),
        target("Tập trung đấu tranh triệt phá vụ hoạt động mại dâm trên địa bàn trọng điểm", "qualitative", None, None,
               None, "vụ hoạt động mại dâm"),
        target("Tổ chức 02 lớp tập huấn nâng cao năng lực cho cán bộ làm công tác phòng, chống tệ nạn xã hội", "count", 2,
               "lớp", "=", "cán bộ làm công tác phòng, chống tệ nạn xã hội"),
        target("Tổ chức 01 lớp đào tạo nâng cao năng lực cho các thành viên Đội công tác xã hội tình nguyện cấp xã",
               "count", 1, "lớp", "=", "thành viên Đội công tác xã hội tình nguyện cấp xã và cộng tác viên công tác xã hội"),
        target("Tổ chức 04 cuộc giám sát chương trình phòng, chống mại dâm", "count", 4, "cuộc giám sát", "=",
               "chương trình phòng, chống mại dâm"),
    ],
    "deadlines": [
        deadline("Tiến độ thực hiện: Từ tháng 3 đến tháng 12 năm 2017", P(3)),
        deadline("Tiến độ thực hiện: Từ tháng 4 đến tháng 12 năm 2017", P(4)),
        deadline("Tiến độ thực hiện: Từ tháng 3 đến tháng 12 năm 2017", P(3)),
        deadline("Tiến độ thực hiện: Từ tháng 3 đến tháng 12 năm 2017", P(3)),
        deadline("Tiến độ thực hiện: Từ tháng 6 đến tháng 12 năm 2017", P(6)),
        deadline("trước ngày 15 tháng cuối quý", timeframe("recurring", due="2017-03-15", recurrence="quarterly")),
    ],
    "citations": [
        citation("Quyết định số 361/QĐ-TTg ngày 07 tháng 3 năm 2016 của Thủ tướng Chính phủ", "Quyết định", "361/QĐ-TTg",
                 "2016-03-07", "Thủ tướng Chính phủ", "basis"),
        citation("Kế hoạch số 24/KH-UBND ngày 18/3/2016 của UBND tỉnh Hòa Bình", "Kế hoạch", "24/KH-UBND", "2016-03-18",
                 "UBND tỉnh Hòa Bình", "implements"),
        citation("Kế hoạch số 77/QĐ-UBND ngày 24/6/2016", "Kế hoạch", "77/QĐ-UBND", "2016-06-24", None, "implements"),
        citation("Kế hoạch số 134/KH-UBND ngày 30/12/2016", "Kế hoạch", "134/KH-UBND", "2016-12-30", None, "reference"),
        # convention (spec "Labelling conventions", Citations): named programmes are citations (number null); each is
        # named in the subject of a cited document → reference. The bare `Chương trình` of 5. and 1.8 is a back-reference.
        citation("chương trình phòng, chống mại dâm giai đoạn 2016 - 2020", "Chương trình", None, None, None, "reference"),
        citation("Chương trình phòng, chống mua bán người giai đoạn 2016 – 2020", "Chương trình", None, None, None,
                 "reference"),
        citation("Chương trình phòng, chống mại dâm trên địa bàn tỉnh Hòa Bình, giai đoạn 2016 - 2020", "Chương trình",
                 None, None, None, "reference"),
    ],
}

from common import CA_TINH, GDDT, LDTBXH, MTTQ, TAICHINH, TTTT, TUPHAP, VHTTDL, YTE, task  # noqa: E402

UBND_H = "UBND các huyện, thành phố"
SBN = "các Sở, Ban, Ngành liên quan"
P_2017 = {m: timeframe("period", f"2017-{m:02d}-01", "2017-12-31") for m in (3, 4, 6)}

DOC["labelled"].append("tasks")
DOC["tasks"] = [
    task("1. Tăng cường tuyên truyền, phổ biến, giáo dục pháp luật và nâng cao nhận thức về phòng, chống mại dâm",
         [LDTBXH], [CA_TINH, VHTTDL, TTTT, GDDT, "Báo Hòa Bình", "Đài Phát thanh và Truyền hình tỉnh", "Tỉnh Đoàn", UBND_H],
         tf=P_2017[3]),
    task("2. Đẩy mạnh thực hiện các hoạt động phòng ngừa mại dâm, hỗ trợ nạn nhân bị mua bán trở về thông qua lồng ghép",
         [LDTBXH], ["Sở Nông nghiệp và Phát triển nông thôn", TUPHAP, YTE, MTTQ, "Tỉnh Đoàn", "Hội Liên hiệp Phụ nữ tỉnh",
                    UBND_H], tf=P_2017[4]),
    task("3. Xây dựng, triển khai các hoạt động can thiệp giảm tác hại về HIV/AIDS", [LDTBXH],
         [CA_TINH, VHTTDL, MTTQ, UBND_H], tf=P_2017[3]),
    task("4. Kiểm tra, xử lý các hành vi liên quan đến mại dâm", [LDTBXH],
         [CA_TINH, VHTTDL, YTE, "Đội kiểm tra liên ngành 178 tỉnh", UBND_H], tf=P_2017[3]),
    task("5. Tập huấn nâng cao năng lực đội ngũ cán bộ và giám sát thực hiện Chương trình", [LDTBXH], [CA_TINH, UBND_H],
         tf=P_2017[6]),
    task("Chủ trì, phối hợp với các cơ quan, đơn vị, địa phương liên quan tổ chức thực hiện Kế hoạch", [LDTBXH],
         ["các cơ quan, đơn vị, địa phương liên quan"]),
    task("Chủ trì, phối hợp với các Sở, Ban, Ngành liên quan tổ chức và hướng dẫn thực hiện các biện pháp hỗ trợ giảm hại",
         [LDTBXH], [SBN]),
    task("Chủ trì, phối hợp với Sở Tài chính xây dựng dự toán kinh phí thực hiện Kế hoạch", [LDTBXH], [TAICHINH]),
    task("Chủ trì, hướng dẫn lực lượng Công an các cấp sử dụng các biện pháp nghiệp vụ", [CA_TINH], [LDTBXH]),
    task("Chủ trì, hướng dẫn các cơ quan truyền thông đẩy mạnh việc thông tin tuyên truyền", [TTTT]),
    task("Chủ trì, phối hợp với các Sở, Ban, Ngành liên quan quản lý chặt chẽ và xử lý các cơ sở kinh doanh dịch vụ văn hóa",
         [VHTTDL], [SBN]),
    task("Chủ trì, hướng dẫn thanh tra, kiểm tra điều kiện về y tế", [YTE], [LDTBXH]),
    task("Chủ trì, phối hợp với các Sở, Ban, Ngành liên quan tổ chức tuyên truyền giáo dục pháp luật", [TUPHAP], [SBN]),
    task("Chủ trì, phối hợp với các ngành liên quan tăng cường công tác giáo dục đạo đức", [GDDT], ["các ngành liên quan"]),
    task("Căn cứ chức năng, nhiệm vụ được giao có trách nhiệm đưa các mục tiêu, nội dung có liên quan của Chương trình",
         ["các Sở, Ban, Ngành, đoàn thể tỉnh"]),
    task("Tăng cường thời lượng và nâng cao chất lượng tin, bài, chuyên đề", ["Đài Phát thanh và Truyền hình tỉnh",
                                                                            "Báo Hòa Bình"]),
    task("Chủ trì, phối hợp Sở Lao động – Thương binh và Xã hội và các đơn vị liên quan xem xét", [TAICHINH],
         [LDTBXH, "các đơn vị liên quan"]),
    task("Xây dựng và tổ chức thực hiện Kế hoạch về phòng, chống mại dâm và hỗ trợ nạn nhân bị mua bán trở về phù hợp",
         [UBND_H]),
    task("Chủ động kinh phí để bảo đảm thực hiện nhiệm vụ phòng, chống mại dâm", [UBND_H]),
    task("Lòng ghép nhiệm vụ phòng, chống mại dâm và công tác hỗ trợ nạn nhân bị mua bán trở về", [UBND_H]),
    task("Đề nghị Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan", ["Ban Tuyên giáo Tỉnh ủy"],
         ["các cơ quan liên quan"]),
    # convention (Partners): the generic partner `phối hợp với cơ quan quản lý nhà nước … cùng cấp` is kept on the
    # record (generic); added 2026-12
    task("Đề nghị Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh hướng dẫn Viện Kiểm sát, Tòa án các cấp",
         ["Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"],
         ["cơ quan quản lý nhà nước về phòng, chống mại dâm cùng cấp"]),
    task("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Tỉnh Đoàn, Hội Nông dân tỉnh",
         [MTTQ, "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh Đoàn", "Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh",
          "Liên đoàn Lao động tỉnh"], [SBN]),
    task("2.1. Các Sở, Ban, Ngành, đoàn thể tỉnh; Ủy ban nhân dân các huyện, thành phố căn cứ chức năng nhiệm vụ",
         ["các Sở, Ban, Ngành, đoàn thể tỉnh", UBND_H],
         tf=timeframe("recurring", due="2017-03-15", recurrence="quarterly")),
    task("2.2. Giao Sở Lao động - Thương binh và Xã hội (Trưởng Tiểu ban chỉ đạo về phòng, chống tệ nạn xã hội) theo dõi",
         [LDTBXH]),
]
