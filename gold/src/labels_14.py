"""Nghệ An 2025, bảo vệ bí mật nhà nước: tasks and agencies, labelled by reading parts III
and IV and Nơi nhận. Held out: labelled after the task and agency rules were written, and
not used to change them (see ../README.md, "Held-out documents")."""

from common import agencies, task

CA = "Công an tỉnh"
QS = "Bộ Chỉ huy Quân sự tỉnh"
CQ = "các cơ quan, đơn vị có liên quan"
SBN_XA = ["các sở, ban, ngành, đoàn thể cấp tỉnh", "UBND các xã, phường"]

DOC = {
    "doc_id": "14_nghean_2025_bao-ve-bi-mat-nha-nuoc",
    "source": "corpus/14_nghean_2025_bao-ve-bi-mat-nha-nuoc.txt",
    "labelled": ["tasks", "agencies"],
    "tasks": [
        # III.1 Công an tỉnh: six bullets
        task("Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tham mưu Chủ tịch UBND tỉnh kiện toàn", [CA], [CQ]),
        task("Tiếp tục tăng cường công tác quản lý nhà nước về bảo vệ bí mật nhà nước, trong đó tập trung", [CA]),
        task("Phối hợp tiến hành kiểm định, kiểm tra an ninh thiết bị, phương tiện điện tử", [CA]),
        task("Tăng cường tổ chức tập huấn, bồi dưỡng về công tác bảo vệ bí mật nhà nước cho cán bộ, chiến sỹ", [CA]),
        task("Chủ trì, phối hợp Bộ Chỉ huy Quân sự tỉnh và sở, ngành có liên quan tham mưu xây dựng chính sách", [CA],
             [QS, "sở, ngành có liên quan"]),
        task("Tham mưu làm tốt công tác sơ, tổng kết việc triển khai thực hiện Chỉ thị số 32/CT-TTg", [CA]),
        # III.2 Bộ Chỉ huy Quân sự tỉnh
        task("Tiếp tục tăng cường công tác quản lý nhà nước về bảo vệ bí mật nhà nước thuộc phạm vi do Bộ Quốc phòng",
             [QS]),
        task("Phối hợp chặt chẽ với Công an tỉnh và các cơ quan, đơn vị có liên quan kịp thời tham mưu", [QS], [CA, CQ]),
        # III.3, III.4
        task("Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, tham mưu UBND tỉnh các giải pháp",
             ["Sở Khoa học và Công nghệ"], [CQ]),
        task("Chủ trì, phối hợp với các sở, ngành, đơn vị có liên quan nghiên cứu tích hợp nội dung bài giảng",
             ["Sở Nội vụ"], ["các sở, ngành, đơn vị có liên quan"]),
        # III.5 the departments and the communes: three bullets
        task("Tiếp tục phổ biến, quán triệt, triển khai có hiệu quả các quy định của pháp luật", SBN_XA),
        task("Thực hiện nghiêm túc quy trình công tác bảo vệ bí mật nhà nước; tăng cường công tác tự kiểm tra", SBN_XA),
        task("Đề xuất với các cơ quan chức năng kiểm định, kiểm tra an toàn thiết bị", SBN_XA),
        # III.6 the bodies the province asks (Tỉnh ủy qualifies the three party bodies before it)
        task("Đề nghị Văn phòng Tỉnh ủy và các Ban Xây dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy", [
            "Văn phòng Tỉnh ủy", "các Ban Xây dựng Đảng Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy",
            "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            "Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh", "Thuế tỉnh", "Kiểm toán nhà nước khu vực II",
            "Kho bạc nhà nước khu vực XI", "Ngân hàng nhà nước khu vực 8", "Chi cục Hải quan khu vực XI"]),
        # IV
        task("Căn cứ kế hoạch này, Giám đốc các Sở, Thủ trưởng các ngành, cơ quan cấp tỉnh, UBND các xã, phường",
             ["các sở, ngành, cơ quan cấp tỉnh", "UBND các xã, phường", CQ]),
        task("Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh theo dõi, hướng dẫn", [CA],
             ["Văn phòng UBND tỉnh"]),
    ],
    "agencies": agencies(
        "UBND tỉnh Nghệ An",  # issuer; reports go to it (IV.2)
        CA, QS, "Sở Khoa học và Công nghệ", "Sở Nội vụ", "Văn phòng UBND tỉnh",
        "Văn phòng Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh", "Thuế tỉnh",
        "Kiểm toán nhà nước khu vực II", "Kho bạc nhà nước khu vực XI", "Ngân hàng nhà nước khu vực 8",
        "Chi cục Hải quan khu vực XI",
        "Bộ Công an",  # reports_to (IV.2), recipient
        "Phòng An ninh chính trị nội bộ",  # the channel reports go through (IV.1)
        "Văn phòng Chính phủ", "Cục A03", "Thường trực Tỉnh ủy",  # recipients
        # convention (spec "Labelling conventions", Agencies): every specific body named, with or without a role: the steering
        # committee II.5 consolidates and its members (Sở Tài chính, Sở Tư pháp and two offices are named there only);
        # `Ban Cơ yếu Chính phủ`, `Bộ Quốc phòng` (III.2) and `Chính phủ` (II.3) are named without a role. Tỉnh ủy
        # Nghệ An and Thủ tướng Chính phủ are named only as issuers of cited documents: not agencies.
        "Ban Chỉ đạo công tác bảo vệ bí mật nhà nước tỉnh", "Sở Tài chính", "Sở Tư pháp", "Phòng Hành chính, Lưu trữ",
        "Phòng Nội chính", "Ban Cơ yếu Chính phủ", "Bộ Quốc phòng", "Chính phủ",
        generic=("các Ban Xây dựng Đảng Tỉnh ủy", CQ, "các sở, ngành, đơn vị có liên quan", *SBN_XA,
                 "sở, ngành có liên quan", "các sở, ngành, cơ quan cấp tỉnh", "các ban, sở, ngành, đoàn thể cấp tỉnh",
                 "Đảng ủy các xã, phường"),
    ),
}
