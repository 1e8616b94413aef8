"""ceb89a53c7b93f00 — UBND tỉnh Nghệ An, KH 987/KH-UBND (20/11/2025), phát triển hệ thống sóng
viễn thông 5G, Internet vạn vật (IoT) tại các khu công nghiệp Nghệ An giai đoạn 2026 - 2030,
tầm nhìn đến năm 2045.

Labelled by reading, as test-split gold (no rule was written with this document in view).
Drafting forms: a `Triển khai` preamble of three items separated by `;`, each carrying other
documents in its subject; a target inside `1. Mục đích` prose (`mục tiêu tỷ lệ phủ sóng mạng
5G tại các KCN đến năm 2030 đạt 100%`); baselines in `1. Hiện trạng` (not targets); station
counts in `+` bullets with a per-operator breakdown in brackets (`58 trạm (Trong đó: VNPT: 25
trạm, Viettel: 33 trạm)`); content bullets with no agency (not tasks); part IV agency-headed
sections of dash bullets, four of them headed by collectives (`3. Các Sở, ban, ngành cấp tỉnh`,
`4. Các doanh nghiệp viễn thông` …); the issuer's closing `Trên đây là Kế hoạch … yêu cầu …`."""

from common import agencies, citation, deadline, metadata, target, task, timeframe

KHCN = "Sở Khoa học và Công nghệ"
BQL = "Ban Quản lý Khu kinh tế Đông Nam"
UBND_TINH = "UBND tỉnh Nghệ An"
SBN = "các sở, ban, ngành cấp tỉnh"
DNVT = "các doanh nghiệp viễn thông"
CDT = "các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp"
DNTC = "các doanh nghiệp thứ cấp đang hoạt động trong KCN"
DV_LQ = "các đơn vị liên quan"
# the operators' Nghệ An branches, as IV.1 names them; the bare `VNPT`, `Viettel`, `MobiFone` of the
# station breakdown and of IV.2 are read as the same operators
VIETTEL = "Viettel Nghệ An"
VNPT = "VNPT Nghệ An"
MOBIFONE = "MobiFone Nghệ An"

# `Trước ngày 15/12 hàng năm` in a 2026-2030 plan: first occurrence in the period (GUIDELINES.md, Deadlines)
REPORT = timeframe("recurring", due="2026-12-15", recurrence="yearly")


def _count(quote: str, value: float, subject: str) -> dict:
    return target(quote, "count", value, "trạm", "=", subject)


DOC = {
    "doc_id": "ceb89a53c7b93f00",
    "source": "corpus/real/ceb89a53c7b93f00.md",
    "split": "test",
    "labelled": ["metadata", "targets", "tasks", "agencies", "deadlines", "citations"],
    "metadata": metadata(
        doc_number="987/KH-UBND", doc_type="Kế hoạch", issuer=UBND_TINH, admin_level="province",
        province="Nghệ An", district=None, commune=None, place="Nghệ An", issue_date="2025-11-20",
        # `giai đoạn 2026 - 2030, tầm nhìn đến năm 2045`: the period is 2026-2030, the vision is not
        plan_year=None, period={"start": 2026, "end": 2030},
        title="PHÁT TRIỂN HỆ THỐNG SÓNG VIỄN THÔNG 5G, INTERNET VẠN VẬT (IOT) TẠI CÁC KHU CÔNG NGHIỆP NGHỆ AN GIAI "
              "ĐOẠN 2026 - 2030, TẦM NHÌN ĐẾN NĂM 2045",
        topics=["digital_transformation"],
        signer={"name": "Hoàng Phú Hiền", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    ),
    # `87 trạm`, `28 trạm 5G`, `32,2 %` of `1. Hiện trạng` are baselines, not targets (records.md,
    # Targets anywhere). The per-operator numbers in brackets are commitments of their own (a bullet
    # setting numbers for several groups is several targets); `nâng tổng số trạm 5G: 188 trạm` is the
    # stock the plan commits to reach
    "targets": [
        target("mục tiêu tỷ lệ phủ sóng mạng 5G tại các KCN đến năm 2030 đạt 100%", "share", 100, "%", "=",
               "phủ sóng mạng 5G tại các KCN"),
        target("Đảm bảo xây dựng trạm BTS 5G đạt 100% và triển khai một số ứng dụng IoT cơ bản tại các KCN trọng điểm",
               "share", 100, "%", "=", "trạm BTS 5G"),
        _count("Lắp đặt mới trạm 3G/4G: 58 trạm", 58, "trạm 3G/4G"),
        _count("VNPT: 25 trạm", 25, "trạm 3G/4G của VNPT"),
        _count("Viettel: 33 trạm", 33, "trạm 3G/4G của Viettel"),
        _count("Đầu tư mới trạm 5G: 35 trạm", 35, "trạm 5G"),
        _count("MobiFone: 09 trạm", 9, "trạm 5G của MobiFone"),
        _count("Viettel: 26 trạm", 26, "trạm 5G của Viettel"),
        _count("Chuyển đổi từ trạm 3G/4G sang trạm 5G: 125 trạm", 125, "trạm 3G/4G chuyển đổi sang trạm 5G"),
        _count("MobiFone: 22 trạm", 22, "trạm chuyển đổi sang 5G của MobiFone"),
        _count("VNPT: 56 trạm", 56, "trạm chuyển đổi sang 5G của VNPT"),
        _count("Viettel: 47 trạm", 47, "trạm chuyển đổi sang 5G của Viettel"),
        _count("nâng tổng số trạm 5G: 188 trạm", 188, "tổng số trạm 5G"),
    ],
    # I.2 `Yêu cầu` bullets (`Các doanh nghiệp viễn thông phối hợp …`) state requirements, not assigned
    # duties, as in the development gold; the bullets of part II name no agency: not tasks
    "tasks": [
        # IV.1 Sở Khoa học và Công nghệ
        task("Theo dõi, đôn đốc, chỉ đạo các doanh nghiệp viễn thông triển khai phát triển hạ tầng viễn thông phủ sóng "
             "5G theo Kế hoạch", [KHCN]),
        task("Chủ trì, phối hợp các đơn vị liên quan hướng dẫn, theo dõi, kiểm tra, đôn đốc các Doanh nghiệp Viễn thông "
             "tổ chức triển khai thực hiện nhiệm vụ theo Kế hoạch", [KHCN], [DV_LQ], tf=REPORT),
        task("Phối hợp chặt chẽ với các nhà mạng (Viettel Nghệ An, VNPT Nghệ An, MobiFone Nghệ An) để xây dựng lộ "
             "trình, kế hoạch cụ thể triển khai trạm phát sóng 5G", [KHCN], [VIETTEL, VNPT, MOBIFONE]),
        # IV.2 Ban Quản lý Khu kinh tế Đông Nam
        task("Đề xuất những khu công nghiệp có mật độ doanh nghiệp cao, ngành nghề sản xuất cần ứng dụng công nghệ cao",
             [BQL]),
        task("Phối hợp chặt chẽ Sở Khoa học và Công nghệ đê hỗ trợ doanh nghiệp viễn thông làm việc với các nhà mạng "
             "viễn thông lớn như Viettel, VNPT, MobiFone, FPT Telecom", [BQL], [KHCN]),
        task("Tạo điều kiện thuận lợi để các doanh nghiệp viễn thông khảo sát, tiếp cận các vị trí tiềm năng trong KCN để "
             "lắp đặt trạm phát sóng 5G", [BQL]),
        task("Tích cực hướng dẫn các chủ đầu tư thực hiện đầy đủ các thủ tục hành chính liên quan đến việc cấp phép xây "
             "dựng, lắp đặt hạ tầng viễn thông và IoT", [BQL]),
        # IV.3 Các Sở, ban, ngành cấp tỉnh (a generic lead, kept: numbered items of TỔ CHỨC THỰC HIỆN are tasks)
        task("Phối hợp, hỗ trợ, tạo điều kiện để các doanh nghiệp viễn thông triển khai trạm BTS 5G", [SBN]),
        task("Phối hợp Sở Khoa học và Công nghệ và các đơn vị liên quan tiếp nhận và giải quyết các khó khăn, vướng mắc "
             "trong quá trình triển khai Kế hoạch này", [SBN], [KHCN, DV_LQ]),
        task("Hỗ trợ phát triển hạ tầng số, sử dụng chung hạ tầng viễn thông với hạ tầng kỹ thuật liên ngành (Giao "
             "thông, xây dựng, điện, nước ...). Xử lý các vụ việc phá hoại hạ tầng số", [SBN]),
        task("Hỗ trợ cắt giảm thủ tục hành chính, bố trí không gian, địa điểm để lắp đặt thiết bị, nhà trạm, công trình "
             "viễn thông", [SBN]),
        task("Chủ trì, phối hợp các đơn vị điện lực trên địa bàn tỉnh trong việc rà soát, đảm bảo khả năng cung ứng điện "
             "ổn định, an toàn cho các trạm BTS 5G", [SBN], ["các đơn vị điện lực trên địa bàn tỉnh"]),
        # IV.4 Các doanh nghiệp viễn thông; `khẩn trương`, `kịp thời`, `Định kỳ` give no date: no timeframe
        task("Căn cứ kế hoạch này, khẩn trương xây dựng kế hoạch phủ sóng 5G theo chỉ tiêu phân bổ và gửi danh sách về "
             "Sở Khoa học và Công nghệ kịp thời", [DNVT]),
        task("Đảm bảo tốc độ, độ trễ và độ ổn định của mạng 5G đạt yêu cầu", [DNVT]),
        task("Đảm bảo các giải pháp hoạt động hiệu quả và đáp ứng nhu cầu của doanh nghiệp. Điều chỉnh và tối ưu hóa hệ "
             "thống dựa trên phản hồi để cải thiện hiệu suất và trải nghiệm người dùng", [DNVT]),
        task("Tăng cường việc chia sẻ, sử dụng chung hạ tầng viễn thông và hạ tầng kỹ thuật liên ngành theo quy định",
             [DNVT]),
        task("Định kỳ báo cáo kết quả triển khai về Sở Khoa học và Công nghệ", [DNVT]),
        # IV.5 Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp
        task("Phối hợp chặt chẽ với Ban Quản lý Khu kinh tế Đông Nam, Sở Khoa học và Công nghệ và các doanh nghiệp viễn "
             "thông, các doanh nghiệp công nghệ số trong quá trình khảo sát, triển khai hạ tầng 5G", [CDT],
             [BQL, KHCN, DNVT, "các doanh nghiệp công nghệ số"]),
        task("Tạo điều kiện về mặt bằng, các điều kiện cần thiết khác cho việc lắp đặt thiết bị 5G và IoT", [CDT]),
        task("Chủ động đề xuất các nhu cầu, ứng dụng IoT phục vụ hoạt động quản lý. vận hành và sản xuất của các doanh "
             "nghiệp thứ cấp trong KCN", [CDT]),
        task("Đầu tư hạ tầng bảo đảm triển khai phát triển ứng dụng 5G, IoT trong KCN thuận lợi, hiệu quả", [CDT]),
        task("Triển khai các ứng dụng IoT trong quản lý vận hành KCN tập trung vào các lĩnh vực như: Giám sát môi "
             "trường, quản lý kiểm toán năng lượng", [CDT]),
        task("Tuân thủ đầy đủ các quy định pháp luật về an toàn thông tin, an ninh mạng và các quy định có liên quan "
             "trong quá trình triển khai thực hiện", [CDT]),
        # IV.6 Các doanh nghiệp thứ cấp đang hoạt động trong KCN
        task("Chủ động phối hợp với chủ đầu tư hạ tầng KCN và các cơ quan, đơn vị chức năng để cung cấp thông tin về nhu "
             "cầu sử dụng hạ tầng 5G", [DNTC], ["chủ đầu tư hạ tầng KCN", "các cơ quan, đơn vị chức năng"]),
        task("Khuyến khích các doanh nghiệp đầu tư, ứng dụng thiết bị và giải pháp IoT trong hoạt động quản lý, sản xuất "
             "thông minh", [DNTC]),
        task("Bảo vệ an toàn thiết bị và hạ tầng trong phạm vi quản lý; Chủ động thông báo và phối hợp xử lý các sự cố về "
             "thiết bị/đường truyền kịp thời", [DNTC]),
        task("Tạo điều kiện cho các đơn vị triển khai lắp đặt thiết bị, hạ tầng viễn thông và IoT tại mặt bằng sản xuất "
             "của doanh nghiệp theo quy định", [DNTC]),
        task("Tuân thủ đầy đủ các quy định pháp luật về an toàn thông tin, an ninh mạng và các quy định có liên quan "
             "trong quá trình triển khai thực hiện", [DNTC]),
        # the closing `Trên đây là Kế hoạch … Ủy ban nhân dân tỉnh yêu cầu …`, with its subject-less `báo cáo kịp
        # thời UBND tỉnh (qua Ban Quản lý …)`, restates the whole plan's assignment: not a task (GUIDELINES.md)
    ],
    # issuers of cited documents only (Tỉnh ủy, Ban Chỉ đạo …, Bộ Chính trị, Chính phủ) are not agencies;
    # `Chủ tịch, các PCT UBND tỉnh` and `CVP, PCVP VX UBND tỉnh` are office-holders of their bodies
    "agencies": agencies(
        UBND_TINH, KHCN, BQL, "Bộ Khoa học và Công nghệ", VIETTEL, VNPT, MOBIFONE, "FPT Telecom",
        "Văn phòng UBND tỉnh", "Văn phòng Đảng ủy UBND tỉnh",  # recipients
        generic=(SBN, DNVT, CDT, DNTC, DV_LQ, "các đơn vị điện lực trên địa bàn tỉnh", "các doanh nghiệp công nghệ số",
                 "chủ đầu tư hạ tầng KCN", "các cơ quan, đơn vị chức năng", "các doanh nghiệp cung cấp giải pháp IoT",
                 "các sở, ban, ngành, cơ quan, đơn vị liên quan"),
    ),
    # `Trong giai đoạn 2026 - 2030, Đảm bảo … đạt 100%` is the targets' horizon, not a deadline
    "deadlines": [
        deadline("Trước ngày 15/12 hàng năm tổng hợp, báo cáo Bộ Khoa học và Công nghệ", REPORT),
    ],
    "citations": [
        citation("Kế hoạch hành động số 328-KH/TU ngày 24/4/2025 của Ban chấp hành Đảng bộ tỉnh Nghệ An", "Kế hoạch",
                 "328-KH/TU", "2025-04-24", "Ban Chấp hành Đảng bộ tỉnh Nghệ An", "implements"),
        citation("Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị", "Nghị quyết", "57-NQ/TW", "2024-12-22",
                 "Bộ Chính trị", "reference"),
        citation("Kế hoạch số 348/KH-UBND ngày 14/5/2025 của UBND tỉnh", "Kế hoạch", "348/KH-UBND", "2025-05-14",
                 UBND_TINH, "implements"),
        citation("Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ", "Nghị quyết", "71/NQ-CP", "2025-04-01",
                 "Chính phủ", "reference"),
        citation("Kế hoạch hành động số 328-KH/TU, ngày 24/4/2025 của Tỉnh ủy", "Kế hoạch", "328-KH/TU", "2025-04-24",
                 "Tỉnh ủy Nghệ An", "reference"),
        # `đề án 06` here is part of the steering committee's name, not a reference to the scheme
        citation("Kế hoạch số 01-KH/BCĐ ngày 28/06/2025 của Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng "
                 "tạo, chuyển đổi số, cải cách hành chính và đề án 06", "Kế hoạch", "01-KH/BCĐ", "2025-06-28",
                 "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và "
                 "đề án 06", "implements"),
        citation("Kế hoạch số 02-KH/BCĐTW, ngày 19/6/2025 của Ban Chỉ đạo Trung ương", "Kế hoạch", "02-KH/BCĐTW",
                 "2025-06-19", "Ban Chỉ đạo Trung ương", "reference"),
        citation("Nghị quyết số 57- NQ/TW của Bộ Chính trị", "Nghị quyết", "57-NQ/TW", None, "Bộ Chính trị",
                 "reference"),
    ],
}
