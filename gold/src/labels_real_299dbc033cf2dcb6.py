"""299dbc033cf2dcb6 — Cục Thuế (Bộ Tài chính), Thông báo 983/TB-CT (Hà Nội, 21/11/2025): the plan to suspend the
centralised tax-management application TMS while its servers and database storage are migrated. A web copy
(thuvienphapluat): the page chrome before the letterhead and after the signature (related documents, the site's
notices, which cite Nghị định 13/2023/NĐ-CP) is not the document and gives no record.

Drafting forms: a one-paragraph notice announcing the issuer's own plan with a time window (`từ 18h00 tối Thứ Bảy
ngày 22/11/2025 đến 03h00 sáng Chủ Nhật ngày 23/11/2025`) and a dash list completing its sentence (`tạm dừng
ứng dụng TMS và một số chức năng, cụ thể như sau: - Dừng …`); Nơi nhận with purposes (`để phối hợp`, `để biết`);
a `TL. CỤC TRƯỞNG / KT. CHÁNH VĂN PHÒNG` signature.

Labelled by reading, as dev gold (split "dev"), 2026-12. Borderline decisions:
- Tasks: the two things the issuer says it will do in the window — upgrade TMS, and suspend TMS and the listed
  functions. The dash items complete the suspension sentence (convention: sub-bullets completing a duty belong
  to it), so they are one task, not five. `Cục Thuế thông báo để các đơn vị được biết` is the notice's closing.
  The Nơi nhận purpose `(để phối hợp)` gives KBNN and Cục DNTN the role recipient, not partners of a task.
- Deadlines: the window, a period from 22/11/2025 to 23/11/2025 (hours are below the contract's date precision);
  `Trong thời gian này` refers back to it and is not a second bound.
- Agencies (convention: every specific body named; office-holders → their body): `Lãnh đạo Cục Thuế` → Cục Thuế;
  Bộ Tài chính is named in the letterhead as the issuer's ministry; `KBNN` → Kho bạc Nhà nước; `Cục DNTN` is
  kept as written (the document does not expand it); `Trung tâm Trao đổi thông tin` is named as the body the
  vouchers come from. The signer's mandate `KT. Chánh Văn phòng` is the signer's office, not a mention of a body.
- Targets, citations: none.
"""

from common import agencies, deadline, metadata, task, timeframe

CT = "Cục Thuế"
WINDOW = timeframe("period", "2025-11-22", "2025-11-23")

DOC = {
    "doc_id": "299dbc033cf2dcb6",
    "source": "corpus/real/299dbc033cf2dcb6.md",
    "split": "dev",
    "labelled": ["metadata", "targets", "tasks", "agencies", "deadlines", "citations"],
    "metadata": metadata(
        doc_number="983/TB-CT", doc_type="Thông báo", issuer=CT, admin_level="national", province=None,
        district=None, commune=None, place="Hà Nội", issue_date="2025-11-21", plan_year=None, period=None,
        title="KẾ HOẠCH TẠM DỪNG ỨNG DỤNG TMS PHỤC VỤ VIỆC CHUYỂN ĐỔI HỆ THỐNG MÁY CHỦ VÀ LƯU TRỮ CSDL ỨNG DỤNG QUẢN "
              "LÝ THUẾ TẬP TRUNG (TMS)",
        topics=[],
        signer={"name": "Phạm Ngọc Lai", "position": "Phó Chánh Văn phòng", "on_behalf": "KT. Chánh Văn phòng"},
    ),
    "targets": [],
    "tasks": [
        task("Cục Thuế có kế hoạch nâng cấp hệ thống Quản lý thuế tập trung (TMS) từ 18h00 tối Thứ Bảy ngày 22/11/2025",
             [CT], tf=WINDOW),
        task("Trong thời gian này, Cục Thuế sẽ tạm dừng ứng dụng TMS và một số chức năng, cụ thể như sau: - Dừng Ứng "
             "dụng quản lý thuế tập trung (TMS)", [CT], tf=WINDOW),
    ],
    "agencies": agencies(
        CT,  # issuer, lead; `Lãnh đạo Cục Thuế` (recipient) is its office
        "Bộ Tài chính",  # the issuer's ministry, in the letterhead
        "Kho bạc Nhà nước",  # recipient `KBNN (để phối hợp)`
        "Cục DNTN",  # recipient `Cục DNTN (để phối hợp)`
        "Trung tâm Trao đổi thông tin",  # `Dừng tiếp nhận Bảng kê chứng từ từ Trung tâm Trao đổi thông tin`
        generic=("các Ban/đơn vị thuộc Cục Thuế", "Thuế các tỉnh/thành phố", "các Thuế cơ sở"),
    ),
    "deadlines": [
        deadline("từ 18h00 tối Thứ Bảy ngày 22/11/2025 đến 03h00 sáng Chủ Nhật ngày 23/11/2025", WINDOW),
    ],
    "citations": [],
}
