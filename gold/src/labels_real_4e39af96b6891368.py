"""4e39af96b6891368 — Chủ tịch UBND tỉnh Quảng Ngãi, QĐ 1627/QĐ-UBND (21/11/2025) issuing the Kế hoạch
for the general inventory of public assets (tổng kiểm kê tài sản công) at 0h00 on 01/01/2026.

Labelled by reading, as test-split gold (before any rule was written for it; never to be used to
change one). Drafting forms: a two-article decision (Điều 1 issues the plan, Điều 2 the usual
enforcement clause) followed by the plan; the plan's part III lists activities with no agency;
part IV `NHIỆM VỤ CỤ THỂ` is agency-headed (`1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo`,
`1.4. Ủy ban nhân dân các phường, xã, đặc khu`, …) with dash bullets, each followed by its own
labelled time line (`Thời gian thực hiện: …`, `Thời gian hoàn thành: Trước ngày …`, `Thời hạn
hoàn thành: …`); one bullet of 1.3 splits the duty among six departments in `+ Sở X: …` sub-bullets.
No targets: the plan sets no measurable commitment (an empty, real label)."""

from common import TAICHINH, agencies, citation, deadline, metadata, section, task, timeframe

QNG = "UBND tỉnh Quảng Ngãi"
BCD = "Ban Chỉ đạo tỉnh"  # `Trưởng Ban Chỉ đạo` is an office-holder: the body is the steering committee
PX = "UBND các phường, xã, đặc khu"
XD = "Sở Xây dựng"
NNMT = "Sở Nông nghiệp và Môi trường"
CT = "Sở Công Thương"
KHCN = "Sở Khoa học và Công nghệ"
VHTTDL = "Sở Văn hóa, Thể thao và Du lịch"
SECTORAL = [XD, NNMT, CT, TAICHINH, KHCN, VHTTDL]  # 1.3 names its six departments
BQL = "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"
DT = "đối tượng thực hiện kiểm kê"
CQCT = "các cơ quan quản lý cấp trên"
TTG = "Thủ tướng Chính phủ"
QH = "Quốc hội"
DE_AN = ("Đề án tổng kiểm kê tài sản công tại cơ quan, tổ chức, đơn vị, tài sản kết cấu hạ tầng do Nhà nước đầu tư, "
         "quản lý")

FROM_NOV = timeframe("period", "2025-11-01")  # `Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê`: no dated end
FROM_DEC = timeframe("period", "2025-12-01")
NOV_DEC = timeframe("period", "2025-11-01", "2025-12-31")
DEC = timeframe("period", "2025-12-01", "2025-12-31")  # `Tháng 12/2025`: the month (records.md conventions)


def due(date: str) -> dict:
    return timeframe("due", due=date)


DOC = {
    "doc_id": "4e39af96b6891368",
    "source": "corpus/real/4e39af96b6891368.md",
    "split": "test",
    "labelled": ["metadata", "sections", "targets", "tasks", "agencies", "deadlines", "citations"],
    "notes": "A decision carrying a plan: metadata is the decision's; tasks, deadlines and citations come from both. "
             "The inventory moment `0h00 ngày 01/01/2026` names the date of the count, not a bound on an "
             "obligation, and the plan period is not in the title: plan_year and period are null.",
    "metadata": metadata(
        doc_number="1627/QĐ-UBND", doc_type="Quyết định", issuer=QNG, admin_level="province",
        province="Quảng Ngãi", district=None, commune=None, place="Quảng Ngãi", issue_date="2025-11-21",
        plan_year=None, period=None,
        title="VỀ VIỆC BAN HÀNH KẾ HOẠCH KIỂM KÊ TÀI SẢN CÔNG TẠI CƠ QUAN, TỔ CHỨC, ĐƠN VỊ, TÀI SẢN KẾT CẤU HẠ TẦNG "
              "DO NHÀ NƯỚC ĐẦU TƯ, QUẢN LÝ THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH QUẢNG NGÃI THỜI ĐIỂM 0H00 NGÀY 01 THÁNG 01 "
              "NĂM 2026",
        topics=[],  # public-asset inventory: no topic of pipeline/data/topics.yaml fits
        signer={"name": "Nguyễn Ngọc Sâm", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    ),
    # `Mục đích` / `Yêu cầu` state no number and there is no `Mục tiêu`/`Chỉ tiêu` heading
    "targets": [],
    # Điều 2 (`… chịu trách nhiệm thi hành Quyết định này`) is the enforcement clause restating the whole
    # assignment: not a task (GUIDELINES.md, Tasks; as in 18). Part III items name no agency: not tasks.
    "tasks": [
        # IV.1.1 Trưởng Ban Chỉ đạo: four bullets
        task("Phụ trách chung, trực tiếp điều hành, chỉ đạo, chịu trách nhiệm trước Ủy ban nhân dân tỉnh, Ban Chỉ đạo "
             "Trung ương về kết quả thực hiện tổng kiểm kê tài sản", [BCD]),
        task("Phối hợp với các cơ quan Trung ương, Bộ Tài chính trong việc chỉ đạo thực hiện tổng kiểm kê tài sản "
             "thuộc phạm vi quản lý của tỉnh", [BCD], ["các cơ quan Trung ương", "Bộ Tài chính"]),
        task("Phân công, chỉ đạo, giao trách nhiệm cho các thành viên Ban Chỉ đạo, Lãnh đạo các sở, ngành liên quan "
             "thực hiện nhiệm vụ tổng kiểm kê tài sản", [BCD]),
        task("Quyết định những vấn đề thuộc phạm vi, chức năng, nhiệm vụ của Ban Chỉ đạo cấp tỉnh", [BCD]),
        # IV.1.2 Sở Tài chính: six bullets, each with its own time line
        task("Tuyên truyền, phổ biến, quán triệt các cơ quan, tổ chức, đơn vị, doanh nghiệp thuộc phạm vi quản lý "
             "thực hiện nghiêm túc các quy định về quản lý, sử dụng tài sản công", [TAICHINH], tf=FROM_NOV),
        task("Tham mưu triển khai thực hiện kế hoạch kiểm kê và phân công nhiệm vụ cho các thành viên Ban Chỉ đạo, "
             "các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý", [TAICHINH], tf=NOV_DEC),
        task("Phối hợp với các cơ quan chuyên môn có liên quan hướng dẫn chỉ tiêu, biểu mẫu kiểm kê; văn bản hướng "
             "dẫn thực hiện kiểm kê", [TAICHINH], ["các cơ quan chuyên môn có liên quan"], tf=DEC),
        task("Làm đầu mối tổ chức tập huấn, hướng dẫn thực hiện tổng kiểm kê cho các cơ quan, tổ chức, đơn vị, UBND "
             "các phường, xã, đặc khu", [TAICHINH], tf=NOV_DEC),
        task("Tham mưu Ban Chỉ đạo đôn đốc, tổ chức kiểm tra, giám sát việc thực hiện các nội dung kiểm kê, trách "
             "nhiệm của các cơ quan, đơn vị", [TAICHINH], tf=FROM_NOV),
        task("Tổng hợp kết quả kiểm kê, báo cáo kết quả kiểm kê gửi Bộ Tài chính", [TAICHINH], tf=due("2026-05-31")),
        # IV.1.3 the six sectoral departments. The first bullet is their shared duty; its `+ Sở X: …` sub-bullets
        # are duties of their own, each with its own lead (records.md, Tasks): 1 + 6 tasks, all under the time
        # line that closes the bullet.
        task("Phối hợp hướng dẫn các cơ quan, tổ chức, đơn vị, địa phương thực hiện kiểm kê, rà soát thông tin số "
             "liệu kiểm kê tài sản kết cấu hạ tầng do Nhà nước đầu tư, quản lý thuộc phạm vi quản lý", SECTORAL,
             tf=FROM_NOV),
        task("Sở Xây dựng: hướng dẫn các cơ quan, tổ chức, đơn vị, địa phương thực hiện kiểm kê, rà soát thông tin "
             "số liệu kiểm kê tài sản kết cấu hạ tầng giao thông", [XD], tf=FROM_NOV),
        task("Sở Nông nghiệp và Môi trường: hướng dẫn các cơ quan, tổ chức, đơn vị, địa phương thực hiện kiểm kê, rà "
             "soát thông tin số liệu kiểm kê tài sản kết cấu hạ tầng cấp nước sạch nông thôn", [NNMT], [TAICHINH],
             tf=FROM_NOV),
        task("Sở Công Thương: hướng dẫn các cơ quan, tổ chức, đơn vị, địa phương thực hiện kiểm kê, rà soát thông "
             "tin số liệu kiểm kê tài sản kết cấu hạ tầng thương mại là chợ", [CT], tf=FROM_NOV),
        task("Sở Tài chính phối hợp Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi: hướng dẫn "
             "các cơ quan, tổ chức, đơn vị, địa phương thực hiện kiểm kê", [TAICHINH], [BQL], tf=FROM_NOV),
        task("Sở Khoa học và Công nghệ: hướng dẫn các cơ quan, tổ chức, đơn vị, địa phương thực hiện kiểm kê, rà "
             "soát thông tin số liệu tài sản kết cấu hạ tầng khu công nghệ thông tin tập trung", [KHCN], tf=FROM_NOV),
        task("Sở Văn hóa, Thể thao và Du lịch: hướng dẫn các cơ quan, tổ chức, đơn vị, địa phương thực hiện kiểm kê, "
             "rà soát thông tin số liệu tài sản kết cấu hạ tầng thuộc thiết chế văn hóa", [VHTTDL], tf=FROM_NOV),
        task("Cử công chức chuyên môn phối hợp tham gia tổ công tác", SECTORAL, tf=FROM_DEC),
        # IV.1.4 UBND các phường, xã, đặc khu: six bullets
        task("Tuyên truyền, phổ biến, quán triệt các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý thực hiện "
             "nghiêm túc quy định về quản lý, sử dụng tài sản công", [PX], tf=FROM_NOV),
        task("Thành lập Ban Chỉ đạo tổng kiểm kê tài sản cấp xã để chỉ đạo, đôn đốc, kiểm tra các cơ quan, tổ chức, "
             "đơn vị", [PX], tf=due("2025-11-15")),
        task("Xây dựng, ban hành kế hoạch kiểm kê, trong đó xác định cụ thể nhiệm vụ, thời hạn thực hiện của từng "
             "đối tượng kiểm kê", [PX], tf=due("2025-11-15")),
        task("Hướng dẫn, tập huấn cho các đối tượng kiểm kê là cơ quan, tổ chức, đơn vị và các đối tượng khác thuộc "
             "phạm vi quản lý", [PX], tf=NOV_DEC),
        task("Đôn đốc, kiểm tra, giám sát việc thực hiện các nội dung cụ thể, trách nhiệm của các cơ quan, tổ chức, "
             "đơn vị, doanh nghiệp", [PX], tf=FROM_NOV),
        task("Tổng hợp kết quả kiểm kê, báo cáo kết quả kiểm kê theo từng loại tài sản theo đúng hướng dẫn của Bộ "
             "Tài chính; báo cáo kết quả bằng văn bản gửi về Sở Tài chính", [PX], tf=due("2026-04-15")),
        # IV.1.5 the bodies that carry out the count (defined in II.2): a generic lead, numbered agency heading
        task("Thành lập Tổ kiểm kê do Thủ trưởng đối tượng thực hiện kiểm kê quyết định cụ thể", [DT],
             tf=due("2025-11-30")),
        task("Chuẩn bị các điều kiện cần thiết về hồ sơ, thông tin tài sản, việc theo dõi, hạch toán tài sản tại cơ "
             "quan, tổ chức, đơn vị, doanh nghiệp", [DT], tf=due("2025-12-31")),
        task("Thực hiện kiểm kê tài sản thuộc phạm vi kiểm kê do mình đang trực tiếp quản lý/tạm quản lý và chịu "
             "trách nhiệm về số liệu kiểm kê", [DT], tf=timeframe("period", "2026-01-01", "2026-03-31")),
        task("Báo cáo kết quả kiểm kê cho cơ quan quản lý cấp trên (trong trường hợp có cơ quan quản lý cấp trên)",
             [DT], tf=due("2026-03-31")),
        # IV.1.6 the superior bodies (incl. owners' representatives of enterprises)
        task("Đôn đốc, hướng dẫn đối tượng thực hiện kiểm kê là cơ quan, tổ chức, đơn vị, doanh nghiệp cấp dưới "
             "thực hiện kiểm kê", [CQCT], tf=timeframe("period", "2025-10-01")),
        task("Tổng hợp kết quả kiểm kê của các cơ quan, tổ chức, đơn vị, doanh nghiệp cấp dưới để báo cáo cơ quan "
             "chịu trách nhiệm tổng hợp kết quả kiểm kê theo thời hạn", [CQCT], tf=due("2026-04-15")),
        # VI TỔ CHỨC THỰC HIỆN: items 1 and 3 assign duties; item 2 names no agency
        task("các sở, ban, ngành tỉnh, Ủy ban nhân dân các phường, xã, đặc khu căn cứ nội dung Kế hoạch ban hành "
             "kèm theo Quyết định này để thành lập, kiện toàn Ban Chỉ đạo kiểm kê", ["các sở, ban, ngành tỉnh", PX]),
        task("Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị, tổ chức, doanh nghiệp phản hồi về "
             "Ban Chỉ đạo", ["các cơ quan, đơn vị, tổ chức, doanh nghiệp"]),
    ],
    "agencies": agencies(
        QNG,  # issuer; IV.1.1 answers to it
        BCD, "Ban Chỉ đạo Trung ương",  # lead; reports_to (IV.1.1)
        TAICHINH, XD, NNMT, CT, KHCN, VHTTDL, BQL,
        "Bộ Tài chính",  # partner (1.1), reports_to (1.2), recipient
        "Phòng Kinh tế cấp xã",  # the commune channel of VI.3
        # Nơi nhận (`Các PCT UBND tỉnh`, `CVP, các PCVP` are office-holders; `Lưu: VT, KTTHVTD` is filing)
        "Văn phòng Chính phủ", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Văn phòng Tỉnh ủy",
        "Văn phòng HĐND tỉnh", "Văn phòng Đoàn ĐBQH tỉnh", "Văn phòng UBND tỉnh", "Cổng Thông tin điện tử tỉnh",
        generic=(PX, "các sở, ban, ngành, đơn vị trực thuộc UBND tỉnh", "các cơ quan Trung ương",
                 "các cơ quan chuyên môn có liên quan", "các sở, ngành liên quan", "các sở, ban, ngành tỉnh", DT, CQCT,
                 "các cơ quan, đơn vị, tổ chức, doanh nghiệp", "các cơ quan quan tham mưu quản lý ngành, lĩnh vực"),
    ),
    "deadlines": [
        # IV.1.2
        deadline("Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê", FROM_NOV),
        deadline("Thời gian hoàn thành: Tháng 11 - 12/2025", NOV_DEC),
        deadline("Thời gian hoàn thành: Tháng 12/2025", DEC),
        deadline("Thời gian thực hiện: Tháng 11 - 12/2025", NOV_DEC),
        deadline("Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê", FROM_NOV),
        deadline("Thời gian hoàn thành: Trước ngày 31/5/2026", due("2026-05-31")),
        # IV.1.3
        deadline("Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê", FROM_NOV),
        deadline("Thời gian thực hiện: Từ tháng 12/2025 đến khi kết thúc Tổng kiểm kê", FROM_DEC),
        # IV.1.4
        deadline("Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê", FROM_NOV),
        deadline("Thời gian hoàn thành: Trước ngày 15/11/2025", due("2025-11-15")),
        deadline("Thời gian hoàn thành: Trước ngày 15/11/2025", due("2025-11-15")),
        deadline("Thời gian thực hiện: Tháng 11 - 12/2025", NOV_DEC),
        deadline("Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê", FROM_NOV),
        deadline("Thời gian hoàn thành: Trước ngày 15/4/2026", due("2026-04-15")),
        # IV.1.5
        deadline("Thời hạn hoàn thành: Trước ngày 30/11/2025", due("2025-11-30")),
        deadline("Thời hạn hoàn thành: Trước ngày 31/12/2025", due("2025-12-31")),
        deadline("Thời hạn hoàn thành: Từ ngày 01/01/2026 đến ngày 31/3/2026",
                 timeframe("period", "2026-01-01", "2026-03-31")),
        deadline("Thời hạn hoàn thành: Trước ngày 31/3/2026", due("2026-03-31")),
        # IV.1.6
        deadline("Thời hạn thực hiện: Từ tháng 10/2025 đến khi kết thúc kiểm kê", timeframe("period", "2025-10-01")),
        deadline("Thời hạn hoàn thành: Trước ngày 15/4/2026", due("2026-04-15")),
    ],
    # The Đề án approved by QĐ 213/QĐ-TTg is a named scheme (records.md, Citations) named inside that decision's
    # subject each time: a `reference` citation beside each QĐ 213 (GUIDELINES.md). The Kế hoạch that QĐ 3531
    # issues is that decision's own content, not a further named document. The Đề án's issuer is not written
    # (null, GUIDELINES.md). The plan's own `Kèm theo Quyết định số: 1627/QĐ-UBND` is not a citation.
    "citations": [
        citation("Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025", "Luật", None, "2025-06-16", QH,
                 "basis"),
        citation("Quyết định số 213/QĐ-TTg ngày 01 tháng 3 năm 2024 của Thủ tướng Chính phủ", "Quyết định",
                 "213/QĐ-TTg", "2024-03-01", TTG, "basis"),
        citation(DE_AN, "Đề án", None, None, None, "reference"),
        citation("Chỉ thị số 23/CT-TTg ngày 26 tháng 8 năm 2025 của Thủ tướng Chính phủ", "Chỉ thị", "23/CT-TTg",
                 "2025-08-26", TTG, "basis"),
        # `của Bộ trưởng Bộ Tài chính`: the office-holder's body is the canonical issuer
        citation("Quyết định số 3531/QĐ-BTC ngày 17 tháng 10 năm 2025 của Bộ trưởng Bộ Tài chính", "Quyết định",
                 "3531/QĐ-BTC", "2025-10-17", "Bộ Tài chính", "basis"),
        # `Theo đề nghị của …` is neither `Căn cứ` nor `Thực hiện`
        citation("Công văn số 3679/STC-QLGCS ngày 05 tháng 11 năm 2025", "Công văn", "3679/STC-QLGCS", "2025-11-05",
                 TAICHINH, "reference"),
        # I.2.b
        citation("Quyết định số 213/QĐ-TTg ngày 01/3/2024 của Thủ tướng Chính phủ phê duyệt Đề án", "Quyết định",
                 "213/QĐ-TTg", "2024-03-01", TTG, "reference"),
        citation(DE_AN, "Đề án", None, None, None, "reference"),
        citation("Điều 40 Luật Kế toán năm 2015", "Luật", None, "2015", QH, "reference"),
        # II.1
        citation("Mục III Quyết định số 213/QĐ-TTg ngày 01/3/2024 của Thủ tướng Chính phủ", "Quyết định",
                 "213/QĐ-TTg", "2024-03-01", TTG, "reference"),
        citation(DE_AN, "Đề án", None, None, None, "reference"),
        # II.2.a
        citation("khoản 1 Điều 4 Luật Quản lý, sử dụng tài sản công", "Luật", None, None, QH, "reference"),
        # V
        citation("Mục VI Quyết định số 213/QĐ-TTg ngày 01/3/2024 của Thủ tướng Chính phủ", "Quyết định",
                 "213/QĐ-TTg", "2024-03-01", TTG, "reference"),
        citation(DE_AN, "Đề án", None, None, None, "reference"),
    ],
}


# Every numbered line of the decision and the plan. A heading without a kind word takes its parent's kind;
# a top-level one without it is `other` (GUIDELINES.md, Sections).
DOC["sections"] = [
    section("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch", "other",
            heading="Ban hành kèm theo Quyết định này Kế hoạch", number="Điều 1"),
    section("Điều 2. Giám đốc Sở Tài chính; Thủ trưởng các sở, ban, ngành", "other",
            heading="Giám đốc Sở Tài chính; Thủ trưởng các sở, ban, ngành", number="Điều 2"),
    section("I. MỤC ĐÍCH, YÊU CẦU", "purpose"),
    section("1. Mục đích", "purpose"),
    section("2. Yêu cầu", "requirements"),
    section("a) Xác định cụ thể các nội dung công việc, tiến độ thực hiện", "requirements"),
    section("b) Phát huy tối đa kết quả Tổng kiểm kê tài sản công", "requirements"),
    section("II. PHẠM VI, ĐỐI TƯỢNG", "other"),
    section("1. Phạm vi", "other"),
    section("2. Đối tượng thực hiện kiểm kê", "other"),
    section("a) Đối với tài sản công tại cơ quan, tổ chức, đơn vị", "other"),
    section("b) Đối với tài sản kết cấu hạ tầng do Nhà nước đầu tư, quản lý", "other"),
    section("III. NỘI DUNG THỰC HIỆN", "tasks"),
    section("1. Thành lập mới hoặc kiện toàn Ban chỉ đạo kiểm kê", "tasks"),
    section("2. Xây dựng, ban hành kế hoạch kiểm kê của địa phương", "tasks"),
    section("3. Tập huấn, hướng dẫn thực hiện kiểm kê", "tasks"),
    # `Tổ chức thực hiện kiểm kê` is an activity of part III (carry out the count), not the plan's organisation part
    section("4. Tổ chức thực hiện kiểm kê, đôn đốc, kiểm tra", "tasks"),
    section("5. Tổng hợp, báo cáo, công bố kết quả Tổng kiểm kê", "tasks"),
    section("IV. NHIỆM VỤ CỤ THỂ", "tasks"),
    section("1. Nhiệm vụ của thành viên Ban Chỉ đạo", "tasks"),
    section("1.1. Trưởng Ban Chỉ đạo", "tasks"),
    section("1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo", "tasks"),
    section("1.3. Các cơ quan quan tham mưu quản lý ngành, lĩnh vực", "tasks"),
    section("1.4. Ủy ban nhân dân các phường, xã, đặc khu", "tasks"),
    # 1.5 and 1.6 are the parallel duty lists of part IV: their parent's kind
    section("1.5. Trách nhiệm của đối tượng thực hiện kiểm kê", "tasks"),
    section("1.6. Trách nhiệm của các cơ quan quản lý cấp trên", "tasks"),
    section("V. KINH PHÍ THỰC HIỆN", "budget"),
    section("VI. TỔ CHỨC THỰC HIỆN", "organisation"),
    section("1. Trên cơ sở nội dung Kế hoạch nêu trên, các sở, ban, ngành tỉnh", "organisation"),
    section("2. Việc triển khai Kế hoạch này phải được thực hiện bằng nhiều phương pháp", "organisation"),
    section("3. Trong quá trình thực hiện, nếu có vướng mắc", "organisation"),
]
