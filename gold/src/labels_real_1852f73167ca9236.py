"""1852f73167ca9236 — HĐND thành phố Hà Nội, Nghị quyết 66/2025/NQ-HĐND (27/11/2025), amending the
fees for visiting scenic spots, historical relics and cultural works set in Nghị quyết
16/2023/NQ-HĐND. Labelled by reading, as dev-split gold (never run through the extractor).

Drafting forms: a short legal resolution with a fee appendix. `Căn cứ` items that name the
amending act inside them (`… số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15`), a
`Xét Tờ trình …; Báo cáo thẩm tra …; Báo cáo giải trình …` line; `Điều 2. Tổ chức thực hiện` with
numbered assignments (`Giao …`, `Đề nghị …`); an appendix of labelled blocks (`1. Đơn vị tổ chức
thu phí: … (Ban quản lý …)`, `Đối tượng miễn thu phí`, `Thời gian thực hiện: Sau khi Nghị quyết …
có hiệu lực`) and two `|`-row tables of fee rates and retention shares. No targets (fee rates
and budget shares only) and one deadline (the date the resolution takes effect)."""

from common import citation, deadline, metadata, section, task, timeframe

UBND_TP = "UBND thành phố Hà Nội"
HDND_HN = "HĐND thành phố Hà Nội"
# `Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội` in the Hà Nội resolution: the city's committee,
# written with its level (GUIDELINES: a level-taking body followed by its own plan's place)
MTTQ_TP = "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"
TT_HDND = "Thường trực HĐND thành phố"
CP = "Chính phủ"
QH = "Quốc hội"
NQ16 = ("Nghị quyết", "16/2023/NQ-HĐND", "2023-12-06", HDND_HN)

DOC = {
    "doc_id": "1852f73167ca9236",
    "source": "corpus/real/1852f73167ca9236.md",
    "split": "dev",
    "labelled": ["metadata", "sections", "targets", "tasks", "agencies", "deadlines", "citations"],
    "notes": "A fee resolution: no targets (`20.000 đồng/lượt/khách`, `Tỷ lệ để lại cho đơn vị thu 90%`, `giảm 50% mức "
             "phí` are rates and shares, not commitments). Tasks: the three assignments of Điều 2 and the appendix's "
             "two fee-collecting units (`Đơn vị tổ chức thu phí: … (Ban quản lý …)`, a labelled block naming who "
             "collects). `Thời gian thực hiện: Sau khi Nghị quyết … có hiệu lực thi hành` is not a date; the one "
             "deadline is the date of effect.",
    "metadata": metadata(
        doc_number="66/2025/NQ-HĐND", doc_type="Nghị quyết", issuer=HDND_HN, admin_level="province",
        province="Hà Nội", district=None, commune=None, place="Hà Nội", issue_date="2025-11-27", plan_year=None,
        period=None,
        title="VỀ VIỆC SỬA ĐỔI, BỔ SUNG QUY ĐỊNH VỀ PHÍ THAM QUAN DANH LAM THẮNG CẢNH, DI TÍCH LỊCH SỬ, CÔNG TRÌNH VĂN "
              "HÓA TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI TẠI NGHỊ QUYẾT SỐ 16/2023/NQ-HĐND NGÀY 06 THÁNG 12 NĂM 2023 CỦA HỘI "
              "ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI",
        topics=[],  # visiting fees: no topic of the taxonomy
        signer={"name": "Phùng Thị Hồng Hà", "position": "Chủ tịch", "on_behalf": None},
    ),
    # Every numbered line: the articles, Điều 2's items, the appendix's parts A and B and their items. Only
    # `Tổ chức thực hiện` is a kind word (GUIDELINES.md, Sections); `Quản lý sử dụng, phí thu được` and the
    # other appendix labels have none: `other`. The fee tables' `STT` cells (`1`, `2`, …) are table rows.
    "sections": [
        section("Điều 1. Sửa đổi, bổ sung quy định về phí tham quan danh lam thắng cảnh", "other", number="Điều 1",
                heading=None),
        section("Điều 2. Tổ chức thực hiện", "organisation", number="Điều 2", heading="Tổ chức thực hiện"),
        section("1. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện Nghị quyết", "organisation", heading=None),
        section("2. Giao Thường trực Hội đồng nhân dân Thành phố", "organisation", heading=None),
        section("3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội", "organisation", heading=None),
        section("4. Trong quá trình thực hiện, trường hợp các văn bản quy phạm pháp luật", "organisation",
                heading=None),
        section("Điều 3. Hiệu lực thi hành", "other", number="Điều 3", heading="Hiệu lực thi hành"),
        section("A. BỔ SUNG QUY ĐỊNH VỀ PHÍ THAM QUAN DI TÍCH LỊCH SỬ, CÔNG TRÌNH VĂN HÓA TRÊN ĐỊA BÀN PHƯỜNG HOÀN KIẾM",
                "other"),
        section("1. Đơn vị tổ chức thu phí:", "other", heading="Đơn vị tổ chức thu phí"),
        section("2. Đối tượng nộp phí:", "other", heading="Đối tượng nộp phí"),
        section("3. Đối tượng miễn thu phí:", "other", heading="Đối tượng miễn thu phí"),
        section("4. Đối tượng giảm 50% mức phí", "other"),
        section("5. Thời gian không thu phí", "other"),
        section("6. Quản lý sử dụng, phí thu được", "other"),
        section("7. Mức thu phí đề xuất:", "other", heading="Mức thu phí đề xuất"),
        section("8. Thời gian thực hiện: Sau khi Nghị quyết của HĐND Thành phố có hiệu lực thi hành", "other",
                heading="Thời gian thực hiện"),
        section("B. SỬA ĐỔI QUY ĐỊNH PHÍ THAM QUAN DI TÍCH CHÙA HƯƠNG, XÃ HƯƠNG SƠN", "other"),
        section("1. Đơn vị tổ chức thu phí", "other"),
        section("2. Quản lý sử dụng, phí thu được", "other"),
        section("3. Thời gian không thu phí", "other"),
        section("4. Thời gian thực hiện: Sau khi Nghị quyết của HĐND Thành phố được thông qua", "other",
                heading="Thời gian thực hiện"),
    ],
    "targets": [],
    "tasks": [
        task("Giao Ủy ban nhân dân Thành phố tổ chức thực hiện Nghị quyết", [UBND_TP]),
        # `các Tổ đại biểu và đại biểu Hội đồng nhân dân Thành phố`: the delegates are persons; the bodies lead
        task("Giao Thường trực Hội đồng nhân dân Thành phố, các Ban của Hội đồng nhân dân Thành phố, các Tổ đại biểu "
             "và đại biểu Hội đồng nhân dân Thành phố giám sát việc tổ chức thực hiện Nghị quyết",
             [TT_HDND, "các Ban của HĐND thành phố", "các Tổ đại biểu HĐND thành phố"]),
        task("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội phối hợp tuyên truyền, tham gia giám sát thực "
             "hiện Nghị quyết", [MTTQ_TP]),
        # Điều 2.4 (`trường hợp các văn bản … được sửa đổi … thì thực hiện theo văn bản … mới`) names no body.
        # Appendix A.1 and B.1: the labelled block names the unit that collects the fee (its lead)
        task("Đơn vị tổ chức thu phí: Đơn vị trực tiếp quản lý di tích lịch sử, công trình văn hóa trên địa bàn thành "
             "phố Hà Nội (Ban quản lý hồ Hoàn Kiếm và phố cổ Hà Nội)", ["Ban quản lý hồ Hoàn Kiếm và phố cổ Hà Nội"]),
        task("Đơn vị tổ chức thu phí Đơn vị trực tiếp quản lý di tích danh lam thắng cảnh, di tích lịch sử trên địa bàn "
             "thành phố Hà Nội (Ban quản lý khu di tích và thắng cảnh Hương Sơn)",
             ["Ban quản lý khu di tích và thắng cảnh Hương Sơn"]),
    ],
    # The Ban Văn hóa - Xã hội of the HĐND is named only as issuer of a cited report (a citation's issuer).
    # `Đại biểu HĐND Thành phố` are persons; `Lưu: VT` is the archive copy.
    "agencies": [
        *[{"canonical": name, "generic": False} for name in (
            HDND_HN,  # issuer
            UBND_TP, TT_HDND, MTTQ_TP,
            "Ban quản lý hồ Hoàn Kiếm và phố cổ Hà Nội", "Ban quản lý khu di tích và thắng cảnh Hương Sơn",
            "Trung tâm Giao lưu Văn hóa Phố cổ Hà Nội",  # a centre named as one of the fee sites
            # Nơi nhận
            "Ủy ban Thường vụ Quốc hội", CP, "Văn phòng Quốc hội", "Văn phòng Chính phủ", "Ủy ban Công tác đại biểu",
            "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Tài chính", "Bộ Tư pháp", "Cục Thuế",
            "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính", "Thường trực Thành ủy",
            "Đoàn đại biểu Quốc hội thành phố",  # `Đoàn đại biểu Quốc hội Hà Nội`
            # `Các VP: TU, Đoàn ĐBQH và HĐND TP, UBND TP`
            "Văn phòng Thành ủy", "Văn phòng Đoàn đại biểu Quốc hội và HĐND thành phố", "Văn phòng UBND thành phố",
            "Trang Thông tin điện tử của Đoàn đại biểu Quốc hội và HĐND thành phố",
            "Trung tâm Thông tin, Dữ liệu và Công nghệ số thành phố",  # `Trung tâm TT, DL và CNS TP`
        )],
        *[{"canonical": name, "generic": True} for name in (
            "các Ban của HĐND thành phố", "các Tổ đại biểu HĐND thành phố", "UBND xã, phường, thị trấn",
            "các Ban Đảng Thành ủy", "các sở, ban, ngành thành phố", "Thường trực HĐND các xã, phường",
            "UBND các xã, phường",
        )],
    ],
    # Not deadlines: `Thời gian thực hiện: Sau khi Nghị quyết của HĐND Thành phố có hiệu lực thi hành` (a bound
    # that is not a date), `Ngày Di sản văn hóa Việt Nam 23/11`, `ngày lễ Phật Đản (15 tháng 4 âm lịch)` (named
    # days on which no fee is taken), `thông qua ngày 27 tháng 11 năm 2025` (the adoption date), ages.
    "deadlines": [
        deadline("Nghị quyết có hiệu lực thi hành kể từ ngày 08 tháng 12 năm 2025", timeframe("period", "2025-12-08")),
    ],
    # `Luật số 87/2025/QH15`, `Nghị định số 82/2023/NĐ-CP`, `Thông tư số 106/2021/TT-BTC`, `Nghị quyết số
    # 16/2023/NQ-HĐND` amend the act a `Căn cứ` item names and are part of that basis: `basis`. A law named
    # inside a decree's subject is a reference. `Nghị quyết số 66/2025/NQ-HĐND` in the appendix's heading is
    # the document itself, and `văn bản quy phạm pháp luật quy định viện dẫn tại Nghị quyết này` is generic.
    "citations": [
        citation("NGHỊ QUYẾT SỐ 16/2023/NQ-HĐND NGÀY 06 THÁNG 12 NĂM 2023 CỦA HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI",
                 *NQ16, "reference"),
        citation("Luật Tổ chức chính quyền địa phương số 72/2025/QH15", "Luật", "72/2025/QH15", None, QH, "basis"),
        citation("Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15", "Luật", "64/2025/QH15", None, QH, "basis"),
        citation("được sửa đổi, bổ sung bởi Luật số 87/2025/QH15", "Luật", "87/2025/QH15", None, QH, "basis"),
        citation("Luật Phí và lệ phí số 97/2015/QH13", "Luật", "97/2015/QH13", None, QH, "basis"),
        citation("Nghị định số 120/2016/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật phí và lệ "
                 "phí", "Nghị định", "120/2016/NĐ-CP", None, CP, "basis"),
        citation("Luật phí và lệ phí", "Luật", None, None, QH, "reference"),
        citation("được sửa đổi, bổ sung bởi Nghị định số 82/2023/NĐ-CP", "Nghị định", "82/2023/NĐ-CP", None, CP,
                 "basis"),
        citation("Thông tư số 85/2019/TT-BTC hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của HĐND tỉnh",
                 "Thông tư", "85/2019/TT-BTC", None, "Bộ Tài chính", "basis"),
        citation("được sửa đổi, bổ sung bởi Thông tư số 106/2021/TT-BTC", "Thông tư", "106/2021/TT-BTC", None,
                 "Bộ Tài chính", "basis"),
        citation("Nghị quyết số 06/2020/NQ-HĐND ngày 07 tháng 7 năm 2020 của Hội đồng nhân dân thành phố Hà Nội",
                 "Nghị quyết", "06/2020/NQ-HĐND", "2020-07-07", HDND_HN, "basis"),
        citation("được sửa đổi, bổ sung bởi Nghị quyết số 16/2023/NQ-HĐND ngày 06 tháng 12 năm 2023 của Hội đồng nhân "
                 "dân Thành phố", *NQ16, "basis"),
        # `Xét …` is neither `Căn cứ` nor `Thực hiện`: reference
        citation("Tờ trình số 419/TTr-UBND ngày 21 tháng 11 năm 2025 của UBND Thành phố", "Tờ trình", "419/TTr-UBND",
                 "2025-11-21", UBND_TP, "reference"),
        citation("Báo cáo thẩm tra số 104/BC-BVHXH ngày 24 tháng 11 năm 2025 của Ban Văn hóa - Xã hội Hội đồng nhân dân "
                 "Thành phố", "Báo cáo", "104/BC-BVHXH", "2025-11-24", "Ban Văn hóa - Xã hội HĐND thành phố Hà Nội",
                 "reference"),
        citation("Báo cáo giải trình, tiếp thu số 473/BC-UBND ngày 25 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố",
                 "Báo cáo", "473/BC-UBND", "2025-11-25", UBND_TP, "reference"),
        citation("tại Nghị quyết số 16/2023/NQ-HĐND ngày 06 tháng 12 năm 2023 của Hội đồng nhân dân thành phố Hà Nội",
                 *NQ16, "reference"),
        # appendix
        citation("tại Nghị quyết số 16/2023/NQ-HĐND ngày 06 tháng 12 năm 2023 của Hội đồng nhân dân thành phố Hà Nội",
                 *NQ16, "reference"),
        citation("Nghị định số 28/2012/NĐ-CP ngày 10 tháng 4 năm 2012 của Chính phủ quy định chi tiết và hướng dẫn thi "
                 "hành một số điều của luật người khuyết tật", "Nghị định", "28/2012/NĐ-CP", "2012-04-10", CP,
                 "reference"),
        citation("luật người khuyết tật", "Luật", None, None, QH, "reference"),
        citation("Nghị định số 28/2012/NĐ-CP ngày 10 tháng 4 năm 2012 của Chính phủ quy định chi tiết và hướng dẫn thi "
                 "hành một số điều của luật người khuyết tật", "Nghị định", "28/2012/NĐ-CP", "2012-04-10", CP,
                 "reference"),
        citation("luật người khuyết tật", "Luật", None, None, QH, "reference"),
        citation("Luật người cao tuổi", "Luật", None, None, QH, "reference"),
    ],
}
