"""15 — UBND tỉnh Lai Châu, KH 7360/KH-UBND (19/11/2025), implementing the amended Law on
Standards and Technical Regulations. Deadlines labelled with the development set; tasks and
agencies labelled later by reading parts II–IV and Nơi nhận, as a held-out document (after
the task and agency rules were written; scored once, not used to change a rule — see
../README.md)."""

from common import TAICHINH, TUPHAP, VHTTDL, agencies, deadline, task, timeframe

YEARLY = timeframe("recurring", recurrence="yearly")
KHCN = "Sở Khoa học và Công nghệ"
XA = "UBND các xã, phường"
SN_CLQ = "các sở, ngành có liên quan"
BAO = "Báo và Phát thanh Truyền hình Lai Châu"
FROM_Q4 = timeframe("period", "2025-10-01", recurrence="yearly")

DOC = {
    "doc_id": "15_laichau_2025_trien-khai-luat-tieu-chuan-qckt",
    "source": "corpus/15_laichau_2025_trien-khai-luat-tieu-chuan-qckt.txt",
    "labelled": ["deadlines", "tasks", "agencies"],
    "deadlines": [
        deadline("Thời gian thực hiện: Quý IV năm 2025 và các năm tiếp theo", FROM_Q4),
        deadline("Thời gian thực hiện: Năm 2026 và các năm tiếp theo",
                 timeframe("period", "2026-01-01", recurrence="yearly")),
        deadline("báo cáo Chủ tịch Ủy ban nhân dân tỉnh kết quả thực hiện hằng năm", YEARLY),
    ],
    # `Cơ quan thực hiện` names who carries the item out: its lead
    "tasks": [
        task("Trên cơ sở tài liệu do Trung ương biên soạn, các cơ quan, đơn vị tổ chức tuyên truyền, phổ biến",
             [KHCN, TUPHAP, VHTTDL, BAO, SN_CLQ], ["các sở, ngành", XA], tf=FROM_Q4),
        task("Rà soát các văn bản quy phạm pháp luật có liên quan đến Luật thuộc thẩm quyền quản lý nhà nước",
             [KHCN, "các sở, ngành liên quan", XA]),
        # 3.1 and 3.2 each name the same two decrees, each with its own labelled block
        task("a) Nghị định quy định chi tiết thi hành một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật", [KHCN],
             [SN_CLQ, XA]),
        task("b) Nghị định quy định về điều kiện kinh doanh dịch vụ và đánh giá sự phù hợp", [KHCN], [SN_CLQ, XA]),
        task("a) Nghị định quy định chi tiết thi hành một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật", [KHCN],
             [SN_CLQ, XA]),
        task("b) Nghị định quy định về điều kiện kinh doanh dịch vụ và đánh giá sự phù hợp", [KHCN], [SN_CLQ, XA]),
        task("Phối hợp kiểm tra việc thi hành Luật và các văn bản quy định chi tiết, hướng dẫn thi hành Luật", [KHCN],
             ["các sở, ngành", XA, "các cơ quan, tổ chức, cá nhân có liên quan"],
             tf=timeframe("period", "2026-01-01", recurrence="yearly")),
        task("Tổ chức các nội dung hỗ trợ thi hành Luật theo quy định pháp luật", [SN_CLQ]),
        # II.6 names no agency: not a task. III: the budget obligations of named bodies
        task("các sở, ngành liên quan và Ủy ban nhân dân các xã, phường chủ động cân đối bố trí trong nguồn ngân sách",
             ["các sở, ngành liên quan", XA]),
        task("Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, địa phương, chủ trì tổng hợp trình cấp có "
             "thẩm quyền", [TAICHINH]),
        task("Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này có trách nhiệm lập kế hoạch",
             ["các cơ quan được phân công chủ trì"]),
        # IV
        task("Sở Khoa học và Công nghệ có trách nhiệm giúp Chủ tịch Ủy ban nhân dân tỉnh theo dõi, kiểm tra", [KHCN],
             tf=YEARLY),
        task("Căn cứ nội dung Kế hoạch và tình hình thực tiễn, các sở, ngành và Ủy ban nhân dân các xã, phường",
             ["các sở, ngành", XA]),
        task("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc các cơ quan, đơn vị, địa phương kịp thời phản "
             "ánh", ["các cơ quan, đơn vị, địa phương"]),
        # the issuer's closing `Ủy ban nhân dân tỉnh yêu cầu …` is not a task (GUIDELINES.md)
    ],
    "agencies": agencies(
        "UBND tỉnh Lai Châu",  # issuer; reports go to its Chairman
        KHCN, TUPHAP, VHTTDL, BAO, TAICHINH,
        "Bộ Khoa học và Công nghệ", "Thường trực HĐND tỉnh", "Văn phòng UBND tỉnh",  # recipients
        generic=(SN_CLQ, "các sở, ngành", XA, "các sở, ngành liên quan", "các cơ quan, tổ chức, cá nhân có liên quan",
                 "các cơ quan được phân công chủ trì", "các cơ quan, đơn vị, địa phương"),
    ),
}
