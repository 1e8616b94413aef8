"""d6cbe14c6f6cf724 — Chủ tịch UBND tỉnh Hà Tĩnh, QĐ 2904/QĐ-UBND (21/11/2025), publishing the list and the
internal procedures of two new administrative procedures (TTHC) in press and publishing (giấy chứng nhận lưu
hành tự do CFS). A web copy (thuvienphapluat): its page chrome before the letterhead and after the appendix
(related documents, the site's notices) is not the document and gives no record.

Drafting forms: a short QĐ (Căn cứ list, four Điều, Nơi nhận, KT. Chủ tịch signature) with an appendix — a
procedure list table (`Mã số | Tên thủ tục | Thời hạn giải quyết | Địa điểm | Phí | Căn cứ pháp lý`, one cell
per line), then for each procedure numbered blocks `2.1 … 2.10` with labelled values (`Cơ quan thực hiện: …`,
`Cơ quan có thẩm quyền Quyết định: …`, `Cơ quan phối hợp: Không`) and a workflow table `Trình tự | Trách
nhiệm | Thời gian | Biểu mẫu` (steps B1–B7).

Labelled by reading, as dev gold (split "dev"), 2026-12. Borderline decisions:
- Tasks: the one duty the decision assigns is Điều 2 (Sở VHTTDL chủ trì, phối hợp với Văn phòng UBND tỉnh …,
  within 03 working days). Điều 4 `… chịu trách nhiệm thi hành Quyết định này` is the closing execution clause
  (not a task, as in 18). The appendix publishes the procedures themselves: its labelled blocks say which body
  processes each application, and the workflow rows name officers (`Cán bộ TN&TKQ`, `Chuyên viên`, `Lãnh đạo
  cơ quan`) and per-step processing times — the content of a published procedure applied to each dossier, not
  duties this decision assigns; they are not tasks and their times are not deadlines.
- Deadlines: Điều 2's `trong thời hạn 03 ngày làm việc` (a relative bound → due, date null) and Điều 3's entry
  into force `kể từ ngày ban hành` (period from the issue date, as 18's `kể từ ngày ký`).
- Targets: none (`02 (hai) thủ tục hành chính` counts what is published, not a commitment).
- Agencies (convention: every specific body named, with or without a role; office-holders → their body; issuers
  of cited documents only → not agencies): `Chủ tịch UBND tỉnh` → UBND tỉnh Hà Tĩnh; `Giám đốc Sở …` → the Sở;
  `Chánh Văn phòng UBND tỉnh` → Văn phòng UBND tỉnh; `Lãnh đạo Phòng QLBCXB` → the Phòng. Chính phủ, the
  Minister of Information and Communications, Văn phòng Chính phủ's Minister-Chairman and Bộ VH,TT&DL are named
  only as issuers of cited documents (and inside a cited title).
- Citations: the Căn cứ list (basis), the proposal letter (reference), the legal-basis column of the procedure
  table and every mention of Thông tư 21/2020/TT-BTTTT in the appendix (reference). `Kèm theo Quyết định số:
  2904/QĐ-UBND` is the document's own number (convention: not a citation); `Như trên` is not a mention.
"""

from common import VHTTDL, agencies, citation, deadline, metadata, task, timeframe

UBND = "UBND tỉnh Hà Tĩnh"
VP = "Văn phòng UBND tỉnh"
CP = "Chính phủ"
VPCP = "Văn phòng Chính phủ"
TT21 = ("Thông tư", "21/2020/TT-BTTTT")
BTTTT = "Bộ Thông tin và Truyền thông"

DOC = {
    "doc_id": "d6cbe14c6f6cf724",
    "source": "corpus/real/d6cbe14c6f6cf724.md",
    "split": "dev",
    "labelled": ["metadata", "targets", "tasks", "agencies", "deadlines", "citations"],
    "metadata": metadata(
        doc_number="2904/QĐ-UBND", doc_type="Quyết định", issuer=UBND, admin_level="province",
        province="Hà Tĩnh", district=None, commune=None, place="Hà Tĩnh", issue_date="2025-11-21", plan_year=None,
        period=None,
        title="CÔNG BỐ DANH MỤC VÀ QUY TRÌNH NỘI BỘ THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH TRONG LĨNH VỰC BÁO CHÍ, XUẤT BẢN "
              "THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA NGÀNH VĂN HÓA, THỂ THAO VÀ DU LỊCH TRÊN ĐỊA BÀN TỈNH HÀ TĨNH",
        topics=[],
        signer={"name": "Nguyễn Thị Nguyệt", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    ),
    "targets": [],
    "tasks": [
        task("Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Văn phòng UBND tỉnh và các cơ quan, đơn vị "
             "liên quan căn cứ Quyết định này, trong thời hạn 03 ngày làm việc, xây dựng quy trình điện tử giải quyết "
             "TTHC", [VHTTDL], [VP, "các cơ quan, đơn vị liên quan"], tf=timeframe("due")),
    ],
    "agencies": agencies(
        UBND,  # issuer; `Cơ quan có thẩm quyền Quyết định: UBND tỉnh`; `Chủ tịch UBND tỉnh` is its office
        VHTTDL,  # lead (Điều 2), `Cơ quan thực hiện`, Điều 4, recipient (`Các Sở: VH,TT&DL, KH&CN`)
        VP,  # partner (Điều 2); `Chánh Văn phòng UBND tỉnh` (Điều 4)
        "Trung tâm Phục vụ hành chính công tỉnh",  # Điều 4, recipient, where dossiers are filed
        "Trung tâm Công báo - Tin học",  # Điều 4 `Trung tâm Công báo - Tin học tỉnh`, recipient `Trung tâm CB-TH tỉnh`
        "Cục Kiểm soát thủ tục hành chính",  # recipient `Cục Kiểm soát TTHC, VPCP`
        "Sở Khoa học và Công nghệ",  # recipient
        "Phòng Quản lý báo chí và xuất bản",  # the Sở's office that processes the dossiers (B2, B3)
        "Bộ phận Tiếp nhận và Trả kết quả",  # `Bộ phận TN&TKQ của Sở Văn hóa, Thể thao và Du lịch` (4, notes)
        generic=("các cơ quan, đơn vị liên quan", "các sở, ban, ngành cấp tỉnh", "UBND cấp xã"),
    ),
    "deadlines": [
        deadline("trong thời hạn 03 ngày làm việc, xây dựng quy trình điện tử", timeframe("due")),
        deadline("Quyết định này có hiệu lực kể từ ngày ban hành", timeframe("period", "2025-11-21")),
    ],
    "citations": [
        citation("Luật Tổ chức chính quyền địa phương ngày 16/6/2025", "Luật", None, "2025-06-16", "Quốc hội", "basis"),
        citation("Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ", "Nghị định", "63/2010/NĐ-CP", "2010-06-08",
                 CP, "basis"),
        citation("Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ", "Nghị định", "92/2017/NĐ-CP", "2017-08-07",
                 CP, "basis"),
        citation("Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính", "Nghị định",
                 "118/2025/NĐ-CP", "2025-06-09", CP, "basis"),
        citation("Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Thông tư",
                 "02/2017/TT-VPCP", "2017-10-31", VPCP, "basis"),
        citation("Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Thông tư",
                 "03/2025/TT-VPCP", "2025-09-15", VPCP, "basis"),
        # named in the subject of Thông tư 03/2025 (GUIDELINES: a document inside another's subject → reference)
        citation("một số nội dung của Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ", "Nghị định",
                 "118/2025/NĐ-CP", "2025-06-09", CP, "reference"),
        citation("Văn bản số 3065/SVHTTDL-VP ngày 19/11/2025", "Văn bản", "3065/SVHTTDL-VP", "2025-11-19", VHTTDL,
                 "reference"),
        # the procedure table's `Căn cứ pháp lý` column (row 2 says `Như trên`)
        citation("Nghị định số 146/2025/NĐ-CP ngày 12/6/2025 của Chính phủ", "Nghị định", "146/2025/NĐ-CP", "2025-06-12",
                 CP, "reference"),
        citation("Nghị định số 69/2018/NĐ-CP ngày 15/5/2018 của Chính phủ", "Nghị định", "69/2018/NĐ-CP", "2018-05-15",
                 CP, "reference"),
        citation("quy định chi tiết một số điều của Luật Quản lý ngoại thương", "Luật", None, None, "Quốc hội",
                 "reference"),
        citation("Thông tư số 21/2020/TT-BTTTT ngày 07/9/2020 của Bộ trưởng Bộ Thông tin và Truyền thông", *TT21,
                 "2020-09-07", BTTTT, "reference"),
        citation("Quyết định số 4347/QĐ- BVHTTDL ngày 14/11/2025 của Bộ VH,TT&DL", "Quyết định", "4347/QĐ-BVHTTDL",
                 "2025-11-14", "Bộ Văn hóa, Thể thao và Du lịch", "reference"),
        # procedure 1: 2.3, 2.9, Mẫu 07, Mẫu 08
        citation("theo Phụ lục I Thông tư số 21/2020/TT- BTTTT).", *TT21, None, BTTTT, "reference"),
        citation("theo mẫu tại Phụ lục III Thông tư số 21/2020/TT-BTTTT ngày 07/9/2020. + Hồ sơ không đủ", *TT21,
                 "2020-09-07", BTTTT, "reference"),
        citation("theo Phụ lục I Thông tư số 21/2020/TT-BTTTT). BM.XNKBCXB.01", *TT21, None, BTTTT, "reference"),
        citation("theo mẫu tại Phụ lục III Thông tư số 21/2020/TT-BTTTT ngày 07/9/2020. BM.XNKBCXB.02", *TT21,
                 "2020-09-07", BTTTT, "reference"),
        # procedure 2: 2.3, 2.9, Mẫu 07, Mẫu 08
        citation("(Phụ lục II, ban hành kèm theo Thông tư số 21/2020/TT- BTTTT ngày 07/9/2020)", *TT21, "2020-09-07",
                 BTTTT, "reference"),
        citation("theo mẫu tại Phụ lục III Thông tư số 21/2020/TT-BTTTT ngày 07/9/2020. + Hồ sơ không đủ", *TT21,
                 "2020-09-07", BTTTT, "reference"),
        citation("theo Phụ lục I Thông tư số 21/2020/TT-BTTTT). BM.XNKBCXB.03", *TT21, None, BTTTT, "reference"),
        citation("theo mẫu tại Phụ lục III Thông tư số 21/2020/TT-BTTTT ngày 07/9/2020. BM.XNKBCXB.02", *TT21,
                 "2020-09-07", BTTTT, "reference"),
    ],
}
