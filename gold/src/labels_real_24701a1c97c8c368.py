"""24701a1c97c8c368 — Văn phòng Chính phủ, Thông báo 634/TB-VPCP (22/11/2025): conclusions of the
Prime Minister at his working session with the standing committee of the Thanh Hóa provincial
Party committee. Labelled by reading, as dev-split gold (never run through the extractor).

Drafting forms: a national THÔNG BÁO, not a plan. Part I (`ĐÁNH GIÁ CHUNG`) reports past results
only (growth rates, `56/93 nhiệm vụ`, `91,67%`): no targets, no deadlines. Part II is one
assignment in prose (`Đề nghị Thường trực Tỉnh ủy … trong đó lưu ý một số nội dung trọng tâm sau:`)
followed by ten numbered focus items, each a duty of its own. Part III answers the province's
requests one numbered item each: `Về <request>: giao <Bộ> chủ trì phối hợp với … , báo cáo … trước
ngày …` — the lead is the body given the duty (after `giao`, `đề nghị`, or the subject of the
sentence), deadlines in prose at the end of the item; two items hold two duties for two bodies.
Nơi nhận uses the Government Office's abbreviations (`Các Bộ: TC, XD, NV …`, `PVN, VNPT, Viettel`,
`VPCP: … các Vụ: CN, KTTH …`)."""

from common import citation, deadline, metadata, section, target, task, timeframe

TTTU = "Thường trực Tỉnh ủy Thanh Hóa"
UBND_TH = "UBND tỉnh Thanh Hóa"
NNMT = "Bộ Nông nghiệp và Môi trường"
XD = "Bộ Xây dựng"
TC = "Bộ Tài chính"
NV = "Bộ Nội vụ"
CT = "Bộ Công Thương"
KHCN = "Bộ Khoa học và Công nghệ"
PVN = "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam"
VNPT = "Tập đoàn Bưu chính Viễn thông Việt Nam"
VIETTEL = "Tập đoàn Công nghiệp - Viễn thông Quân đội"

# `trong 02 tháng cuối năm 2025 và những tháng đầu năm 2026`: from November 2025; the end
# (`những tháng đầu năm 2026`) is not a date, so it stays null rather than a guess
PART_II = timeframe("period", "2025-11-01", None)
DEC_2025 = timeframe("period", "2025-12-01", "2025-12-31")

DOC = {
    "doc_id": "24701a1c97c8c368",
    "source": "corpus/real/24701a1c97c8c368.md",
    "split": "dev",
    "labelled": ["metadata", "sections", "targets", "tasks", "agencies", "deadlines", "citations"],
    "notes": "A Thông báo of conclusions: part I is past results (no targets); part II's ten focus items each take "
             "the lead of the introducing `Đề nghị Thường trực Tỉnh ủy …`; part III's items assign the province's "
             "requests to ministries and corporations with dated report deadlines. The request heading of an item "
             "(`Về đề nghị …`, `tăng … từ 2 lên 3 phó trưởng phòng`) is the province's proposal, not a commitment.",
    "metadata": metadata(
        doc_number="634/TB-VPCP", doc_type="Thông báo", issuer="Văn phòng Chính phủ", admin_level="national",
        province=None, district=None, commune=None, place="Hà Nội", issue_date="2025-11-22", plan_year=None,
        period=None,
        title="KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ PHẠM MINH CHÍNH TẠI BUỔI LÀM VIỆC VỚI THƯỜNG TRỰC TỈNH ỦY THANH HÓA",
        topics=[],  # a general socio-economic conclusion: no topic of the taxonomy in its title
        signer={"name": "Trịnh Mạnh Linh", "position": "Phó Chủ nhiệm", "on_behalf": "KT. Bộ trưởng, Chủ nhiệm"},
    ),
    # Every numbered line; kinds from the heading, an item without a kind word takes its parent's
    # (GUIDELINES.md, Sections): part II's `NHIỆM VỤ, GIẢI PHÁP` makes it and its items `tasks`; parts I and
    # III (`ĐÁNH GIÁ CHUNG`, `VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH`) have no kind word: `other`, items included.
    "sections": [
        section("I. ĐÁNH GIÁ CHUNG", "other"),
        section("1. Về tình hình kết quả kinh tế - xã hội 10 tháng năm 2025 của tỉnh Thanh Hóa", "other"),
        section("2. Về triển khai mô hình chính quyền địa phương 02 cấp", "other"),
        section("3. Một số tồn tại, hạn chế, khó khăn, thách thức", "other"),
        section("II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", "tasks"),
        section("1. Đổi mới tư duy, tầm nhìn phát triển, khai thác tối đa nguồn lực bên trong", "tasks", heading=None),
        section("2. Đổi mới mô hình phát triển dựa vào khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số", "tasks",
                heading=None),
        section("3. Nâng cao hiệu quả liên kết kinh tế, khai thác tốt lợi thế, vai trò kết nối vùng", "tasks",
                heading=None),
        section("4. Đẩy mạnh đột phá phát triển kết cấu hạ tầng chiến lược", "tasks", heading=None),
        section("5. Hỗ trợ phát triển doanh nghiệp, hình thành các doanh nghiệp lớn", "tasks", heading=None),
        section("6. Chú trọng đầu tư phát triển giáo dục, đào tạo nhân lực chất lượng cao", "tasks", heading=None),
        section("7. Đẩy mạnh cải cách thủ tục hành chính, nâng cao năng lực cạnh tranh", "tasks", heading=None),
        section("8. Chú trọng bảo vệ môi trường, phát triển bền vững, tăng trưởng xanh", "tasks", heading=None),
        section("9. Chăm lo đời sống vật chất, tinh thần của Nhân dân", "tasks", heading=None),
        section("10. Chú trọng xây dựng Đảng; bảo đảm quốc phòng, an ninh", "tasks", heading=None),
        section("III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH", "other"),
        section("1. Về đề nghị nghiên cứu, sửa đổi, bổ sung Nghị quyết số 66.4/2025/NQ-CP", "other", heading=None),
        section("2. Về dự án đầu tư xây dựng công trình nạo vét luồng tàu vào khu bến cảng Nghi Sơn", "other",
                heading=None),
        section("3. Về mở rộng dự án giai đoạn 2 của Nhà máy lọc hóa dầu Nghi Sơn", "other", heading=None),
        section("4. Về đầu tư kho dầu thô dự trữ quốc gia", "other", heading=None),
        section("5. Về điều chuyển số vốn dư, không có khả năng giải ngân trong năm 2025", "other", heading=None),
        section("6. Về chủ trương đầu tư tuyến đường giao thông kết nối liên vùng", "other", heading=None),
        section("7. Về đề nghị Chính phủ chỉ đạo Bộ Tài chính xem xét, bố trí vốn Dự án đường ven biển", "other",
                heading=None),
        section("8. Về hoạt động của mô hình chính quyền địa phương 02 cấp", "other", heading=None),
        section("9. Về triển khai hạ tầng đề phủ sóng 19 thôn, bản khu vực miền núi", "other", heading=None),
        section("10. Các Bộ, cơ quan liên quan và các Tập đoàn", "other", heading=None),
    ],
    # Part I's numbers are results already reached (`ước đạt 8,19%`, `đạt tỷ lệ 66,7%`, `56/93 nhiệm vụ`),
    # part III.5's `khoảng 1.500 tỷ đồng` sizes the capital in question, III.8's `từ 2 lên 3 phó trưởng phòng`
    # is the province's request that Bộ Nội vụ is to study: none is a commitment ("Targets anywhere").
    # III.9: the corporations are asked to carry out the coverage of 19 villages, to be finished in 12/2025.
    "targets": [
        target("Về triển khai hạ tầng đề phủ sóng 19 thôn, bản khu vực miền núi lõm sóng điện thoại", "count", 19,
               "thôn, bản", "=", "thôn, bản khu vực miền núi lõm sóng điện thoại, đường truyền Internet yếu"),
    ],
    "tasks": [
        # II: `Đề nghị Thường trực Tỉnh ủy … thực hiện … trong đó lưu ý một số nội dung trọng tâm sau:` leads
        # each of the ten items, as an agency heading leads every item under it (GUIDELINES.md, Tasks)
        task("Đổi mới tư duy, tầm nhìn phát triển, khai thác tối đa nguồn lực bên trong, đặc biệt là phát huy "
             "truyền thống lịch sử, văn hóa", [TTTU], tf=PART_II),
        task("Đổi mới mô hình phát triển dựa vào khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số; xây dựng "
             "kinh tế xanh, kinh tế số", [TTTU], tf=PART_II),
        task("Nâng cao hiệu quả liên kết kinh tế, khai thác tốt lợi thế, vai trò kết nối vùng, kết nối quốc tế",
             [TTTU], tf=PART_II),
        task("Đẩy mạnh đột phá phát triển kết cấu hạ tầng chiến lược (giao thông, đô thị, y tế, giáo dục, xã "
             "hội...); đẩy mạnh hợp tác công tư", [TTTU], tf=PART_II),
        task("Hỗ trợ phát triển doanh nghiệp, hình thành các doanh nghiệp lớn, nâng cao năng lực cho doanh nghiệp "
             "nhỏ và vừa", [TTTU], tf=PART_II),
        task("Chú trọng đầu tư phát triển giáo dục, đào tạo nhân lực chất lượng cao; đầu tư phát triển con người",
             [TTTU], tf=PART_II),
        task("Đẩy mạnh cải cách thủ tục hành chính, nâng cao năng lực cạnh tranh; cải thiện môi trường đầu tư",
             [TTTU], tf=PART_II),
        task("Chú trọng bảo vệ môi trường, phát triển bền vững, tăng trưởng xanh, kinh tế tuần hoàn, thích ứng "
             "biến đổi khí hậu", [TTTU], tf=PART_II),
        task("Chăm lo đời sống vật chất, tinh thần của Nhân dân, nhất là đồng bào dân tộc thiểu số, vùng sâu, "
             "vùng xa, vùng biên giới", [TTTU], tf=PART_II),
        task("Chú trọng xây dựng Đảng; bảo đảm quốc phòng, an ninh; tăng cường phòng, chống tham nhũng, lãng "
             "phí, tiêu cực", [TTTU], tf=PART_II),
        # III
        task("giao Bộ Nông nghiệp và Môi trường chủ trì phối hợp với các Bộ, cơ quan và địa phương liên quan "
             "nghiên cứu, đề xuất phương án xử lý theo quy định", [NNMT],
             ["các Bộ, cơ quan và địa phương liên quan"], tf=DEC_2025),
        task("Bộ Xây dựng khẩn trương rà soát, sớm bàn giao trong năm 2025 dự án đầu tư xây dựng công trình nạo "
             "vét luồng tàu vào khu bến cảng Nghi Sơn", [XD], tf=timeframe("due", due="2025-12-31")),
        # `làm việc cụ thể với công ty TNHH Lọc hóa dầu Nghi Sơn … để thống nhất`: the body it works with
        task("giao Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam làm việc cụ thể với công ty TNHH Lọc hóa "
             "dầu Nghi Sơn, các nhà đầu tư để thống nhất về kế hoạch mở rộng giai đoạn 2", [PVN],
             ["Công ty TNHH Lọc hóa dầu Nghi Sơn"], tf=DEC_2025),
        # III.4 holds two duties for two bodies
        task("Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam chủ động làm việc, trao đổi với các Tập đoàn "
             "lớn trên thế giới để triển khai các nội dung liên quan", [PVN]),
        task("Ủy ban nhân dân tỉnh Thanh Hóa phối hợp với Bộ Công Thương, Tập đoàn Công nghiệp - Năng lượng Quốc "
             "gia Việt Nam và các cơ quan liên quan rà soát kỹ các quy hoạch có liên quan trên địa bàn", [UBND_TH],
             [CT, PVN, "các cơ quan liên quan"], tf=DEC_2025),
        task("Ủy ban nhân dân tỉnh Thanh Hóa rà soát và khẩn trương thực hiện các giải pháp cụ thể, giải ngân hết "
             "số vốn đầu tư công của tỉnh năm 2025", [UBND_TH],
             tf=timeframe("quarter", "2026-01-01", "2026-03-31")),
        task("Ủy ban nhân dân tỉnh Thanh Hóa khẩn trương báo cáo Thủ tướng Chính phủ về việc chuẩn bị đầu tư tuyến "
             "đường kết nối", [UBND_TH], tf=timeframe("due", due="2025-12-01")),
        # III.7's heading (`đề nghị Chính phủ chỉ đạo Bộ Tài chính …`) is the request; the duty follows `giao`
        task("giao Bộ Tài chính chủ trì phối hợp với Bộ Xây dựng và các cơ quan liên quan xem xét, xử lý theo "
             "đúng quy định", [TC], [XD, "các cơ quan liên quan"], tf=timeframe("due", due="2025-12-25")),
        task("giao Bộ Nội vụ chủ trì, phối hợp với các cơ quan liên quan nghiên cứu, tổng hợp, báo cáo Chính phủ "
             "trước ngày 30 tháng 11 năm 2025", [NV], ["các cơ quan liên quan"],
             tf=timeframe("due", due="2025-11-30")),
        # III.9 holds two duties
        task("đề nghị các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội tổ chức "
             "triển khai thực hiện theo quy định, hoàn thành trong tháng 12 năm 2025", [VNPT, VIETTEL], tf=DEC_2025),
        task("Bộ Khoa học và Công nghệ hướng dẫn các Tập đoàn nêu trên trong việc triển khai thực hiện nhiệm vụ "
             "được Thủ tướng Chính phủ giao", [KHCN]),
        # III.10: `phối hợp chặt chẽ với Tỉnh` names the province, not a body: no partner is guessed
        task("Các Bộ, cơ quan liên quan và các Tập đoàn: Công nghiệp - Năng lượng Quốc gia Việt Nam, Bưu chính "
             "viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội theo chức năng, nhiệm vụ và thẩm quyền",
             ["các Bộ, cơ quan liên quan", PVN, VNPT, VIETTEL]),
    ],
    # Office-holders are not agencies ("Labelling conventions"): `Thủ tướng Chính phủ`, `TTgCP, các PTTgCP`,
    # `BTCN, các PCN`, `Trợ lý/Thư ký` stand for persons; their body, Chính phủ, is named itself
    # (`thay mặt Chính phủ`, `báo cáo Chính phủ`). Quốc hội is named only as issuer of a cited resolution.
    # `Lưu: Văn thư, QHĐP` is the issuer's own archive copy, not a distribution.
    "agencies": [
        *[{"canonical": name, "generic": False} for name in (
            "Văn phòng Chính phủ",  # issuer; at the meeting; recipient (VPCP: …)
            "Chính phủ",  # reports_to
            TTTU, UBND_TH,
            "Trạm Y tế xã Yên Khương", "Công an xã Yên Khương", "Đồn Biên phòng Yên Khương",  # visited
            # at the meeting: `các Bộ, cơ quan: Quốc phòng, Công an, …` split on the agency boundaries
            "Bộ Quốc phòng", "Bộ Công an", TC, XD, NNMT, CT, "Bộ Giáo dục và Đào tạo", "Bộ Y tế",
            "Bộ Dân tộc và Tôn giáo", "Đài Truyền hình Việt Nam", PVN, VNPT, VIETTEL,
            "Công ty TNHH Lọc hóa dầu Nghi Sơn", NV, KHCN,
            # Nơi nhận: `Tỉnh ủy, HĐND, UBND tỉnh Thanh Hóa`; the Government Office's portal and departments
            "Tỉnh ủy Thanh Hóa", "HĐND tỉnh Thanh Hóa", "Cổng Thông tin điện tử Chính phủ",
            "Vụ Công nghiệp", "Vụ Kinh tế tổng hợp", "Vụ Nông nghiệp", "Vụ Tổ chức công vụ", "Vụ Khoa giáo - Văn xã",
            "Vụ Thư ký - Biên tập",
        )],
        *[{"canonical": name, "generic": True} for name in (
            "các Bộ, cơ quan và địa phương liên quan", "các cơ quan liên quan", "các Bộ, cơ quan liên quan",
            "cấp có thẩm quyền",
        )],
    ],
    # Not deadlines: the visit dates (`Từ ngày 08 đến ngày 09 tháng 11 năm 2025`), the periods of reported
    # results (`10 tháng năm 2025`), the date of a named conference (`ngày 07 tháng 11 năm 2025`), years
    # qualifying a noun (`mục tiêu, nhiệm vụ năm 2025`, `vốn đầu tư công của tỉnh năm 2025`,
    # `kế hoạch vốn đầu tư công trung hạn giai đoạn 2026 - 2030`).
    "deadlines": [
        deadline("trong 02 tháng cuối năm 2025 và những tháng đầu năm 2026", PART_II),
        deadline("báo cáo Chính phủ, Thủ tướng Chính phủ trong tháng 12 năm 2025", DEC_2025),
        # `sớm bàn giao trong năm 2025`: a year bounding the handover ("Deadlines that are")
        deadline("sớm bàn giao trong năm 2025", timeframe("year", "2025-01-01", "2025-12-31")),
        deadline("kết quả thực hiện trước ngày 31 tháng 12 năm 2025", timeframe("due", due="2025-12-31")),
        deadline("báo cáo Thủ tướng Chính phủ trong tháng 12 năm 2025", DEC_2025),
        deadline("báo cáo Thủ tướng Chính phủ kết quả thực hiện trong tháng 12 năm 2025", DEC_2025),
        deadline("báo cáo Thủ tướng Chính phủ kết quả thực hiện trong Quý I năm 2026",
                 timeframe("quarter", "2026-01-01", "2026-03-31")),
        deadline("trước ngày 01 tháng 12 năm 2025", timeframe("due", due="2025-12-01")),
        deadline("trước ngày 25 tháng 12 năm 2025", timeframe("due", due="2025-12-25")),
        deadline("báo cáo Chính phủ trước ngày 30 tháng 11 năm 2025", timeframe("due", due="2025-11-30")),
        deadline("hoàn thành trong tháng 12 năm 2025", DEC_2025),
    ],
    # `kế hoạch vốn đầu tư công trung hạn giai đoạn 2026 - 2030`, `các quy hoạch có liên quan` and `kế hoạch
    # phân bổ chi tiết của Tỉnh` name no specific document: not citations
    "citations": [
        citation("Nghị quyết số 66.4/2025/NQ-CP", "Nghị quyết", "66.4/2025/NQ-CP", None, "Chính phủ", "reference"),
        citation("Nghị quyết số 37/2021/QH15 ngày 13 tháng 11 năm 2021 của Quốc hội", "Nghị quyết", "37/2021/QH15",
                 "2021-11-13", "Quốc hội", "reference"),
    ],
}
