"""c5d930a5fc8373cd — UBND tỉnh Nghệ An, KH 980/KH-UBND (18/11/2025), implementing QĐ 1899/QĐ-TTg on the
decree detailing the Law on Civil Defence (Nghị định 200/2025/NĐ-CP), as copied from the THƯ VIỆN PHÁP LUẬT
site.

Labelled by reading, as test-split gold (before any rule was written for it; never to be used to
change one). The site's copyright banner, its metadata box (`Số hiệu`, `Loại văn bản`, …), its one-line
summaries after the appendix and its customer notices (which cite Nghị định 13/2023/NĐ-CP) are not part of
the document: no record comes from them. Drafting forms: a one-sentence `Thực hiện …` preamble that sets
an alias (`sau đây viết tắt là Nghị định`); part II lists eight contents with no agency and sends to the
appendix; part IV numbered items whose subject is the agency (`2. Bộ CHQS tỉnh có trách nhiệm tham mưu
…`); the appendix is a task table as `|` cells, one cell per line (`TT | Nội dung thực hiện | Cơ quan chủ
trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm dự kiến`), grouped under Roman-numbered rows, with
bare years (`2025`), `Thường xuyên`, `Tháng 12 hằng năm` and non-dates (`Sau khi có Quy chế của TW`,
`Theo Kế hoạch riêng`) in the time column. The copy is truncated inside the table (a `….` row stands for
the missing groups III–VI heads): the rows present are labelled. No targets."""

from common import TAICHINH, YTE, agencies, citation, deadline, metadata, section, task, timeframe

NA = "UBND tỉnh Nghệ An"
CHQS = "Bộ Chỉ huy Quân sự tỉnh"
KHCN = "Sở Khoa học và Công nghệ"
XD = "Sở Xây dựng"
NNMT = "Sở Nông nghiệp và Môi trường"
BCH = "Ban Chỉ huy Phòng thủ dân sự tỉnh"
BCH_XA = "Ban Chỉ huy Phòng thủ dân sự cấp xã"  # a level-bound body, as `Công an cấp xã` in 000
VP_BCH = "Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh"  # the table's `Văn phòng Ban Chỉ huy`
SBN = "các sở, ban, ngành"
CTXH = "tổ chức chính trị - xã hội"
XA = "UBND các xã, phường"
ALL = [SBN, CTXH, XA]  # `Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường`
CQDP = "cơ quan, địa phương liên quan"
TTG = "Thủ tướng Chính phủ"
QH = "Quốc hội"
LUAT = "Luật Phòng thủ dân sự"
ND = "200/2025/NĐ-CP"

Y2025 = timeframe("year", "2025-01-01", "2025-12-31")  # a bare year in the time column (records.md conventions)
ONGOING = timeframe("ongoing", recurrence="continuous")
YEARLY = timeframe("recurring", recurrence="yearly")
DEC_YEARLY = timeframe("recurring", "2025-12-01", "2025-12-31", recurrence="yearly")  # first December of the plan


def nd(quote: str) -> dict:
    """Nghị định 200/2025/NĐ-CP: named by its subject or by the plan's alias `Nghị định` (records.md: an
    alias is a mention of the same document)."""
    return citation(quote, "Nghị định", ND, None, "Chính phủ", "reference")


def luat(quote: str) -> dict:
    return citation(quote, "Luật", None, None, QH, "reference")


DOC = {
    "doc_id": "c5d930a5fc8373cd",
    "source": "corpus/real/c5d930a5fc8373cd.md",
    "split": "test",
    "labelled": ["metadata", "sections", "targets", "tasks", "agencies", "deadlines", "citations"],
    "notes": "Site furniture (banner, metadata box, summaries, notices) is not the document. Table rows are tasks "
             "(records.md); time cells that are not dates give no deadline and a null timeframe.",
    "metadata": metadata(
        doc_number="980/KH-UBND", doc_type="Kế hoạch", issuer=NA, admin_level="province", province="Nghệ An",
        district=None, commune=None, place="Nghệ An", issue_date="2025-11-18", plan_year=None, period=None,
        title="THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH KẾ HOẠCH TRIỂN "
              "KHAI THI HÀNH NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ",
        # civil defence: preparing for and overcoming disasters and catastrophes (the closest topic)
        topics=["disaster"],
        signer={"name": "Nguyễn Văn Đệ", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    ),
    "targets": [],
    "tasks": [
        # part II's eight contents name no agency (their rows are in the appendix); III.1 is passive
        task("Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường chủ động bố trí, huy "
             "động các nguồn vốn khác ngoài ngân sách", ALL),
        # IV TỔ CHỨC THỰC HIỆN, items 1–5 (the closing `Yêu cầu … thực hiện nghiêm túc` is not a task)
        task("Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường chịu trách nhiệm thực "
             "hiện Kế hoạch này", ALL),
        task("Bộ CHQS tỉnh có trách nhiệm tham mưu Ủy ban nhân dân tỉnh theo dõi, hướng dẫn, kiểm tra, đôn đốc các "
             "sở, ban, ngành", [CHQS]),
        task("các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường xây dựng Kế hoạch "
             "triển khai thi hành Nghị định trong phạm vi, lĩnh vực, địa bàn quản lý", ALL, tf=YEARLY),
        task("Sở Tài chính và Ủy ban nhân dân các xã, phường bố trí ngân sách nhà nước để thực hiện Kế hoạch này",
             [TAICHINH, XA]),
        task("nếu có khó khăn, vướng mắc, các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, "
             "phường kịp thời phản ánh về Ban Chỉ huy Phòng thủ dân sự tỉnh", ALL),
        # appendix, I
        task("Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã; ban hành quy chế hoạt động của Ban Chỉ huy "
             "phòng thủ dân sự các cấp", [CHQS, "UBND cấp xã"], [VP_BCH, SBN], tf=timeframe("due", due="2025-11-30")),
        # appendix, II
        task("Triển khai thực hiện một số nội dung chi, mức chi đặc thù trong nội dung chi ngân sách cho hoạt động "
             "phòng thủ dân sự", [TAICHINH], [CQDP], tf=ONGOING),
        task("Triển khai thực hiện khi có sửa đổi hoặc ban hành mới Quyết định thay thế Quyết định số "
             "118/2008/QĐ-TTg", [TAICHINH], [CQDP], tf=Y2025),
        task("Triển khai thực hiện khi có Thông tư mới thay thế Thông tư số 92/2009/TT- BTC", [TAICHINH], [CQDP],
             tf=Y2025),
        task("Hướng dẫn phương pháp, trình tự thống kê phù hợp với lĩnh vực quản lý các ngành",
             ["Sở, ban, ngành, tổ chức chính trị - xã hội"], ["Cơ quan liên quan"], tf=Y2025),
        task("Hướng dẫn thanh toán chi phí khám bệnh, chữa bệnh, xử lý môi trường, phòng, chống dịch bệnh nguy "
             "hiểm trong phòng thủ dân sự", [YTE], [TAICHINH, CQDP], tf=Y2025),
        task("Tiếp nhận các số, tần số trực canh, cấp cứu khẩn cấp; bảo đảm quyền ưu tiên sử dụng các phương tiện "
             "thông tin liên lạc", [KHCN], [CQDP], tf=Y2025),
        # `Sau khi có Quy chế của TW` bounds by an event, not a date: no timeframe
        task("Ban hành Quy chế Phối hợp tìm kiếm, cứu nạn trên biển, trong vùng nước cảng biển và thủy nội địa "
             "thay thế Quy chế hiện hành", [XD], [VP_BCH, CQDP]),
        task("Ban hành Quy chế Phối hợp tìm kiếm, cứu nạn hàng không dân dụng thay thế Quy chế hiện hành", [XD],
             [VP_BCH, CQDP]),
        # the rows after the truncation mark (their group heads are lost in the copy)
        # the partner cell repeats the lead `Sở Tài chính`: labelled as written
        task("Thành lập bộ máy quản lý Quỹ và ban hành Quy chế hoạt động Quỹ Phòng thủ dân sự cấp tỉnh", [TAICHINH],
             [TAICHINH, CQDP], tf=Y2025),
        task("Tiếp nhận và duy trì Hệ thống Tổng đài 112 phục vụ hoạt động phòng thủ dân sự hoạt động hiệu quả",
             [CHQS], ["Bộ Quốc phòng", CQDP], tf=Y2025),
        task("Rà soát, tổng hợp danh mục các công trình phòng thủ dân sự chuyên dụng, công trình có công năng sử "
             "dụng cho phòng thủ dân sự", [BCH, BCH_XA], ["Cơ quan có liên quan"], tf=DEC_YEARLY),
        task("Xây dựng công trình phòng thủ dân sự gắn với xây dựng thế trận khu vực phòng thủ địa phương", [BCH],
             ["Cơ quan có liên quan"], tf=ONGOING),
        task("Triển khai thực hiện các chiến lược, kế hoạch quốc gia; đề án, dự án trong lĩnh vực phòng thủ dân sự",
             [BCH], [CQDP]),  # `Theo Kế hoạch riêng`: no date
        # appendix, VII (`Theo Kế hoạch riêng`, `Theo kế hoạch`: no date)
        task("Diễn tập phòng thủ dân sự các cấp", [BCH, BCH_XA], [CQDP]),
        task("Diễn tập khu vực phòng thủ, trong đó có nội dung phòng thủ dân sự", [BCH, BCH_XA], [CQDP]),
        # appendix, VIII
        task("Quy định về chế độ trực tại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã", [BCH, BCH_XA], [VP_BCH],
             tf=Y2025),
        task("Xây dựng Quy chế về công tác trực ban, họp và ban hành công điện chỉ đạo, điều hành phòng, chống thiên "
             "tai tại Sở Nông nghiệp và Môi trường", [NNMT], ["Các sở, ban, ngành, các tổ chức chính trị-xã hội"],
             tf=Y2025),
    ],
    "agencies": agencies(
        NA,  # issuer; IV.2 reports to it
        CHQS, TAICHINH, YTE, KHCN, XD, NNMT,
        BCH, BCH_XA, VP_BCH,  # leads, reports_to (IV.3, IV.5), partner, recipient
        "Bộ Quốc phòng",  # partner
        # Nơi nhận (`Chủ tịch UBND tỉnh`, `Các PCT`, `CVP`, `PCVP (NC) UBND tỉnh` are office-holders; the
        # office's body is Văn phòng UBND tỉnh; `Ban CHBĐ Biên phòng` is the provincial Border Guard command)
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Văn phòng UBND tỉnh",
        generic=(SBN, CTXH, XA, "UBND cấp xã", CQDP, "Cơ quan liên quan", "Cơ quan có liên quan",
                 "Sở, ban, ngành, tổ chức chính trị - xã hội", "Các sở, ban, ngành, các tổ chức chính trị-xã hội",
                 "các đơn vị có liên quan", "Các sở, ban, ngành cấp tỉnh"),
    ),
    # III.1 `dự toán chi ngân sách hàng năm` is a budget, not a deadline (records.md conventions)
    "deadlines": [
        deadline("Hằng năm báo cáo kết quả thực hiện về Ban Chỉ huy Phòng thủ dân sự tỉnh", YEARLY),  # IV.3
        deadline("Trước ngày 30/11/2025", timeframe("due", due="2025-11-30")),
        deadline("Cơ quan, địa phương liên quan Thường xuyên", ONGOING),  # II.1
        *[deadline("2025", Y2025)] * 7,  # II.2–II.6, the Quỹ row, the Tổng đài 112 row
        deadline("Tháng 12 hằng năm", DEC_YEARLY),
        deadline("Cơ quan có liên quan Thường xuyên", ONGOING),
        deadline("2025", Y2025),  # VIII.1 (bold in the source)
        deadline("2025", Y2025),  # VIII.2
    ],
    "citations": [
        # title
        citation("QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ", "Quyết định", "1899/QĐ-TTg",
                 "2025-09-04", TTG, "implements"),
        nd("THI HÀNH NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ Thực hiện"),
        luat("MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ Thực hiện"),
        # preamble
        citation("Thực hiện Quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng Chính phủ", "Quyết định",
                 "1899/QĐ-TTg", "2025-09-04", TTG, "implements"),
        citation("Nghị định số 200/2025/NĐ-CP ngày 09/7/2025 của Chính phủ", "Nghị định", ND, "2025-07-09",
                 "Chính phủ", "reference"),  # inside QĐ 1899's subject
        luat("Luật Phòng thủ dân sự (sau đây viết tắt là Nghị định)"),
        # body: the alias and the decree's subject
        nd("triển khai thi hành Nghị định kịp thời, đồng bộ"),  # I.1
        nd("hướng dẫn thi hành Nghị định quy định chi tiết một số điều của Luật Phòng thủ dân sự"),  # II.2
        luat("quy định chi tiết một số điều của Luật Phòng thủ dân sự. 3."),
        nd("Kế hoạch triển khai thi hành Nghị định trong phạm vi"),  # IV.3
        # appendix title
        nd("DANH MỤC NHIỆM VỤ TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT"),
        luat("CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ (Kèm theo Kế hoạch"),
        # appendix rows
        nd("(Điều 7, 8 Nghị định)"),
        citation("Quyết định số 118/2008/QĐ-TTg ngày 27/8/2008 của Thủ tướng Chính phủ", "Quyết định",
                 "118/2008/QĐ-TTg", "2008-08-27", TTG, "reference"),
        citation("Thông tư số 92/2009/TT- BTC ngày 12/5/2009", "Thông tư", "92/2009/TT-BTC", "2009-05-12",
                 "Bộ Tài chính", "reference"),
        citation("Thông tư số 85/2020/TT-BTC ngày 01/10/2020 của Bộ Tài chính", "Thông tư", "85/2020/TT-BTC",
                 "2020-10-01", "Bộ Tài chính", "reference"),
        nd("(khoản 4, Điều 51 Nghị định)"),
        nd("(khoản 2 Điều 11, khoản 2 Điều 12 Nghị định)"),
        nd("(khoản 1 Điều 13 Nghị định)"),
        nd("(điểm b, khoản 1 Điều 42 Nghị định)"),
    ],
}

# Every numbered line of the plan. The appendix's Roman group rows (`I | KIỆN TOÀN …`) and row numbers are cells
# of the task table, not numbered lines: no sections.
DOC["sections"] = [
    section("I. MỤC ĐÍCH, YÊU CẦU", "purpose"),
    section("1. Mục đích", "purpose"),
    section("2. Yêu cầu", "requirements"),
    section("II. NỘI DUNG", "tasks"),
    section("1. Kiện toàn và hoàn thiện cơ chế chỉ đạo, điều hành phòng thủ dân sự", "tasks"),
    section("2. Triển khai thực hiện các văn bản hướng dẫn thi hành Nghị định", "tasks"),
    section("3. Tổ chức tuyên truyền, phổ biến pháp luật về phòng thủ dân sự", "tasks"),
    section("4. Xây dựng lực lượng phòng thủ dân sự chuyên trách, kiêm nhiệm", "tasks"),
    section("5. Rà soát, điều chỉnh kế hoạch phòng thủ dân sự các cấp", "tasks"),
    section("6. Triển khai thực hiện các chiến lược, đề án, dự án, kế hoạch về phòng thủ dân sự", "tasks"),
    section("7. Diễn tập phòng thủ dân sự", "tasks"),
    section("8. Duy trì hoạt động phòng thủ dân sự thường xuyên", "tasks"),
    section("III. NGUỒN KINH PHÍ THỰC HIỆN", "budget"),
    section("1. Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi ngân sách", "budget"),
    section("2. Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường chủ động bố trí",
            "budget"),
    section("IV. TỔ CHỨC THỰC HIỆN", "organisation"),
    section("1. Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường chịu trách nhiệm",
            "organisation"),
    section("2. Bộ CHQS tỉnh có trách nhiệm tham mưu Ủy ban nhân dân tỉnh", "organisation"),
    section("3. Căn cứ nội dung Kế hoạch và tình hình thực tiễn", "organisation"),
    section("4. Sở Tài chính và Ủy ban nhân dân các xã, phường bố trí ngân sách nhà nước", "organisation"),
    section("5. Trong quá trình triển khai thực hiện Kế hoạch, nếu có khó khăn, vướng mắc", "organisation"),
]
