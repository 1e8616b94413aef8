"""192068354fd1ffe5 — UBND tỉnh Đồng Tháp, KH 552/KH-UBND (19/11/2025), thực hiện lộ trình đổi mới
công nghệ đến năm 2035 trên địa bàn tỉnh Đồng Tháp đối với các ngành kinh tế mũi nhọn.

Labelled by reading, as test-split gold (no rule was written with this document in view).
Drafting forms: a `Căn cứ` preamble of `;`-separated items whose subjects carry further
documents (`Kế hoạch số 283/KH-UBND … về thực hiện Nghị quyết số 71/NQ-CP … và Chương trình hành
động số 10-CTr/TU … về thực hiện Nghị quyết số 57-NQ/TW …`); targets in prose paragraphs under
italic sector labels (`- Thủy sản`) of `2.1. Đến năm 2030` and in the dash bullets of
`2.2. Định hướng đến năm 2035`, with `trên`, `ít nhất`, `Tối thiểu`, a comma-coordinated pair
(`ít nhất 100 …, 50 …`) and a `trong đó có 20 …` share of a count; more targets inside the
roadmap bullets of part III (`phấn đấu đến năm 2030 đạt 30% …`), whose phase headings
(`1. Giai đoạn 2025 - 2030`) bound agency-less activities; part V agency-headed sections of dash
bullets; part VI monitoring and reporting duties with yearly due dates and a mid-term/final
report year; an appendix task table in `|` rows (`STT | NHIỆM VỤ VÀ GIẢI PHÁP | CHỦ TRÌ | PHỐI HỢP
| THỜI GIAN`) with roman group rows and time cells `Thường xuyên`, `2026`, `2025 - 2035`."""

from common import GDDT, TAICHINH, VHTTDL, agencies, citation, deadline, metadata, target, task, timeframe

KHCN = "Sở Khoa học và Công nghệ"
NNMT = "Sở Nông nghiệp và Môi trường"
CONGTHUONG = "Sở Công Thương"
BQL = "Ban Quản lý Khu kinh tế"  # `Ban Quản lý khu Kinh tế (tỉnh Đồng Tháp)`, as in the other Đồng Tháp plan
LHH = "Liên hiệp các Hội Khoa học và Kỹ thuật"
HHDN = "Hiệp hội Doanh nghiệp"
UBND_TINH = "UBND tỉnh Đồng Tháp"
XA = "UBND các xã, phường"
SBN_T = "các sở, ban, ngành tỉnh"
SBN = "các sở, ban, ngành"
SNDP = "các sở, ngành, địa phương"
# the appendix's partner cells (collectives, written as in the table)
SBN_LQ = "Sở, ban, ngành có liên quan"
VT = "Viện, Trường"
DN = "Doanh nghiệp"

ONGOING = timeframe("ongoing", recurrence="continuous")
YEARLY = timeframe("recurring", recurrence="yearly")
Y2026 = timeframe("year", "2026-01-01", "2026-12-31")
P25_35 = timeframe("period", "2025-01-01", "2035-12-31")
P25_30 = timeframe("period", "2025-01-01", "2030-12-31")
P31_35 = timeframe("period", "2031-01-01", "2035-12-31")
# year-less yearly due dates: the roadmap starts in 2025 and the plan is issued on 19/11/2025, so
# the first 20/11 and 30/11 fall in 2025 (GUIDELINES.md, Deadlines: first occurrence in the period)
REPORT_SBN = timeframe("recurring", due="2025-11-20", recurrence="yearly")
REPORT_KHCN = timeframe("recurring", due="2025-11-30", recurrence="yearly")

DOC = {
    "doc_id": "192068354fd1ffe5",
    "source": "corpus/real/192068354fd1ffe5.md",
    "split": "test",
    "labelled": ["metadata", "targets", "tasks", "agencies", "deadlines", "citations"],
    "metadata": metadata(
        doc_number="552/KH-UBND", doc_type="Kế hoạch", issuer=UBND_TINH, admin_level="province",
        province="Đồng Tháp", district=None, commune=None, place="Đồng Tháp", issue_date="2025-11-19",
        # `ĐẾN NĂM 2035` in the title: end 2035, start not written (GUIDELINES.md, Metadata)
        plan_year=None, period={"start": None, "end": 2035},
        title="THỰC HIỆN LỘ TRÌNH ĐỔI MỚI CÔNG NGHỆ ĐẾN NĂM 2035 TRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP ĐỐI VỚI CÁC NGÀNH KINH "
              "TẾ MŨI NHỌN",
        # technology renewal under Nghị quyết 57 (science, technology, innovation and digital transformation);
        # the taxonomy's nearest topic
        topics=["digital_transformation"],
        signer={"name": "Huỳnh Minh Tuấn", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    ),
    "targets": [
        # II.2.1 Đến năm 2030 — `trên` → > (records.md, Comparators)
        target("Phấn đấu trên 50% diện tích sản xuất nông nghiệp chủ lực (lúa, xoài, cây ăn trái, hoa kiểng) ứng dụng "
               "công nghệ thông minh", "share", 50, "%", ">", "diện tích sản xuất nông nghiệp chủ lực"),
        target("Hình thành ít nhất 20 mô hình sản xuất nông nghiệp tuần hoàn - hữu cơ - thích ứng biến đổi khí hậu",
               "count", 20, "mô hình", ">=", "mô hình sản xuất nông nghiệp tuần hoàn - hữu cơ - thích ứng biến đổi khí hậu"),
        target("100% hợp tác xã nông nghiệp, doanh nghiệp sản xuất nông sản chủ lực và sản phẩm nông sản chủ lực", "share",
               100, "%", "=", "hợp tác xã nông nghiệp, doanh nghiệp sản xuất nông sản chủ lực và sản phẩm nông sản chủ lực"),
        target("Đảm bảo trên 70% diện tích nuôi cá tra và thủy sản chủ lực áp dụng công nghệ nuôi an toàn sinh học",
               "share", 70, "%", ">", "diện tích nuôi cá tra và thủy sản chủ lực"),
        target("Hình thành ít nhất 02 vùng nuôi thủy sản thông minh đạt tiêu chuẩn quốc tế", "count", 2, "vùng", ">=",
               "vùng nuôi thủy sản thông minh"),
        target("Trên 70% số doanh nghiệp chế biến nông sản và thủy sản đạt trình độ và năng lực công nghệ trung bình tiên "
               "tiến trở lên", "share", 70, "%", ">", "số doanh nghiệp chế biến nông sản và thủy sản"),
        target("Hình thành ít nhất 01 trung tâm logistics, bảo quản, chế biến hiện đại tại các vùng nguyên liệu tập trung",
               "count", 1, "trung tâm", ">=", "trung tâm logistics, bảo quản, chế biến hiện đại"),
        target("100% điểm đến du lịch trọng điểm ứng dụng công nghệ số", "share", 100, "%", "=",
               "điểm đến du lịch trọng điểm"),
        target("phát triển ít nhất 10 sản phẩm du lịch thông minh, trải nghiệm số hóa", "count", 10, "sản phẩm", ">=",
               "sản phẩm du lịch thông minh, trải nghiệm số hóa"),
        # a commitment under `Mục tiêu cụ thể` with no number (GUIDELINES.md, Targets: qualitative)
        target("Vận hành hiệu quả Không gian khởi nghiệp khởi nghiệp đổi mới sáng tạo của tỉnh, kết nối với các trung "
               "tâm quốc gia và quốc tế", "qualitative", None, None, None,
               "Không gian khởi nghiệp đổi mới sáng tạo của tỉnh"),
        target("Đảm bảo 100% khu công nghiệp, cụm công nghiệp phải triển khai chương trình hỗ trợ đổi mới công nghệ",
               "share", 100, "%", "=", "khu công nghiệp, cụm công nghiệp"),
        target("Hình thành ít nhất 100 doanh nghiệp khởi nghiệp sáng tạo", "count", 100, "doanh nghiệp", ">=",
               "doanh nghiệp khởi nghiệp sáng tạo"),
        # `ít nhất 100 …, 50 …`: the comparator carries over a comma-coordinated pair as over `và`
        # (GUIDELINES.md, Comparators), not over the `;` that follows
        target("50 doanh nghiệp khoa học công nghệ", "count", 50, "doanh nghiệp", ">=", "doanh nghiệp khoa học công nghệ"),
        target("có ít nhất 50 doanh nghiệp trở thành hạt nhân đổi mới công nghệ", "count", 50, "doanh nghiệp", ">=",
               "doanh nghiệp trở thành hạt nhân đổi mới công nghệ"),
        target("trong đó có 20 doanh nghiệp công nghệ cao đóng vai trò dẫn dắt ngành", "count", 20, "doanh nghiệp", "=",
               "doanh nghiệp công nghệ cao đóng vai trò dẫn dắt ngành"),
        target("Tổ chức đào tạo, bồi dưỡng 3.000 lượt nhân lực về ứng dụng công nghệ, quản trị đổi mới sáng tạo và "
               "chuyển đổi số", "count", 3000, "lượt", "=", "nhân lực"),
        target("Có ít nhất 03 cơ sở giáo dục, đào tạo của tỉnh có hoạt động đào tạo hoặc liên kết đào tạo về công nghệ "
               "mới", "count", 3, "cơ sở", ">=", "cơ sở giáo dục, đào tạo của tỉnh"),
        # II.2.2 Định hướng đến năm 2035 — `top 03` is a rank the province commits to (a number-bearing
        # commitment); read as a count of 3 places, at most (rank ≤ 3)
        target("Đồng Tháp trở thành địa phương thuộc top 03 vùng Đồng bằng sông Cửu Long về đổi mới công nghệ", "count",
               3, "top", "<=", "Đồng Tháp"),
        target("Quy mô kinh tế số đạt 40% GRDP", "share", 40, "%", "=", "Quy mô kinh tế số"),
        target("Tối thiểu 80% doanh nghiệp trên địa bàn tỉnh ứng dụng công nghệ tiên tiến trong hoạt động sản xuất, quản "
               "lý và kinh doanh", "share", 80, "%", ">=", "doanh nghiệp trên địa bàn tỉnh"),
        target("ít nhất 40% doanh nghiệp vừa và nhỏ có hợp tác nghiên cứu, phát triển với các viện/trường", "share", 40,
               "%", ">=", "doanh nghiệp vừa và nhỏ"),
        target("mỗi năm có ít nhất 150 sản phẩm đổi mới sáng tạo được thương mại hoá", "count", 150, "sản phẩm", ">=",
               "sản phẩm đổi mới sáng tạo"),
        # III roadmap bullets: targets anywhere (records.md, Labelling conventions); they restate II.2
        target("phấn đấu đến năm 2030 đạt 30% doanh nghiệp nhỏ và vừa thực hiện", "share", 30, "%", "=",
               "doanh nghiệp nhỏ và vừa"),
        target("100% khu công nghiệp, cụm công nghiệp triển khai chương trình hỗ trợ đổi mới công nghệ, gắn với chuyển "
               "đổi số", "share", 100, "%", "=", "khu công nghiệp, cụm công nghiệp"),
        target("Đưa tỷ lệ doanh nghiệp ứng dụng công nghệ tiên tiến trong sản xuất, quản lý, kinh doanh lên tối thiểu 80% "
               "trên toàn Tỉnh", "share", 80, "%", ">=", "doanh nghiệp ứng dụng công nghệ tiên tiến"),
    ],
    # the roadmap bullets of part III name no agency: not tasks; part III `NHIỆM VỤ VÀ GIẢI PHÁP` is the appendix
    "tasks": [
        # V.1 Sở Khoa học và Công nghệ
        task("Là cơ quan thường trực, chủ trì tham mưu Ủy ban nhân dân Tỉnh triển khai, theo dõi, đôn đốc và tổng hợp "
             "tình hình thực hiện Kế hoạch", [KHCN]),
        task("Xây dựng và tổ chức các chương trình, đề án hỗ trợ doanh nghiệp, hợp tác xã, hộ sản xuất trong nghiên cứu, "
             "ứng dụng, chuyển giao, đổi mới công nghệ", [KHCN]),
        task("Xây dựng và triển khai các chương trình, đề án phát triển hạ tầng số, dữ liệu số, chính quyền số, kinh tế "
             "số và xã hội số; bảo đảm an toàn, an ninh thông tin", [KHCN]),
        task("Phối hợp với các sở, ngành, địa phương xây dựng cơ chế chính sách, phát triển hạ tầng khoa học, công nghệ, "
             "hệ sinh thái đổi mới sáng tạo", [KHCN], [SNDP]),
        task("Định kỳ hằng năm, báo cáo Ủy ban nhân dân Tỉnh kết quả thực hiện và đề xuất giải pháp, điều chỉnh phù hợp",
             [KHCN], tf=YEARLY),
        # V.2 Sở Nông nghiệp và Môi trường
        task("Chủ trì, phối hợp triển khai các chương trình đổi mới công nghệ trong sản xuất nông nghiệp, chế biến nông "
             "sản, thủy sản, hoa kiểng và các sản phẩm chủ lực của tỉnh", [NNMT]),
        task("Hướng dẫn, hỗ trợ nông dân, hợp tác xã, doanh nghiệp ứng dụng công nghệ cao, công nghệ số trong sản xuất, "
             "quản lý chuỗi giá trị nông sản", [NNMT]),
        task("Đẩy mạnh hợp tác, liên kết với các viện nghiên cứu, trường đại học, doanh nghiệp để tiếp nhận, chuyển giao "
             "công nghệ tiên tiến phục vụ nông nghiệp bền vững", [NNMT],
             ["các viện nghiên cứu", "trường đại học", "doanh nghiệp"]),
        task("Tổ chức các hoạt động tập huấn, đào tạo, phát triển nguồn nhân lực trong lĩnh vực nông nghiệp công nghệ "
             "cao, công nghệ môi trường", [NNMT]),
        # V.3 Sở Công Thương
        task("Chủ trì triển khai các chương trình khuyến công nhằm hỗ trợ các doanh nghiệp/cơ sở đổi mới máy móc, thiết "
             "bị và công nghệ", [CONGTHUONG]),
        task("Hỗ trợ doanh nghiệp ứng dụng công nghệ số trong quản trị sản xuất, kinh doanh, đặc biệt là thương mại điện "
             "tử và logistics", [CONGTHUONG]),
        task("Phối hợp với các ngành liên quan phát triển thị trường cho sản phẩm công nghệ cao, đổi mới sáng tạo",
             [CONGTHUONG], ["các ngành liên quan"]),
        # V.4 Sở Tài chính: the bodies whose proposals it sums up are sources, not partners
        task("Trên cơ cở tổng hợp nhu cầu và đề xuất từ các sở, ban, ngành tỉnh và cơ quan, đơn vị liên quan; Sở Tài "
             "chính tham mưu Ủy ban nhân dân Tỉnh bố trí, cân đối và huy động các nguồn lực tài chính", [TAICHINH]),
        task("Rà soát, kịp thời cụ thể hoá các cơ chế, chính sách khuyến khích xã hội hóa, thu hút đầu tư (PPP, FDI, ODA) "
             "hỗ trợ đổi mới công nghệ phù hợp với điều kiện kinh tế xã hội của Tỉnh", [TAICHINH]),
        task("Phối hợp với các sở, ngành, địa phương hướng dẫn, kiểm tra việc quản lý, sử dụng nguồn kinh phí cho các "
             "chương trình, đề án đổi mới công nghệ", [TAICHINH], [SNDP]),
        task("Đề xuất các giải pháp cải thiện môi trường đầu tư, kinh doanh; ưu tiên thu hút các dự án ứng dụng công nghệ "
             "cao, công nghệ tiên tiến, thân thiện môi trường", [TAICHINH]),
        # V.5 Sở Giáo dục và Đào tạo
        task("Chủ trì, phối hợp với các sở, ngành, địa phương xây dựng và triển khai các chương trình, kế hoạch đào tạo, "
             "bồi dưỡng nguồn nhân lực chất lượng cao", [GDDT], [SNDP]),
        task("Đổi mới chương trình, nội dung, phương pháp giảng dạy trong các cơ sở giáo dục, dạy nghề, tập trung vào "
             "nâng cao kiến thức khoa học, công nghệ, kỹ năng số", [GDDT]),
        task("Phối hợp với doanh nghiệp, viện nghiên cứu, trường đại học tổ chức đào tạo theo nhu cầu xã hội, đặc biệt "
             "trong các lĩnh vực nông nghiệp công nghệ cao", [GDDT], ["doanh nghiệp", "viện nghiên cứu", "trường đại học"]),
        task("Tăng cường hợp tác quốc tế, liên kết đào tạo với các trường, viện trong và ngoài nước; khuyến khích sự tham "
             "gia của doanh nghiệp trong hoạt động đào tạo", [GDDT]),
        # V.6 Ban Quản lý khu Kinh tế
        task("Phối hợp với các sở, ngành và địa phương tổ chức triển khai các chương trình, kế hoạch hỗ trợ đổi mới công "
             "nghệ, ứng dụng công nghệ số và sản xuất thông minh trong các khu công nghiệp, khu kinh tế", [BQL],
             ["các sở, ngành và địa phương"]),
        task("Phối hợp hướng dẫn, tạo điều kiện thuận lợi cho doanh nghiệp trong khu công nghiệp, khu kinh tế tiếp cận "
             "các cơ chế, chính sách ưu đãi về đổi mới công nghệ", [BQL]),
        task("Phối hợp xây dựng hạ tầng số, cơ sở dữ liệu quản lý trong các khu công nghiệp, khu kinh tế; thúc đẩy kết "
             "nối, chia sẻ dữ liệu với hệ thống chính quyền số của Tỉnh", [BQL]),
        task("Thu hút, kêu gọi đầu tư vào các dự án công nghệ cao, công nghiệp chế biến sâu, sản xuất xanh, thân thiện "
             "môi trường", [BQL]),
        task("Phối hợp tổ chức tập huấn, bồi dưỡng nâng cao năng lực cho cán bộ, doanh nghiệp trong khu công nghiệp, khu "
             "kinh tế về khoa học, công nghệ, đổi mới sáng tạo", [BQL]),
        # V.7, V.8: one paragraph each
        task("Nghiên cứu, tư vấn, phản biện chính sách, giải pháp công nghệ; Đào tạo, bồi dưỡng nhân lực khoa học và "
             "công nghệ", [LHH]),
        task("Căn cứ chức năng, nhiệm vụ, chủ động xây dựng và triển khai kế hoạch, chương trình, đề án cụ thể nhằm thúc "
             "đẩy đổi mới công nghệ trong lĩnh vực phụ trách", [SBN_T]),
        # V.9 Ủy ban nhân dân xã, phường (`định kỳ báo cáo` with no period: no timeframe)
        task("Xây dựng kế hoạch triển khai phù hợp với đặc thù, điều kiện thực tế của từng địa phương", [XA]),
        task("Tuyên truyền, vận động doanh nghiệp, hợp tác xã, hộ sản xuất tích cực tham gia đổi mới công nghệ, chuyển đổi "
             "số", [XA]),
        task("Phối hợp với các sở, ngành liên quan tổ chức thực hiện, kiểm tra, giám sát, định kỳ báo cáo kết quả về Ủy "
             "ban nhân dân Tỉnh", [XA], ["các sở, ngành liên quan"]),
        # V.10 Hiệp hội Doanh nghiệp
        task("Vận động, khuyến khích hội viên, doanh nghiệp tham gia các chương trình đổi mới công nghệ, khởi nghiệp "
             "sáng tạo", [HHDN]),
        task("Là cầu nối giữa doanh nghiệp với cơ quan quản lý nhà nước trong việc đề xuất cơ chế, chính sách hỗ trợ",
             [HHDN]),
        # VI.1 (the third bullet, `Tăng cường công tác giám sát, đánh giá độc lập`, names no agency: not a task)
        task("Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện Kế "
             "hoạch; kịp thời tổng hợp, tham mưu Ủy ban nhân dân Tỉnh tháo gỡ khó khăn", [KHCN]),
        task("Các sở, ban, ngành, Ủy ban nhân dân xã, phường định kỳ kiểm tra, đánh giá tình hình thực hiện các mục tiêu, "
             "nhiệm vụ trong phạm vi quản lý", [SBN, XA]),
        # VI.2
        task("Các sở, ban, ngành, Ủy ban nhân dân xã, phường và các đơn vị liên quan có trách nhiệm xây dựng kế hoạch chi "
             "tiết hằng năm và định kỳ báo cáo kết quả thực hiện trước ngày 20/11", [SBN, XA, "các đơn vị liên quan"],
             tf=REPORT_SBN),
        task("Sở Khoa học và Công nghệ tổng hợp, báo cáo Ủy ban nhân dân Tỉnh và Bộ Khoa học và Công nghệ trước ngày "
             "30/11 hằng năm", [KHCN], tf=REPORT_KHCN),
        # the closing paragraph assigns two duties (one task per assigned duty, records.md Tasks)
        task("Trong quá trình thực hiện nếu có khó khăn, vướng mắc đề nghị các cơ quan, đơn vị và địa phương phản ánh về "
             "Sở Khoa học và Công nghệ để phối hợp giải quyết", ["các cơ quan, đơn vị và địa phương"]),
        task("trường hợp vượt thẩm quyền, Sở Khoa học và Công nghệ tổng hợp báo cáo và đề xuất, trình Ủy ban nhân dân "
             "Tỉnh xem xét, quyết định", [KHCN]),
        # Phụ lục: one task per row
        task("Rà soát, kịp thời cụ thể hoá các cơ chế, chính sách khuyến khích xã hội hóa, thu hút đầu tư (PPP, FDI, ODA) "
             "hỗ trợ đổi mới công nghệ phù hợp với điều kiện kinh tế xã hội của tỉnh", [TAICHINH], [SBN_LQ], tf=ONGOING),
        task("Đề xuất giải pháp cải thiện môi trường đầu tư, kinh doanh; ưu tiên thu hút dự án ứng dụng công nghệ cao",
             [TAICHINH], [CONGTHUONG, BQL], tf=Y2026),
        task("Nghiên cứu, tư vấn, phản biện chính sách, giải pháp công nghệ", [LHH], [SBN_LQ], tf=ONGOING),
        task("Xây dựng cơ chế đặt hàng nghiên cứu khoa học và công nghệ của Tỉnh gắn với nhu cầu thực tiễn, khuyến khích "
             "mô hình hợp tác công - tư (PPP)", [KHCN], [VT, DN, SBN_LQ], tf=Y2026),
        task("Xây dựng chương trình hỗ trợ nghiên cứu, ứng dụng, chuyển giao, đổi mới công nghệ cao cho doanh nghiệp, "
             "hợp tác xã, hộ sản xuất", [KHCN], [SBN_LQ], tf=Y2026),
        task("Phát triển hệ sinh thái đổi mới sáng tạo, phối hợp triển khai vận hành hoạt động ứng dụng, chuyển giao công "
             "nghệ", [KHCN], [SBN_LQ], tf=P25_35),
        task("Xây dựng và triển khai Chương trình/ Đề án phát triển hạ tầng số, dữ liệu số, chính quyền số, kinh tế số và "
             "xã hội số", [KHCN], [SBN_LQ], tf=P25_35),
        task("Hỗ trợ doanh nghiệp ứng dụng công nghệ số trong quản trị sản xuất, kinh doanh, đặc biệt là thương mại điện "
             "tử và logistics", [CONGTHUONG], [DN, SBN_LQ], tf=P25_35),
        task("Đẩy mạnh hợp tác, liên kết với viện nghiên cứu, trường đại học, doanh nghiệp để tiếp nhận, chuyển giao công "
             "nghệ tiên tiến", [KHCN], [VT, DN, SBN_LQ], tf=ONGOING),
        task("Triển khai công nghệ cao trong trồng trọt, thủy sản, chăn nuôi; phát triển nông nghiệp thông minh, tuần "
             "hoàn, thích ứng biến đổi khí hậu", [NNMT], [VT, SBN_LQ], tf=P25_35),
        task("Hướng dẫn hợp tác xã, nông dân ứng dụng công nghệ số, truy xuất nguồn gốc, quan trắc tài nguyên, môi "
             "trường", [NNMT], [VT, SBN_LQ], tf=P25_30),
        task("Hỗ trợ doanh nghiệp tiếp cận chính sách khuyến công để đổi mới máy móc, thiết bị và công nghệ trong chế "
             "biến, bảo quản", [CONGTHUONG], [DN, SBN_LQ], tf=P25_35),
        task("Ứng dụng công nghệ số trong quản lý, quảng bá và phát triển du lịch thông minh; hỗ trợ dịch vụ số hóa",
             [VHTTDL], [VT, SBN_LQ], tf=P25_30),
        task("Phối hợp triển khai Chương trình/đề án hỗ trợ đổi mới công nghệ, ứng dụng công nghệ số, sản xuất thông minh "
             "trong các khu công nghiệp, khu kinh tế", [BQL], [DN, SBN_LQ], tf=P25_30),
        task("Xây dựng và triển khai các chương trình, kế hoạch đào tạo, bồi dưỡng nhân lực chất lượng cao đáp ứng yêu "
             "cầu đổi mới công nghệ, chuyển đổi số", [GDDT], [VT, SBN_LQ], tf=P25_30),
        task("Đổi mới chương trình, nội dung giảng dạy, tập trung vào nâng cao kiến thức khoa học công nghệ, kỹ năng số, "
             "tư duy đổi mới sáng tạo", [GDDT], [VT, SBN_LQ], tf=P25_30),
        task("Đào tạo, bồi dưỡng nhân lực thức khoa học và công nghệ; phối hợp triển khai thí điểm, nhân rộng mô hình công "
             "nghệ mới", [LHH], [VT, SBN_LQ], tf=ONGOING),
        task("Tổ chức các hoạt động tập huấn, đào tạo nhân lực trong lĩnh vực nông nghiệp công nghệ cao, công nghệ môi "
             "trường", [NNMT], [VT, SBN_LQ], tf=ONGOING),
        task("Vận động, khuyến khích hội viên, doanh nghiệp tham gia các chương trình đổi mới công nghệ, khởi nghiệp sáng "
             "tạo", [HHDN], [DN], tf=ONGOING),
    ],
    # issuers of cited documents only (Bộ Chính trị, Chính phủ, Ban Thường vụ Tỉnh ủy, Tổ giúp việc …) are not
    # agencies; `CT, các PCT UBND Tỉnh` are office-holders of UBND tỉnh; `VPUB` is its office
    "agencies": agencies(
        UBND_TINH, KHCN, NNMT, CONGTHUONG, TAICHINH, GDDT, VHTTDL, BQL, LHH, HHDN, "Bộ Khoa học và Công nghệ",
        "Tỉnh ủy",  # named in I.2 (`sự lãnh đạo … của Tỉnh ủy`), without a role
        "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Văn phòng UBND tỉnh",  # recipients
        generic=(XA, SBN_T, SBN, SNDP, SBN_LQ, VT, DN, "các ngành liên quan", "các sở, ngành liên quan",
                 "các sở, ngành và địa phương", "các đơn vị liên quan", "các cơ quan, đơn vị và địa phương",
                 "các viện nghiên cứu", "trường đại học", "doanh nghiệp", "viện nghiên cứu"),
    ),
    "deadlines": [
        # III: the phase headings bound the roadmap activities under them
        deadline("1. Giai đoạn 2025 - 2030", P25_30),
        # `định kỳ (hằng năm)` with its period is a deadline; `hằng năm` of `kế hoạch chi tiết hằng năm` qualifies a
        # noun and `vốn … phân bổ hằng năm` is a budget (records.md, Not deadlines)
        deadline("định kỳ (hằng năm) đánh giá tiến độ và hiệu quả thực hiện các mục tiêu, nhiệm vụ", YEARLY),
        deadline("2. Giai đoạn 2031 - 2035", P31_35),
        deadline("Định kỳ hằng năm, báo cáo Ủy ban nhân dân Tỉnh kết quả thực hiện", YEARLY),
        deadline("định kỳ báo cáo kết quả thực hiện trước ngày 20/11 về Sở Khoa học và Công nghệ", REPORT_SBN),
        deadline("báo cáo Ủy ban nhân dân Tỉnh và Bộ Khoa học và Công nghệ trước ngày 30/11 hằng năm", REPORT_KHCN),
        deadline("Báo cáo giữa kỳ thực hiện Kế hoạch (năm 2030)", timeframe("year", "2030-01-01", "2030-12-31")),
        deadline("báo cáo tổng kết thực hiện Kế hoạch (năm 2035)", timeframe("year", "2035-01-01", "2035-12-31")),
        # Phụ lục, THỜI GIAN column, in row order
        deadline("Thường xuyên", ONGOING),
        deadline("2026", Y2026),
        deadline("Thường xuyên", ONGOING),
        deadline("2026", Y2026),
        deadline("2026", Y2026),
        deadline("2025 - 2035", P25_35),
        deadline("2025 - 2035", P25_35),
        deadline("2025 - 2035", P25_35),
        deadline("Thường xuyên", ONGOING),
        deadline("2025 - 2035", P25_35),
        deadline("2025 - 2030", P25_30),
        deadline("2025 - 2035", P25_35),
        deadline("2025 - 2030", P25_30),
        deadline("2025 - 2030", P25_30),
        deadline("2025 - 2030", P25_30),
        deadline("2025 - 2030", P25_30),
        deadline("Thường xuyên", ONGOING),
        deadline("Thường xuyên", ONGOING),
        deadline("Thường xuyên", ONGOING),
    ],
    "citations": [
        # Căn cứ: every `;`-separated item is basis; documents inside an item's subject are reference
        citation("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", "Nghị quyết", "57-NQ/TW", "2024-12-22",
                 "Bộ Chính trị", "basis"),
        citation("Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ", "Nghị quyết", "71/NQ-CP", "2025-04-01",
                 "Chính phủ", "basis"),
        citation("Chương trình hành động số 10- CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh ủy", "Chương trình",
                 "10-CTr/TU", "2025-08-13", "Ban Thường vụ Tỉnh ủy Đồng Tháp", "basis"),
        citation("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, "
                 "đổi mới sáng tạo và chuyển đổi số", "Nghị quyết", "57-NQ/TW", "2024-12-22", "Bộ Chính trị",
                 "reference"),
        citation("Thông báo số 30-TB/TGV ngày 13/6/2025 của Tổ giúp việc Ban chỉ đạo Trung ương về phát triển khoa học, "
                 "công nghệ, đổi mới sáng tạo và chuyển đổi số", "Thông báo", "30-TB/TGV", "2025-06-13",
                 "Tổ giúp việc Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi "
                 "số", "basis"),
        citation("Kế hoạch số 283/KH-UBND ngày 24/9/2025 của Ủy ban nhân dân Tỉnh", "Kế hoạch", "283/KH-UBND",
                 "2025-09-24", UBND_TINH, "basis"),
        citation("Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ và Chương trình hành động số 10-CTr/TU",
                 "Nghị quyết", "71/NQ-CP", "2025-04-01", "Chính phủ", "reference"),
        citation("Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh ủy", "Chương trình",
                 "10-CTr/TU", "2025-08-13", "Ban Thường vụ Tỉnh ủy Đồng Tháp", "reference"),
        citation("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, "
                 "đổi mới sáng tạo và chuyển đổi số trên địa bàn tỉnh Đồng Tháp", "Nghị quyết", "57-NQ/TW", "2024-12-22",
                 "Bộ Chính trị", "reference"),
        # `Ban hành kèm theo Kế hoạch số 552/KH-UBND` is the document itself: not a citation
    ],
}
