"""2957e4f4f0e41373 — UBND tỉnh Đắk Lắk, KH 0125/KH-UBND (18/11/2025), launching the emulation movement for the
elections of the 16th National Assembly and the People's Councils, term 2026 - 2031.
Labelled by reading, as **test** gold (never read while rules were written).

Drafting forms: a `Thực hiện A; B; …` preamble of five directives/guidance; Mục đích/Yêu cầu and emulation
contents in lettered paragraphs without agencies; award criteria as `-`/`+` bullets (`Có tỷ lệ cử tri đi bầu
cử đạt từ 98% trở lên` is a criterion for an award, not a commitment of the plan); nomination quotas per body
(`mỗi đơn vị đề nghị không quá 01 tập thể, 03 cá nhân`); a labelled time paragraph (`Thời gian tổ chức phong
trào thi đua: … từ tháng 10 năm 2025 đến hết tháng 3 năm 2026`); a submission deadline written in italics
(`trước ngày 31/3/2026`); TỔ CHỨC THỰC HIỆN as agency-headed numbered items (`4. Sở Văn hóa, Thể thao và Du
lịch: …`, `1. Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy: …`). The same guidance 7886/HD-BNV is cited four
times, once as `Công văn số 7886/HD-BNV`.
"""

from common import MTTQ, NOIVU, TAICHINH, VHTTDL, agencies, citation, deadline, metadata, task, timeframe

XA = "UBND xã, phường"  # `Chủ tịch UBND xã, phường`, `Ủy ban nhân dân xã, phường`: the commune collective as written
QH = "Quốc hội"
BNV = "Bộ Nội vụ"
UBND_T = "UBND tỉnh Đắk Lắk"

DOC = {
    "doc_id": "2957e4f4f0e41373",
    "source": "corpus/real/2957e4f4f0e41373.md",
    "split": "test",
    "labelled": ["metadata", "targets", "tasks", "agencies", "deadlines", "citations"],
    "notes": "No targets: the 98% turnout is a criterion for awarding a commune (a condition, not a commitment), and "
             "`không quá 05 cá nhân` are caps on award nominations, not commitments. Mục đích/Yêu cầu and the "
             "emulation contents (II.2) are not tasks; III.3.3, IV.1, IV.3 and VI.1-6 assign duties to named bodies. "
             "`nhiệm kỳ 2026 - 2031` in the title is the deputies' term, not the plan's period (the campaign runs "
             "10/2025-3/2026): period null. `Mặt trận Tổ quốc Việt Nam tỉnh` (IV.3) is the body VI.2 calls "
             "`Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh`: one agency.",
    "metadata": metadata(
        doc_number="0125/KH-UBND", doc_type="Kế hoạch", issuer=UBND_T, admin_level="province", province="Đắk Lắk",
        district=None, commune=None, place="Đắk Lắk", issue_date="2025-11-18", plan_year=None, period=None,
        title="PHÁT ĐỘNG PHONG TRÀO THI ĐUA THỰC HIỆN THÀNH CÔNG CUỘC BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XVI VÀ ĐẠI BIỂU "
              "HĐND CÁC CẤP NHIỆM KỲ 2026 - 2031",
        topics=[],  # elections / emulation: no topic of the taxonomy
        signer={"name": "Đào Mỹ", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    ),
    "targets": [],
}

DOC["tasks"] = [
    # III.3.3: who awards Giấy khen (office-holders → their bodies)
    task("Thủ trưởng các cơ quan, đơn vị; Chủ tịch UBND xã, phường hướng dẫn, xem xét khen thưởng cho các tập thể, cá "
         "nhân theo thẩm quyền", ["các cơ quan, đơn vị", XA]),
    # IV.1
    task("Sở Nội vụ phối hợp với các cơ quan, đơn vị có liên quan báo cáo Ủy ban bầu cử tỉnh, Hội đồng Thi đua - Khen "
         "thưởng tỉnh, UBND tỉnh xem xét lựa chọn", [NOIVU], ["các cơ quan, đơn vị có liên quan"]),
    # IV.2's quotas (`mỗi đơn vị đề nghị không quá …`) limit nominations: not duties
    # IV.3
    task("Các Sở, ban, ngành, Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội, Ủy ban nhân dân xã, "
         "phường quy định số lượng khen thưởng theo thẩm quyền",
         ["các Sở, ban, ngành", MTTQ, "các đoàn thể chính trị - xã hội", XA]),
    # V.2 names no responsible body (dossiers `gửi về Sở Nội vụ`): a deadline, not a task
    # VI
    task("Ban hành văn bản chỉ đạo, đôn đốc, tổ chức triển khai công tác thông tin, tuyên truyền, cổ động trực quan; "
         "chỉ đạo, định hướng hệ thống tuyên giáo", ["Ban Tuyên giáo và Dân vận Tỉnh ủy"]),
    task("Vận động đoàn viên, hội viên tích cực tham gia Phong trào thi đua; phát huy quyền và nghĩa vụ công dân tham "
         "gia thực hiện bầu cử", [MTTQ, "các tổ chức chính trị - xã hội tỉnh"]),
    task("Căn cứ chức năng, nhiệm vụ được giao và Kế hoạch này, chủ động xây dựng kế hoạch triển khai Phong trào thi "
         "đua với nội dung phù hợp; phối hợp với cơ quan báo chí", ["các cơ quan, đơn vị, địa phương thuộc tỉnh"],
         ["cơ quan báo chí"]),
    task("Tiếp tục chỉ đạo các cơ quan truyền thông của tỉnh đẩy mạnh công tác tuyên truyền về cuộc Bầu cử đại biểu "
         "Quốc hội khoá XVI", [VHTTDL]),
    task("Xây dựng Kế hoạch và đẩy mạnh công tác tuyên truyền trong Phong trào thi đua",
         ["các cơ quan thông tin, truyền thông của tỉnh"]),
    task("Tham mưu UBND tỉnh theo dõi, đôn đốc, hướng dẫn Sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các "
         "tổ chức chính trị - xã hội tỉnh", [NOIVU]),
    # the closing `Trên đây là kế hoạch …; các cơ quan, đơn vị, địa phương, doanh nghiệp nghiêm túc …` is not a task
]

DOC["agencies"] = agencies(
    UBND_T,  # issuer; IV.1 reports to it
    NOIVU, "Phòng Xây dựng chính quyền",  # V.2: dossiers go to Sở Nội vụ `qua Phòng Xây dựng chính quyền`
    "Ủy ban bầu cử tỉnh", "Hội đồng Thi đua - Khen thưởng tỉnh",  # IV.1 reports_to
    "Hội đồng bầu cử Quốc gia", "Ban Chỉ đạo bầu cử tỉnh",  # II.2 đ), III.1, IV.2
    "Tổ giúp việc Ban Chỉ đạo bầu cử tỉnh", "Tổ giúp việc Ủy ban bầu cử tỉnh",  # III.1, IV.2 (quotas)
    "Ban Tuyên giáo và Dân vận Tỉnh ủy", MTTQ, VHTTDL,
    "Ban Tổ chức Tỉnh ủy", "Công an tỉnh", TAICHINH, "Văn phòng UBND tỉnh",  # IV.2 quotas; VP also recipient (CVP)
    # Nơi nhận
    BNV, "Ban Thi đua - Khen thưởng Trung ương", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Văn phòng Tỉnh ủy",
    "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh",
    # `Thủ tướng Chính phủ` (Bằng khen, V.2) is an office; Bộ Chính trị, Ban Thường vụ Tỉnh ủy only issue cited documents
    # `Quốc hội`, `Hội đồng nhân dân` appear only as the bodies deputies are elected to (`đại biểu Quốc hội`)
    generic=(XA, "UBND các xã, phường", "các cơ quan, đơn vị", "các cơ quan, đơn vị có liên quan", "các Sở, ban, ngành",
             "các đoàn thể chính trị - xã hội", "các tổ chức chính trị - xã hội tỉnh",
             "các cơ quan, đơn vị, địa phương thuộc tỉnh", "cơ quan báo chí",
             "các cơ quan thông tin, truyền thông của tỉnh", "các cơ quan Đảng trực thuộc Tỉnh ủy",
             "các cơ quan Trung ương đóng trên địa bàn tỉnh", "các Hội, đoàn thể tỉnh",
             "Các cơ quan tham mưu giúp việc Tỉnh ủy", "Các sở, ban, ngành", "Các doanh nghiệp trong khối thi đua",
             "Các phòng, ban, TT thuộc VP.UBND tỉnh", "Ủy ban bầu cử các cấp", "Ban bầu cử các cấp",
             "Ban bầu cử đại biểu Quốc hội", "Ban bầu cử đại biểu Hội đồng nhân dân cấp tỉnh",
             "Đoàn Kiểm tra giám sát bầu cử của tỉnh"),
)

DOC["deadlines"] = [
    deadline("Phong trào thi đua cao điểm được triển khai thực hiện từ tháng 10 năm 2025 đến hết tháng 3 năm 2026",
             timeframe("period", "2025-10-01", "2026-03-31")),
    # `trong tháng M/YYYY` bounding an event → period of the month
    deadline("Tổng kết vào tháng 4 năm 2026", timeframe("period", "2026-04-01", "2026-04-30")),
    deadline("gửi về Sở Nội vụ (qua Phòng Xây dựng chính quyền) trước ngày 31/3/2026",
             timeframe("due", due="2026-03-31")),
]

HD = "7886/HD-BNV"
DOC["citations"] = [
    citation("Chỉ thị số 46-CT/TW ngày 16/5/2025 của Bộ Chính trị", "Chỉ thị", "46-CT/TW", "2025-05-16", "Bộ Chính trị",
             "implements"),
    citation("Chỉ thị số 28/CT-TTg ngày 18/9/2025 của Thủ tướng Chính phủ", "Chỉ thị", "28/CT-TTg", "2025-09-18",
             "Thủ tướng Chính phủ", "implements"),
    citation("Hướng dẫn số 7886/HD-BNV ngày 14/9/2025 của Bộ Nội vụ về khen thưởng trong công tác bầu cử", "Hướng dẫn", HD,
             "2025-09-14", BNV, "implements"),
    citation("Chỉ thị số 02-CT/TU ngày 05/8/2025 của Ban Thường vụ Tỉnh ủy", "Chỉ thị", "02-CT/TU", "2025-08-05",
             "Ban Thường vụ Tỉnh ủy", "implements"),
    citation("Chỉ thị số 007/CT-UBND ngày 06/10/2025 của UBND tỉnh", "Chỉ thị", "007/CT-UBND", "2025-10-06", UBND_T,
             "implements"),
    citation("Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân", "Luật", None, None, QH, "reference"),
    citation("Thực hiện theo quy định tại Hướng dẫn số 7886/HD-BNV ngày 14/9/2025 của Bộ Nội vụ", "Hướng dẫn", HD,
             "2025-09-14", BNV, "reference"),
    citation("Hướng dẫn 7886/HD-BNV ngày 14/9/2025 của Bộ Nội vụ)", "Hướng dẫn", HD, "2025-09-14", BNV, "reference"),
    # the same guidance, here called a Công văn: doc_type as printed
    citation("Công văn số 7886/HD-BNV ngày 14/9/2025 của Bộ Nội vụ", "Công văn", HD, "2025-09-14", BNV, "reference"),
]
