"""Reading a document's identity from its letterhead, title, preamble and signature.

Each header is a real fragment of the bundled corpus (named in the id), after normalisation.
"""

from __future__ import annotations

import pytest

from pipeline.parse.textmap import spans_only
from pipeline.parse.metadata import _PLACE_DATE, _place_date, _signature_start, extract_metadata
from pipeline.parse.normalize import normalize


def meta(raw: str):  # noqa: ANN201 - MetadataResult
    text = normalize(raw).text
    return extract_metadata(text, spans_only)


# corpus/000: a draft with no letterhead, a blank number and a blank day and month.
THANH_HOA_DRAFT = """Số: /KH-UBND

Thanh Hóa, ngày tháng năm 2023

KẾ HOẠCH

Phòng, chống mại dâm trên địa bàn tỉnh Thanh Hóa năm 2023

Căn cứ Quyết định số 808/QĐ-LĐTĐ ngày 05/9/2022 của Bộ Lao động - Thương binh và Xã hội; UBND tỉnh Thanh Hóa ban hành Kế hoạch Phòng, chống mại dâm trên địa bàn tỉnh Thanh Hóa năm 2023 với các nội dung cụ thể như sau:

I. MỤC ĐÍCH, YÊU CẦU

Nơi nhận:
- Lưu: VT, VX_{TNXH04}

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH



Đầu Thanh Tùng"""

# corpus/001: bold number, full date, `Ủy ban nhân dân tỉnh ban hành` without the name.
HOA_BINH = """Số: **18** /KH-UBND

Hòa Bình, ngày **06** tháng 3 năm 2017

KẾ HOẠCH

Phòng, chống mại dâm và hỗ trợ nạn nhân bị mua bán trở về trên địa bàn tỉnh Hòa Bình, năm 2017

Căn cứ Quyết định số 361/QĐ-TTg ngày 07 tháng 3 năm 2016 của Thủ tướng Chính phủ.

Ủy ban nhân dân tỉnh ban hành Kế hoạch Phòng, chống mại dâm năm 2017, như sau:

**KT. CHỦ TỊCH
PHÓ CHỦ TỊCH**
"""

# corpus/003: a commune; district and province are named only in the preamble.
CAM_NGOC = """**ỦY BAN NHÂN DÂN
XÃ CẨM NGỌC**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc**

Số: /KH-UBND

Cẩm Ngọc, ngày tháng năm 2023

**KẾ HOẠCH
Phòng, chống Mại dâm trên địa bàn xã Cẩm Ngọc năm 2023**

Căn cứ kế hoạch số 1083/KH-SYT ngày 31/3/2023 của UBND tỉnh Thanh Hóa về phòng, chống mại dâm năm 2023

Thực hiện công văn số 789/UBND-VP ngày 12/4/2023 của UBND huyện Cẩm Thủy về việc triển khai Kế hoạch;

**KT. CHỦ TỊCH
PHÓ CHỦ TỊCH**

Phạm Văn Hành"""

# corpus/004: a district; the title opens with `Thực hiện`, the day is blank.
CHI_LANG = """Số: /KH-UBND

Chi Lăng, ngày tháng 6 năm 2024

**KẾ HOẠCH**
**Thực hiện công tác phòng, chống mại dâm năm 2024**

Thực hiện Kế hoạch số 76/KH-UBND ngày 29/3/2024 của UBND tỉnh Lạng Sơn về thực hiện công tác phòng, chống mại dâm năm 2024, UBND huyện Chi Lăng ban hành Kế hoạch phòng, chống mại dâm năm 2024 như sau:

**KT. CHỦ TỊCH
PHÓ CHỦ TỊCH**

**Nguyễn Hùng Mạnh**"""

# corpus/02: a hard-wrapped web copy of a city plan, signed for the committee by its chair.
CAN_THO = """|
**ỦY BAN NHÂN
DÂN**
**THÀNH PHỐ CẦN THƠ**
--------
|
**CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 153/KH-UBND
|
*Cần Thơ, ngày
17 tháng 11 năm 2025*
|


**KẾ HOẠCH**

TRIỂN KHAI, THỰC HIỆN CÁC DỰ ÁN, TIỂU DỰ ÁN THUỘC
CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA PHÒNG, CHỐNG MA TÚY ĐẾN NĂM 2030 TRÊN ĐỊA BÀN
THÀNH PHỐ

Thực hiện Quyết định số
7619/QĐ-BCA ngày 08 tháng 9 năm 2025 của Bộ Công an phê duyệt Chương trình mục
tiêu quốc gia phòng, chống ma túy đến năm 2030, Ủy ban nhân dân thành phố ban hành
Kế hoạch triển khai thực hiện với các nội dung như sau:

b) Xác định cụ thể các nội
dung công việc, thời hạn, tiến độ hoàn thành và trách nhiệm của các sở, ban,
ngành, Ủy ban nhân dân xã, phường và cơ quan, đơn vị, tổ chức có liên quan
trong việc tổ chức triển khai thực hiện các nội dung của Chương trình bảo đảm *“rõ
người, rõ việc, rõ thời gian, rõ sản phẩm, rõ thẩm quyền”*.

c) Tăng cường công tác phối
hợp giữa các sở, ban, ngành, địa phương trong tổ chức thực hiện Nghị quyết số
163/2024/QH15 đảm bảo thiết thực, hiệu quả, phù hợp vào đặc điểm công tác
phòng, chống ma túy trên địa bàn thành phố.

Nơi nhận:
- Lưu: VT, M.
|
**TM. ỦY BAN
NHÂN DÂN**
CHỦ TỊCH
**Trương Cảnh Tuyên**
|"""

# corpus/18: a Quyết định that issues a Kế hoạch.
HCM_DECISION = """|
**ỦY BAN NHÂN DÂN**
THÀNH PHỐ HỒ CHÍ MINH
-------
|
Số: 2853/QĐ-UBND
|
*Thành phố Hồ Chí
Minh, ngày 21 tháng 11 năm 2025*
|

**QUYẾT ĐỊNH**

BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “NÂNG CAO NHẬN
THỨC CỘNG ĐỒNG VÀ QUẢN LÝ RỦI RO THIÊN TAI DỰA VÀO CỘNG ĐỒNG, ĐẾN NĂM 2030”
TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH

**ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH**

*Căn cứ Luật Phòng, chống
thiên tai ngày 19 tháng 6 năm 2013;*

*Căn cứ Nghị định số
63/2025/NĐ-CP ngày 05 tháng 3 năm 2025 của Chính phủ về sửa đổi, bổ sung một số
điều của Nghị định số 78/2021/NĐ -CP ngày 01 tháng 8 năm 2021 của Chính phủ;*

*Căn cứ Nghị định số
131/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ Quy định phân định thẩm
quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ
Nông nghiệp và Môi trường;*

*Căn cứ Nghị định số
200/2025/NĐ-CP ngày 09 tháng 7 năm 2025 của* *Chính phủ quy định chi tiết
một số điều của Luật Phòng thủ dân sự;*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch triển khai thực hiện Đề án.

**KT. CHỦ TỊCH**
PHÓ CHỦ TỊCH
**Bùi Minh Thạnh**

**KẾ HOẠCH**

Triển khai thực hiện Đề án “Nâng cao nhận thức cộng đồng và quản lý rủi ro thiên tai
dựa vào cộng đồng, đến năm 2030” trên địa bàn Thành phố Hồ Chí Minh

I. MỤC ĐÍCH, YÊU CẦU"""

# corpus/20: a national steering board; its signature sits in a layout table with no KT./TM.
NATIONAL = """| BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |
|---|---|
| Số: 252/KH-BCĐQG1237 | Hà Nội, ngày 11 tháng 11 năm 2013 |

KẾ HOẠCH

TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 1237/QĐ-TTG NGÀY 27 THÁNG 7 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ TỪ NAY ĐẾN NĂM 2020 VÀ NHỮNG NĂM TIẾP THEO

Căn cứ Chỉ thị số 24-CT/TW ngày 15 tháng 5 năm 2013 của Bộ Chính trị;

| Nơi nhận: - Thủ tướng, các Phó Thủ tướng Chính phủ; - Lưu: VT, BCĐQG1237(3b) | TRƯỞNG BAN PHÓ THỦ TƯỚNG Nguyễn Thiện Nhân |
|---|---|"""

# corpus/formats/12 (text PDF): a department under its province's letterhead.
DEPARTMENT = """UBND TỈNH BÌNH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ Độc lập – Tự do – Hạnh phúc
Số: 3367/TTr-SNV Bình Thuận, ngày 28 tháng 11 năm 2024
TỜ TRÌNH
Báo cáo, đề xuất phương án xử lý các hội quần chúng cấp tỉnh theo Công văn số 2769/UBND-NCKS"""

# corpus/formats/21 (.doc): the same, with a typo in the department's name as typed.
DEPARTMENT_TYPO = """UBND TỈNH PHÚ THỌ

SỞ THÔNG TIN VÀ TRUYỂN THÔNG

Số: /KH-STTTT

KẾ HOẠCH

Triển khai cài đặt, đào tạo hướng dẫn sử dụng phần mềm Quản lý văn bản"""

# corpus/formats/01 (scan): the ministry over its department, the motto read with OCR slips beside it.
SCANNED_NATIONAL = """BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

CỤC CẢNH SÁT ĐIÊU TRA Độc lập - Tự do - Hạnh phúc
TỌỘI PHẠM VỀ MA TÚY ———————————————
Số: 3 3#/C04-P6 Hà Nội, ngày Š tháng Ÿ năm 2025
V/v chuẩn bị tổ chức triển khai"""

# corpus/formats/08 (scan): the ministry alone, OCR debris where the motto was.
SCANNED_MINISTRY = """BỘ CÔNG AN CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc Sá: M09 &CA-C04 Hà Nội, ngày ( tháng {4Ö năm 2025
OS
"""

# corpus/002: a press article, not a plan.
NEWS = """Tăng cường phòng, chống mại dâm trên địa bàn tỉnh
UBND tỉnh Thanh Hóa vừa ban hành kế hoạch về phòng, chống mại dâm trên địa bàn tỉnh Thanh Hóa giai đoạn 2021-2025."""


CASES = {
    "000-blank-number-and-date": (THANH_HOA_DRAFT, {
        "doc_number": None, "doc_type": "Kế hoạch", "issuer": "UBND tỉnh Thanh Hóa", "admin_level": "province",
        "province": "Thanh Hóa", "place": "Thanh Hóa", "issue_date": "2023", "plan_year": 2023,
        "title": "Phòng, chống mại dâm trên địa bàn tỉnh Thanh Hóa năm 2023", "topics": ["prostitution"],
        "signer": {"name": "Đầu Thanh Tùng", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    }),
    "001-issuer-from-place": (HOA_BINH, {
        "doc_number": "18/KH-UBND", "issuer": "UBND tỉnh Hòa Bình", "issue_date": "2017-03-06", "plan_year": 2017,
        "period": {"start": 2017, "end": 2017}, "topics": ["prostitution", "human_trafficking"],
        "signer": {"name": None, "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    }),
    "003-commune-with-district-and-province": (CAM_NGOC, {
        "issuer": "UBND xã Cẩm Ngọc", "admin_level": "commune", "commune": "Cẩm Ngọc", "district": "Cẩm Thủy",
        "province": "Thanh Hóa", "title": "Phòng, chống Mại dâm trên địa bàn xã Cẩm Ngọc năm 2023",
        "signer": {"name": "Phạm Văn Hành", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    }),
    "004-district-title-opens-with-thuc-hien": (CHI_LANG, {
        "issuer": "UBND huyện Chi Lăng", "admin_level": "district", "district": "Chi Lăng", "province": "Lạng Sơn",
        "issue_date": "2024-06", "title": "Thực hiện công tác phòng, chống mại dâm năm 2024", "plan_year": 2024,
    }),
    "02-wrapped-city-plan-signed-for-the-committee": (CAN_THO, {
        "doc_number": "153/KH-UBND", "issuer": "UBND thành phố Cần Thơ", "admin_level": "province",
        "province": "Cần Thơ", "issue_date": "2025-11-17", "plan_year": None, "period": {"start": None, "end": 2030},
        "topics": ["drugs"],
        "signer": {"name": "Trương Cảnh Tuyên", "position": "Chủ tịch", "on_behalf": "TM. Ủy ban nhân dân"},
    }),
    "18-decision-issuing-a-plan": (HCM_DECISION, {
        "doc_number": "2853/QĐ-UBND", "doc_type": "Quyết định", "issuer": "UBND thành phố Hồ Chí Minh",
        "place": "Thành phố Hồ Chí Minh", "issue_date": "2025-11-21", "topics": ["disaster"],
        "signer": {"name": "Bùi Minh Thạnh", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    }),
    "20-national-board-signature-in-a-table": (NATIONAL, {
        "doc_number": "252/KH-BCĐQG1237", "admin_level": "national", "issue_date": "2013-11-11",
        "period": {"start": None, "end": 2020}, "topics": ["war_martyrs"],
        "signer": {"name": "Nguyễn Thiện Nhân", "position": "Trưởng ban", "on_behalf": None},
    }),
    "12-department-under-its-province": (DEPARTMENT, {
        "issuer": "Sở Nội vụ tỉnh Bình Thuận", "admin_level": "province", "province": "Bình Thuận",
    }),
    "21-department-name-typed-with-a-typo": (DEPARTMENT_TYPO, {
        "issuer": "Sở Thông tin và Truyền thông tỉnh Phú Thọ", "province": "Phú Thọ",
    }),
    # the lexicon knows the Cục: the OCR slips (`ĐIÊU`, `TỌỘI`) fall within its close match
    "01-department-under-its-ministry-on-a-scan": (SCANNED_NATIONAL, {
        "issuer": "Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an", "admin_level": "national",
    }),
    "08-ministry-with-ocr-debris": (SCANNED_MINISTRY, {"issuer": "Bộ Công an", "admin_level": "national"}),
    "002-press-article": (NEWS, {
        "doc_type": "news", "doc_number": None, "issuer": None, "signer": None,
        "title": "Tăng cường phòng, chống mại dâm trên địa bàn tỉnh", "topics": ["prostitution"],
    }),
}


@pytest.mark.parametrize(("raw", "expected"), list(CASES.values()), ids=list(CASES))
def test_metadata(raw: str, expected: dict) -> None:
    got = meta(raw).metadata.model_dump()
    assert {k: got[k] for k in expected} == expected


def test_decision_keeps_the_plan_it_carries() -> None:
    result = meta(HCM_DECISION)
    (attached,) = result.metadata.attachments
    assert attached.doc_type == "Kế hoạch"
    assert attached.title is not None and attached.title.startswith("Triển khai thực hiện Đề án")


@pytest.mark.parametrize(
    ("raw", "warning"),
    [
        pytest.param(THANH_HOA_DRAFT, "document number left blank", id="blank-number"),
        pytest.param(THANH_HOA_DRAFT, "issue date left blank", id="blank-date"),
        pytest.param(CHI_LANG, "issue day left blank", id="blank-day"),
        pytest.param(NEWS, "press article", id="news"),
    ],
)
def test_blanks_are_null_with_a_warning(raw: str, warning: str) -> None:
    assert any(warning in w for w in meta(raw).warnings)


def test_body_starts_after_the_title() -> None:
    text = normalize(CHI_LANG).text
    result = extract_metadata(text, spans_only)
    assert text[result.body_start :].lstrip().startswith("Thực hiện Kế hoạch số 76/KH-UBND")


@pytest.mark.parametrize(("text", "after", "start"), [
    pytest.param("Nơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", 0, 22, id="kt"),
    pytest.param("Nơi nhận:\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", 0, 10, id="tm-before-kt"),
    pytest.param("Q. CHỦ TỊCH\nNguyễn Văn A", 0, 0, id="q-at-the-start"),
    pytest.param("TUQ. BỘ TRƯỞNG\nx", 0, 0, id="tuq"),
    pytest.param("theo KT. CHỦ TỊCH\nTL. BỘ TRƯỞNG", 0, 18, id="mid-line-is-no-signature"),
    pytest.param("TM. BAN\nbody\nKT. CHỦ TỊCH", 5, 13, id="only-after-the-title"),
    pytest.param("Phòng XKT. ba", 0, None, id="inside-a-word"),
])
def test_the_signature_block_opens_at_a_line_starting_kt_tm_tl_tuq_or_q(text: str, after: int,
                                                                        start: int | None) -> None:
    assert _signature_start(text, after) == start


@pytest.mark.parametrize("line", [
    "Hòa Bình, ngày 06 tháng 3 năm 2017", "Thành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2025",
    "Số: 18/KH-UBND Chợ Mới, ngày   tháng   năm 2023", "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "Ngày 06 tháng 3 năm 2017",
    "Kế hoạch thực hiện trong năm 2025, hằng ngày cập nhật",
])
def test_the_place_and_date_line_is_found_as_the_pattern_finds_it(line: str) -> None:
    """The place-and-date pattern is tried only on a line holding `ngày`: what a search of
    every line finds."""
    found, plain = _place_date(line), _PLACE_DATE.search(line)
    assert (found.span() if found else None) == (plain.span() if plain else None)
