"""8b9a38d6a8f8c20f — UBND tỉnh Bắc Ninh, QĐ 84/2025/QĐ-UBND (28/11/2025), a legal regulation assigning the
duties of state management of prices and price appraisal in the province (appendices not in the source).
Labelled by reading, as **test** gold (never read while rules were written).

Drafting forms: a `Căn cứ` list of laws, decrees and circulars (an amending law named with the law it amends;
a circular amending another); `Theo đề nghị của … tại Tờ trình số …`; Chương/Mục/Điều/khoản/điểm structure;
duties in prose (`Sở Nông nghiệp và Môi trường chủ trì đối với các mặt hàng …`, `Sở Tài chính có trách nhiệm …`);
agency-headed khoản and điểm (`a) Sở Tài chính:` over two paragraphs, `2. Các Sở quản lý ngành, lĩnh vực:` over
a)–b)); duties of generic, role-named bodies (`Sở quản lý ngành, lĩnh vực`, `Cơ quan tiếp nhận kê khai giá`);
a lead-in with `chủ trì, phối hợp với …:` over lettered duties (Điều 9.1); yearly bounds (`trước ngày 25 tháng
01 hàng năm`), report bounds relative to the period (`trước ngày 03 của tháng tiếp theo … đối với báo cáo quý,
6 tháng, 9 tháng và cả năm`), a relative bound (`Sau tối đa 05 ngày kể từ khi …`); many article-level references
to one decree and one circular. No targets.
"""

from common import GDDT, MTTQ, TAICHINH, YTE, agencies, citation, deadline, metadata, task, timeframe

STC = TAICHINH
NNMT = "Sở Nông nghiệp và Môi trường"
CT = "Sở Công Thương"  # written `Sở Công thương`
XD = "Sở Xây dựng"
TK = "Thống kê tỉnh"  # `Thống kê tỉnh Bắc Ninh` in 8.1 b), `Thống kê tỉnh` in 8.2 b): one provincial body
SQL = "Sở quản lý ngành, lĩnh vực"
XA_ALL = "UBND các xã, phường"
XA = "UBND xã, phường"  # `Ủy ban nhân dân xã, phường` as written
CQCM_T = "các cơ quan chuyên môn quản lý ngành, lĩnh vực cấp tỉnh"
CQ_LQ = "các cơ quan, đơn vị có liên quan"
UBND_T = "UBND tỉnh Bắc Ninh"
QH = "Quốc hội"
CP = "Chính phủ"
BTC = "Bộ Tài chính"  # `của Bộ trưởng Bộ Tài chính`: the office's body issues the circulars
ND85 = "85/2024/NĐ-CP"
TT29 = "29/2024/TT-BTC"

# a standing regulation in force from 10/12/2025: a yearly bound's first occurrence is in 2026
Y_0125 = timeframe("recurring", due="2026-01-25", recurrence="yearly")
Y_0215 = timeframe("recurring", due="2026-02-15", recurrence="yearly")
MONTHLY = timeframe("recurring", recurrence="monthly")
WITHIN_5 = timeframe("due")  # relative bound: due with null date (GUIDELINES)

DOC = {
    "doc_id": "8b9a38d6a8f8c20f",
    "source": "corpus/real/8b9a38d6a8f8c20f.md",
    "split": "test",
    "labelled": ["metadata", "targets", "tasks", "agencies", "deadlines", "citations"],
    "notes": "A regulation without targets (`Sau tối đa 05 ngày` is a deadline). Điều 3.1's lead-in is completed by "
             "a)–c), each naming its Sở: three tasks. Sub-items listing what a body updates (Điều 10.1, 10.2 `đối "
             "với: a) …`) complete one duty: one task each. Duties of businesses (Điều 3.3) have no agency: not "
             "tasks; Điều 14 (`… chịu trách nhiệm thi hành Quyết định này`) is the closing assignment, not a task. "
             "Yearly bounds take their first occurrence after entry into force (2026). The alias `(sau đây gọi là "
             "Thông tư số 29/2024/TT-BTC)` is part of the citation it follows; later uses are citations each.",
    "metadata": metadata(
        doc_number="84/2025/QĐ-UBND", doc_type="Quyết định", issuer=UBND_T, admin_level="province", province="Bắc Ninh",
        district=None, commune=None, place="Bắc Ninh", issue_date="2025-11-28", plan_year=None, period=None,
        title="QUY ĐỊNH PHÂN CÔNG NHIỆM VỤ ĐỂ THỰC HIỆN QUẢN LÝ NHÀ NƯỚC VỀ GIÁ VÀ THẨM ĐỊNH GIÁ TRÊN ĐỊA BÀN TỈNH "
              "BẮC NINH",
        topics=[],  # prices: no topic of the taxonomy
        signer={"name": "Ngô Tân Phượng", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    ),
    "targets": [],
}

DOC["tasks"] = [
    # Điều 3 — price stabilisation
    task("Sở Nông nghiệp và Môi trường chủ trì đối với các mặt hàng thóc tẻ, gạo tẻ; phân đạm, phân DAP, phân NPK",
         [NNMT]),
    task("Sở Công thương chủ trì đối với các mặt hàng xăng, dầu thành phẩm; khí dầu mỏ hóa lỏng (LPG)", [CT]),
    task("Sở Y tế chủ trì đối với các mặt hàng sữa dành cho trẻ em dưới 06 tuổi; thuốc thuộc danh mục thuốc thiết yếu",
         [YTE]),
    task("Ủy ban nhân dân cấp xã có trách nhiệm tổ chức triển khai thực hiện các biện pháp bình ổn giá trên địa bàn",
         ["UBND cấp xã"]),
    task("Sở quản lý ngành, lĩnh vực đề xuất điều chỉnh Danh mục hàng hóa, dịch vụ bình ổn giá theo các tiêu chí",
         [SQL]),
    # Điều 4 — pricing
    task("Sở quản lý ngành, lĩnh vực đối với hàng hóa, dịch vụ có trách nhiệm tham mưu Ủy ban nhân dân tỉnh theo quy "
         "định tại Điều 8", [SQL]),
    task("Cơ quan được giao thẩm định phương án giá quy định tại điểm a khoản 3 Điều này tham mưu Ủy ban nhân dân tỉnh "
         "tổ chức việc lựa chọn", ["Cơ quan được giao thẩm định phương án giá"]),
    task("có trách nhiệm lấy ý kiến của Sở Tài chính và cơ quan, đơn vị có liên quan trong quá trình thẩm định phương "
         "án giá", [SQL]),
    # 4.4: one duty per case (one-level, two-level pricing)
    task("có trách nhiệm trình Ủy ban nhân dân tỉnh xem xét, ban hành văn bản định giá theo quy định tại Khoản 1 Điều 11",
         [SQL]),
    task("có trách nhiệm trình Ủy ban nhân dân tỉnh phê duyệt kết quả thẩm định phương án giá; ban hành văn bản định giá "
         "cụ thể", [SQL]),
    task("cơ quan chuyên môn quản lý ngành, lĩnh vực được phân công thẩm định phương án giá có trách nhiệm tham mưu Ủy "
         "ban nhân dân tỉnh ban hành đặc điểm kinh tế - kỹ thuật",
         ["cơ quan chuyên môn quản lý ngành, lĩnh vực được phân công thẩm định phương án giá"]),
    # Điều 5 — price declaration
    task("Sở quản lý ngành, lĩnh vực đánh giá sự cần thiết của việc điều chỉnh Danh mục hàng hóa, dịch vụ thực hiện kê "
         "khai giá", [SQL]),
    task("Cơ quan tiếp nhận văn bản kê khai giá có trách nhiệm cập nhật thông tin, dữ liệu vào Cơ sở dữ liệu về giá",
         ["Cơ quan tiếp nhận văn bản kê khai giá"]),
    task("Cơ quan tiếp nhận kê khai giá có trách nhiệm thông báo hình thức tiếp nhận kê khai giá cho các tổ chức cá nhân",
         ["Cơ quan tiếp nhận kê khai giá"]),
    task("Sở quản lý ngành, lĩnh vực có trách nhiệm thực hiện rà soát, tổng hợp danh sách tổ chức kinh doanh hàng hóa, "
         "dịch vụ thực hiện kê khai giá", [SQL], tf=Y_0125),
    task("Sở Tài chính có trách nhiệm tổng hợp, tham mưu Ủy ban nhân dân tỉnh ban hành Danh sách kê khai giá", [STC],
         tf=Y_0215),
    task("các cơ quan chuyên môn quản lý ngành, lĩnh vực tiếp nhận kê khai giá rà soát, gửi Sở Tài chính tổng hợp",
         ["các cơ quan chuyên môn quản lý ngành, lĩnh vực tiếp nhận kê khai giá"]),
    task("các cơ quan chuyên môn quản lý ngành, lĩnh vực tham mưu Ủy ban nhân dân tỉnh ban hành đặc điểm kinh tế - kỹ "
         "thuật", ["các cơ quan chuyên môn quản lý ngành, lĩnh vực"]),
    # Điều 6, 7
    task("Sở quản lý ngành, lĩnh vực chủ trì hiệp thương giá đối với hàng hóa, dịch vụ thuộc lĩnh vực, phạm vi quản lý",
         [SQL]),
    task("Các Sở quản lý ngành, lĩnh vực có trách nhiệm thực hiện kiểm tra yếu tố hình thành giá", [
        "Các Sở quản lý ngành, lĩnh vực"]),
    # Điều 8.1 — market price reports, one lettered body each (a) has two duty paragraphs)
    task("Chủ trì tổng hợp, phân tích, dự báo giá trị trường và xây dựng báo cáo giá thị trường định kỳ, đột xuất của "
         "địa phương để gửi báo cáo cho Bộ Tài chính", [STC]),
    task("Chủ trì tổng hợp, phân tích, dự báo giá thị trường để tham mưu UBND tỉnh báo cáo giá thị trường đột xuất của "
         "địa phương", [STC]),
    task("Phối hợp cung cấp báo cáo chỉ số giá tiêu dùng (CPI) của địa phương, phân tích diễn biến CPI", [TK]),
    task("Tổng hợp, phân tích, dự báo giá thị trường và báo cáo giá thị trường trên địa bàn tỉnh đối với các hàng hóa, "
         "dịch vụ thuộc danh mục lương thực, thực phẩm", [NNMT]),
    task("Tổng hợp, phân tích, dự báo giá thị trường và báo cáo giá thị trường trên địa bàn tỉnh đối với các hàng hóa, "
         "dịch vụ thuộc danh mục Vật liệu xây dựng", [XD]),
    task("Tổng hợp, phân tích, dự báo giá thị trường và báo cáo giá thị trường trên địa bàn tỉnh đối với Khí dầu mỏ hóa "
         "lỏng (LPG)", [CT]),
    task("Tổng hợp, phân tích, dự báo giá thị trường và báo cáo giá thị trường trên địa bàn tỉnh đối với các hàng hóa, "
         "dịch vụ thuộc danh mục Dịch vụ y tế", [YTE]),
    task("Tổng hợp, phân tích, dự báo giá thị trường và báo cáo giá thị trường trên địa bàn tỉnh đối với các hàng hóa, "
         "dịch vụ thuộc danh mục Dịch vụ giáo dục", [GDDT]),
    task("Các cơ sở giáo dục đại học công lập, cơ sở giáo dục nghề nghiệp thuộc phạm vi của tỉnh có trách nhiệm báo cáo "
         "về mức học phí", ["Các cơ sở giáo dục đại học công lập, cơ sở giáo dục nghề nghiệp thuộc phạm vi của tỉnh"]),
    task("Tổng hợp, phân tích, dự báo giá thị trường và báo cáo giá thị trường đối với các hàng hóa, dịch vụ thuộc danh "
         "mục tại Phụ lục II ban hành kèm theo Thông tư số 29/2024/TT-BTC thuộc địa bàn quản lý", [XA_ALL]),
    # Điều 8.2 c)
    task("Các cơ quan được giao nhiệm vụ báo cáo tại khoản 1 Điều này định kỳ xây dựng và gửi báo cáo giá thị trường về "
         "Sở Tài chính", ["Các cơ quan được giao nhiệm vụ báo cáo tại khoản 1 Điều này"], tf=MONTHLY),
    # Điều 9.1: `Sở Tài chính chủ trì, phối hợp với …:` over a)–c)
    task("Tham mưu Ủy ban nhân dân tỉnh quyết định đầu tư, xây dựng, nâng cấp và thống nhất quản lý Cơ sở dữ liệu về "
         "giá tại địa phương", [STC], [CQ_LQ]),
    task("Tổ chức việc quản trị, điều hành toàn bộ hoạt động của hệ thống Cơ sở dữ liệu về giá tại địa phương", [STC],
         [CQ_LQ]),
    task("Tham mưu Ủy ban nhân dân tỉnh quyết định ban hành và tổ chức thực hiện quy chế hoạt động, vận hành, khai thác "
         "thông tin, dữ liệu từ Cơ sở dữ liệu về giá tại địa phương", [STC], [CQ_LQ]),
    task("Các cơ quan chuyên môn quản lý ngành, lĩnh vực cấp tỉnh và Ủy ban nhân dân các xã, phường: Phối hợp với Sở "
         "Tài chính tham mưu", [CQCM_T, XA_ALL], [STC]),
    # Điều 10
    task("Sở Tài chính chịu trách nhiệm cập nhật các thông tin, dữ liệu vào Cơ sở dữ liệu về giá của địa phương đối với",
         [STC]),
    task("Các cơ quan chuyên môn quản lý ngành, lĩnh vực cấp tỉnh; Ủy ban nhân dân các xã, phường chịu trách nhiệm cập "
         "nhật các thông tin, dữ liệu", [CQCM_T, XA_ALL]),
    task("các cơ quan chuyên môn quản lý ngành, lĩnh vực cấp tỉnh; Ủy ban nhân dân xã, phường có trách nhiệm cập nhật "
         "thông tin, dữ liệu vào Cơ sở dữ liệu về giá của địa phương", [CQCM_T, XA], tf=WITHIN_5),
    # Điều 11 — inspections
    task("Kiểm tra các Sở quản lý ngành, lĩnh vực và Ủy ban nhân dân các xã, phường về việc thực hiện các nhiệm vụ quản "
         "lý nhà nước về giá", [STC]),
    task("Kiểm tra việc chấp hành pháp luật về giá, thẩm định giá của các tổ chức, cá nhân kinh doanh hàng hóa, dịch vụ "
         "theo chỉ đạo của Ủy ban nhân dân tỉnh", [STC]),
    task("Kiểm tra việc chấp hành pháp luật về giá, thẩm định giá của cơ quan và các tổ chức, đơn vị trực thuộc",
         ["Các Sở quản lý ngành, lĩnh vực"]),
    task("Kiểm tra việc chấp hành pháp luật về giá của các tổ chức, cá nhân kinh doanh hàng hóa, dịch vụ thuộc lĩnh "
         "vực, phạm vi quản lý nhà nước về giá của Sở quản lý ngành, lĩnh vực", ["Các Sở quản lý ngành, lĩnh vực"]),
    task("Kiểm tra việc chấp hành pháp luật về giá, thẩm định giá của các cơ quan, tổ chức, đơn vị trực thuộc", [XA]),
    task("Kiểm tra việc chấp hành pháp luật về giá của các tổ chức, cá nhân kinh doanh hàng hóa, dịch vụ thuộc địa bàn, "
         "phạm vi quản lý nhà nước về giá của Ủy ban nhân dân xã, phường", [XA]),
    # Điều 12
    task("Sở Tài chính có trách nhiệm xây dựng và trình Ủy ban nhân dân tỉnh phê duyệt, ban hành kế hoạch kiểm tra việc "
         "chấp hành pháp luật về giá", [STC]),
    task("giao Sở Tài chính ban hành quyết định kiểm tra việc chấp hành pháp luật về giá", [STC]),
    task("Sở Tài chính, các Sở quản lý ngành, lĩnh vực cấp tỉnh và Ủy ban nhân dân xã, phường ban hành kế hoạch kiểm tra "
         "và ký quyết định kiểm tra", [STC, "các Sở quản lý ngành, lĩnh vực cấp tỉnh", XA]),
]

DOC["agencies"] = agencies(
    UBND_T,  # issuer; proposals and reports go to it
    NNMT, CT, YTE, STC, XD, GDDT, TK,
    BTC, "Cục Quản lý giá",  # 3.4, 5.1, 8.1 a): reports go to Bộ Tài chính (Cục Quản lý giá)
    CP,  # 3.4 `trình Chính phủ`, 8.1 a) `trình Chính phủ, Thủ tướng Chính phủ` (the Prime Minister is an office)
    # Nơi nhận
    "Vụ Pháp chế - Văn phòng Chính phủ", "Vụ Pháp chế - Bộ Tài chính",
    "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính",  # `Cục Kiểm tra VB và QLXL VPHC - Bộ Tư pháp`
    "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Đoàn đại biểu Quốc hội tỉnh", MTTQ, "Văn phòng UBND tỉnh",
    "Trung tâm thông tin",  # of Văn phòng UBND tỉnh (`+ Trung tâm thông tin (đăng tải trên công báo, cổng TTĐT tỉnh)`)
    generic=(SQL, "Các Sở quản lý ngành, lĩnh vực", "các Sở quản lý ngành, lĩnh vực cấp tỉnh", "UBND cấp xã", XA_ALL, XA,
             "Cơ quan được giao thẩm định phương án giá",
             "cơ quan chuyên môn quản lý ngành, lĩnh vực được phân công thẩm định phương án giá",
             "Cơ quan tiếp nhận văn bản kê khai giá", "Cơ quan tiếp nhận kê khai giá",
             "các cơ quan chuyên môn quản lý ngành, lĩnh vực tiếp nhận kê khai giá",
             "các cơ quan chuyên môn quản lý ngành, lĩnh vực", CQCM_T, CQ_LQ, "cơ quan, đơn vị có liên quan",
             "Các cơ sở giáo dục đại học công lập, cơ sở giáo dục nghề nghiệp thuộc phạm vi của tỉnh",
             "Các cơ quan được giao nhiệm vụ báo cáo tại khoản 1 Điều này", "Hội đồng thẩm định giá",
             "các Bộ, cơ quan ngang Bộ", "Bộ chuyên ngành", "Các sở ngành tỉnh"),
)

DOC["deadlines"] = [
    deadline("gửi Sở Tài chính trước ngày 25 tháng 01 hàng năm", Y_0125),
    deadline("định kỳ trước ngày 15 tháng 02 hàng năm", Y_0215),
    # 8.2 c): one deadline per report period; due relative to each period (null), 9-month report yearly
    deadline("trước ngày 01 của tháng tiếp theo sau tháng kỳ báo cáo đối với báo cáo tháng", MONTHLY),
    deadline("trước ngày 03 của tháng tiếp theo sau tháng cuối cùng của kỳ báo cáo đối với báo cáo quý",
             timeframe("recurring", recurrence="quarterly")),
    deadline("đối với báo cáo quý, 6 tháng", timeframe("recurring", recurrence="half_yearly")),
    deadline("6 tháng, 9 tháng và cả năm", timeframe("recurring", recurrence="yearly")),
    deadline("9 tháng và cả năm", timeframe("recurring", recurrence="yearly")),
    deadline("Sau tối đa 05 ngày kể từ khi văn bản, quyết định về thông tin, dữ liệu về giá được ban hành, có hiệu lực",
             WITHIN_5),
    deadline("Quyết định này có hiệu lực kể từ ngày 10 tháng 12 năm 2025", timeframe("period", "2025-12-10")),
]

N85 = "Nghị định số 85/2024/NĐ-CP"
T29 = "Thông tư số 29/2024/TT-BTC"
DOC["citations"] = [
    # Căn cứ
    citation("Luật Tổ chức chính quyền địa phương số 72/2025/QH15", "Luật", "72/2025/QH15", None, QH, "basis"),
    citation("Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15", "Luật", "64/2025/QH15", None, QH, "basis"),
    # the amending law's name holds the law it amends: one citation (GUIDELINES)
    citation("Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15", "Luật",
             "87/2025/QH15", None, QH, "basis"),
    citation("Luật Giá số 16/2023/QH15 ngày 19 tháng 6 năm 2023", "Luật", "16/2023/QH15", "2023-06-19", QH, "basis"),
    citation("Nghị định số 85/2024/NĐ-CP của Chính phủ Quy định chi tiết một số điều của Luật Giá;", "Nghị định", ND85,
             None, CP, "basis"),
    citation("chi tiết một số điều của Luật Giá;", "Luật", None, None, QH, "reference"),  # named in 85's subject
    citation("Thông tư số 28/2024/TT-BTC ngày 16/5/2024 của Bộ trưởng Bộ Tài chính", "Thông tư", "28/2024/TT-BTC",
             "2024-05-16", BTC, "basis"),
    citation("Thông tư số 29/2024/TT-BTC ngày 16/5/2024 của Bộ trưởng Bộ Tài chính Quy định về công tác tổng hợp",
             "Thông tư", TT29, "2024-05-16", BTC, "basis"),
    citation("Thông tư số 44/2025/TT-BTC ngày 18/6/2025 của Bộ trưởng Bộ Tài chính", "Thông tư", "44/2025/TT-BTC",
             "2025-06-18", BTC, "basis"),
    citation("Thông tư 29/2024/TT-BTC ngày 16 tháng 5 năm 2024 của Bộ trưởng Bộ Tài chính", "Thông tư", TT29,
             "2024-05-16", BTC, "reference"),  # named in 44's subject
    citation("Tờ trình số 230/TTr-STC ngày 23 tháng 10 năm 2025", "Tờ trình", "230/TTr-STC", "2025-10-23", STC,
             "reference"),  # `Theo đề nghị của …`: neither Căn cứ nor Thực hiện
    # body
    citation("khoản 1 Điều 17 của Luật Giá số 16/2023/QH15", "Luật", "16/2023/QH15", None, QH, "reference"),
    citation("khoản 1 Điều 4 của Nghị định số 85/2024/NĐ-CP của Chính phủ", "Nghị định", ND85, None, CP, "reference"),
    citation("Quy định chi tiết một số điều của Luật Giá báo cáo", "Luật", None, None, QH, "reference"),
    citation("Điều 8 Nghị định số 85/2024/NĐ-CP ngày 10/7/2024 của Chính phủ", "Nghị định", ND85, "2024-07-10", CP,
             "reference"),
    citation("điểm d khoản 2 Điều 9 Nghị định số 85/2024/NĐ-CP ngày 10/7/2024 của Chính phủ", "Nghị định", ND85,
             "2024-07-10", CP, "reference"),
    citation("khoản 3 Điều 9 Nghị định số 85/2024/NĐ-CP ngày 10/7/2024 của Chính phủ", "Nghị định", ND85, "2024-07-10",
             CP, "reference"),
    citation("Khoản 1 Điều 11 Nghị định số 85/2024/NĐ-CP ngày 10/7/2024 của Chính phủ", "Nghị định", ND85, "2024-07-10",
             CP, "reference"),
    citation("Khoản 2 Điều 11 Nghị định số 85/2024/NĐ-CP ngày 10/7/2024 của Chính phủ", "Nghị định", ND85, "2024-07-10",
             CP, "reference"),
    citation("khoản 1 Điều 14 Nghị định số 85/2024/NĐ-CP", "Nghị định", ND85, None, CP, "reference"),
    citation("khoản 2, khoản 3 Điều 15 Nghị định số 85/2024/NĐ-CP", "Nghị định", ND85, None, CP, "reference"),
    citation("theo quy định tại Nghị định số 85/2024/NĐ-CP và được sử dụng mức giá kê khai", "Nghị định", ND85, None, CP,
             "reference"),
    citation("điểm a khoản 2 Điều 26 Luật Giá", "Luật", None, None, QH, "reference"),
    citation("khoản 2 Điều 15, khoản 1, khoản 2 Điều 16 Thông tư số 29/2024/TT-BTC ngày 16/5/2024 của Bộ trưởng Bộ Tài "
             "chính", "Thông tư", TT29, "2024-05-16", BTC, "reference"),
    # Điều 8.1 c)–i), 8.2 a)–b): `… tại Phụ lục II ban hành kèm theo Thông tư số 29/2024/TT-BTC`
    *[citation("Phụ lục II ban hành kèm theo Thông tư số 29/2024/TT-BTC", "Thông tư", TT29, None, BTC, "reference")] * 7,
    citation("điểm a khoản 2 Điều 16 Thông tư số 29/2024/TT-BTC", "Thông tư", TT29, None, BTC, "reference"),
    citation("điểm b khoản 2 Điều 16 Thông tư số 29/2024/TT-BTC", "Thông tư", TT29, None, BTC, "reference"),
    citation("Phụ lục II ban hành kèm theo Thông tư số 28/2024/TT-BTC", "Thông tư", "28/2024/TT-BTC", None, BTC,
             "reference"),
    citation("Quyết định số 04/2025/QĐ-UBND ngày 13 tháng 2 năm 2025 của Ủy ban nhân dân tỉnh Bắc Ninh", "Quyết định",
             "04/2025/QĐ-UBND", "2025-02-13", UBND_T, "reference"),
]
