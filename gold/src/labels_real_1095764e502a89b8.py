"""1095764e502a89b8 — Thủ tướng Chính phủ, Công điện 224/CĐ-TTg (20/11/2025) on preparing the
ceremonies that open and start large projects on 19/12/2025, to greet the 14th Party Congress.
Labelled by reading, as dev-split gold (never run through the extractor).

Drafting forms: a CÔNG ĐIỆN copied from a legal-text website. The document proper runs from the
letterhead to the footnotes [1]–[5]; the site's chrome before it (a `Số hiệu | Loại văn bản | …`
box) and after it (`Văn bản liên quan`, the site's notice on personal data citing Nghị định
13/2023/NĐ-CP, login messages) is not the document and is not labelled. Addressees in a
`THỦ TƯỚNG CHÍNH PHỦ điện:` list of office-holders; a background section with numbers that are
status, not targets; then eight bold-numbered duties (`**1.** …`), each opening with its body
(`Bộ Tài chính chủ trì cùng …`, `Bộ Xây dựng:` with lettered a) b), `Giao …`), deadlines in prose
and in italics (`trước *ngày 13 tháng 12 năm 2025*`). Footnotes list the cited notices and the
ministries, provinces and corporations that had not reported."""

from common import citation, deadline, metadata, section, task, timeframe

CP = "Chính phủ"
VPCP = "Văn phòng Chính phủ"
XD = "Bộ Xây dựng"
TC = "Bộ Tài chính"
NV = "Bộ Nội vụ"
VTV = "Đài Truyền hình Việt Nam"
VIETTEL = "Tập đoàn Công nghiệp - Viễn thông Quân đội"
VNPT = "Tập đoàn Bưu chính Viễn thông Việt Nam"
TTG = "Thủ tướng Chính phủ"


def due(iso: str) -> dict:
    return timeframe("due", due=iso)


DOC = {
    "doc_id": "1095764e502a89b8",
    "source": "corpus/real/1095764e502a89b8.md",
    "split": "dev",
    "labelled": ["metadata", "sections", "targets", "tasks", "agencies", "deadlines", "citations"],
    "notes": "No targets: the numbers are status (`198 dự án`, `03 bộ, cơ quan … chưa gửi báo cáo`) or part of an "
             "emulation movement's name (`500 ngày đêm thi đua hoàn thành 3.000 km đường bộ cao tốc`). The website's "
             "chrome around the Công điện is not labelled. Office-holders (`Bộ trưởng Bộ Nội vụ`, `Chủ tịch Ủy ban "
             "nhân dân các tỉnh`, `Phó Thủ tướng`) are read as their bodies.",
    "metadata": metadata(
        doc_number="224/CĐ-TTg", doc_type="Công điện", issuer=TTG, admin_level="national", province=None,
        district=None, commune=None, place="Hà Nội", issue_date="2025-11-20", plan_year=None, period=None,
        title="VỀ VIỆC KHẨN TRƯƠNG CHUẨN BỊ TỔ CHỨC LỄ KHÁNH THÀNH, KHỞI CÔNG CÁC DỰ ÁN, CÔNG TRÌNH QUY MÔ LỚN, Ý "
              "NGHĨA CHÀO MỪNG ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIV CỦA ĐẢNG",
        topics=[],  # project ceremonies: no topic of the taxonomy
        signer={"name": "Phạm Minh Chính", "position": "Thủ tướng", "on_behalf": None},
    ),
    # Every numbered line: the eight bold-numbered duties and 2's a) b). None has a kind word (`Bộ Xây dựng:`
    # names a body), so all are `other` (GUIDELINES.md, Sections); the footnotes [1]–[5] are notes, not sections.
    "sections": [
        section("1. Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "other", heading=None),
        section("2. Bộ Xây dựng:", "other", heading="Bộ Xây dựng"),
        section("a) Tiếp tục phát huy vai trò cơ quan Thường trực chủ trì, phối hợp với Văn phòng Chính phủ", "other",
                heading=None),
        section("b) Khẩn trương thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ", "other", heading=None),
        section("3. Bộ Tài chính chủ trì cùng Bộ Xây dựng và các bộ, ngành liên quan", "other", heading=None),
        section("4. Đài truyền hình Việt Nam chủ trì đạo diễn", "other", heading=None),
        section("5. Tập đoàn Công nghiệp - Viễn thông Quân đội, Tập đoàn Bưu chính Viễn thông Việt Nam chủ trì", "other",
                heading=None),
        section("6. Bộ trưởng Bộ Nội vụ chỉ đạo chủ trì, phối hợp với Bộ Xây dựng", "other", heading=None),
        section("7. Giao Phó Thủ tướng Chính phủ Trần Hồng Hà trực tiếp chỉ đạo công tác chuẩn bị", "other", heading=None),
        section("8. Giao Bộ Xây dựng chủ trì, phối hợp với Văn phòng Chính phủ, Bộ Tài chính", "other", heading=None),
    ],
    "targets": [],
    "tasks": [
        # 1: `Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, …, Chủ tịch Ủy ban nhân dân các tỉnh …, Chủ tịch Hội
        # đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công ty, đơn vị liên quan` — office-holders of
        # three collectives, read as the collectives (as 000 IV.2 `Giám đốc các sở, …`); the report to Bộ Xây
        # dựng in the same item completes the duty
        task("tiếp tục nâng cao tinh thần trách nhiệm khẩn trương chỉ đạo các cơ quan, đơn vị, Ban quản lý dự án, "
             "nhà thầu nỗ lực hơn nữa", ["các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
                                         "UBND các tỉnh, thành phố trực thuộc Trung ương",
                                         "các Tập đoàn, Tổng Công ty, đơn vị liên quan"],
             tf=due("2025-12-10")),
        # 2: `Bộ Xây dựng:` heads a) and b)
        task("a) Tiếp tục phát huy vai trò cơ quan Thường trực chủ trì, phối hợp với Văn phòng Chính phủ, Bộ Tài "
             "chính, các bộ, ngành địa phương liên quan rà soát danh mục các dự án, công trình", [XD],
             [VPCP, TC, "các bộ, ngành địa phương liên quan", VTV, VIETTEL, VNPT], tf=due("2025-12-13")),
        # b): Bộ Xây dựng itself `tham mưu Chính phủ`; the decision-maker is not a party to the duty
        task("b) Khẩn trương thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ, Trưởng Ban chỉ đạo Nhà nước các công "
             "trình, dự án quan trọng quốc gia", [XD], [NV]),
        # `chủ trì cùng Bộ Xây dựng và các bộ, ngành liên quan`: `cùng` names the partners
        task("Bộ Tài chính chủ trì cùng Bộ Xây dựng và các bộ, ngành liên quan rà soát, đánh giá đề xuất thưởng cho "
             "các công trình về đích sớm", [TC], [XD, "các bộ, ngành liên quan"], tf=due("2025-12-15")),
        task("Đài truyền hình Việt Nam chủ trì đạo diễn, phối hợp với các bộ ngành, địa phương liên quan xây dựng "
             "Chương trình, kịch bản", [VTV], ["các bộ ngành, địa phương liên quan"], tf=due("2025-12-03")),
        task("Tập đoàn Công nghiệp - Viễn thông Quân đội, Tập đoàn Bưu chính Viễn thông Việt Nam chủ trì, phối hợp "
             "với Bộ Xây dựng, Đài truyền hình Việt Nam", [VIETTEL, VNPT],
             [XD, VTV, "các bộ, ngành, địa phương, cơ quan (có dự án khánh thành, khởi công...)"]),
        task("Bộ trưởng Bộ Nội vụ chỉ đạo chủ trì, phối hợp với Bộ Xây dựng, Văn phòng Chính phủ, các bộ, ngành, "
             "địa phương liên quan khẩn trương hướng dẫn, rà soát, kịp thời khen thưởng", [NV],
             [XD, VPCP, "các bộ, ngành, địa phương liên quan"], tf=due("2025-12-10")),
        # 7: a Deputy Prime Minister is an office-holder; his body is the Government ("Agencies")
        task("Giao Phó Thủ tướng Chính phủ Trần Hồng Hà trực tiếp chỉ đạo công tác chuẩn bị, kiểm tra đôn đốc và "
             "tổ chức buổi Lễ khánh thành", [CP]),
        task("Giao Bộ Xây dựng chủ trì, phối hợp với Văn phòng Chính phủ, Bộ Tài chính theo dõi, đôn đốc, kiểm tra "
             "các bộ, cơ quan, địa phương thực hiện nhiệm vụ", [XD], [VPCP, TC]),
    ],
    # Office-holders are not agencies: `Thủ tướng Chính phủ`, `Các Phó Thủ tướng Chính phủ`, `BTCN, các
    # PCN`; `TGĐ Cổng TTĐT` is read as its body, the portal. `Lưu: VT, CN` is the issuer's archive copy.
    "agencies": [
        *[{"canonical": name, "generic": False} for name in (
            CP,  # `cơ quan thuộc Chính phủ`, `tham mưu Chính phủ`
            XD, VPCP, TC, NV, VTV, VIETTEL, VNPT,
            "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam", "Báo Nhân dân",  # addressees
            "Ban Chỉ đạo Nhà nước các công trình, dự án quan trọng quốc gia, trọng điểm ngành giao thông vận tải",
            "Văn phòng Trung ương Đảng", "Cổng Thông tin điện tử Chính phủ",  # Nơi nhận
            # footnote [2]: bodies that had not reported
            "Bộ Giáo dục và Đào tạo", "Bộ Ngoại giao", "Ngân hàng Nhà nước Việt Nam",
            # footnote [3]: `UBND các tỉnh: Tuyên Quang, Cao Bằng, …` — nine named committees
            *(f"UBND tỉnh {p}" for p in ("Tuyên Quang", "Cao Bằng", "Điện Biên", "Phú Thọ", "Hưng Yên", "Khánh Hòa",
                                         "Lâm Đồng", "Tây Ninh", "An Giang")),
            "Tổng công ty Cảng hàng không Việt Nam",  # footnote [4] `(ACV)`
            # footnote [5]: `Các bộ, ngành: (i) Văn hóa thể thao và Du lịch, …` and the corporations
            "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Tư pháp", "Bộ Công Thương", "Thanh tra Chính phủ",
            "Học viện Chính trị quốc gia Hồ Chí Minh",
            "Tập đoàn Xăng dầu Việt Nam", "Tổng công ty Hàng hải Việt Nam", "Tổng công ty Lương thực miền Nam",
            "Tổng công ty Hàng không Việt Nam", "Tổng công ty Cổ phần Bia - Rượu - Nước giải khát Hà Nội",
            "Tổng công ty Đầu tư và Kinh doanh vốn nhà nước", "Tổng công ty Lâm nghiệp Việt Nam",
            "Tổng công ty Thuốc lá Việt Nam",
        )],
        *[{"canonical": name, "generic": True} for name in (
            "các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "UBND các tỉnh, thành phố trực thuộc Trung ương",
            "các Tập đoàn, Tổng Công ty, đơn vị liên quan", "các Tập đoàn, Tổng công ty trực thuộc Bộ Tài chính, Bộ Xây dựng",
            "các bộ, ngành địa phương liên quan", "các bộ, ngành liên quan", "các bộ ngành, địa phương liên quan",
            "các bộ, ngành, địa phương, cơ quan (có dự án khánh thành, khởi công...)",
            "các bộ, ngành, địa phương liên quan", "các cơ quan, đơn vị liên quan", "các Vụ, Cục, đơn vị trực thuộc",
        )],
    ],
    # Not deadlines: `đến ngày 19 tháng 11 năm 2025` (the date of a status count), `Từ nay đến ngày 19 tháng 12
    # năm 2025 chỉ còn 01 tháng` (a remark), `dịp 19/12/2025` in the background, anniversaries
    # (`02/9/1945 - 02/9/2025`), `5 năm (2021-2025)`, the dates of cited documents.
    "deadlines": [
        # the ceremony every duty prepares for: an event's date bounds the obligation
        deadline("khởi công trực tuyến đồng thời các công trình, dự án trên cả nước vào ngày 19 tháng 12 năm 2025",
                 due("2025-12-19")),
        deadline("gửi báo cáo về Bộ Xây dựng chậm nhất ngày 10 tháng 12 năm 2025", due("2025-12-10")),
        deadline("báo cáo Thủ tướng Chính phủ trước ngày 13 tháng 12 năm 2025", due("2025-12-13")),
        deadline("hoàn thành trước ngày 15 tháng 12 năm 2025", due("2025-12-15")),
        deadline("gửi Bộ Xây dựng trước ngày 03 tháng 12 năm 2025", due("2025-12-03")),
        deadline("hoàn thành trước ngày 10 tháng 12 năm 2025", due("2025-12-10")),
    ],
    "citations": [
        citation("Công điện số 158/CĐ-TTg ngày 04 tháng 9 năm 2025", "Công điện", "158/CĐ-TTg", "2025-09-04", TTG,
                 "reference"),
        # the Party Congress's resolution is a named document with no number ("Citations")
        citation("Nghị quyết đại hội Đảng lần thứ XIII", "Nghị quyết", None, None, None, "reference"),
        citation("Công điện số 158/CĐ-TTg ngày 04 tháng 09 năm 2025", "Công điện", "158/CĐ-TTg", "2025-09-04", TTG,
                 "reference"),
        citation("Thông báo số 627/TB-VPCP ngày 18/11/2025", "Thông báo", "627/TB-VPCP", "2025-11-18", VPCP,
                 "reference"),
        # footnote [1]
        citation("Thông báo số 627/TB-VPCP ngày 18/11/2025, Thông báo số 493/TB-VPCP", "Thông báo", "627/TB-VPCP",
                 "2025-11-18", VPCP, "reference"),
        citation("Thông báo số 493/TB-VPCP ngày 18/9/2025", "Thông báo", "493/TB-VPCP", "2025-09-18", VPCP,
                 "reference"),
        citation("các văn bản số: 10894/VPCP-CN ngày 8/11/2025", "Văn bản", "10894/VPCP-CN", "2025-11-08", VPCP,
                 "reference"),
        citation("8563/VPCP-CN ngày 12/9/2025 của Văn phòng Chính phủ", "Văn bản", "8563/VPCP-CN", "2025-09-12", VPCP,
                 "reference"),
    ],
}
