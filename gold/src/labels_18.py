"""18 — UBND TP. Hồ Chí Minh, QĐ 2853/QĐ-UBND (21/11/2025) issuing a Kế hoạch on community disaster risk."""

from common import citation, deadline, metadata, target, timeframe

CP = "Chính phủ"
QH = "Quốc hội"
TTG = "Thủ tướng Chính phủ"
DE_AN = "Đề án “Nâng cao nhận thức cộng đồng và Quản lý rủi ro thiên tai dựa vào cộng đồng, đến năm 2030”"
LAW_AMEND = "Luật Sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều"
YEARLY = timeframe("recurring", recurrence="yearly")
TO_2030 = timeframe("period", None, "2030-12-31")

DOC = {
    "doc_id": "18_tphcm_2025_qd-ban-hanh-kh-quan-ly-rui-ro-thien-tai",
    "source": "corpus/18_tphcm_2025_qd-ban-hanh-kh-quan-ly-rui-ro-thien-tai.txt",
    "labelled": ["metadata", "targets", "deadlines", "citations"],
    "notes": "`Đến hết năm 2030, phấn đấu …` gives the targets their year; it is not a deadline. The amending law's name holds the names of the laws it amends: one citation. Documents named inside "
             "another citation's subject are citations too (reference).",
    "metadata": metadata(
        doc_number="2853/QĐ-UBND", doc_type="Quyết định", issuer="UBND thành phố Hồ Chí Minh", admin_level="province",
        province="Hồ Chí Minh", district=None, commune=None, place="Thành phố Hồ Chí Minh", issue_date="2025-11-21",
        plan_year=None, period={"start": None, "end": 2030},
        title="BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “NÂNG CAO NHẬN THỨC CỘNG ĐỒNG VÀ QUẢN LÝ RỦI RO THIÊN TAI "
              "DỰA VÀO CỘNG ĐỒNG, ĐẾN NĂM 2030” TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH",
        topics=["disaster"],
        signer={"name": "Bùi Minh Thạnh", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    ),
    "targets": [
        target("Hoàn thiện và triển khai các văn bản hướng dẫn cơ chế, chính sách liên quan tới các hoạt động nâng cao "
               "nhận thức cộng đồng", "qualitative", None, None, None, "các văn bản hướng dẫn cơ chế, chính sách"),
        target("Đội ngũ giảng viên, tập huấn viên các cấp được trang bị kiến thức về thiên tai", "qualitative", None, None,
               None, "Đội ngũ giảng viên, tập huấn viên các cấp"),
        target("100% cán bộ, chiến sĩ, công chức, viên chức, người lao động khi tham gia bồi dưỡng kiến thức quốc phòng và an ninh",
               "share", 100, "%", "=", "cán bộ, chiến sĩ, công chức, viên chức, người lao động"),
        target("100% người dân ở các khu vực chịu ảnh hưởng của bão, áp thấp nhiệt đới", "share", 100, "%", "=",
               "người dân ở các khu vực chịu ảnh hưởng của bão, áp thấp nhiệt đới"),
        target("ít nhất 50% người dân ở các khu vực khác được phổ biến kiến thức về thiên tai", "share", 50, "%", ">=",
               "người dân ở các khu vực khác"),
        target("100% các cấp giáo dục thường xuyên, tiểu học, trung học cơ sở, trung học phổ thông đưa nội dung phòng tránh",
               "share", 100, "%", "=", "các cấp giáo dục thường xuyên, tiểu học, trung học cơ sở, trung học phổ thông"),
        target("100% phường, xã, đặc khu khi xây dựng và phê duyệt kế hoạch phòng, chống thiên tai phải có sự tham gia của cộng đồng",
               "share", 100, "%", "=", "phường, xã, đặc khu"),
        target("Phấn đấu 100% hộ gia đình được tiếp nhận đầy đủ thông tin về thiên tai", "share", 100, "%", "=",
               "hộ gia đình"),
    ],
    "deadlines": [
        deadline("có hiệu lực kể từ ngày ký", timeframe("period", "2025-11-21")),
        deadline("Thời gian: từ nay đến năm 2030", TO_2030),
        deadline("bồi dưỡng kiến thức quốc phòng và an ninh hàng năm", YEARLY),
        deadline("dựa vào cộng đồng trên địa bàn Thành phố hàng năm", YEARLY),
        deadline("báo cáo kết quả thực hiện Đề án hàng năm", YEARLY),
    ],
    "citations": [
        citation("Luật Tổ chức Chính quyền địa phương ngày 16 tháng 6 năm 2025", "Luật", None, "2025-06-16", QH, "basis"),
        citation("Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013", "Luật", None, "2013-06-19", QH, "basis"),
        citation(LAW_AMEND + " ngày 17 tháng 6 năm 2020", "Luật", None, "2020-06-17", QH, "basis"),
        citation("Luật Phòng thủ dân sự ngày 20 tháng 6 năm 2023", "Luật", None, "2023-06-20", QH, "basis"),
        citation("Chỉ thị 42-CT/TW ngày 24 tháng 3 năm 2020 của Ban Bí thư", "Chỉ thị", "42-CT/TW", "2020-03-24",
                 "Ban Bí thư", "basis"),
        citation("Nghị định số 66/2021/NĐ-CP ngày 06 tháng 7 năm 2021 của Chính phủ", "Nghị định", "66/2021/NĐ-CP",
                 "2021-07-06", CP, "basis"),
        citation("quy định chi tiết thi hành một số điều của Luật Phòng, chống thiên tai và", "Luật", None, None, QH, "reference"),
        citation("và " + LAW_AMEND + ";", "Luật", None, None, QH, "reference"),
        citation("Nghị định số 78/2021/NĐ-CP ngày 01 tháng 8 năm 2021 của Chính phủ", "Nghị định", "78/2021/NĐ-CP",
                 "2021-08-01", CP, "basis"),
        citation("Nghị định số 63/2025/NĐ-CP ngày 05 tháng 3 năm 2025 của Chính phủ", "Nghị định", "63/2025/NĐ-CP",
                 "2025-03-05", CP, "basis"),
        citation("Nghị định số 78/2021/NĐ -CP ngày 01 tháng 8 năm 2021 của Chính phủ", "Nghị định", "78/2021/NĐ-CP",
                 "2021-08-01", CP, "reference"),
        citation("Nghị định số 131/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ", "Nghị định", "131/2025/NĐ-CP",
                 "2025-06-12", CP, "basis"),
        citation("Nghị định số 200/2025/NĐ-CP ngày 09 tháng 7 năm 2025 của", "Nghị định", "200/2025/NĐ-CP", "2025-07-09", CP,
                 "basis"),
        citation("một số điều của Luật Phòng thủ dân sự;", "Luật", None, None, QH, "reference"),
        citation("Quyết định số 379/QĐ-TTg ngày 17 tháng 3 năm 2021 của Thủ tướng Chính phủ", "Quyết định", "379/QĐ-TTg",
                 "2021-03-17", TTG, "basis"),
        citation("Quyết định số 553/QĐ-TTg ngày 06 tháng 4 năm 2021 của Thủ tướng Chính phủ", "Quyết định", "553/QĐ-TTg",
                 "2021-04-06", TTG, "basis"),
        citation("Tờ trình số 9512/TTr- SNN-CCTL ngày 23 tháng 10 năm 2025", "Tờ trình", "9512/TTr-SNN-CCTL", "2025-10-23",
                 "Sở Nông nghiệp và Môi trường", "reference"),
        citation("Quyết định số 3089/QĐ-UBND ngày 24 tháng 8 năm 2021 của Ủy ban nhân dân Thành phố Hồ Chí Minh",
                 "Quyết định", "3089/QĐ-UBND", "2021-08-24", "UBND thành phố Hồ Chí Minh", "reference"),
        citation("Quyết định số 1397/QĐ-UBND ngày 08 tháng 6 năm 2022 của Ủy ban nhân dân tỉnh Bình Dương", "Quyết định",
                 "1397/QĐ-UBND", "2022-06-08", "UBND tỉnh Bình Dương", "reference"),
        citation("Quyết định số 1179/QĐ-UBND ngày 13 tháng 4 năm 2022 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu",
                 "Quyết định", "1179/QĐ-UBND", "2022-04-13", "UBND tỉnh Bà Rịa - Vũng Tàu", "reference"),
        # convention (Citations): `Ban hành kèm theo Quyết định số 2853/QĐ-UBND` is this document's own number,
        # not a citation (it was labelled as one before 2026-12)
        citation("theo quy định của Luật ngân sách nhà nước", "Luật", None, None, QH, "reference"),
        # convention (spec "Labelling conventions", Citations): named strategies and schemes (Đề án) are citations, number
        # null. The two titles name the Đề án the plan carries out (implements); elsewhere it is named in a cited
        # document's subject or in the body (reference). The bare `Đề án` (III, V) is a back-reference.
        citation("Chiến lược quốc gia phòng, chống thiên tai đến năm 2030, tầm nhìn đến năm 2050", "Chiến lược", None,
                 None, None, "reference"),
        citation("TRIỂN KHAI THỰC HIỆN " + DE_AN.upper(), "Đề án", None, None, None, "implements"),  # QĐ title
        citation("về phê duyệt " + DE_AN, "Đề án", None, None, None, "reference"),  # QĐ 553's subject
        citation("Kế hoạch triển khai thực hiện " + DE_AN + " trên địa bàn Thành phố Hồ Chí Minh.", "Đề án", None, None,
                 None, "reference"),  # Điều 1
        citation("về ban hành Kế hoạch triển khai thực hiện " + DE_AN, "Đề án", None, None, None, "reference"),  # QĐ 3089
        citation("Bình Dương về ban hành Kế hoạch thực hiện " + DE_AN, "Đề án", None, None, None, "reference"),
        citation("Vũng Tàu về ban hành Kế hoạch thực hiện " + DE_AN, "Đề án", None, None, None, "reference"),
        citation("TRIỂN KHAI THỰC HIỆN " + DE_AN.upper() + " TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH (Ban hành", "Đề án", None,
                 None, None, "implements"),  # the Kế hoạch's title
        citation("Nguồn vốn triển khai Kế hoạch thực hiện " + DE_AN, "Đề án", None, None, None, "reference"),
    ],
}

from common import GDDT, TAICHINH, YTE, task  # noqa: E402

SNN = "Sở Nông nghiệp và Môi trường"
PX = "UBND các phường, xã, đặc khu"
DV = "các cơ quan, đơn vị liên quan"

DOC["labelled"].append("tasks")
DOC["tasks"] = [
    task("Điều phối chung, đôn đốc, hướng dẫn việc triển khai Kế hoạch đến các sở, ngành, đơn vị", [SNN], tf=YEARLY),
    task("Chủ trì, phối hợp với các cơ quan, đơn vị liên quan rà soát, hoàn thiện và triển khai các quy định pháp luật",
         [SNN], [DV]),
    task("Chủ trì, phối hợp với các cơ quan, đơn vị liên quan xây dựng, biên tập, triển khai các tài liệu hướng dẫn",
         [SNN], [DV]),
    task("Chủ trì, phối hợp với cơ quan thông tấn, báo chí trên địa bàn Thành phố thực hiện phổ biến", [SNN],
         ["cơ quan thông tấn, báo chí trên địa bàn Thành phố"]),
    task("Chịu trách nhiệm tổng hợp, biên tập tài liệu, sản phẩm tuyên truyền", [SNN]),
    task("Nghiên cứu, ứng dụng khoa học công nghệ, nhất là công nghệ về thông tin trong quản lý thiên tai", [SNN]),
    task("Chủ trì, phối hợp với Sở Tài chính và các sở, ngành, đơn vị có liên quan rà soát, tổng hợp", [SNN],
         [TAICHINH, "các sở, ngành, đơn vị có liên quan"]),
    task("Tổ chức đánh giá, báo cáo kết quả thực hiện Đề án hàng năm", [SNN], tf=YEARLY),
    task("Xây dựng chương trình đào tạo và tổ chức tập huấn cho đội ngũ giảng viên, giáo viên", [GDDT], [SNN, PX]),
    task("Lồng ghép nội dung phòng, chống, ứng phó, giảm nhẹ rủi ro thiên tai với một số môn học", [GDDT], [SNN, PX]),
    task("Xây dựng Phương án đảm bảo an toàn cho giáo viên, học sinh và cơ sở hạ tầng giáo dục", [GDDT], [SNN, PX]),
    task("Bộ Tư lệnh Thành phố chủ trì, phối hợp với Sở Nông nghiệp và Môi trường", ["Bộ Tư lệnh Thành phố"],
         [SNN, "các sở, ban, ngành, đơn vị liên quan", PX]),
    task("Nâng cao chất lượng công tác truyền thông, tuyên truyền, đưa tin trong phòng tránh", ["Sở Khoa học và Công nghệ"]),
    task("Yêu cầu các cơ quan thông tấn, báo chí trên địa bàn Thành phố và hệ thống thông tin các cấp xây dựng kế hoạch",
         ["Sở Khoa học và Công nghệ"]),
    task("Nâng cao năng lực ứng phó thiên tai cho đối tượng là người khuyết tật", [YTE], [SNN]),
    task("Tập huấn chuyên môn, đẩy mạnh các hoạt động truyền thông nâng cao nhận thức về lồng ghép hòa nhập", [YTE], [SNN]),
    task("Huy động và sử dụng có hiệu quả các nguồn lực để triển khai các hoạt động hòa nhập người khuyết tật", [YTE], [SNN]),
    task("Sở Tài chính phối hợp với các cơ quan, đơn vị liên quan tham mưu Ủy ban nhân dân Thành phố bố trí dự toán",
         [TAICHINH], [DV]),
    task("Ban Quản lý các Khu chế xuất và công nghiệp Thành phố chủ trì", ["Ban Quản lý các Khu chế xuất và công nghiệp Thành phố"],
         ["các sở, ban, ngành, đơn vị Thành phố liên quan"]),
    task("Các sở, ban, ngành, đơn vị, tổ chức chính trị - xã hội, hội, đoàn thể theo chức năng, nhiệm vụ được giao chủ động phối hợp",
         ["các sở, ban, ngành, đơn vị, tổ chức chính trị - xã hội, hội, đoàn thể"], [SNN, PX]),
    task("Ủy ban nhân dân các phường, xã, đặc khu chủ động bố trí kinh phí từ nguồn vốn ngân sách địa phương", [PX]),
    task("Tổ chức xây dựng, phê duyệt và triển khai kế hoạch thực hiện Đề án của địa phương mình", [PX]),
    task("Tổ chức các lớp tập huấn, bồi dưỡng và xây dựng các tài liệu tuyên truyền nội dung của Kế hoạch", [PX]),
    task("Thực hiện lồng ghép nội dung của Kế hoạch với các hoạt động có liên quan của các chương trình, dự án khác", [PX]),
    task("Tổ chức đánh giá, báo cáo định kỳ về tiến độ thực hiện, kiến nghị điều chỉnh nội dung Kế hoạch", [PX]),
    task("Xây dựng kế hoạch phòng, chống thiên tai trên cơ sở kết quả đánh giá rủi ro thiên tai dựa vào cộng đồng", [PX]),
]
