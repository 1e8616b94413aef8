"""99c7d8fff9e4572e — UBND tỉnh Nghệ An, KH 982/KH-UBND (19/11/2025): the emulation campaign (Đợt thi đua)
greeting the 14th Party Congress and completing the goals of the 13th Congress Resolution.

Labelled by reading, as test-split gold (before any rule was written for it; never to be used to
change one). Drafting forms: a `Thực hiện …` preamble in one sentence; part II the campaign's five
contents completing one sentence addressed to the bodies; part III `Tiêu chí thi đua` lettered by
addressee (`a) Đối với tỉnh Nghệ An`, `b) Đối với Ủy ban Mặt trận Tổ quốc tỉnh …`, …) with dash
bullets; part IV solutions with no agency; part V `Thời gian` (one period running from the plan's
issue) and `Trách nhiệm thực hiện` as dash bullets opening with the agency (`- Sở Nội vụ hướng dẫn
…`); an unnumbered closing paragraph. No number anywhere is a commitment: no targets."""

from common import MTTQ, NOIVU, VHTTDL, agencies, citation, deadline, metadata, section, task, timeframe

NA = "UBND tỉnh Nghệ An"
CQDV = "các cơ quan, đơn vị"  # the plan's own alias (`sau đây viết tắt là cơ quan, đơn vị`, part II)
CTXH = "các tổ chức chính trị - xã hội"
NQ13 = "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
NQ13_SHORT = "Nghị quyết Đại hội lần thứ XIII của Đảng"
TTG = "Thủ tướng Chính phủ"
BCT = "Bộ Chính trị"


def nq13(quote: str, relation: str = "reference") -> dict:
    """The 13th Congress Resolution: named, without number; its issuer (the Congress) is no agency of the
    contract and the text gives none after `của` (null, GUIDELINES.md)."""
    return citation(quote, "Nghị quyết", None, None, None, relation)


DOC = {
    "doc_id": "99c7d8fff9e4572e",
    "source": "corpus/real/99c7d8fff9e4572e.md",
    "split": "test",
    "labelled": ["metadata", "sections", "targets", "tasks", "agencies", "deadlines", "citations"],
    "notes": "The campaign runs from the plan's issue until the 14th Congress: no plan year or period in the "
             "title. Part III's `Tiêu chí thi đua` are the criteria the bodies are judged on, not duties assigned "
             "nor measurable commitments: neither tasks nor targets. The 13th Congress Resolution is cited at every "
             "mention, including inside the campaign's own name and QĐ 2437's subject (GUIDELINES.md, Citations).",
    "metadata": metadata(
        doc_number="982/KH-UBND", doc_type="Kế hoạch", issuer=NA, admin_level="province", province="Nghệ An",
        district=None, commune=None, place="Nghệ An", issue_date="2025-11-19", plan_year=None, period=None,
        title="TRIỂN KHAI ĐỢT THI ĐUA LẬP THÀNH TÍCH CHÀO MỪNG ĐẠI HỘI LẦN THỨ XIV CỦA ĐẢNG; TĂNG TỐC, BỨT PHÁ "
              "HOÀN THÀNH THẮNG LỢI CÁC MỤC TIÊU, NHIỆM VỤ NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XIII CỦA ĐẢNG TRÊN ĐỊA BÀN "
              "TỈNH NGHỆ AN",
        topics=[],  # an emulation campaign: no topic of pipeline/data/topics.yaml fits
        signer={"name": "Phùng Thành Vinh", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    ),
    "targets": [],
    "tasks": [
        # II: one duty whose five numbered contents complete its sentence (records.md, Tasks)
        task("các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị - xã hội, các xã, phường, các "
             "doanh nghiệp, tổ chức Hội (sau đây viết tắt là cơ quan, đơn vị) và mọi người dân triển khai Đợt thi đua",
             ["các sở, ban, ngành", MTTQ, CTXH, "các xã, phường", "các doanh nghiệp", "tổ chức Hội"]),
        # III.2.b
        task("Các cơ quan, đơn vị căn cứ thành tích trong tổ chức, thực hiện Đợt thi đua để bình xét khen thưởng và "
             "đề nghị khen thưởng cho các tập thể, cá nhân tiêu biểu", [CQDV]),
        # V.2 Trách nhiệm thực hiện: five bullets
        task("Các cơ quan, đơn vị căn cứ Kế hoạch này và đặc diêm, tình hình, yêu cầu, nhiệm vụ để phát động, triển "
             "khai Đợt thi đua với nội dung, tiêu chí cụ thể", [CQDV]),
        task("Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị-xã hội phát huy mạnh mẽ, thành quả của các "
             "phong trào thi đua", [MTTQ, CTXH]),
        task("Sở Văn hóa, Thể thao và Du lịch phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy tiếp tục chỉ đạo các cơ "
             "quan truyền thông trên địa bàn tỉnh", [VHTTDL], ["Ban Tuyên giáo và Dân vận Tỉnh ủy"]),
        task("Hội đồng Thi đua - Khen thưởng các cấp phân công rõ trách nhiệm các thành viên trong quá trình chỉ đạo, "
             "hướng dẫn, giám sát", ["Hội đồng Thi đua - Khen thưởng các cấp"]),
        task("Sở Nội vụ hướng dẫn khen thưởng Đợt thi đua; phối hợp với các cơ quan, đơn vị liên quan triển khai, đôn "
             "đốc, đánh giá việc tổ chức thực hiện Kế hoạch", [NOIVU], ["các cơ quan, đơn vị liên quan"]),
        # the closing `Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị triển khai …` and its `nếu có vướng mắc …`
        # sentence restate the whole plan's assignment: not a task (GUIDELINES.md, Tasks)
    ],
    "agencies": agencies(
        NA,  # issuer; problems are reported to it (closing)
        MTTQ, VHTTDL, "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        NOIVU, "Phòng Thi đua - Khen thưởng",  # reports_to (closing: `về Sở Nội vụ (Phòng Thi đua - Khen thưởng)`)
        "Chính phủ",  # named as the body that assigns schemes (II.1), no role
        # Nơi nhận: `Chủ tịch UBND tỉnh`, `PCT …`, `Chánh VP, Phó CVP (NC) UBND tỉnh` are office-holders (their
        # bodies: UBND tỉnh, Văn phòng UBND tỉnh); `Lưu: VT, NC` is filing
        "Bộ Nội vụ", "Thường trực Tỉnh ủy", "Ban Thi đua - Khen thưởng Trung ương", "Hội đồng Thi đua - Khen thưởng tỉnh",
        "Văn phòng UBND tỉnh", "Cổng Thông tin điện tử tỉnh",
        generic=("các sở, ban, ngành", CTXH, "các xã, phường", "các doanh nghiệp", "tổ chức Hội", CQDV,
                 "Hội đồng Thi đua - Khen thưởng các cấp", "các cơ quan, đơn vị liên quan",
                 "Các sở, ban, ngành, đơn vị cấp tỉnh", "UBND các xã, phường"),
    ),
    # V.1 bounds the campaign, the obligation of every body; the anniversary dates (06/01/1946 - 06/01/2026)
    # name an event, not a bound
    "deadlines": [
        deadline("Đợt thi đua được triển khai thực hiện từ ngày ban hành Kế hoạch đến khi tổ chức thành công Đại hội",
                 timeframe("period", "2025-11-19")),
    ],
    "citations": [
        nq13("NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XIII CỦA ĐẢNG TRÊN ĐỊA BÀN TỈNH NGHỆ AN"),  # title: the campaign's name
        nq13("Thực hiện " + NQ13, "implements"),
        citation("Chỉ thị số 45-CT/TW ngày 14 tháng 4 năm 2025 của Bộ Chính trị", "Chỉ thị", "45-CT/TW", "2025-04-14",
                 BCT, "implements"),
        citation("Quyết định số 2437/QĐ-TTg ngày 04 tháng 11 năm 2025 của Thủ tướng Chính phủ", "Quyết định",
                 "2437/QĐ-TTg", "2025-11-04", TTG, "implements"),
        nq13("nhiệm vụ " + NQ13_SHORT + ";"),  # inside QĐ 2437's subject
        nq13(NQ13_SHORT + " trên địa bàn tỉnh Nghệ An (sau đây viết tắt là Đợt thi đua)"),  # preamble, campaign name
        nq13("Kế hoạch 5 năm (2021 - 2025) theo " + NQ13),  # II.1, twice
        nq13("được Chính phủ giao theo " + NQ13),
        # III.1.c
        citation("Chỉ thị so 41-CT/TW ngày 26/12/2024 của Bộ Chính trị", "Chỉ thị", "41-CT/TW", "2024-12-26", BCT,
                 "reference"),
        citation("Kế hoạch số 319-KH/TU ngày 10/4/2025 của Tỉnh ủy", "Kế hoạch", "319-KH/TU", "2025-04-10",
                 "Tỉnh ủy Nghệ An", "reference"),
        citation("Luật Thi đua, khen thưởng ngày 15/6/2022", "Luật", None, "2022-06-15", "Quốc hội", "reference"),
        nq13("thắng lợi các chỉ tiêu " + NQ13),  # III.1.d
        nq13("đã đề ra tại " + NQ13),  # III.1.đ
        nq13("thực hiện thắng lợi " + NQ13),  # V.2
        nq13("nhiệm vụ " + NQ13_SHORT + " trên địa bàn tỉnh Nghệ An. Ủy ban nhân dân tỉnh đề nghị"),  # closing
    ],
}

# Every numbered line. Part III (`Tiêu chí thi đua và hình thức khen thưởng`) has no kind word: `other`, and its
# items take it; part V's heading holds `trách nhiệm thực hiện`: organisation.
DOC["sections"] = [
    section("I. MỤC ĐÍCH, YÊU CẦU", "purpose"),
    section("1. Phát huy sức mạnh tổng hợp của cả hệ thống chính trị", "purpose"),
    section("2. Đợt thi đua được triển khai sâu rộng, đồng bộ", "purpose"),
    section("3. Thông qua Đợt thi đua, kịp thời biểu dương", "purpose"),
    section("II. NỘI DUNG ĐỢT THI ĐUA", "tasks"),
    section("1. Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2025", "tasks"),
    section("2. Thi đua thực hiện tốt công tác chuẩn bị và tổ chức thành công Đại hội", "tasks"),
    section("3. Thi đua xây dựng Đảng, xây dựng chính quyền trong sạch, vững mạnh", "tasks"),
    section("4. Thi đua đẩy mạnh xây dựng, hoàn thiện đồng bộ về thể chế", "tasks"),
    section("5. Thi đua hoàn thành, hoàn thành vượt mức các công trình phát triển kết cấu hạ tầng", "tasks"),
    section("III. TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG", "other"),
    section("1. Tiêu chí thi đua", "other"),
    section("a) Đối với tỉnh Nghệ An", "other"),
    section("b) Đối với Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị - xã hội", "other"),
    section("c) Đối với các cơ quan, đơn vị trên địa bàn tỉnh", "other"),
    section("d) Đối với các doanh nghiệp", "other"),
    section("đ) Đối với cá nhân", "other"),
    section("2. Hình thức và tiêu chuẩn khen thưởng", "other"),
    section("a) Hình thức khen thưởng", "other"),
    section("b) Tiêu chuẩn khen thưởng", "other"),
    section("IV. GIẢI PHÁP THỰC HIỆN", "solutions"),
    section("1. Tăng cường sự lãnh đạo của cấp ủy, tổ chức đảng", "solutions"),
    section("2. Đẩy mạnh công tác tuyên truyền nâng cao nhận thức", "solutions"),
    section("3. Phát hiện, động viên, biểu dương, khen thưởng kịp thời", "solutions"),
    section("V. THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN", "organisation"),
    section("1. Thời gian thực hiện", "organisation"),
    section("2. Trách nhiệm thực hiện", "organisation"),
]
