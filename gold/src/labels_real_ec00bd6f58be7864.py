"""ec00bd6f58be7864 — Thủ tướng Chính phủ, QĐ 2597/QĐ-TTg (27/11/2025), approving the Đề án on digital transformation
in building, managing and operating construction infrastructure, with an appendix table of key tasks 2025-2030.
Labelled by reading, as **test** gold (never read while rules were written).

Drafting forms: a national issuer (`THỦ TƯỚNG CHÍNH PHỦ`, signed `KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG`); a `Căn cứ`
list of laws named by date, Party resolutions, a Ban Chỉ đạo plan, a government resolution whose subject names a
programme and another resolution, and a QĐ-TTg whose subject names a programme; Điều 1 approving the Đề án with
parts I–V; `Mục tiêu cụ thể` in dash bullets grouped by horizon (`a) Đến năm 2026`, `b) Đến năm 2030`, `c) Tầm
nhìn đến năm 2035`), with `100% …` shares and qualitative commitments; Nhiệm vụ và giải pháp (part III) with no
agencies; TỔ CHỨC THỰC HIỆN with agency-headed items (`1. Bộ Xây dựng` over a)–đ)); an appendix task table
(`STT | Tên nhiệm vụ/dự án | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả dự kiến | Thời gian triển khai`,
one cell per line, group rows I–VII), year-range time cells (`2026-2030`).
"""

from common import agencies, citation, deadline, metadata, target, task, timeframe

BXD = "Bộ Xây dựng"
KHCN = "Bộ Khoa học và Công nghệ"
BTC = "Bộ Tài chính"
NNMT = "Bộ Nông nghiệp và Môi trường"
TTG = "Thủ tướng Chính phủ"
QH = "Quốc hội"
BCT = "Bộ Chính trị"
CP = "Chính phủ"
BNLQ = "Các bộ, ngành liên quan"
BNDP_LQ = "Các bộ, ngành, địa phương liên quan"
DP = "các địa phương"
UBND_TINH = "UBND các tỉnh, thành phố"
Y = {y: timeframe("year", f"{y}-01-01", f"{y}-12-31") for y in (2026,)}
P = {e: timeframe("period", "2026-01-01", f"{e}-12-31") for e in (2027, 2028, 2030)}

DOC = {
    "doc_id": "ec00bd6f58be7864",
    "source": "corpus/real/ec00bd6f58be7864.md",
    "split": "test",
    "labelled": ["metadata", "targets", "tasks", "agencies", "deadlines", "citations"],
    "notes": "Part III's duties name no agency: not tasks; the appendix table repeats them with their agencies, one "
             "task per row. `Đến năm 2026/2030`, `Tầm nhìn đến năm 2035` give targets their year, not deadlines. The "
             "table's `Kết quả dự kiến` cells state no number: not targets. The title names no period (the appendix "
             "says 2025-2030): period null. Programmes and frameworks named in the text are citations.",
    "metadata": metadata(
        doc_number="2597/QĐ-TTg", doc_type="Quyết định", issuer=TTG, admin_level="national", province=None,
        district=None, commune=None, place="Hà Nội", issue_date="2025-11-27", plan_year=None, period=None,
        title="PHÊ DUYỆT ĐỀ ÁN CHUYỂN ĐỔI SỐ TRONG HOẠT ĐỘNG XÂY DỰNG, QUẢN LÝ, KHAI THÁC KẾT CẤU HẠ TẦNG XÂY DỰNG",
        topics=["digital_transformation"],
        signer={"name": "Trần Hồng Hà", "position": "Phó Thủ tướng", "on_behalf": "KT. Thủ tướng"},
    ),
}

DOC["targets"] = [
    # a) Đến năm 2026
    target("Hoàn thiện khung pháp lý hỗ trợ chuyển đổi số trong xây dựng, quản lý và khai thác kết cấu hạ tầng; ban "
           "hành tiêu chuẩn, quy chuẩn kỹ thuật", "qualitative", None, None, None,
           "khung pháp lý hỗ trợ chuyển đổi số trong xây dựng, quản lý và khai thác kết cấu hạ tầng"),
    target("Hoàn thiện cơ sở dữ liệu về kết cấu hạ tầng xây dựng, bảo đảm kết nối, chia sẻ với hệ thống của các bộ, "
           "ngành và địa phương", "qualitative", None, None, None, "cơ sở dữ liệu về kết cấu hạ tầng xây dựng"),
    target("Xây dựng kho dữ liệu mô hình thông tin công trình (BIM) quốc gia, áp dụng BIM bắt buộc đối với các công "
           "trình cấp II trở lên", "qualitative", None, None, None, "kho dữ liệu mô hình thông tin công trình (BIM) quốc gia"),
    # b) Đến năm 2030
    target("100% các dự án đầu tư xây dựng kết cấu hạ tầng mới áp dụng công nghệ AI, IoT, GIS, BIM trong thiết kế, "
           "giám sát", "share", 100, "%", "=", "các dự án đầu tư xây dựng kết cấu hạ tầng mới"),
    target("Triển khai các nền tảng số dùng chung phục vụ quản lý đầu tư, vận hành, bảo trì công trình hạ tầng",
           "qualitative", None, None, None, "các nền tảng số dùng chung"),
    target("100% quy trình quản lý được chuyển đổi từ thủ công sang điện tử, sử dụng hồ sơ điện tử, dữ liệu trực tuyến",
           "share", 100, "%", "=", "quy trình quản lý"),
    target("Hình thành được nguồn nhân lực dần đáp ứng làm chủ, khai thác, vận hành hiệu quả những ứng dụng công nghệ "
           "AI, IoT, GIS, BIM", "qualitative", None, None, None, "nguồn nhân lực"),
    target("Bảo đảm 100% hệ thống số hoá trong lĩnh vực hạ tầng có biện pháp bảo vệ an toàn thông tin theo cấp độ",
           "share", 100, "%", "=", "hệ thống số hoá trong lĩnh vực hạ tầng"),
    # c) Tầm nhìn đến năm 2035
    target("Hoàn thành 100% chuyển đổi số toàn diện trong các hoạt động xây dựng, quản lý, khai thác kết cấu hạ tầng "
           "xây dựng", "share", 100, "%", "=", "các hoạt động xây dựng, quản lý, khai thác kết cấu hạ tầng xây dựng"),
    target("Áp dụng rộng rãi BIM trong hoạt động xây dựng và quản lý vận hành công trình hạ tầng", "qualitative", None,
           None, None, "BIM"),
]

DOC["tasks"] = [
    # V. TỔ CHỨC THỰC HIỆN — 1. Bộ Xây dựng
    task("Chủ trì, phối hợp với các bộ, ngành, Ủy ban nhân dân các tỉnh, thành phố tổ chức triển khai thực hiện Đề án",
         [BXD], ["các bộ, ngành", UBND_TINH]),
    task("Cụ thể hóa các nội dung của Đề án trong các chương trình, kế hoạch chuyển đổi số trung hạn và hàng năm của Bộ "
         "Xây dựng", [BXD]),
    task("Chủ trì xây dựng, ban hành theo thẩm quyền hoặc trình cấp có thẩm quyền ban hành các văn bản pháp luật quy "
         "định về chính sách", [BXD]),
    task("Chủ trì, phối hợp với các cơ quan liên quan thực hiện các nhiệm vụ quy định tại các mục 1, 2, 3, 4, 5, 6",
         [BXD], ["các cơ quan liên quan"]),
    task("Trong quá trình triển khai Đề án nghiên cứu phân cấp cho Bộ trưởng Bộ Xây dựng điều chỉnh, bổ sung những vấn "
         "đề liên quan", [BXD]),
    # 2. Bộ Khoa học và Công nghệ
    task("Hướng dẫn Bộ Xây dựng và các cơ quan liên quan thực hiện triển khai các nhiệm vụ chuyển đổi số, dịch vụ công "
         "nghệ thông tin", [KHCN]),
    task("Phối hợp với Bộ Xây dựng thực hiện các nhiệm vụ quy định tại các điểm c, g mục 1, điểm d mục 3, điểm b mục 6",
         [KHCN], [BXD]),
    # 3. Bộ Tài chính
    task("Chủ trì, phối hợp với Bộ Xây dựng và các bộ, ngành, địa phương có liên quan bố trí vốn đầu tư phát triển, kinh "
         "phí chi thường xuyên", [BTC], [BXD, "các bộ, ngành, địa phương có liên quan"]),
    task("Chủ trì, phối hợp với Bộ Xây dựng và các bộ, ngành, địa phương có liên quan thực hiện nhiệm vụ quy định tại "
         "điểm c mục 3", [BTC], [BXD, "các bộ, ngành, địa phương có liên quan"]),
    # 4. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ
    task("Căn cứ chức năng nhiệm vụ được giao, phối hợp với Bộ Xây dựng để thực hiện việc chia sẻ dữ liệu, triển khai "
         "các nhiệm vụ tích hợp", ["các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"], [BXD]),
    # 5. Ủy ban nhân dân các tỉnh, thành phố
    task("Căn cứ mục tiêu, nội dung, giải pháp của Đề án để cụ thể hóa thành các chương trình, kế hoạch chuyển đổi số "
         "hoạt động xây dựng", [UBND_TINH]),
    task("Xem xét cân đối nguồn lực, quan tâm đào tạo, bồi dưỡng cán bộ cơ sở trong việc ứng dụng và khai thác nền tảng "
         "số", [UBND_TINH]),
    task("Theo chức năng, nhiệm vụ, chủ trì hoặc phối hợp với Bộ Xây dựng thực hiện các nội dung có liên quan đến địa "
         "phương", [UBND_TINH], [BXD]),
    # Điều 3 (`… chịu trách nhiệm thi hành Quyết định này`) is the closing assignment, not a task
    # PHỤ LỤC — one task per row: Cơ quan chủ trì → lead, Cơ quan phối hợp → partners, Thời gian triển khai
    task("Rà soát toàn diện các luật, nghị định, thông tư có liên quan đến đầu tư xây dựng, quản lý, khai thác kết cấu "
         "hạ tầng để cập nhật", [BXD], [BNLQ], tf=Y[2026]),
    task("Đề xuất sửa đổi hoặc ban hành mới các quy định về giá trị pháp lý của dữ liệu điện tử, quy trình sử dụng hồ sơ "
         "số trong công tác thẩm định", [BXD], [BNLQ], tf=Y[2026]),
    task("Xây dựng và ban hành các tiêu chuẩn quốc gia, quy chuẩn kỹ thuật về cơ sở dữ liệu số về công trình hạ tầng",
         [BXD], [KHCN], tf=P[2027]),
    task("Thiết lập cơ chế tích hợp, liên thông và khai thác dữ liệu kết cấu hạ tầng giữa các hệ thống quản lý hạ "
         "tầng của các lĩnh vực xây dựng, giao thông, đô thị nhằm hình thành hệ sinh thái dữ liệu kết cấu hạ tầng "
         "quốc gia", [BXD], ["Các bộ, ngành, địa phương"], tf=P[2027]),
    task("Thiết lập cơ chế kiểm tra, giám sát và đánh giá hiệu quả thực hiện chuyển đổi số trong xây dựng, quản lý, "
         "khai thác kết cấu hạ tầng theo các tiêu chí về dữ liệu, nền tảng, quy trình, nhân lực và kết quả đầu ra", [KHCN], [BXD], tf=P[2027]),
    task("Chuẩn hóa các danh mục dữ liệu, biểu mẫu, cấu trúc dữ liệu kết cấu hạ tầng theo tiêu chuẩn thống nhất phục vụ "
         "liên thông dữ liệu", [BXD], [KHCN], tf=Y[2026]),
    task("Triển khai mã định danh thống nhất cho công trình hạ tầng phục vụ công tác theo dõi, quản lý công trình", [BXD], [KHCN], tf=Y[2026]),
    task("Xây dựng, hoàn thiện hệ thống quản lý, điều hành tập trung dựa trên dữ liệu kết cấu hạ tầng theo thời "
         "gian thực, bao gồm giám sát tiến độ dự án, phát hiện rủi ro kỹ thuật, quản lý bảo trì, lập kế hoạch đầu "
         "tư trung hạn", [BXD], [BNLQ], tf=P[2027]),
    task("Kết nối, chia sẻ dữ liệu kết cấu hạ tầng với các hệ thống, cơ sở dữ liệu đất đai, quy hoạch, cấp phép xây "
         "dựng, giao thông thông minh", [BXD], [NNMT, DP], tf=Y[2026]),
    task("Đầu tư xây dựng và nâng cấp hạ tầng công nghệ thông tin đồng bộ từ trung ương đến địa phương phục vụ lưu "
         "trữ, xử lý, truyền tải và chia sẻ dữ liệu về kết cấu hạ tầng trên phạm vi toàn quốc",
         [BXD, DP], [BNLQ], tf=P[2030]),
    task("Xây dựng trung tâm dữ liệu (Data Center) hoặc sử dụng hạ tầng điện toán đám mây (Cloud) đáp ứng yêu cầu "
         "lưu trữ dữ liệu bản sao số công trình, dữ liệu BIM, GIS và cảm biến IoT theo thời gian thực", [BXD],
         [BNLQ], tf=P[2030]),
    task("Phát triển hệ thống định danh và mã hóa hạ tầng theo chuẩn thống nhất cho các công trình hạ tầng", [BXD],
         [BTC, NNMT, DP], tf=P[2027]),
    task("Xây dựng và vận hành thí điểm Trung tâm điều hành hạ tầng thông minh cho các lĩnh vực xây dựng, giao thông, "
         "đô thị", [BXD], [BNLQ], tf=P[2030]),
    task("Phát triển hạ tầng đo lường, giám sát và thu thập dữ liệu hiện trường các công trình hạ tầng trọng điểm", [BXD],
         [KHCN, "các doanh nghiệp viễn thông"], tf=P[2030]),
    task("Xây dựng bản đồ số quy hoạch khoáng sản làm vật liệu xây dựng và mạng lưới cơ sở sản xuất vật liệu xây "
         "dựng tại Việt Nam tích hợp nền bản đồ số vệ tinh giúp trực quan hóa dữ liệu quy hoạch, hỗ trợ phân tích "
         "và ra quyết định", [BXD], [BNDP_LQ], tf=P[2028]),
    task("Chuyển đổi số trong hoạt động xây dựng, quản lý, khai thác kết cấu hạ tầng đô thị",
         [BXD], [DP], tf=P[2030]),
    task("Chuyển đổi số trong hoạt động xây dựng, quản lý, khai thác kết cấu hạ tầng giao thông", [BXD], [BNDP_LQ], tf=P[2030]),
    task("Xây dựng kho dữ liệu mô hình thông tin công trình (BIM) quốc gia", [BXD], [BNDP_LQ], tf=P[2028]),
    task("Đầu tư hệ thống an toàn, bảo mật hạ tầng kỹ thuật đáp ứng cấp độ an toàn thông tin theo quy định của Luật "
         "An toàn thông tin mạng và các văn bản hướng dẫn liên quan; thiết lập hệ thống dự phòng, sao lưu, phục hồi "
         "dữ liệu kết cấu hạ tầng và tổ chức giám sát an ninh mạng 24/7 cho các nền tảng dữ liệu và ứng dụng vận "
         "hành hạ tầng trọng yếu", [BXD, DP], [BNLQ], tf=P[2030]),
    task("Nghiên cứu, xây dựng chương trình và tổ chức đào tạo, bồi dưỡng về chuyển đổi số trong hoạt động xây dựng, "
         "quản lý, khai thác kết cấu hạ tầng xây dựng cho đối tượng cán bộ", [BXD], [KHCN], tf=P[2030]),
    task("Hình thành đội ngũ cán bộ thực hiện chuyển đổi số trong các cơ quan, đơn vị phục vụ công tác xây dựng, "
         "quản lý, khai thác kết cấu hạ tầng xây dựng", [BXD, DP], [BNLQ], tf=P[2030]),
    task("Xây dựng khung năng lực và tổ chức đào tạo, bồi dưỡng cho đối tượng là cán bộ, công chức, viên chức thực "
         "hiện chuyển đổi số trong xây dựng, quản lý, khai thác kết cấu hạ tầng xây dựng", [BXD],
         [KHCN, "các bộ, ngành liên quan"], tf=P[2030]),
    task("Liên kết với các viện nghiên cứu, trường đại học nước ngoài để đào tạo chuyên gia trong lĩnh vực kết cấu "
         "hạ tầng; trao đổi chuyên gia, tổ chức hội thảo quốc tế, nghiên cứu ứng dụng kỹ thuật tiên tiến vào điều "
         "kiện tại Việt Nam; tham gia các tổ chức, diễn đàn quốc tế và khu vực", [BXD], [BNLQ], tf=P[2028]),
    task("Tăng cường hợp tác quốc tế trong lĩnh vực xây dựng, quản lý, khai thác kết cấu hạ tầng", [BXD],
         [BNLQ], tf=P[2030]),
    task("Hợp tác đầu tư và tài chính, thu hút vốn đầu tư nước ngoài vào hạ tầng xây dựng qua ODA, PPP, FDI trong "
         "xây dựng, khai thác cảng, sân bay, đường sắt, đường bộ, đô thị thông minh", [BTC], [BXD],
         tf=P[2030]),
]

DOC["agencies"] = agencies(
    TTG,  # issuer; V.1 a) proposals go to it
    BXD, KHCN, BTC, NNMT,
    "Bộ Quốc phòng",  # III.5 c) `chia sẻ, liên thông dữ liệu với … Bộ Quốc phòng`
    "Văn phòng Chính phủ",  # recipient (`VPCP: BTCN, …`)
    "Cổng Thông tin điện tử Chính phủ",  # recipient: `TGĐ Cổng TTĐT` is its office-holder
    # Bộ Chính trị, Ban Chỉ đạo Trung ương, Chính phủ only issue cited documents
    generic=(UBND_TINH, "các bộ, ngành", "các cơ quan liên quan", "các bộ, ngành, địa phương có liên quan",
             "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", BNLQ, "Các bộ, ngành, địa phương", DP, BNDP_LQ,
             "các bộ, ngành liên quan", "các doanh nghiệp viễn thông", "các Vụ, Cục",  # VPCP's units, abbreviated
             "Cơ quan trung ương của các tổ chức chính trị - xã hội", "UBND các tỉnh, thành phố"),
)

DOC["deadlines"] = [
    deadline("Quyết định này có hiệu lực kể từ ngày ký ban hành", timeframe("period", "2025-11-27")),
    # the appendix's `Thời gian triển khai` cells, row by row (I.1 … VII.3)
    *[deadline(text, tf) for text, tf in [
        ("2026", Y[2026]), ("2026", Y[2026]), ("2026-2027", P[2027]), ("2026-2027", P[2027]), ("2026-2027", P[2027]),
        ("2026", Y[2026]), ("2026", Y[2026]), ("2026-2027", P[2027]), ("2026", Y[2026]),
        ("2026-2030", P[2030]), ("2026-2030", P[2030]), ("2026-2027", P[2027]), ("2026-2030", P[2030]),
        ("2026-2030", P[2030]), ("2026-2028", P[2028]),
        ("2026-2030", P[2030]), ("2026-2030", P[2030]), ("2026-2028", P[2028]),
        ("2026-2030", P[2030]),
        ("2026-2030", P[2030]), ("2026-2030", P[2030]), ("2026-2030", P[2030]),
        ("2026-2028", P[2028]), ("2026-2030", P[2030]), ("2026-2030", P[2030]),
    ]],
]

DOC["citations"] = [
    citation("Luật Tổ chức Chính phủ ngày 18 tháng 2 năm 2025", "Luật", None, "2025-02-18", QH, "basis"),
    citation("Luật Công nghệ thông tin ngày 29 tháng 6 năm 2006", "Luật", None, "2006-06-29", QH, "basis"),
    citation("Luật Dữ liệu ngày 30 tháng 11 năm 2024", "Luật", None, "2024-11-30", QH, "basis"),
    citation("Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị", "Nghị quyết", "57-NQ/TW", "2024-12-22",
             BCT, "basis"),
    citation("Nghị quyết số 06-NQ/TW ngày 24 tháng 01 năm 2022 của Bộ Chính trị", "Nghị quyết", "06-NQ/TW", "2022-01-24",
             BCT, "basis"),
    citation("Nghị quyết số 52-NQ/TW ngày 27 tháng 9 năm 2019 của Bộ Chính trị", "Nghị quyết", "52-NQ/TW", "2019-09-27",
             BCT, "basis"),
    citation("Kế hoạch số 02-KH/BCĐTW ngày 19 tháng 6 năm 2025 của Ban Chỉ đạo Trung ương", "Kế hoạch", "02-KH/BCĐTW",
             "2025-06-19", "Ban Chỉ đạo Trung ương", "basis"),
    citation("Nghị quyết số 71/NQ-CP ngày 01 tháng 4 năm 2025 của Chính phủ", "Nghị quyết", "71/NQ-CP", "2025-04-01", CP,
             "basis"),
    # named inside 71/NQ-CP's subject: the programme it amends and the resolution that programme implements
    citation("Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW", "Chương trình", None, None, CP,
             "reference"),
    citation("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", "Nghị quyết", "57-NQ/TW", "2024-12-22", BCT,
             "reference"),
    citation("Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ", "Quyết định", "749/QĐ-TTg",
             "2020-06-03", TTG, "basis"),
    citation("Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030", "Chương trình", None, None,
             None, "reference"),  # named in 749's subject
    # body: named frameworks (I.3) and a law by name (III.3 e), repeated in the appendix V.1)
    citation("Khung kiến trúc tổng thể quốc gia số", "Khung kiến trúc", None, None, None, "reference"),
    citation("Khung kiến trúc Chính phủ số Việt Nam", "Khung kiến trúc", None, None, None, "reference"),
    citation("Luật An toàn thông tin mạng", "Luật", None, None, QH, "reference"),
    citation("Luật An toàn thông tin mạng", "Luật", None, None, QH, "reference"),
]
