"""11 — UBND tỉnh Hà Tĩnh, KH 624/KH-UBND (19/11/2025), preschool education in urban and
industrial areas. Deadlines (labelled with the development set); targets (II.2 `Mục tiêu cụ
thể đến năm 2035`), tasks (part V) and agencies (part V, the preamble and Nơi nhận) labelled
later by reading, as a held-out document: after the target, task and agency rules were
written, and not used to change them (see ../README.md)."""

from common import GDDT, MTTQ, NOIVU, TAICHINH, VHTTDL, YTE, agencies, deadline, target, task, timeframe

YEARLY = timeframe("recurring", recurrence="yearly")
XD = "Sở Xây dựng"
NNMT = "Sở Nông nghiệp và Môi trường"
XA = "UBND các xã, phường"
DV = "các đơn vị liên quan"

DOC = {
    "doc_id": "11_hatinh_2025_giao-duc-mam-non-khu-cong-nghiep",
    "source": "corpus/11_hatinh_2025_giao-duc-mam-non-khu-cong-nghiep.txt",
    "labelled": ["deadlines", "targets", "tasks", "agencies"],
    "deadlines": [
        deadline("chăm sóc sức khỏe và bảo đảm an toàn cho trẻ em hàng năm", YEARLY),
        deadline("Hằng năm, tổ chức kiểm tra, đánh giá tình hình thực hiện Chương trình", YEARLY),
    ],
    # II.2: every bullet states a share or a change; III `Định hướng đến năm 2045` is orientation
    "targets": [
        target("100% trẻ em trong cơ sở giáo dục mầm non được nuôi dưỡng, chăm sóc, giáo dục bảo đảm an toàn",
               "share", 100, "%", "=", "trẻ em trong cơ sở giáo dục mầm non"),
        target("Phấn đấu 100% trẻ em từ 06 tháng đến 36 tháng tuổi là con công nhân, người lao động có nhu cầu được "
               "đến trường, lớp", "share", 100, "%", "=",
               "trẻ em từ 06 tháng đến 36 tháng tuổi là con công nhân, người lao động có nhu cầu"),
        target("100% cán bộ quản lý, giáo viên mầm non và nhân viên trong cơ sở giáo dục mầm non được tiếp cận tài liệu "
               "trên nền tảng số", "share", 100, "%", "=",
               "cán bộ quản lý, giáo viên mầm non và nhân viên trong cơ sở giáo dục mầm non"),
        target("Phấn đấu 100% cán bộ quản lý, giáo viên mầm non và nhân viên trong cơ sở giáo dục mầm non được bồi "
               "dưỡng nâng cao năng lực chuyên môn", "share", 100, "%", "=",
               "cán bộ quản lý, giáo viên mầm non và nhân viên trong cơ sở giáo dục mầm non"),
        target("Phấn đấu ít nhất 55% phường xây dựng và triển khai các mô hình giáo dục mầm non phù hợp với đặc thù địa "
               "phương", "share", 55, "%", ">=", "phường"),
        target("Phấn đấu tăng thêm ít nhất 20% số nhóm trẻ trong cơ sở giáo dục mầm non", "change", 20, "%", ">=",
               "số nhóm trẻ trong cơ sở giáo dục mầm non"),
        target("tăng thêm ít nhất 10% số trường mầm non công lập có tổ chức nhóm trẻ dưới 24 tháng tuổi", "change", 10,
               "%", ">=", "số trường mầm non công lập có tổ chức nhóm trẻ dưới 24 tháng tuổi"),
        target("100% cơ sở giáo dục mầm non độc lập dân lập, tư thục đạt tiêu chuẩn trường học an toàn", "share", 100,
               "%", "=", "cơ sở giáo dục mầm non độc lập dân lập, tư thục"),
        target("Phấn đấu 100% cha mẹ trẻ em là công nhân làm việc ở khu công nghiệp được phổ biến kiến thức", "share",
               100, "%", "=", "cha mẹ trẻ em là công nhân làm việc ở khu công nghiệp"),
    ],
    # part V: each numbered agency heading leads the items under it (III has no agency: no tasks)
    "tasks": [
        task("a) Chủ trì, phối hợp với các sở, ngành, địa phương xây dựng kế hoạch, triển khai thực hiện Chương trình",
             [GDDT], ["các sở, ngành, địa phương"]),
        task("b) Rà soát, đề xuất, sửa đổi, bổ sung, trình cấp có thẩm quyền ban hành các cơ chế, chính sách", [GDDT]),
        task("c) Tổ chức tập huấn, bồi dưỡng nâng cao năng lực chuyên môn, nghiệp vụ cho cán bộ quản lý, nhân viên",
             [GDDT]),
        task("d) Chỉ đạo, hướng dẫn triển khai thực hiện các mô hình giáo dục mầm non phù hợp với đặc thù địa bàn đô thị",
             [GDDT]),
        task("đ) Đôn đốc các sở, ban, ngành, cơ quan và các địa phương liên quan về việc triển khai thực hiện Kế hoạch "
             "này", [GDDT]),
        task("a) Phối hợp với Sở Giáo dục và Đào tạo kiểm tra việc thực hiện các quy định liên quan đến dịch vụ giáo dục "
             "mầm non", [NOIVU], [GDDT]),
        task("b) Phối hợp với Sở Giáo dục và Đào tạo và các sở, ngành liên quan nghiên cứu, đề xuất sửa đổi, bổ sung chế "
             "độ", [NOIVU], [GDDT, "các sở, ngành liên quan"]),
        task("c) Phối hợp với các đơn vị liên quan tăng cường công tác kiểm tra, giám sát công tác tuyển dụng", [NOIVU],
             [DV]),
        task("Phối hợp với Sở Giáo dục và Đào tạo chỉ đạo hệ thống y tế cơ sở phối hợp với các cơ sở giáo dục mầm non",
             [YTE], [GDDT]),
        task("Chủ trì, phối hợp với Sở Giáo dục và Đào tạo và các cơ quan, đơn vị liên quan căn cứ các quy định hiện "
             "hành", [TAICHINH], [GDDT, "các cơ quan, đơn vị liên quan"]),
        task("Phối hợp với Sở Giáo dục và Đào tạo chỉ đạo, hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở",
             [VHTTDL], [GDDT]),
        task("a) Tăng cường công tác chỉ đạo, rà soát, kiểm tra các dự án khu đô thị mới", [XD]),
        task("b) Chủ trì, phối hợp với các đơn vị liên quan triển khai thực hiện Quyết định số 338/QĐ-TTg", [XD], [DV]),
        task("Tăng cường công tác quy hoạch, bố trí quỹ đất để xây dựng phát triển trường, lớp mầm non", [NNMT]),
        task("8. Các sở, cơ quan trực thuộc Sở và các cơ quan liên quan trong phạm vi chức năng, nhiệm vụ",
             ["các sở, cơ quan trực thuộc Sở", "các cơ quan liên quan"]),
        task("a) Chỉ đạo các tổ chức thành viên tăng cường công tác truyền thông, giám sát việc triển khai chính sách",
             [MTTQ]),
        task("b) Chỉ đạo các tổ chức thành viên lồng ghép nhiệm vụ của Chương trình này", [MTTQ]),
        task("c) Hướng dẫn công đoàn cơ sở tổ chức đối thoại, thương lượng, ký kết thỏa ước lao động tập thể", [MTTQ]),
        task("d) Tham gia huy động nguồn lực, kinh phí từ các doanh nghiệp sử dụng lao động", [MTTQ]),
        task("e) Chủ trì, phối hợp với các đơn vị liên quan tiếp tục quan tâm đầu tư xây dựng các cơ sở giáo dục mầm "
             "non", [MTTQ], [DV]),
        task("a) Ban hành kế hoạch triển khai thực hiện Chương trình tại địa phương giai đoạn 2025 - 2035", [XA]),
        task("b) Tham mưu Hội đồng nhân dân cấp phường, xã quyết định cơ chế lồng ghép", [XA]),
        task("c) Tổ chức rà soát, xác định nơi có nhiều lao động theo quy định", [XA]),
        task("d) Lựa chọn triển khai các mô hình giáo dục mầm non phù hợp với đặc thù địa phương", [XA]),
        task("đ) Có các giải pháp tăng cường nguồn lực, huy động xã hội hóa", [XA]),
        task("e) Hằng năm, tổ chức kiểm tra, đánh giá tình hình thực hiện Chương trình trên địa bàn", [XA],
             tf=YEARLY),
        # the issuer's closing `Ủy ban nhân dân tỉnh giao …` is not a task (GUIDELINES.md)
    ],
    "agencies": agencies(
        "UBND tỉnh Hà Tĩnh",  # issuer; reports go to it (V.1 đ, V.10 e)
        GDDT, NOIVU, YTE, TAICHINH, VHTTDL, XD, NNMT, MTTQ,
        "Bộ Giáo dục và Đào tạo",  # reports_to (I.1, V.10 e), recipient
        "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Trung tâm Công báo - Tin học",  # recipients
        # convention (spec "Labelling conventions", Agencies): every specific body named, with or without a role: `theo quy định của
        # Chính phủ` (V.9 a) and `báo cáo Thủ tướng Chính phủ` (I.1; an office-holder → the body)
        "Chính phủ",
        generic=("các sở, ban, ngành cấp tỉnh", XA, "các cơ quan có liên quan", "các sở, ngành, địa phương",
                 "các sở, ngành liên quan", DV, "các cơ quan, đơn vị liên quan", "các sở, cơ quan trực thuộc Sở",
                 "các cơ quan liên quan", "các tổ chức thành viên", "Hội đồng nhân dân cấp phường, xã",
                 "các sở, ban, ngành, đoàn thể cấp tỉnh"),
    ),
}
