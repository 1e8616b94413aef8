"""6bac4a0d92da936d — UBND tỉnh Đắk Lắk, Chỉ thị 010/CT-UBND (17/11/2025) on raising responsibility and
coordination in appraising investment procedures and managing projects using investors' capital.
Labelled by reading, as **test** gold (never read while rules were written).

Drafting forms: a directive, not a plan — the Chủ tịch's call (`yêu cầu Thủ trưởng các sở … thực hiện các
nội dung sau`) followed by agency-headed sections: a numbered collective heading with its members in
parentheses (I.1 `Các cơ quan đăng ký đầu tư (Sở Tài chính, …)`) over lettered duties; a generic heading
(I.2 `Các sở, ban, ngành, địa phương`) over `2.1 Trách nhiệm chung` a)–đ); `2.2 Trách nhiệm cụ thể` with one
lettered agency per item (`a) Sở Nông nghiệp và Môi trường`) over dash bullets, each bullet a duty of its
own; numbered paragraphs that open with their agencies (II.1, II.2, II.4, II.5, III); role-named
headings (II.3 `Cơ quan chủ trì giải quyết thủ tục đầu tư dự án`). No targets and no deadlines (only
`định kỳ` without a period and `thời hạn quy định`). Citations are in the body only (no Căn cứ list).
"""

from common import TAICHINH, VHTTDL, agencies, citation, metadata, task

DKDT = ["Sở Tài chính", "Ban quản lý Khu Kinh tế Phú Yên", "Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên",
        "Ban Quản lý các Khu công nghiệp tỉnh"]
SBNDP = "các sở, ban, ngành, địa phương"
NNMT = "Sở Nông nghiệp và Môi trường"
XD = "Sở Xây dựng"
KHCN = "Sở Khoa học và Công nghệ"
CA = "Công an tỉnh"
QS = "Bộ Chỉ huy Quân sự tỉnh"
THUE = "Thuế tỉnh"  # `Thuế tỉnh Đắk Lắk` in the Đắk Lắk directive: the provincial body (GUIDELINES: level-taking body)
XA = "UBND các xã, phường"
CAP_XA = "UBND cấp xã"
CQ_DKDT = "Cơ quan đăng ký đầu tư"
CQ_CT = "Cơ quan chủ trì giải quyết thủ tục đầu tư dự án"
CQ_PH = "Cơ quan phối hợp"
SN_5 = ["các Sở, ngành", CAP_XA, "các đơn vị có liên quan"]
QH = "Quốc hội"
CP = "Chính phủ"

DOC = {
    "doc_id": "6bac4a0d92da936d",
    "source": "corpus/real/6bac4a0d92da936d.md",
    "split": "test",
    "labelled": ["metadata", "targets", "tasks", "agencies", "deadlines", "citations"],
    "notes": "A directive without targets or deadlines (both labelled empty). I.1's heading names the collective "
             "`Các cơ quan đăng ký đầu tư` and lists its members in parentheses: the members lead. Role-named "
             "headings (`Cơ quan chủ trì giải quyết thủ tục đầu tư dự án`, `Cơ quan phối hợp`) are generic leads. "
             "Dash bullets under each agency of 2.2 are duties of their own (one task each); unlettered "
             "paragraphs after a lettered duty continue it.",
    "metadata": metadata(
        doc_number="010/CT-UBND", doc_type="Chỉ thị", issuer="UBND tỉnh Đắk Lắk", admin_level="province",
        province="Đắk Lắk", district=None, commune=None, place="Đắk Lắk", issue_date="2025-11-17", plan_year=None,
        period=None,
        title="VỀ VIỆC NÂNG CAO TRÁCH NHIỆM, TĂNG CƯỜNG PHỐI HỢP THẨM ĐỊNH GIẢI QUYẾT THỦ TỤC ĐẦU TƯ VÀ QUẢN LÝ DỰ ÁN "
              "SỬ DỤNG VỐN CỦA NHÀ ĐẦU TƯ TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK",
        topics=[],  # investment procedures: no topic of the taxonomy
        signer={"name": "Trương Công Thái", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    ),
    "targets": [],
    "deadlines": [],
}

DOC["tasks"] = [
    # I.1 — the investment registration agencies, named in the heading's parentheses
    task("Là đầu mối chủ trì, tiếp nhận hồ sơ, tổ chức lấy ý kiến thẩm định và lập báo cáo thẩm định đề xuất chủ "
         "trương đầu tư", DKDT),
    task("Chịu trách nhiệm tiếp nhận hồ sơ, kiểm tra tính đầy đủ và hợp lệ của hồ sơ, giải quyết và trả kết quả thủ "
         "tục hành chính liên quan", DKDT),
    # the second `b)` (printed twice); its `Trường hợp …` paragraphs continue it
    task("Tổ chức lấy ý kiến và xác định nội dung đề nghị có ý kiến phù hợp với chức năng, nhiệm vụ của cơ quan được "
         "lấy ý kiến, thời hạn trả lời", DKDT),
    task("Chịu trách nhiệm về những nội dung thẩm định hoặc giải quyết thủ tục liên quan đến hoạt động đầu tư theo quy "
         "định tại Luật Đầu tư", DKDT),
    task("Theo chức năng, nhiệm vụ công bố công khai đầy đủ các thủ tục hành chính, thông tin quy hoạch, cơ chế, chính "
         "sách thuộc lĩnh vực quản lý", DKDT),
    # I.2 / 2.1 — common duties of every consulted body
    task("Đánh giá sự phù hợp của dự án đầu tư với quy hoạch tỉnh có liên quan đến mục tiêu hoạt động và nội dung đề "
         "xuất dự án đầu tư", [SBNDP]),
    task("Đánh giá sơ bộ về hiệu quả kinh tế - xã hội của dự án đầu tư, các điều kiện khác đối với nhà đầu tư theo "
         "quy định", [SBNDP]),
    task("Đánh giá việc đáp ứng điều kiện tiếp cận thị trường đối với nhà đầu tư nước ngoài (nếu có)", [SBNDP]),
    task("Văn bản thẩm định phải thể hiện đầy đủ, rõ ràng các nội dung được lấy ý kiến; nội dung thẩm định phải đánh "
         "giá rõ sự phù hợp", [SBNDP]),
    task("Chịu trách nhiệm về nội dung thẩm định và giải trình của cơ quan mình thuộc lĩnh vực quản lý theo quy định "
         "tại khoản 2, khoản 3 Điều 6", [SBNDP]),
    # 2.2 a) Sở Nông nghiệp và Môi trường
    task("Đánh giá sự phù hợp của dự án đầu tư với quy hoạch sử dụng đất, quy hoạch lâm nghiệp và các quy hoạch, kế "
         "hoạch ngành có liên quan", [NNMT]),
    task("Đánh giá nhu cầu sử dụng đất phù hợp với mục tiêu, quy mô, địa điểm, yêu cầu hoạt động của dự án", [NNMT]),
    task("Đánh giá khả năng đáp ứng điều kiện giao đất, cho thuê đất đối với trường hợp giao đất, cho thuê đất không "
         "thông qua đấu giá", [NNMT]),
    task("Đánh giá hiện trạng sử dụng đất; nguồn gốc đất, đối tượng sử dụng đất, khả năng bồi thường GPMB (nếu có)",
         [NNMT]),
    task("Đánh giá sự phù hợp của dự án đầu tư với mật độ chăn nuôi, cơ cấu vật nuôi, định hướng phát triển chăn nuôi",
         [NNMT]),
    task("Xem xét nội dung đánh giá sơ bộ tác động môi trường (nếu có), có ý kiến về nhóm dự án đầu tư có nguy cơ tác "
         "động xấu đến môi trường", [NNMT]),
    # b) Sở Xây dựng (the `Khi đánh giá …` paragraph continues the first bullet)
    task("Đánh giá sự phù hợp của dự án đầu tư với quy hoạch xây dựng, đô thị và các quy hoạch, kế hoạch ngành có liên "
         "quan", [XD]),
    task("Đánh giá nhu cầu sử dụng đất phù hợp với mục tiêu, quy mô, địa điểm, yêu cầu hoạt động của dự án; tổng vốn "
         "đầu tư, tiến độ thực hiện dự án", [XD]),
    task("Đánh giá về sự phù hợp của dự án đầu tư với mục tiêu, định hướng phát triển đô thị, chương trình, kế hoạch "
         "phát triển nhà ở", [XD]),
    task("Đánh giá việc đáp ứng điều kiện theo quy định của pháp luật về xây dựng, nhà ở, phát triển đô thị, kinh "
         "doanh bất động sản", [XD]),
    task("Đánh giá về khả năng đấu nối giao thông của dự án và các nội dung khác liên quan đến lĩnh vực ngành quản lý",
         [XD]),
    # c) Sở Khoa học và Công nghệ
    task("Đánh giá về công nghệ sử dụng trong dự án đầu tư đối với dự án thuộc diện thẩm định hoặc lấy ý kiến về công "
         "nghệ", [KHCN]),
    task("Trường hợp cần cơ quan chuyên môn khác phối hợp xác định các nội dung liên quan thì chủ động có văn bản để "
         "phối hợp thực hiện", [KHCN]),
    # d) Sở Văn hóa, Thể thao và Du lịch
    task("Đánh giá về sự phù hợp của dự án đầu tư với yêu cầu bảo vệ, phát huy giá trị của di sản văn hóa", [VHTTDL]),
    task("Đánh giá việc đáp ứng các điều kiện theo quy định của pháp luật về di sản văn hóa và các nội dung khác liên "
         "quan", [VHTTDL]),
    # đ) Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh
    task("Đánh giá sự phù hợp của dự án đầu tư với lĩnh vực an ninh, quốc phòng, biên giới, hải đảo", [CA, QS]),
    task("Đánh giá việc đáp ứng các điều kiện và các nội dung khác thuộc lĩnh vực quản lý", [CA, QS]),
    # e) Thuế tỉnh Đắk Lắk
    task("Đánh giá về ưu đãi đầu tư và điều kiện hưởng ưu đãi đầu tư", [THUE]),
    task("Tình hình thực hiện nghĩa vụ thuế; xác định thông tin về vốn chủ sở hữu so với Báo cáo tài chính nộp tại cơ "
         "quan thuế của nhà đầu tư", [THUE]),
    # g) UBND các xã, phường
    task("Đánh giá sự phù hợp của dự án đầu tư với quy hoạch sử dụng đất, quy hoạch lâm nghiệp, quy hoạch xây dựng, "
         "đô thị, nông thôn", [XA]),
    task("Đánh giá nhu cầu sử dụng đất phù hợp với mục tiêu, quy mô, địa điểm, yêu cầu hoạt động của dự án", [XA]),
    task("Đánh giá hiện trạng sử dụng đất; nguồn gốc đất, đối tượng sử dụng đất, khả năng bồi thường giải phóng mặt "
         "bằng (nếu có)", [XA]),
    task("Xem xét nội dung đánh giá sơ bộ tác động môi trường (nếu có); việc đấu nối giao thông của dự án; việc tuân "
         "thủ các quy định về khoảng cách", [XA]),
    # h) Các đơn vị khác: the duty is the registration agency's (its sentence names it)
    task("Cơ quan đăng ký đầu tư có trách nhiệm lấy ý kiến cụ thể nội dung liên quan đến lĩnh vực đầu tư của dự án",
         [CQ_DKDT]),
    # II
    task("Sở Tài chính, Sở Xây dựng, Sở Nông nghiệp và Môi trường, Ban quản lý Khu Kinh tế Phú Yên, Ban quản lý Khu "
         "Nông nghiệp ứng dụng Công nghệ cao Phú Yên, Ban Quản lý các Khu công nghiệp tỉnh, UBND cấp xã và các Sở, ban, "
         "ngành quản lý quy hoạch theo chức năng, nhiệm vụ được giao có trách nhiệm phối hợp công bố đầy đủ",
         [TAICHINH, XD, NNMT, *DKDT[1:], CAP_XA, "các Sở, ban, ngành quản lý quy hoạch"]),
    task("Các Sở, ban, ngành, UBND cấp xã theo chức năng quản lý của mình, có trách nhiệm phối hợp cung cấp thông tin "
         "thuộc thẩm quyền quản lý", ["các Sở, ban, ngành", CAP_XA], [TAICHINH]),
    task("Hướng dẫn và tạo điều kiện giải quyết nhanh các thủ tục đầu tư thuộc thẩm quyền", [CQ_CT]),
    task("Chủ động phối hợp với các cơ quan, đơn vị, địa phương liên quan khác để giải quyết trong thời hạn quy định",
         [CQ_CT], ["các cơ quan, đơn vị, địa phương liên quan khác"]),
    task("Chủ trì tham mưu giải quyết các khó khăn, vướng mắc, kiến nghị của nhà đầu tư liên quan đến ngành, lĩnh vực, "
         "địa bàn quản lý", [CQ_CT]),
    task("Trường hợp các đơn vị được phối hợp giải quyết thủ tục đầu tư có ý kiến khác nhau, cơ quan chủ trì có trách "
         "nhiệm phối hợp với các đơn vị liên quan", [CQ_CT], ["các đơn vị liên quan"]),
    task("Cơ quan phối hợp có trách nhiệm trả lời bằng văn bản, nêu rõ quan điểm và đúng thời gian quy định khi được "
         "cơ quan chủ trì lấy ý kiến", [CQ_PH]),
    # II.5 a)–d): the bodies of its opening sentence lead each lettered item
    task("Thực hiện đầy đủ, nghiêm túc các quy định của pháp luật về đầu tư, doanh nghiệp, đất đai, môi trường, nhà ở, "
         "xây dựng, thuế", SN_5),
    task("Định kỳ đánh giá tình hình hoạt động của các dự án đầu tư theo lĩnh vực, địa bàn được giao, kịp thời phát "
         "hiện, xử lý", SN_5),
    task("Tham gia kiểm tra, khảo sát vị trí đầu tư xây dựng; tham gia công tác giám sát, đánh giá đầu tư hoặc kiểm tra "
         "định kỳ hay đột xuất", SN_5),
    task("Tăng cường công tác đối thoại, hướng dẫn, giải quyết các khó khăn, vướng mắc phát sinh trong quá trình hoạt "
         "động đầu tư", SN_5),
    # III (office-holders → their bodies); the closing `Trên đây là Chỉ thị … yêu cầu …` is not a task
    task("Thủ trưởng các Sở, ban, ngành; Chủ tịch UBND cấp xã căn cứ chức năng, nhiệm vụ được giao, có trách nhiệm "
         "triển khai thực hiện và tăng cường phối hợp", ["các Sở, ban, ngành", CAP_XA]),
    task("Giao Sở Tài chính chủ trì theo dõi, tổng hợp các khó khăn, vướng mắc, kịp thời báo cáo UBND tỉnh", [TAICHINH]),
]

DOC["agencies"] = agencies(
    "UBND tỉnh Đắk Lắk",  # issuer; reports go to it (III)
    *DKDT, NNMT, XD, KHCN, VHTTDL, CA, QS, THUE,
    "Văn phòng UBND tỉnh",  # recipient: `CVP, các PCVP.UBND tỉnh` are its office-holders
    "Trung tâm Công nghệ và Cổng thông tin điện tử tỉnh",  # recipient: `TT. Công nghệ và Cổng TTĐT tỉnh`
    # `Thủ tướng Chính phủ` (I.2 a) is named as an approving office, `Chính phủ` only as issuer of cited documents
    generic=(SBNDP, XA, CAP_XA, CQ_DKDT, CQ_CT, CQ_PH, "các Sở, ban, ngành quản lý quy hoạch", "các Sở, ban, ngành",
             "các Sở, ngành", "các đơn vị có liên quan", "các cơ quan, đơn vị, địa phương liên quan khác",
             "các đơn vị liên quan", "Các sở, ban, ngành tỉnh"),
)

# All in the body: `reference`. `Nghị định hướng dẫn Luật Đầu tư`, `các Nghị quyết của Chính phủ` and
# `pháp luật về …` are generic (no number, no name) — but the law named inside the first is a mention of it.
# Luật Đầu tư: 3 mentions (l.35, l.82 twice); Luật Quy hoạch: 2 (l.103, l.311).
DOC["citations"] = [
    citation("Luật Đầu tư", "Luật", None, None, QH, "reference"),
    citation("Luật Đầu tư", "Luật", None, None, QH, "reference"),
    citation("Luật Đầu tư", "Luật", None, None, QH, "reference"),
    citation("Nghị định số 31/2021/NĐ-CP của Chính phủ", "Nghị định", "31/2021/NĐ-CP", None, CP, "reference"),
    citation("Luật Quy hoạch", "Luật", None, None, QH, "reference"),
    citation("khoản 2, khoản 3 Điều 6 Nghị định số 31/2021/NĐ-CP của Chính phủ", "Nghị định", "31/2021/NĐ-CP", None, CP,
             "reference"),
    citation("Nghị định số 239/2025/NĐ-CP của Chính phủ", "Nghị định", "239/2025/NĐ-CP", None, CP, "reference"),
    citation("Luật Quy hoạch", "Luật", None, None, QH, "reference"),
]
