"""8718801c503045f9 — UBND tỉnh Đồng Tháp, KH 617/KH-UBND (01/12/2025), chuyển đổi số cho các
doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh.

Labelled by reading, as test-split gold (no rule was written with this document in view).
Drafting forms: a `Thực hiện` preamble whose one plan carries the other documents in its
subject; targets in a lettered list under `1. Mục tiêu cụ thể`, each with its own horizon
(`Đến hết năm 2030: Có ≥ 60% …`, the `≥` sign as comparator); part III lists measures with no
agency (not tasks); part IV is agency-headed (`1. Sở Khoa học và Công nghệ` with a), b) duties;
`6. Đề nghị: Hiệp hội …, Hội Nông dân tỉnh, Liên minh …`); an appendix task table in `|` rows
(`STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành`) with group
rows `I. …` and abbreviations (`Sở KH&CN`) and time cells `Thường xuyên`, `Quí IV-2025`,
`Hằng năm`, `Thường xuyên, hằng năm`."""

from common import NOIVU, TAICHINH, VHTTDL, agencies, citation, deadline, metadata, target, task, timeframe

KHCN = "Sở Khoa học và Công nghệ"
CONGTHUONG = "Sở Công Thương"
UBND_TINH = "UBND tỉnh Đồng Tháp"
XA = "UBND các xã, phường"
SBN = "các sở, ban, ngành tỉnh"
CQ_LQ = "các cơ quan, đơn vị liên quan"
CQ_DP = "các cơ quan, đơn vị, địa phương"
HH_DN = "Hiệp hội Doanh nghiệp tỉnh"
HND = "Hội Nông dân tỉnh"
LM_HTX = "Liên minh Hợp tác xã tỉnh"
BQL_KKT = "Ban Quản lý Khu kinh tế"
DN_VT = "các doanh nghiệp viễn thông"

ONGOING = timeframe("ongoing", recurrence="continuous")
YEARLY = timeframe("recurring", recurrence="yearly")
Q4_2025 = timeframe("quarter", "2025-10-01", "2025-12-31")
# `trước ngày 01/6 và 15/11 hằng năm` in a plan issued on 01/12/2025 with no period in its title:
# the first occurrence each date can still be met is in 2026 (GUIDELINES.md: a recurring bound
# takes its first occurrence in the plan period; two dates are two deadlines)
REPORT_JUNE = timeframe("recurring", due="2026-06-01", recurrence="yearly")
REPORT_NOV = timeframe("recurring", due="2026-11-15", recurrence="yearly")

SUBJECT = "DNNVV, HTX, HKD trên địa bàn Tỉnh"

DOC = {
    "doc_id": "8718801c503045f9",
    "source": "corpus/real/8718801c503045f9.md",
    "split": "test",
    "labelled": ["metadata", "targets", "tasks", "agencies", "deadlines", "citations"],
    "metadata": metadata(
        doc_number="617/KH-UBND", doc_type="Kế hoạch", issuer=UBND_TINH, admin_level="province",
        province="Đồng Tháp", district=None, commune=None, place="Đồng Tháp", issue_date="2025-12-01",
        # the title states no period; the targets' horizons (2025 … 2045) are target years, not the plan's
        plan_year=None, period=None,
        title="CHUYỂN ĐỔI SỐ CHO CÁC DOANH NGHIỆP, NHẤT LÀ DOANH NGHIỆP NHỎ VÀ VỪA, HỢP TÁC XÃ, HỘ KINH DOANH",
        topics=["digital_transformation"],
        signer={"name": "Huỳnh Minh Tuấn", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    ),
    # II.1 a)–đ): one share each; `≥` is written for `ít nhất` (comparator >=), đ) is bare (=).
    # `Đến hết năm 20xx` is each target's year, not a deadline (records.md, Labelling conventions)
    "targets": [
        target("Đến hết năm 2025: Có ≥ 30% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số", "share", 30, "%",
               ">=", SUBJECT),
        target("Đến hết năm 2030: Có ≥ 60% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số", "share", 60, "%",
               ">=", SUBJECT),
        target("Đến hết năm 2035: Có ≥ 85% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số", "share", 85, "%",
               ">=", SUBJECT),
        target("Đến hết năm 2040: Có ≥ 95% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số", "share", 95, "%",
               ">=", SUBJECT),
        target("Đến hết năm 2045: 100% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số", "share", 100, "%", "=",
               SUBJECT),
    ],
    "tasks": [
        # part III names no agency for any measure: not tasks (GUIDELINES.md, Tasks)
        # IV.1 Sở Khoa học và Công nghệ: a), b) — the heading leads each; it advises UBND itself (no advisor)
        task("Là cơ quan đầu mối, chủ trì, phối hợp với các cơ quan, đơn vị, địa phương tham mưu Ủy ban nhân dân Tỉnh tổ "
             "chức triển khai kế hoạch; tổ chức theo dõi, giám sát, đánh giá kết quả thực hiện chuyển đổi số", [KHCN],
             [CQ_DP]),
        # `Định kỳ` with no period: no timeframe (records.md, Not deadlines)
        task("Định kỳ tổng hợp báo cáo kết quả, đề xuất giải pháp điều chỉnh, bổ sung để phù hợp với tình hình thực tiễn",
             [KHCN]),
        # IV.2 Sở Tài chính
        task("Thẩm định dự toán kinh phí thực hiện nhiệm vụ Kế hoạch, tham mưu Uỷ ban nhân dân Tỉnh xem xét, bố trí kinh "
             "phí phù hợp với khả năng ngân sách", [TAICHINH]),
        task("Phối hợp huy động nguồn vốn đầu tư và hỗ trợ từ các tổ chức, dự án trong và ngoài nước", [TAICHINH]),
        # IV.3, IV.4, IV.5: one paragraph each
        task("Hỗ trợ cho các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh phát triển, kinh "
             "doanh trên môi trường số", [CONGTHUONG]),
        task("Định hướng các cơ quan truyền thông trên địa bàn tỉnh đẩy mạnh công tác tuyên truyền về nội dung Kế hoạch "
             "này", [VHTTDL]),
        task("Xây dựng kế hoạch cụ thể triển khai tại địa phương; tuyên truyền, hướng dẫn doanh nghiệp, hợp tác xã, hộ "
             "kinh doanh tham gia hoạt động chuyển đổi số", [XA]),
        # IV.6 `Đề nghị:` the three bodies of the heading lead a), b), c)
        task("Tuyên truyền, vận động hội viên tích cực tham gia các hoạt động chuyển đổi số; phối hợp giới thiệu mô hình "
             "tiêu biểu, hỗ trợ chia sẻ kinh nghiệm giữa các đơn vị", [HH_DN, HND, LM_HTX]),
        task("Phối hợp với Sở Khoa học và Công nghệ thực hiện đánh giá hiện trạng, nhu cầu về ứng dụng công nghệ thông "
             "tin, thương mại điện tử, chuyển đổi số", [HH_DN, HND, LM_HTX], [KHCN]),
        # `gửi Sở Khoa học và Công nghệ tổng hợp`: KHCN receives, it does not partner
        task("Tiếp nhận các kiến nghị, phản ánh của các doanh nghiệp có liên quan trong quá trình tổ chức thực hiện Kế "
             "hoạch, gửi Sở Khoa học và Công nghệ tổng hợp", [HH_DN, HND, LM_HTX]),
        # IV.7: one paragraph under the heading of both collectives
        task("Trên cơ sở Kế hoạch này, các sở, ban, ngành Tỉnh tổ chức thực hiện nhiệm vụ được giao gắn với nhiệm vụ của "
             "cơ quan, đơn vị; Ủy ban nhân dân các xã, phường căn cứ nhiệm vụ được giao, xây dựng kế hoạch", [SBN, XA],
             tf=REPORT_JUNE),
        # the closing paragraph assigns two duties (one task per assigned duty, records.md Tasks)
        task("Trong quá trình thực hiện nếu có khó khăn, vướng mắc đề nghị các cơ quan, đơn vị, địa phương phản ánh về "
             "Sở Khoa học và Công nghệ để phối hợp giải quyết", [CQ_DP]),
        task("trường hợp vượt thẩm quyền, Sở Khoa học và Công nghệ tổng hợp báo cáo và đề xuất, trình Ủy ban nhân dân "
             "Tỉnh xem xét, quyết định", [KHCN]),
        # Phụ lục: one task per row (records.md, Tasks: `|` rows are table rows)
        task("Triển khai nền tảng đào tạo trực tuyến mở đại trà, cung cấp kiến thức, kỹ năng số, công nghệ số cơ bản cho "
             "người dân, doanh nghiệp", [KHCN], [SBN, XA], tf=ONGOING),
        task("Triển khai đánh giá mức độ chuyển đổi số trong các doanh nghiệp trên địa bàn Tỉnh", [KHCN],
             [SBN, XA], tf=ONGOING),
        task("Biểu dương, tôn vinh, khen thưởng, khích lệ, động viên kịp thời bằng nhiều hình thức đa dạng cho các doanh "
             "nghiệp, tổ chức, cá nhân có thành tích trong chuyển đổi số", [NOIVU], [KHCN, CQ_LQ],
             tf=ONGOING),
        task("Xây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp", [KHCN], [SBN], tf=Q4_2025),
        task("Hỗ trợ cho các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh phát triển, kinh "
             "doanh trên môi trường số", [CONGTHUONG], [XA], tf=Q4_2025),
        task("Xây dựng Kế hoạch hỗ trợ doanh nghiệp tham gia phát triển các ứng dụng, dịch vụ số mới theo hình thức hợp "
             "tác công tư (PPP)", [KHCN], [SBN, "các đơn vị liên quan", XA], tf=Q4_2025),
        task("Hỗ trợ doanh nghiệp nhỏ và vừa theo Nghị định số 80/2021/NĐ-CP ngày 26/8/2021 của Chính phủ (lĩnh vực khoa "
             "học và công nghệ) trên địa bàn Tỉnh", [KHCN], [SBN, "các đơn vị liên quan", XA], tf=YEARLY),
        task("Xây dựng kế hoạch và triển khai hạ tầng 5G, IoT trong các khu công nghiệp, cụm công nghiệp", [KHCN],
             [BQL_KKT, CONGTHUONG, DN_VT, CQ_LQ], tf=Q4_2025),
        task("Tổ chức học tập kinh nghiệm các tỉnh, thành phố có các mô hình, chuyển đổi số trong các doanh nghiệp trên "
             "địa bàn Tỉnh", [KHCN], [SBN, XA], tf=ONGOING),
        task("Tổ chức xúc tiến đầu tư, thu hút, mời gọi các nhà đầu tư trong và ngoài nước có tiềm lực, thương hiệu mạnh "
             "trong các lĩnh vực công nghệ cao, công nghệ thông tin, chuyển đổi số", [KHCN], [SBN, XA], tf=ONGOING),
        task("Đẩy mạnh hợp tác với doanh nghiệp, viện, trường trong và ngoài nước về chuyển đổi số trong các doanh nghiệp "
             "trên địa bàn tỉnh phù hợp với đặc thù, tiềm năng, thế mạnh của địa phương", [KHCN], [SBN, XA],
             tf=Q4_2025),
    ],
    # the bodies issuing only cited documents (Chính phủ, Ban Thường vụ Tỉnh ủy, Bộ Chính trị) are not
    # agencies; `CT, các PCT UBND Tỉnh` are office-holders of UBND tỉnh; `VPUB` is its office;
    # `Lưu: VT, KGVX` is the archive line
    "agencies": agencies(
        UBND_TINH, KHCN, TAICHINH, CONGTHUONG, VHTTDL, NOIVU, HH_DN, HND, LM_HTX, BQL_KKT,
        "Bộ Khoa học và Công nghệ", "Văn phòng UBND tỉnh",  # recipients
        generic=(XA, SBN, CQ_LQ, CQ_DP, "các đơn vị liên quan", DN_VT, "các cơ quan truyền thông trên địa bàn tỉnh"),
    ),
    "deadlines": [
        deadline("định kỳ trước ngày 01/6 và 15/11 hằng năm", REPORT_JUNE),
        deadline("trước ngày 01/6 và 15/11 hằng năm (hoặc đột xuất khi có yêu cầu) báo cáo kết quả", REPORT_NOV),
        # Phụ lục, time column, rows 1–11
        deadline("Thường xuyên", ONGOING),
        deadline("Thường xuyên", ONGOING),
        # `Thường xuyên, hằng năm`: a list of recurrences gives one deadline each (GUIDELINES.md, Deadlines)
        deadline("Thường xuyên, hằng năm", ONGOING),
        deadline("Thường xuyên, hằng năm", YEARLY),
        deadline("Quí IV-2025", Q4_2025),
        deadline("Quí IV-2025", Q4_2025),
        deadline("Quí IV-2025", Q4_2025),
        deadline("Hằng năm", YEARLY),
        deadline("Quí IV-2025", Q4_2025),
        deadline("Thường xuyên", ONGOING),
        deadline("Thường xuyên", ONGOING),
        deadline("Quí IV-2025", Q4_2025),
    ],
    "citations": [
        citation("Kế hoạch số 283/KH-UBND ngày 24/9/2025 của Uỷ ban nhân dân Tỉnh", "Kế hoạch", "283/KH-UBND",
                 "2025-09-24", UBND_TINH, "implements"),
        # the next three stand in the subject of KH 283 (`về thực hiện … và …`): reference (GUIDELINES.md, Citations)
        citation("Nghị quyết số 71/NQ-CP ngày 01/5/2025 của Chính phủ", "Nghị quyết", "71/NQ-CP", "2025-05-01",
                 "Chính phủ", "reference"),
        citation("Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh uỷ", "Chương trình",
                 "10-CTr/TU", "2025-08-13", "Ban Thường vụ Tỉnh ủy Đồng Tháp", "reference"),
        citation("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", "Nghị quyết", "57-NQ/TW", "2024-12-22",
                 "Bộ Chính trị", "reference"),
        citation("Nghị định số 80/2021/NĐ-CP ngày 26/8/2021 của Chính phủ", "Nghị định", "80/2021/NĐ-CP", "2021-08-26",
                 "Chính phủ", "reference"),
        # a named plan without number is a citation (records.md, Citations); its approver is not written
        citation("Quy hoạch hạ tầng thông tin và truyền thông thời kỳ 2021 - 2030, tầm nhìn đến năm 2050", "Quy hoạch",
                 None, None, None, "reference"),
        citation("Nghị định số 80/2021/NĐ-CP ngày 26/8/2021 của Chính phủ", "Nghị định", "80/2021/NĐ-CP", "2021-08-26",
                 "Chính phủ", "reference"),
        # `Kèm theo Kế hoạch số 617/KH-UBND` is the document itself: not a citation
    ],
}
