"""556b2fb4a0149576 — UBND tỉnh Đắk Lắk, KH 0124/KH-UBND (18/11/2025), launching the emulation campaign (Đợt thi
đua) to greet the XIV Party Congress and complete the targets of the XIII Congress resolution.

Drafting forms: preamble `Thực hiện Quyết định số …`, campaign content in prose (chủ đề, thời gian thực hiện,
nội dung a)–d)), emulation criteria per group of participants (III.2 a)–d), bullets), and TỔ CHỨC THỰC HIỆN
with agency-headed items (`3. Sở Văn hóa, Thể thao và Du lịch: Phối hợp …`, `4. Sở Nội vụ` + bullets), a
generic item 1 with bullets, `2. Đề nghị …` for the Front and Party bodies; Nơi nhận; KT. Chủ tịch signature.

Labelled by reading, as dev gold (split "dev"), 2026-12. Borderline decisions:
- Targets: none. The emulation criteria (`Hoàn thành vượt mức các chỉ tiêu …`) are qualities asked of
  participants, not measurable commitments, and there is no Chỉ tiêu / Mục tiêu cụ thể section.
- Tasks: every bullet of IV.1 and IV.4 is a duty of its own (convention: bullets that are duties of their own
  are tasks of their own), led by the item's agency. The closing `Trên đây là Kế hoạch …; các cơ quan … nghiêm
  túc tổ chức, triển khai thực hiện` is the issuer's closing sentence (GUIDELINES: not a task).
- Deadlines: only II.2 `Thời gian thực hiện: Từ tháng 10/2025 đến khi tổ chức thành công Đại hội …` → period
  with start only (its end is an event, not a date). `thường xuyên tuyên truyền` (IV.3) is an adverb of manner;
  `khi tổng kết Đợt thi đua` (IV.1) is a bound that is not a date; `năm 2025` in `mục tiêu phát triển kinh tế -
  xã hội năm 2025` is a target's year (conventions: not deadlines).
- Agencies (convention: every specific body named, with or without a role; office-holders → their body):
  `CT, PCT UBND tỉnh`, `Chủ tịch UBND tỉnh` → UBND tỉnh Đắk Lắk; `Chánh, các PCVP UBND tỉnh` → Văn phòng UBND
  tỉnh; `phong trào thi đua do Thủ tướng Chính phủ phát động` → Chính phủ (the Prime Minister is an office, as in
  11). Bộ Chính trị is named only as issuer of cited documents; the Party (`Đại hội … của Đảng`) is named only in
  the names of congresses and resolutions.
- Citations: QĐ 2437/QĐ-TTg (Thực hiện → implements); Chỉ thị 41-CT/TW, Kết luận 01-KL/TW and Chỉ thị 05-CT/TW
  named in its subject (reference); the XIII Congress resolution `Nghị quyết Đại hội (đại biểu toàn quốc) lần thứ
  XIII của Đảng` is a specific document named without a number (convention: number null), cited wherever it is
  written — in the title, in QĐ 2437's subject and in the campaign's name (reference: the plan launches a
  campaign, it does not carry out the resolution itself). `kế hoạch 05 năm (2021 - 2025)` and `tư tưởng … của
  Chủ tịch Hồ Chí Minh` are generic references.
"""

from common import MTTQ, NOIVU, VHTTDL, agencies, citation, deadline, metadata, task, timeframe

UBND = "UBND tỉnh Đắk Lắk"
TG = "Ban Tuyên giáo và Dân vận Tỉnh ủy"
BAO = "Báo và Phát thanh, Truyền hình Đắk Lắk"
CQ = "các cơ quan, đơn vị, địa phương, doanh nghiệp"
BCT = "Bộ Chính trị"
NQ13 = ("Nghị quyết", None, None, None, "reference")

DOC = {
    "doc_id": "556b2fb4a0149576",
    "source": "corpus/real/556b2fb4a0149576.md",
    "split": "dev",
    "labelled": ["metadata", "targets", "tasks", "agencies", "deadlines", "citations"],
    "metadata": metadata(
        doc_number="0124/KH-UBND", doc_type="Kế hoạch", issuer=UBND, admin_level="province", province="Đắk Lắk",
        district=None, commune=None, place="Đắk Lắk", issue_date="2025-11-18", plan_year=None, period=None,
        title="PHÁT ĐỘNG ĐỢT THI ĐUA LẬP THÀNH TÍCH CHÀO MỪNG ĐẠI HỘI LẦN THỨ XIV CỦA ĐẢNG; TĂNG TỐC, BỨT PHÁ, HOÀN "
              "THÀNH THẮNG LỢI CÁC MỤC TIÊU, NHIỆM VỤ NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XIII CỦA ĐẢNG",
        topics=[],
        signer={"name": "Đào Mỹ", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    ),
    "targets": [],
    "tasks": [
        # IV.1: a generic lead; each bullet is a duty of its own
        task("Các cơ quan, đơn vị, địa phương, doanh nghiệp căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch "
             "triển khai thực hiện đợt thi đua", [CQ]),
        task("Giới thiệu điển hình tiên tiến trong Đợt thi đua để tuyên truyền trên các phương tiện thông tin đại chúng",
             [CQ]),
        task("Khen thưởng theo thẩm quyền và đề nghị khen thưởng đối với các tập thể, cá nhân có thành tích tiêu biểu",
             [CQ]),
        task("Báo cáo Ủy ban nhân dân tỉnh về kết quả Đợt thi đua (qua Sở Nội vụ) khi tổng kết Đợt thi đua", [CQ]),
        # IV.2
        task("Đề nghị các cấp ủy Đảng, Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh: Phối "
             "hợp chặt chẽ với cấp ủy, chính quyền các cấp", ["các cấp ủy Đảng", MTTQ, "các tổ chức chính trị - xã hội tỉnh"],
             ["cấp ủy, chính quyền các cấp"]),
        # IV.3
        task("Sở Văn hóa, Thể thao và Du lịch: Phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo Báo và Phát "
             "thanh, Truyền hình Đắk Lắk thường xuyên tuyên truyền", [VHTTDL], [TG]),
        # IV.4
        task("Chủ trì, phối hợp với các cơ quan, đơn vị, địa phương, doanh nghiệp tổ chức triển khai thực hiện Kế "
             "hoạch này", [NOIVU], [CQ]),
        task("Tham mưu, hướng dẫn khen thưởng tổng kết và tổ chức tổng kết, khen thưởng Đợt thi đua", [NOIVU]),
        task("Tham mưu đề xuất Chủ tịch UBND tỉnh và cấp thẩm quyền khen thưởng các tập thể, cá nhân có thành tích",
             [NOIVU]),
    ],
    "agencies": agencies(
        UBND,  # issuer; reports go to it (IV.1, IV.4); `Chủ tịch UBND tỉnh`, `CT, PCT UBND tỉnh` are its offices
        NOIVU,  # lead (IV.4), reports go through it (IV.1)
        VHTTDL,  # lead (IV.3)
        TG,  # partner (IV.3), recipient
        BAO,  # directed by IV.3, recipient
        MTTQ,  # lead (IV.2), recipient `Ủy ban MTTQ Việt Nam tỉnh`
        "Ban Thi đua - Khen thưởng Trung ương",  # recipient
        "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh",  # recipients `TT. Tỉnh ủy; TT. HĐND tỉnh`
        "Văn phòng UBND tỉnh",  # recipients `Chánh, các PCVP UBND tỉnh` (office-holders → the body)
        "Chính phủ",  # `phong trào thi đua do Thủ tướng Chính phủ phát động` (office-holder → the body)
        generic=(CQ, "các cấp ủy Đảng", "các tổ chức chính trị - xã hội tỉnh", "cấp ủy, chính quyền các cấp",
                 "các sở, ban, ngành", "UBND các xã, phường", "các đoàn thể tỉnh",
                 "các phòng, ban, trung tâm thuộc Văn phòng UBND tỉnh"),
    ),
    "deadlines": [
        deadline("Thời gian thực hiện: Từ tháng 10/2025 đến khi tổ chức thành công Đại hội Đại biểu toàn quốc lần thứ "
                 "XIV của Đảng", timeframe("period", "2025-10-01")),
    ],
    "citations": [
        citation("Quyết định số 2437/QĐ-TTg ngày 04/11/2025 của Thủ tướng Chính phủ", "Quyết định", "2437/QĐ-TTg",
                 "2025-11-04", "Thủ tướng Chính phủ", "implements"),
        citation("Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị", "Chỉ thị", "41-CT/TW", "2024-12-26", BCT,
                 "reference"),
        citation("Kết luận số 01-KL/TW ngày 15/8/2021 của Bộ Chính trị khóa XIII", "Kết luận", "01-KL/TW", "2021-08-15",
                 BCT, "reference"),
        citation("về tiếp tục thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập", "Chỉ thị", "05-CT/TW", None, None,
                 "reference"),
        # the XIII Congress resolution, in the title, QĐ 2437's subject, the campaign's name and the body
        citation("NHIỆM VỤ NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XIII CỦA ĐẢNG", *NQ13),
        citation("nhiệm vụ Nghị quyết đại hội lần thứ XIII của Đảng. Để tiếp tục", *NQ13),
        citation("nhiệm vụ Nghị quyết đại hội lần thứ XIII của Đảng (sau đây gọi tắt là Đợt thi đua)", *NQ13),
        citation("vụ Nghị quyết đại hội lần thứ XIII của Đảng”.", *NQ13),  # II.1 Chủ đề
        citation("các chỉ tiêu Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", *NQ13),  # III.2 c)
        citation("tại Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", *NQ13),  # III.2 d)
        citation("nhiệm vụ Nghị quyết đại hội lần thứ XIII của Đảng; mở các trang", *NQ13),  # IV.3
        citation("nhiệm vụ Nghị quyết đại hội lần thứ XIII của Đảng; các cơ quan", *NQ13),  # closing
    ],
}
