"""db769f685bf6bb23 — UBND tỉnh Thái Nguyên, QĐ 26/2025/QĐ-UBND (21/11/2025) issuing the coordination rules
(Quy chế phối hợp) for state management of belief and religion in the province.

Drafting forms: a QĐ (Căn cứ list with two laws by number, three Điều, Nơi nhận, TM. UBND / KT. Chủ tịch) and the
attached Quy chế in chapters and articles: general principles (Điều 1–3), common coordination content without an
agency (Điều 4), agency-headed articles assigning what each body `có trách nhiệm chủ trì` as numbered items
(Điều 5 Sở Dân tộc và Tôn giáo … Điều 13 `các cơ quan, đơn vị khác`, Điều 12 `Đề nghị Ủy ban MTTQ`), and
TỔ CHỨC THỰC HIỆN (Điều 14–15).

Labelled by reading, as dev gold (split "dev"), 2026-12. Borderline decisions:
- Tasks: each numbered item of an agency-headed article is a task led by the article's agency (GUIDELINES: an
  agency heading leads the items under it); Điều 6 is one paragraph, one task. Điều 4 names no agency (not
  tasks). Điều 14 and 15 (TỔ CHỨC THỰC HIỆN) are tasks, the generic lead included. The QĐ's Điều 3 `… chịu trách
  nhiệm thi hành Quyết định này` is the execution clause (not a task). No item names a partner.
- Deadlines: the entry into force `có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025` (period from that day,
  as 18's `kể từ ngày ký`); the repeal date of the two earlier decisions concerns those documents, not an
  obligation. Recurrence lists give one deadline each (GUIDELINES, 004): Điều 4.8 `định kỳ hằng tháng, quý, 6
  tháng, năm` (4), Điều 5.7 `hằng năm và đột xuất` (1), Điều 5.8 `hằng tháng, quý, 6 tháng` (3); `giai đoạn` and
  `đột xuất` have no period. `Bảo đảm chủ động, thường xuyên, kịp thời` (Điều 2) is an adverb of manner.
- Agencies (convention: every specific body named, with or without a role; office-holders → their body):
  `Chánh Văn phòng`, `Lãnh đạo VP UBND tỉnh` → Văn phòng UBND tỉnh; `Chủ tịch, các PCT UBND tỉnh` → UBND tỉnh;
  `Giám đốc Sở Dân tộc và Tôn giáo` → the Sở; `Cục Kiểm tra VBQPPL, Bộ Tư pháp` is one body (the Cục of the
  ministry). UBND tỉnh Bắc Kạn and Chính phủ are named only as issuers of cited documents.
- Citations: the Căn cứ list (basis, the two laws by number), the law named again in Nghị định 95's subject
  (reference, number null), the Tờ trình, the two repealed decisions (reference). `Ban hành kèm theo Quyết định
  số 26/2025/QĐ-UBND` is the document's own number (convention: not a citation).
- Targets: none.
"""

from common import CA_TINH, MTTQ, VHTTDL, agencies, citation, deadline, metadata, task, timeframe

UBND = "UBND tỉnh Thái Nguyên"
DTTG = "Sở Dân tộc và Tôn giáo"
QS = "Bộ Chỉ huy Quân sự tỉnh"
NNMT = "Sở Nông nghiệp và Môi trường"
XD = "Sở Xây dựng"
XA = "UBND cấp xã"
KHAC = "các cơ quan, đơn vị khác"
CQ = "các cơ quan, đơn vị, địa phương"
CP = "Chính phủ"
R = {r: timeframe("recurring", recurrence=r) for r in ("monthly", "quarterly", "half_yearly", "yearly")}

DOC = {
    "doc_id": "db769f685bf6bb23",
    "source": "corpus/real/db769f685bf6bb23.md",
    "split": "dev",
    "labelled": ["metadata", "targets", "tasks", "agencies", "deadlines", "citations"],
    "metadata": metadata(
        doc_number="26/2025/QĐ-UBND", doc_type="Quyết định", issuer=UBND, admin_level="province",
        province="Thái Nguyên", district=None, commune=None, place="Thái Nguyên", issue_date="2025-11-21",
        plan_year=None, period=None,
        title="BAN HÀNH QUY CHẾ PHỐI HỢP TRONG CÔNG TÁC QUẢN LÝ NHÀ NƯỚC VỀ TÍN NGƯỠNG, TÔN GIÁO TRÊN ĐỊA BÀN TỈNH "
              "THÁI NGUYÊN",
        topics=[],
        signer={"name": "Nông Quang Nhất", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    ),
    "targets": [],
    "tasks": [
        # Điều 5: Sở Dân tộc và Tôn giáo
        task("1. Xây dựng, ban hành, đánh giá việc thực hiện chính sách, văn bản quy phạm pháp luật về tín ngưỡng, tôn "
             "giáo. 2. Công tác", [DTTG]),
        task("2. Công tác tuyên truyền, vận động chức sắc, chức việc, nhà tu hành, tín đồ tôn giáo và Nhân dân", [DTTG]),
        task("3. Đào tạo, bồi dưỡng nghiệp vụ quản lý nhà nước cho cán bộ, công chức làm công tác tín ngưỡng, tôn giáo "
             "trên địa bàn tỉnh", [DTTG]),
        task("4. Quản lý, giải quyết nhu cầu của tổ chức, cá nhân tín ngưỡng, tôn giáo về hoạt động tín ngưỡng, hoạt "
             "động tôn giáo (bao gồm", [DTTG]),
        task("5. Giải quyết những vấn đề cụ thể về hoạt động tín ngưỡng, hoạt động tôn giáo trên địa bàn tỉnh theo thẩm "
             "quyền", [DTTG]),
        task("6. Kiểm tra việc thực hiện chính sách, pháp luật; giải quyết khiếu nại, tố cáo về tín ngưỡng, tôn giáo "
             "trên địa bàn tỉnh", [DTTG]),
        task("7. Tham mưu xây dựng, đánh giá việc thực hiện kế hoạch của Ủy ban nhân dân tỉnh về công tác quản lý nhà "
             "nước về tín ngưỡng, tôn giáo trên địa bàn tỉnh hằng năm", [DTTG], tf=R["yearly"]),
        task("8. Đánh giá kết quả, xây dựng phương hướng hằng tháng, quý, 6 tháng và đột xuất việc thực hiện kế hoạch",
             [DTTG], tf=R["monthly"]),
        # Điều 6: one paragraph
        task("Nắm tình hình, tham mưu giải quyết các vấn đề liên quan đến tín ngưỡng, tôn giáo trên địa bàn ngay từ cơ "
             "sở", [CA_TINH]),
        # Điều 7
        task("1. Tham mưu công tác chỉ đạo, hướng dẫn, tổ chức thực hiện công tác quốc phòng, quân sự địa phương liên "
             "quan đến tín ngưỡng, tôn giáo", [QS]),
        task("2. Giải quyết các vấn đề cụ thể về quốc phòng, quân sự liên quan đến tín ngưỡng, tôn giáo trên địa bàn "
             "tỉnh theo thẩm quyền", [QS]),
        # Điều 8
        task("1. Tham mưu chỉ đạo, hướng dẫn, đánh giá tình hình và công tác quản lý nhà nước, giải quyết nhu cầu sử "
             "dụng đất", [NNMT]),
        task("2. Giải quyết vấn đề cụ thể về đất đai và lĩnh vực nông nghiệp và môi trường liên quan đến tín ngưỡng, "
             "tôn giáo", [NNMT]),
        # Điều 9
        task("1. Tham mưu chỉ đạo, hướng dẫn, đánh giá tình hình và công tác quản lý nhà nước, giải quyết nhu cầu xây "
             "dựng công trình tôn giáo", [XD]),
        task("2. Giải quyết vấn đề cụ thể về xây dựng công trình tôn giáo, công trình tín ngưỡng và lĩnh vực xây dựng",
             [XD]),
        # Điều 10
        task("1. Tham mưu chỉ đạo, hướng dẫn, đánh giá tình hình và công tác quản lý nhà nước về di sản gắn với tín "
             "ngưỡng, tôn giáo", [VHTTDL]),
        task("2. Giải quyết các vấn đề cụ thể về kiểm kê, xếp hạng, tu bổ, tôn tạo di tích", [VHTTDL]),
        # Điều 11
        task("1. Thực hiện công tác quản lý nhà nước, giải quyết nhu cầu về hoạt động tín ngưỡng, hoạt động tôn giáo, "
             "sử dụng đất vào mục đích tín ngưỡng", [XA]),
        task("2. Giải quyết vấn đề về hoạt động tín ngưỡng, hoạt động tôn giáo và các vấn đề liên quan đến tín ngưỡng, "
             "tôn giáo xảy ra trên địa bàn xã, phường", [XA]),
        # Điều 12
        task("1. Nắm bắt, phản ánh kịp thời tới các cơ quan quản lý nhà nước về nhu cầu, nguyện vọng, kiến nghị của tổ "
             "chức, cá nhân tôn giáo", [MTTQ]),
        task("2. Tuyên truyền, vận động tổ chức, cá nhân tín ngưỡng, tôn giáo và Nhân dân chấp hành pháp luật", [MTTQ]),
        # Điều 13
        task("1. Tham mưu chỉ đạo, hướng dẫn, đánh giá tình hình và công tác chuyên môn có liên quan đến tín ngưỡng, "
             "tôn giáo trên địa bàn tỉnh", [KHAC]),
        task("2. Giải quyết các vấn đề cụ thể thuộc chức năng, nhiệm vụ được giao liên quan đến tín ngưỡng, tôn giáo "
             "trên địa bàn tỉnh theo thẩm quyền", [KHAC]),
        # Điều 14, 15
        task("Sở Dân tộc và Tôn giáo là cơ quan thường trực trong thực hiện Quy chế này, có trách nhiệm hướng dẫn, đôn "
             "đốc, kiểm tra việc thực hiện Quy chế", [DTTG]),
        task("Các cơ quan, đơn vị, địa phương có trách nhiệm thực hiện tốt Quy chế này. Trong quá trình thực hiện, trường "
             "hợp có nội dung không phù hợp", [CQ]),
    ],
    "agencies": agencies(
        UBND,  # issuer; reports go to it (Điều 14, 15); `Chủ tịch, các PCT UBND tỉnh` are its offices
        DTTG,  # lead; `Giám đốc Sở Dân tộc và Tôn giáo` (Tờ trình, Điều 3)
        CA_TINH, QS, NNMT, XD, VHTTDL,  # leads (Điều 6–10), the first two also recipients
        MTTQ,  # Điều 12, recipient
        "Văn phòng UBND tỉnh",  # `Chánh Văn phòng Ủy ban nhân dân tỉnh` (Điều 3), `Lãnh đạo VP UBND tỉnh`
        "Bộ Dân tộc và Tôn giáo",  # recipient; its plans are evaluated (Điều 5.8)
        "Ban Tôn giáo Chính phủ",  # recipient
        "Cục Kiểm tra văn bản quy phạm pháp luật",  # recipient `Cục Kiểm tra VBQPPL, Bộ Tư pháp`
        "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Ban Tuyên giáo và Dân vận Tỉnh ủy",  # recipients
        "Đại học Thái Nguyên", "Báo và Phát thanh, Truyền hình Thái Nguyên", "Trung tâm Thông tin tỉnh",  # recipients
        generic=(XA, KHAC, CQ, "các sở, ban, ngành thuộc tỉnh", "UBND các xã, phường",
                 "cơ quan, đơn vị có liên quan"),
    ),
    "deadlines": [
        deadline("Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025", timeframe("period", "2025-12-01")),
        # Điều 4.8
        deadline("trên địa bàn tỉnh định kỳ hằng tháng, quý", R["monthly"]),
        deadline("định kỳ hằng tháng, quý, 6 tháng", R["quarterly"]),
        deadline("hằng tháng, quý, 6 tháng, năm", R["half_yearly"]),
        deadline("quý, 6 tháng, năm, giai đoạn và đột xuất", R["yearly"]),
        # Điều 5.7
        deadline("tín ngưỡng, tôn giáo trên địa bàn tỉnh hằng năm và đột xuất", R["yearly"]),
        # Điều 5.8
        deadline("xây dựng phương hướng hằng tháng, quý", R["monthly"]),
        deadline("phương hướng hằng tháng, quý, 6 tháng", R["quarterly"]),
        deadline("quý, 6 tháng và đột xuất việc thực hiện kế hoạch", R["half_yearly"]),
    ],
    "citations": [
        citation("Luật Tổ chức chính quyền địa phương số 72/2025/QH15", "Luật", "72/2025/QH15", None, "Quốc hội",
                 "basis"),
        citation("Luật Tín ngưỡng, tôn giáo số 02/2016/QH14", "Luật", "02/2016/QH14", None, "Quốc hội", "basis"),
        citation("Nghị định số 95/2023/NĐ-CP ngày 29 tháng 12 năm 2023 của Chính phủ", "Nghị định", "95/2023/NĐ-CP",
                 "2023-12-29", CP, "basis"),
        citation("điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo;", "Luật", None, None, "Quốc hội", "reference"),
        citation("Nghị định số 124/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ", "Nghị định", "124/2025/NĐ-CP",
                 "2025-06-11", CP, "basis"),
        citation("Tờ trình số 1804/TTr-SDTTG ngày 11 tháng 11 năm 2025", "Tờ trình", "1804/TTr-SDTTG", "2025-11-11", DTTG,
                 "reference"),
        citation("Quyết định số 06/2021/QĐ-UBND ngày 22 tháng 01 năm 2021 của Ủy ban nhân dân tỉnh Thái Nguyên",
                 "Quyết định", "06/2021/QĐ-UBND", "2021-01-22", UBND, "reference"),
        citation("Quyết định số 25/2021/QĐ-UBND ngày 13 tháng 12 năm 2021 của Ủy ban nhân dân tỉnh Bắc Kạn",
                 "Quyết định", "25/2021/QĐ-UBND", "2021-12-13", "UBND tỉnh Bắc Kạn", "reference"),
    ],
}
