"""0abcf1a5292b31ec — HĐND thành phố Huế, Nghị quyết 37/2025/NQ-HĐND (18/11/2025), amending the
regulation on sustainable poverty-reduction support policies of Thừa Thiên Huế 2023-2025 (issued
with Nghị quyết 20/2023/NQ-HĐND). Labelled by reading, as dev-split gold (never run through the
extractor).

Drafting forms: a legal resolution, not a plan. A long `Căn cứ` list (laws by name with number,
amending laws, decrees with a decree named in their subject), a `Xét Tờ trình …` line; `Điều 1`
amends articles by quoting their new text (`“Điều 6. Quy trình thực hiện …”`): the quoted text
is a procedure — numbered or dashed steps each giving one body a duty with a relative time limit
(`Trong thời hạn 05 ngày làm việc, kể từ ngày nhận đủ hồ sơ …, Phòng Kinh tế xã/… có trách nhiệm
phối hợp với …`) or a yearly one (`Trước ngày 20 tháng 12 hằng năm`). Bodies are written with a
level slash (`Ủy ban nhân dân xã/phường`, `Phòng Kinh tế xã/Phòng Kinh tế, Hạ tầng và Đô thị
phường`) and through their office-holders (`Chủ tịch Ủy ban nhân dân xã/phường quyết định`).
`Điều 4. Tổ chức thực hiện` assigns execution and supervision. No targets: the only numbers are
support rates and funding shares (`500.000 đồng/hộ/tháng`, `Ngân sách thành phố hỗ trợ 50%`)."""

from common import TAICHINH, citation, deadline, metadata, section, task, timeframe

UBND_TP = "UBND thành phố Huế"
XA = "UBND xã/phường"  # `Ủy ban nhân dân xã/phường`: the committee of the household's commune or ward
# `Cơ quan Bảo hiểm xã hội thành phố Huế` in the Huế resolution is the city's office (GUIDELINES: a
# level-taking body followed by its own plan's place takes the level)
BHXH = "Bảo hiểm xã hội thành phố"
KHCN = "Sở Khoa học và Công nghệ"
NNMT = "Sở Nông nghiệp và Môi trường"
# `Phòng Kinh tế xã/Phòng Kinh tế, Hạ tầng và Đô thị phường`: two bodies, one for communes, one for wards
PKT = ["Phòng Kinh tế xã", "Phòng Kinh tế, Hạ tầng và Đô thị phường"]
PVHXH = "Phòng Văn hóa - Xã hội xã/phường"
SBN = "các sở, ban, ngành liên quan"
CP = "Chính phủ"
QH = "Quốc hội"
HDND_TTH = "HĐND tỉnh Thừa Thiên Huế"

RELATIVE = timeframe("due")  # `trong thời hạn N ngày làm việc, kể từ …`: a relative bound, no date
# `Trước ngày 20 tháng 12 hằng năm` in a clause in force from 18/11/2025: first occurrence 2025-12-20
DEC20 = timeframe("recurring", due="2025-12-20", recurrence="yearly")
UNTIL_END_2025 = timeframe("period", None, "2025-12-31")

NQ20 = ("Nghị quyết", "20/2023/NQ-HĐND")

DOC = {
    "doc_id": "0abcf1a5292b31ec",
    "source": "corpus/real/0abcf1a5292b31ec.md",
    "split": "dev",
    "labelled": ["metadata", "sections", "targets", "tasks", "agencies", "deadlines", "citations"],
    "notes": "A resolution amending a support-policy regulation: its tasks are the procedure steps of the quoted new "
             "articles (one per step that gives a named body a duty; the household's own filing step names no body) "
             "and the two assignments of Điều 4. Relative limits (`trong thời hạn 05 ngày làm việc, kể từ …`) are "
             "deadlines with a null date; the posting period (`niêm yết … trong thời gian 02 ngày làm việc`) is a "
             "duration, not a bound. Support rates and budget shares are not targets.",
    "metadata": metadata(
        doc_number="37/2025/NQ-HĐND", doc_type="Nghị quyết", issuer="HĐND thành phố Huế", admin_level="province",
        province="Huế", district=None, commune=None, place="Thành phố Huế", issue_date="2025-11-18", plan_year=None,
        # the title's `GIAI ĐOẠN 2023-2025` is the period of the policies it amends (as 18, 20: the period in a
        # programme's name is the document's period)
        period={"start": 2023, "end": 2025},
        title="SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH CÁC CHÍNH SÁCH HỖ TRỢ GIẢM NGHÈO BỀN VỮNG TỈNH THỪA THIÊN "
              "HUẾ GIAI ĐOẠN 2023-2025 BAN HÀNH THEO NGHỊ QUYẾT SỐ 20/2023/NQ-HĐND NGÀY 21 THÁNG 8 NĂM 2023 CỦA HỘI "
              "ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN HUẾ (NAY THÀNH PHỐ HUẾ)",
        topics=["poverty"],
        # the signature block prints `CHỦ TỊCH` with no `TM.` line above it
        signer={"name": "Lê Trường Lưu", "position": "Chủ tịch", "on_behalf": None},
    ),
    # Every numbered line, the quoted provisions of the amended regulation included (`“2. Các Sở …`,
    # `“Điều 6. Quy trình thực hiện`, its unquoted `1.`–`3.`, `“b) Thủ tục, trình tự thực hiện`): they are
    # numbered lines of this text; the label is the number without the quotation mark. Only `Tổ chức thực
    # hiện` is a kind word (GUIDELINES.md, Sections): everything else is `other`.
    "sections": [
        section("Điều 1. Sửa đổi, bổ sung một số điều của Quy định các chính sách hỗ trợ giảm nghèo bền vững", "other",
                number="Điều 1", heading=None),
        section("1. Sửa đổi, bổ sung khoản 2 Điều 2 như sau:", "other", heading="Sửa đổi, bổ sung khoản 2 Điều 2 như sau"),
        section("2. Các Sở, ban, ngành thuộc Ủy ban nhân dân thành phố", "other", heading=None),
        section("2. Sửa đổi, bổ sung khoản 1 Điều 5 như sau:", "other", heading="Sửa đổi, bổ sung khoản 1 Điều 5 như sau"),
        section("1. Đối tượng được hỗ trợ", "other"),
        section("3. Sửa đổi, bổ sung Điều 6 như sau:", "other", heading="Sửa đổi, bổ sung Điều 6 như sau"),
        section("Điều 6. Quy trình thực hiện", "other", number="Điều 6", heading="Quy trình thực hiện"),
        section("1. Trước ngày 20 tháng 12 hằng năm, Ủy ban nhân dân xã/phường lập danh sách", "other", heading=None),
        section("2. Cơ quan Bảo hiểm xã hội thành phố Huế tổng hợp danh sách", "other", heading=None),
        section("3. Sở Tài chính thẩm định hồ sơ, tham mưu Ủy ban nhân dân thành phố", "other", heading=None),
        section("4. Sửa đổi, bổ sung điểm b khoản 3 Điều 7 như sau:", "other",
                heading="Sửa đổi, bổ sung điểm b khoản 3 Điều 7 như sau"),
        section("b) Thủ tục, trình tự thực hiện", "other"),
        section("5. Sửa đổi, bổ sung điểm b khoản 3 Điều 8 như sau:", "other",
                heading="Sửa đổi, bổ sung điểm b khoản 3 Điều 8 như sau"),
        section("b) Thủ tục, trình tự thực hiện", "other"),
        section("6. Sửa đổi, bổ sung điểm b khoản 3 Điều 9 như sau:", "other",
                heading="Sửa đổi, bổ sung điểm b khoản 3 Điều 9 như sau"),
        section("b) Thủ tục, trình tự thực hiện", "other"),
        section("7. Sửa đổi, bổ sung khoản 2 Điều 10 như sau:", "other",
                heading="Sửa đổi, bổ sung khoản 2 Điều 10 như sau"),
        section("2. Mức hỗ trợ: 500.000 đồng/hộ/tháng", "other", heading="Mức hỗ trợ"),
        section("8. Sửa đổi, bổ sung điểm b khoản 3 Điều 10 như sau:", "other",
                heading="Sửa đổi, bổ sung điểm b khoản 3 Điều 10 như sau"),
        section("b) Thủ tục, trình tự thực hiện", "other"),
        section("9. Sửa đổi, bổ sung khoản 3 Điều 11 như sau:", "other",
                heading="Sửa đổi, bổ sung khoản 3 Điều 11 như sau"),
        section("3. Quy trình thực hiện", "other"),
        section("a) Trước ngày 20 tháng 12 hằng năm, Ủy ban nhân dân xã/phường lập danh sách hộ gia đình thoát nghèo",
                "other", heading=None),
        section("b) Cơ quan Bảo hiểm xã hội thành phố tổng hợp danh sách", "other", heading=None),
        section("c) Sở Tài chính thẩm định hồ sơ, tham mưu Ủy ban nhân dân thành phố", "other", heading=None),
        section("10. Sửa đổi, bổ sung khoản 1 Điều 14 như sau:", "other",
                heading="Sửa đổi, bổ sung khoản 1 Điều 14 như sau"),
        section("1. Nguồn ngân sách thành phố, ngân sách xã/phường", "other", heading=None),
        section("Điều 2. Thay thế, bãi bỏ một số cụm từ, điều, biểu mẫu của Quy định và Phụ lục", "other",
                number="Điều 2", heading=None),
        section("1. Thay thế, bãi bỏ một số cụm từ, điều của Quy định kèm theo Nghị quyết số 20/2023/NQ-HĐND", "other",
                heading=None),
        section("a) Thay thế cụm từ “tỉnh Thừa Thiên Huế” bằng cụm từ “thành phố Huế”", "other", heading=None),
        section("b) Thay thế cụm từ “tỉnh” bằng cụm từ “thành phố”", "other", heading=None),
        section("c) Bãi bỏ Điều 12", "other", heading=None),
        section("2. Bãi bỏ mẫu số 05, mẫu số 06, mẫu số 07, mẫu số 11", "other", heading=None),
        section("Điều 3. Hiệu lực thi hành", "other", number="Điều 3", heading="Hiệu lực thi hành"),
        section("Điều 4. Tổ chức thực hiện", "organisation", number="Điều 4", heading="Tổ chức thực hiện"),
        section("1. Giao Ủy ban nhân dân thành phố triển khai thực hiện Nghị quyết", "organisation", heading=None),
        section("2. Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân", "organisation", heading=None),
    ],
    # `Mức hỗ trợ: 500.000 đồng/hộ/tháng`, `Ngân sách thành phố hỗ trợ 50%; ngân sách xã/phường hỗ trợ 40% …`:
    # a support rate and budget shares, not commitments to reach ("Targets anywhere"; GUIDELINES: budgets)
    "targets": [],
    "tasks": [
        # Điều 1.3 — new Điều 6
        task("Trước ngày 20 tháng 12 hằng năm, Ủy ban nhân dân xã/phường lập danh sách người thuộc hộ gia đình cận "
             "nghèo", [XA], tf=DEC20),
        task("Cơ quan Bảo hiểm xã hội thành phố Huế tổng hợp danh sách, kinh phí đề nghị ngân sách thành phố hỗ trợ "
             "đóng bảo hiểm y tế trình Sở Tài chính", [BHXH]),
        # the lead itself `tham mưu` the city committee: no separate advisor
        task("Sở Tài chính thẩm định hồ sơ, tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện theo quy "
             "định", [TAICHINH]),
        # Điều 1.4 — new Điều 7.3 b); `Hộ gia đình làm 01 (một) bộ hồ sơ …` names no body: not a task.
        # `Chủ tịch Ủy ban nhân dân xã/phường` is an office; the body is the committee ("Agencies")
        task("Phòng Kinh tế xã/Phòng Kinh tế, Hạ tầng và Đô thị phường có trách nhiệm phối hợp với Phòng Văn hóa - "
             "Xã hội xã/phường rà soát, thẩm định hồ sơ", PKT, [PVHXH], tf=RELATIVE),
        task("Trường hợp có khiếu nại, trong thời hạn 07 ngày làm việc, kể từ ngày nhận được ý kiến phản ánh, khiếu "
             "nại, Chủ tịch Ủy ban nhân dân xã/phường tổ chức xem xét, kết luận", [XA], tf=RELATIVE),
        task("kể từ ngày hồ sơ được xét duyệt và không có khiếu nại, Chủ tịch Ủy ban nhân dân xã/phường Quyết định "
             "hỗ trợ trợ cấp xã hội hằng tháng cho đối tượng", [XA], tf=RELATIVE),
        task("Trường hợp đối tượng không đủ điều kiện hưởng, Chủ tịch Ủy ban nhân dân xã/phường trả lời bằng văn bản "
             "và nêu rõ lý do", [XA]),
        # Điều 1.5 — new Điều 8.3 b)
        task("Phòng Kinh tế xã/Phòng Kinh tế, Hạ tầng và Đô thị phường phối hợp với Phòng Văn hóa - Xã hội "
             "xã/phường rà soát, thẩm định, xác nhận, tổng hợp báo cáo Ủy ban nhân dân xã/phường phê duyệt danh sách "
             "hộ gia đình được hỗ trợ phương tiện nghe nhìn", PKT, [PVHXH], tf=RELATIVE),
        task("Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính, Sở Nông nghiệp và Môi trường và các sở, "
             "ban, ngành liên quan trình Ủy ban nhân dân thành phố phê duyệt", [KHCN], [TAICHINH, NNMT, SBN],
             tf=RELATIVE),
        # the bullet's own `Trường hợp không phê duyệt, …` sentence completes this duty
        task("Trong 02 ngày làm việc, kể từ ngày nhận đủ hồ sơ, Ủy ban nhân dân thành phố ban hành quyết định phê "
             "duyệt danh sách và kinh phí hỗ trợ; đồng thời chỉ đạo thực hiện hỗ trợ", [UBND_TP],
             tf=RELATIVE),
        # Điều 1.6 — new Điều 9.3 b)
        task("Phòng Kinh tế xã/Phòng Kinh tế, Hạ tầng và Đô thị phường phối hợp với Phòng Văn hóa - Xã hội "
             "xã/phường rà soát, thẩm định, xác nhận, tổng hợp báo cáo Ủy ban nhân dân xã/phường phê duyệt danh sách "
             "hộ gia đình được hỗ trợ hệ thống xử lý nước sạch", PKT, [PVHXH], tf=RELATIVE),
        task("Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính và các sở, ban, ngành liên quan trình "
             "Ủy ban nhân dân thành phố phê duyệt", [NNMT], [TAICHINH, SBN], tf=RELATIVE),
        # here the refusal is a bullet of its own: a duty of its own ("Tasks")
        task("Trường hợp không phê duyệt, Ủy ban nhân dân thành phố thông báo bằng văn bản và nêu rõ lý do",
             [UBND_TP]),
        task("Trong 02 ngày làm việc, kể từ ngày nhận đủ hồ sơ, Ủy ban nhân dân thành phố ban hành quyết định phê "
             "duyệt danh sách và kinh phí hỗ trợ; đồng thời chỉ đạo thực hiện hỗ trợ", [UBND_TP], tf=RELATIVE),
        # Điều 1.8 — new Điều 10.3 b); the filing by `Đối tượng, người giám hộ … hoặc tổ chức, cá nhân` names no body
        task("Phòng Kinh tế xã/Phòng Kinh tế, Hạ tầng và Đô thị phường phối hợp với Phòng Văn hóa - Xã hội xã/phường "
             "rà soát, thẩm định trình Chủ tịch Ủy ban nhân dân xã/phường xem xét", PKT, [PVHXH], tf=RELATIVE),
        task("Trường hợp có ý kiến khiếu nại, trong thời hạn 07 ngày làm việc, kể từ ngày nhận được ý kiến khiếu nại, "
             "Chủ tịch Ủy ban nhân dân xã/phường tổ chức xem xét", [XA], tf=RELATIVE),
        task("kể từ ngày hồ sơ được xét duyệt và không có ý kiến khiếu nại, Chủ tịch Ủy ban nhân dân xã/phường ra "
             "Quyết định hỗ trợ trợ cấp xã hội hằng tháng cho đối tượng", [XA], tf=RELATIVE),
        task("Trường hợp đối tượng không đủ điều kiện hưởng, Chủ tịch Ủy ban nhân dân xã/phường trả lời bằng văn bản "
             "và nêu rõ lý do", [XA]),
        # Điều 1.9 — new Điều 11.3
        task("a) Trước ngày 20 tháng 12 hằng năm, Ủy ban nhân dân xã/phường lập danh sách hộ gia đình thoát nghèo, "
             "đồng thời thoát cận nghèo", [XA], tf=DEC20),
        task("b) Cơ quan Bảo hiểm xã hội thành phố tổng hợp danh sách, kinh phí đề nghị ngân sách thành phố hỗ trợ "
             "đóng bảo hiểm y tế trình Sở Tài chính", [BHXH]),
        task("c) Sở Tài chính thẩm định hồ sơ, tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện theo quy "
             "định", [TAICHINH]),
        # Điều 2 replaces words and repeals articles: no body is given a duty. Điều 4:
        task("Giao Ủy ban nhân dân thành phố triển khai thực hiện Nghị quyết", [UBND_TP]),
        # `các đại biểu Hội đồng nhân dân` are persons; the bodies lead
        task("Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu và các đại biểu Hội đồng nhân "
             "dân thành phố trong phạm vi, nhiệm vụ, quyền hạn giám sát", ["Thường trực HĐND thành phố",
                                                                          "các Ban HĐND thành phố",
                                                                          "Tổ đại biểu HĐND thành phố"]),
    ],
    # HĐND tỉnh Thừa Thiên Huế is named only as issuer of the amended resolution (a citation's issuer).
    # Office-holders are read as their bodies. `VP: Lãnh đạo và các CV` addresses the office's staff
    # (persons) without naming the office; `Lưu: VT` is the archive copy.
    "agencies": [
        *[{"canonical": name, "generic": False} for name in (
            "HĐND thành phố Huế",  # issuer
            UBND_TP, "Ban Văn hóa - Xã hội",  # the Tờ trình's author; the HĐND committee that examined it
            XA, BHXH, TAICHINH, "Trung tâm Phục vụ hành chính công xã/phường", *PKT, PVHXH, KHCN, NNMT,
            "Thường trực HĐND thành phố",
            # Nơi nhận
            "Ủy ban Thường vụ Quốc hội", CP, "Ủy ban Công tác đại biểu", "Bộ Tài chính", "Bộ Nông nghiệp và Môi trường",
            "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính", "Bộ Tư pháp", "Ban Thường vụ Thành ủy",
            "Ban Thường vụ Đảng ủy các cơ quan Đảng thành phố", "Đoàn đại biểu Quốc hội thành phố",
            "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "Công báo thành phố", "Cổng Thông tin điện tử thành phố",
        )],
        *[{"canonical": name, "generic": True} for name in (
            "các sở, ban, ngành thuộc UBND thành phố", "UBND các xã, phường", SBN, "các Ban HĐND thành phố",
            "Tổ đại biểu HĐND thành phố", "các sở, ban, ngành, đoàn thể thành phố", "Thường trực HĐND các xã, phường",
        )],
    ],
    # Not deadlines: `niêm yết công khai kết quả xét duyệt … trong thời gian 02 ngày làm việc` (how long a
    # notice stays up), `trợ cấp xã hội hằng tháng`, `rà soát hộ nghèo, hộ cận nghèo hằng năm` (hằng năm
    # qualifying a noun), `thông qua ngày 18 tháng 11 năm 2025` (the adoption date), cited documents' dates.
    "deadlines": [
        deadline("Trước ngày 20 tháng 12 hằng năm, Ủy ban nhân dân xã/phường lập danh sách người thuộc hộ gia đình",
                 DEC20),
        # Điều 7.3 b)
        deadline("Trong thời hạn 05 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ theo quy định, Phòng Kinh tế "
                 "xã/Phòng Kinh tế, Hạ tầng và Đô thị phường có trách nhiệm", RELATIVE),
        deadline("trong thời hạn 07 ngày làm việc, kể từ ngày nhận được ý kiến phản ánh, khiếu nại", RELATIVE),
        deadline("Trong thời hạn 03 ngày làm việc, kể từ ngày hồ sơ được xét duyệt và không có khiếu nại", RELATIVE),
        # `Thời gian hỗ trợ …`: the support runs until the end of 2025; its start is relative
        deadline("Thời gian hỗ trợ kể từ ngày Chủ tịch Ủy ban nhân dân xã/phường ban hành quyết định cho đến ngày 31 "
                 "tháng 12 năm 2025", UNTIL_END_2025),
        # Điều 8.3 b)
        deadline("Trong 02 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ theo quy định, Phòng Kinh tế xã/Phòng Kinh "
                 "tế, Hạ tầng và Đô thị phường phối hợp", RELATIVE),
        deadline("trong 05 ngày làm việc, Sở Khoa học và Công nghệ chủ trì", RELATIVE),
        deadline("Trong 02 ngày làm việc, kể từ ngày nhận đủ hồ sơ, Ủy ban nhân dân thành phố ban hành quyết định",
                 RELATIVE),
        # Điều 9.3 b)
        deadline("Trong 02 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ theo quy định, Phòng Kinh tế xã/Phòng Kinh "
                 "tế, Hạ tầng và Đô thị phường phối hợp", RELATIVE),
        deadline("trong 05 ngày làm việc, Sở Nông nghiệp và Môi trường chủ trì", RELATIVE),
        deadline("Trong 02 ngày làm việc, kể từ ngày nhận đủ hồ sơ, Ủy ban nhân dân thành phố ban hành quyết định",
                 RELATIVE),
        # Điều 10.3 b)
        deadline("Trong thời hạn 05 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ theo quy định, Phòng Kinh tế "
                 "xã/Phòng Kinh tế, Hạ tầng và Đô thị phường phối hợp", RELATIVE),
        deadline("trong thời hạn 07 ngày làm việc, kể từ ngày nhận được ý kiến khiếu nại", RELATIVE),
        deadline("Trong thời hạn 03 ngày làm việc, kể từ ngày hồ sơ được xét duyệt và không có ý kiến khiếu nại",
                 RELATIVE),
        deadline("Thời gian hỗ trợ kể từ ngày Chủ tịch Ủy ban nhân dân xã/phường ban hành quyết định cho đến ngày "
                 "31/12/2025", UNTIL_END_2025),
        # Điều 11.3 a)
        deadline("a) Trước ngày 20 tháng 12 hằng năm, Ủy ban nhân dân xã/phường lập danh sách hộ gia đình thoát "
                 "nghèo", DEC20),
        # Điều 3: the resolution's own term of effect (as 18's `có hiệu lực kể từ ngày ký`)
        deadline("có hiệu lực thi hành kể từ ngày 18 tháng 11 năm 2025 đến ngày 31 tháng 12 năm 2025",
                 timeframe("period", "2025-11-18", "2025-12-31")),
    ],
    # The `Quy định các chính sách hỗ trợ giảm nghèo bền vững … giai đoạn 2023-2025` is the regulation issued
    # by Nghị quyết 20/2023/NQ-HĐND: each mention is that resolution's citation, not a second one. `Báo cáo
    # thẩm tra của Ban Văn hóa - Xã hội` has no number or name; `chuẩn nghèo đa chiều … của Chính phủ` is a
    # standard set by a decree, not a named document; `Điều này`, `Nghị quyết này` are the document itself.
    "citations": [
        citation("NGHỊ QUYẾT SỐ 20/2023/NQ-HĐND NGÀY 21 THÁNG 8 NĂM 2023 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN HUẾ",
                 *NQ20, "2023-08-21", HDND_TTH, "reference"),
        citation("Luật Tổ chức chính quyền địa phương số 72/2025/QH15", "Luật", "72/2025/QH15", None, QH, "basis"),
        citation("Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15", "Luật", "64/2025/QH15", None, QH, "basis"),
        # an amending law's name holds the law it amends: one citation (GUIDELINES)
        citation("Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15",
                 "Luật", "87/2025/QH15", None, QH, "basis"),
        citation("Luật Ngân sách nhà nước số 83/2015/QH13", "Luật", "83/2015/QH13", None, QH, "basis"),
        citation("Luật Đầu tư công số 58/2024/QH15", "Luật", "58/2024/QH15", None, QH, "basis"),
        citation("Luật Bảo hiểm xã hội số 41/2024/QH15", "Luật", "41/2024/QH15", None, QH, "basis"),
        citation("Luật Bảo hiểm y tế số 25/2008/QH12", "Luật", "25/2008/QH12", None, QH, "basis"),
        citation("Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 46/2014/QH13", "Luật", "46/2014/QH13",
                 None, QH, "basis"),
        citation("Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 51/2024/QH15", "Luật", "51/2024/QH15",
                 None, QH, "basis"),
        citation("Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14", "Pháp lệnh", "02/2020/UBTVQH14",
                 None, "Ủy ban Thường vụ Quốc hội", "basis"),
        citation("Nghị định số 07/2021/NĐ-CP của Chính phủ quy định chuẩn nghèo đa chiều giai đoạn 2021-2025",
                 "Nghị định", "07/2021/NĐ-CP", None, CP, "basis"),
        citation("Nghị định số 30/2025/NĐ-CP của Chính phủ sửa đổi, bổ sung một số điều của Nghị định", "Nghị định",
                 "30/2025/NĐ-CP", None, CP, "basis"),
        # named inside 30/2025's subject: a reference (GUIDELINES, Citations)
        citation("Nghị định số 07/2021/NĐ-CP ngày 27 tháng 01 năm 2021 của Chính phủ quy định chuẩn nghèo đa chiều",
                 "Nghị định", "07/2021/NĐ-CP", "2021-01-27", CP, "reference"),
        citation("Nghị định số 20/2021/NĐ-CP của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo "
                 "trợ xã hội", "Nghị định", "20/2021/NĐ-CP", None, CP, "basis"),
        citation("Nghị định số 76/2024/NĐ-CP của Chính phủ về sửa đổi, bổ sung một số điều của Nghị định", "Nghị định",
                 "76/2024/NĐ-CP", None, CP, "basis"),
        citation("Nghị định 20/2021/NĐ-CP về chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội",
                 "Nghị định", "20/2021/NĐ-CP", None, CP, "reference"),
        citation("Nghị quyết số 175/2024/QH15 của Quốc hội về việc thành lập thành phố Huế trực thuộc trung ương",
                 "Nghị quyết", "175/2024/QH15", None, QH, "basis"),
        citation("Nghị định số 131/2025/NĐ-CP của Chính phủ quy định phân định thẩm quyền của chính quyền địa phương "
                 "02 cấp", "Nghị định", "131/2025/NĐ-CP", None, CP, "basis"),
        citation("Nghị định số 150/2025/NĐ-CP của Chính phủ quy định tổ chức các cơ quan chuyên môn", "Nghị định",
                 "150/2025/NĐ-CP", None, CP, "basis"),
        # `Xét …` is neither `Căn cứ` nor `Thực hiện`: reference
        citation("Tờ trình số 16384/TTr-UBND ngày 12 tháng 11 năm 2025 của Ủy ban nhân dân thành phố", "Tờ trình",
                 "16384/TTr-UBND", "2025-11-12", UBND_TP, "reference"),
        citation("Nghị quyết số 20/2023/NQ-HĐND ngày 21 tháng 8 năm 2023 của Hội đồng nhân dân tỉnh Thừa Thiên Huế "
                 "(nay thành phố Huế)", *NQ20, "2023-08-21", HDND_TTH, "reference"),
        citation("Nghị quyết số 20/2023/NQ-HĐND ngày 21 tháng 8 năm 2023 của Hội đồng nhân dân tỉnh Thừa Thiên Huế "
                 "(nay thành phố Huế)", *NQ20, "2023-08-21", HDND_TTH, "reference"),
        citation("ban hành kèm theo Nghị quyết số 20/2023/NQ-HĐND ngày 21 tháng 8 năm 2023 của Hội đồng nhân dân tỉnh "
                 "Thừa Thiên Huế", *NQ20, "2023-08-21", HDND_TTH, "reference"),
        citation("Phụ lục kèm theo Nghị quyết số 20/2023/NQ-HĐND ngày 21 tháng 8 năm 2023 của Hội đồng nhân dân tỉnh "
                 "Thừa Thiên Huế (nay là thành phố Huế)", *NQ20, "2023-08-21", HDND_TTH, "reference"),
        citation("Quy định kèm theo Nghị quyết số 20/2023/NQ-HĐND như sau", *NQ20, None, HDND_TTH, "reference"),
        citation("mẫu số 11 tại Phụ lục kèm theo Nghị quyết số 20/2023/NQ-HĐND", *NQ20, None, HDND_TTH, "reference"),
    ],
}
