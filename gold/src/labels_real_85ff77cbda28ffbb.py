"""85ff77cbda28ffbb — UBND tỉnh Thanh Hóa, KH 235/KH-UBND (18/11/2025), quan trắc, cảnh báo môi
trường nuôi trồng thủy sản trên địa bàn tỉnh Thanh Hóa năm 2026.

Labelled by reading, as test-split gold (no rule was written with this document in view).
Drafting forms: a `Căn cứ A và B` preamble whose first item approves a named programme; four
number-less bullets under `2. Mục tiêu cụ thể` (qualitative targets); a monitoring design in part
II written as labelled bullets (`Điểm quan trắc: …`, `Thông số, tần suất, thời gian và số lượng
mẫu quan trắc: …`) with `+` sub-bullets listing sampling sites by estuary and by commune, and per
parameter group a frequency (`tần suất 2 lần/tháng`), a season (`từ tháng 3 đến tháng 10 năm
2026`, `vào tháng 4 và tháng 8 năm 2026`) and a yearly sample count (`240 mẫu/năm`); a print
run (`Số lượng: 5.000 cuốn`); part IV numbered agency paragraphs, the first one delegating
(`Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Biển đảo và Thủy sản thực hiện các nội dung
sau:` + dash duties), the others `Agency: duty` on one line; three appendices in `|` rows: I a
location table (positions per site, totals row), II the parameter/frequency/season/sample table
(one row per parameter group under a group row `**1** | **Nguồn nước cấp …:** 7 cửa sông -15 vị
trí`), III sampling coordinates.

Targets: the quantities of monitoring — sites and positions, frequency, samples per year — as
part II states them and as appendix II restates them row by row (both places state the
commitment, as in 13). Not labelled: the site-by-site itemisations (`Cửa sông lạch Trường: Lấy
mẫu 04 vị trí gồm: + 01 vị trí …`, `Xã Hoa Lộc: Lấy mẫu 01 vị trí …`), the one-sample-per-place
rules (`01 vị trí/ao/vùng`, `mỗi bãi ngao lấy mẫu 01 vị trí`, `(01 mẫu/vị trí)`), appendix II's
`Số lượng mẫu/lần` column (the positions again) and the location tables I and III: they say where
and how a sample is taken, and add up to the totals labelled."""

from common import TAICHINH, agencies, citation, deadline, metadata, target, task, timeframe

NNMT = "Sở Nông nghiệp và Môi trường"
CHICUC = "Chi cục Biển đảo và Thủy sản"
UBND_TINH = "UBND tỉnh Thanh Hóa"
XA = "UBND các xã, phường"
BNN_PTNT = "Bộ Nông nghiệp và Phát triển nông thôn"

SEASON = timeframe("period", "2026-03-01", "2026-10-31")
APRIL = timeframe("period", "2026-04-01", "2026-04-30")
AUGUST = timeframe("period", "2026-08-01", "2026-08-31")

# part II objects, as subjects
SHRIMP_WATER = "nguồn nước cấp nuôi tôm nước lợ"
SHRIMP_POND = "môi trường ao nuôi tôm"
CLAM = "môi trường nước nuôi ngao"
CAGE = "môi trường nước nuôi cá lồng nước ngọt"
PESTICIDE = "thuốc bảo vệ thực vật và kim loại nặng"


def _freq(quote: str, value: float, per: str, subject: str) -> dict:
    return target(quote, "frequency", value, per, "=", subject)


def _samples(quote: str, value: float, subject: str) -> dict:
    return target(quote, "count", value, "mẫu", "=", subject)


BODY_TARGETS = [
    # I.2 Mục tiêu cụ thể: commitments with no number (GUIDELINES.md, Targets: qualitative)
    target("Thực hiện quan trắc cảnh báo môi trường tại các vùng nuôi thủy sản tập trung của tỉnh, các đối tượng: Tôm "
           "nước lợ, ngao, cá lồng bè nước ngọt", "qualitative", None, None, None, "các vùng nuôi thủy sản tập trung"),
    target("Kết quả quan trắc và cảnh báo môi trường nuôi trồng thủy sản được chuyển tải nhanh nhất đến các địa "
           "phương, cơ sở nuôi trồng thủy sản", "qualitative", None, None, None,
           "Kết quả quan trắc và cảnh báo môi trường nuôi trồng thủy sản"),
    target("Cập nhật thông tin vào cơ sở dữ liệu quốc gia về thủy sản theo quy định tại Thông tư số 24/2018/TT-BNNPTNT",
           "qualitative", None, None, None, "cơ sở dữ liệu quốc gia về thủy sản"),
    target("Tuyên truyền nâng cao nhận thức về quản lý chất lượng nước, bảo vệ môi trường trong nuôi trồng thủy sản",
           "qualitative", None, None, None, "nhận thức về quản lý chất lượng nước, bảo vệ môi trường"),
    # II.1.1 a) Nguồn nước cấp nuôi tôm nước lợ
    target("Thực hiện quan trắc tại 07 cửa sông cấp nước cho các vùng nuôi tôm nước lợ tập trung", "count", 7,
           "cửa sông", "=", "cửa sông cấp nước cho các vùng nuôi tôm nước lợ tập trung"),
    target("lấy mẫu tại 15 vị trí như sau", "count", 15, "vị trí", "=", "vị trí lấy mẫu nguồn nước cấp nuôi tôm"),
    _freq("tổng chất rắn lơ lửng (TSS), Vibrio tổng số (Vibrio sp) quan trắc với tần suất 2 lần/tháng", 2, "per_month",
          SHRIMP_WATER),
    _samples("thời gian quan trắc từ tháng 3 đến tháng 10 năm 2026; số lượng mẫu quan trắc 240 mẫu/năm", 240,
             SHRIMP_WATER),
    _freq("Thuốc bảo vệ thực vật và kim loại nặng (Cd, Hg, Pb, As) quan trắc với tần suất 02 lần/năm", 2, "per_year",
          f"{PESTICIDE} ({SHRIMP_WATER})"),
    _samples("thời gian quan trắc vào tháng 4 và tháng 8 năm 2026; số lượng mẫu quan trắc 30 mẫu/năm", 30,
             f"{PESTICIDE} ({SHRIMP_WATER})"),
    # II.1.1 b) Môi trường ao nuôi tôm
    target("Thực hiện quan trắc môi trường nước trong ao nuôi đại diện ở 21 vùng nuôi tôm nước lợ tập trung", "count",
           21, "vùng nuôi tôm", "=", "vùng nuôi tôm nước lợ tập trung"),
    target("21 vùng nuôi tôm nước lợ tập trung tại 14 xã, phường", "count", 14, "xã, phường", "=", "xã, phường"),
    _freq("TSS, Vibrio sp quan trắc với tần suất 2 lần/tháng; thời gian quan trắc từ tháng 3 đến tháng 10 năm 2026; số "
          "lượng mẫu quan trắc 336 mẫu/năm", 2, "per_month", SHRIMP_POND),
    _samples("số lượng mẫu quan trắc 336 mẫu/năm", 336, SHRIMP_POND),
    # II.1.2 Ngao
    _freq("pH, độ mặn, DO, NH4+ -N, NO2--N, PO43--P, Vibrio sp quan trắc với tần suất 2 lần/tháng", 2, "per_month", CLAM),
    _samples("số lượng mẫu quan trắc 64 mẫu/năm", 64, CLAM),
    _freq("Thuốc bảo vệ thực vật và kim loại nặng (Cd, Hg, Pb, As) quan trắc với tần suất 02 lần/năm", 2, "per_year",
          f"{PESTICIDE} ({CLAM})"),
    _samples("số lượng mẫu quan trắc 08 mẫu/năm", 8, f"{PESTICIDE} ({CLAM})"),
    # II.1.3 Cá lồng nước ngọt
    _freq("Aeromonas sp, Streptococucus sp, độ kiềm quan trắc với tần suất 2 lần/tháng", 2, "per_month", CAGE),
    _samples("số lượng mẫu quan trắc 48 mẫu/năm", 48, CAGE),
    _freq("Thuốc bảo vệ thực vật và kim loại nặng (Cd, Hg, Pb) quan trắc với tần suất 02 lần/năm", 2, "per_year",
          f"{PESTICIDE} ({CAGE})"),
    _samples("số lượng mẫu quan trắc 06 mẫu/năm", 6, f"{PESTICIDE} ({CAGE})"),
    # II.2 the print run of the awareness material
    target("In tài liệu cấp phát cho cho cán bộ cấp xã, hợp tác xã, cơ sở nuôi trên địa bàn tỉnh. - Số lượng: 5.000 "
           "cuốn", "count", 5000, "cuốn", "=", "tài liệu"),
]

APPENDIX_II_TARGETS = [
    # group rows: sites and positions
    target("Nguồn nước cấp nuôi tôm nước lợ: 7 cửa sông -15 vị trí", "count", 7, "cửa sông", "=", "cửa sông"),
    target("Nguồn nước cấp nuôi tôm nước lợ: 7 cửa sông -15 vị trí", "count", 15, "vị trí", "=", "vị trí"),
    target("Môi trường ao nuôi tôm đại diện: 21 ao nuôi - 21 vị trí", "count", 21, "ao nuôi", "=", "ao nuôi"),
    target("Môi trường ao nuôi tôm đại diện: 21 ao nuôi - 21 vị trí", "count", 21, "vị trí", "=", "vị trí"),
    target("Môi trường nuôi ngao: 04 bãi nuôi ngao - 4 vị trí", "count", 4, "bãi nuôi ngao", "=", "bãi nuôi ngao"),
    target("Môi trường nuôi ngao: 04 bãi nuôi ngao - 4 vị trí", "count", 4, "vị trí", "=", "vị trí"),
    target("Môi trường nuôi cá lồng nước ngọt: 03 khu vực nuôi - 3 vị trí", "count", 3, "khu vực nuôi", "=",
           "khu vực nuôi"),
    target("Môi trường nuôi cá lồng nước ngọt: 03 khu vực nuôi - 3 vị trí", "count", 3, "vị trí", "=", "vị trí"),
    # parameter rows: `Tần suất quan trắc` and `Tổng số (mẫu)`, in row order
    _freq("độ kiềm, Vibrio sp 02 lần/tháng 08 tháng (từ tháng 3 đến tháng 10) 15 240", 2, "per_month", SHRIMP_WATER),
    _samples("02 lần/tháng 08 tháng (từ tháng 3 đến tháng 10) 15 240", 240, SHRIMP_WATER),
    _freq("Kim loại nặng (Cd, Hg, As, Pb) 02 lần/năm 02 tháng (tháng 4 và tháng 8) 15 30", 2, "per_year",
          f"{PESTICIDE} ({SHRIMP_WATER})"),
    _samples("02 lần/năm 02 tháng (tháng 4 và tháng 8) 15 30", 30, f"{PESTICIDE} ({SHRIMP_WATER})"),
    _freq("TSS, Vibrio sp 02 lần/tháng 08 tháng (từ tháng 3 đến tháng 10) 21 336", 2, "per_month", SHRIMP_POND),
    _samples("02 lần/tháng 08 tháng (từ tháng 3 đến tháng 10) 21 336", 336, SHRIMP_POND),
    _freq("TSS, Vibrio sp 02 lần/tháng 08 tháng (từ tháng 3 đến tháng 10) 4 64", 2, "per_month", CLAM),
    _samples("02 lần/tháng 08 tháng (từ tháng 3 đến tháng 10) 4 64", 64, CLAM),
    _freq("Kim loại nặng (Cd, Hg, As, Pb) 02 lần/năm 02 tháng (tháng 4 và tháng 8) 4 8", 2, "per_year",
          f"{PESTICIDE} ({CLAM})"),
    _samples("02 lần/năm 02 tháng (tháng 4 và tháng 8) 4 8", 8, f"{PESTICIDE} ({CLAM})"),
    _freq("Aeromonas sp, Streptococucus sp, 02 lần/tháng 08 tháng (từ tháng 3 đến tháng 10) 3 48", 2, "per_month",
          CAGE),
    _samples("02 lần/tháng 08 tháng (từ tháng 3 đến tháng 10) 3 48", 48, CAGE),
    _freq("Kim loại nặng (Cd, Hg, Pb) 2 lần/năm 02 tháng (tháng 4 và tháng 8) 3 6", 2, "per_year",
          f"{PESTICIDE} ({CAGE})"),
    _samples("2 lần/năm 02 tháng (tháng 4 và tháng 8) 3 6", 6, f"{PESTICIDE} ({CAGE})"),
    _samples("Tổng cộng 732", 732, "mẫu quan trắc môi trường nuôi trồng thủy sản năm 2026"),
]

# the monitoring seasons bound the sampling (records.md: `trong tháng M/YYYY` → the month's period;
# a list of months gives one deadline each). Body first, then appendix II's `Thời gian quan trắc`
# column, whose year-less months take the plan year 2026
BODY_SEASONS = [
    deadline("thời gian quan trắc từ tháng 3 đến tháng 10 năm 2026; số lượng mẫu quan trắc 240 mẫu/năm", SEASON),
    deadline("thời gian quan trắc vào tháng 4 và tháng 8 năm 2026; số lượng mẫu quan trắc 30 mẫu/năm", APRIL),
    deadline("thời gian quan trắc vào tháng 4 và tháng 8 năm 2026; số lượng mẫu quan trắc 30 mẫu/năm", AUGUST),
    deadline("thời gian quan trắc từ tháng 3 đến tháng 10 năm 2026; số lượng mẫu quan trắc 336 mẫu/năm", SEASON),
    deadline("thời gian quan trắc từ tháng 3 đến tháng 10 năm 2026; số lượng mẫu quan trắc 64 mẫu/năm", SEASON),
    deadline("thời gian quan trắc vào tháng 4 và tháng 8 năm 2026; số lượng mẫu quan trắc 08 mẫu/năm", APRIL),
    deadline("thời gian quan trắc vào tháng 4 và tháng 8 năm 2026; số lượng mẫu quan trắc 08 mẫu/năm", AUGUST),
    deadline("thời gian quan trắc từ tháng 3 đến tháng 10 năm 2026; số lượng mẫu quan trắc 48 mẫu/năm", SEASON),
    deadline("thời gian quan trắc vào tháng 4 và tháng 8 năm 2026; số lượng mẫu quan trắc 06 mẫu/năm", APRIL),
    deadline("thời gian quan trắc vào tháng 4 và tháng 8 năm 2026; số lượng mẫu quan trắc 06 mẫu/năm", AUGUST),
]
_FROM_TO = "08 tháng (từ tháng 3 đến tháng 10)"
_APR_AUG = "02 tháng (tháng 4 và tháng 8)"
APPENDIX_SEASONS = [
    deadline(_FROM_TO, SEASON),
    deadline(_APR_AUG, APRIL), deadline(_APR_AUG, AUGUST),
    deadline(_FROM_TO, SEASON),
    deadline(_FROM_TO, SEASON),
    deadline(_APR_AUG, APRIL), deadline(_APR_AUG, AUGUST),
    deadline(_FROM_TO, SEASON),
    deadline(_APR_AUG, APRIL), deadline(_APR_AUG, AUGUST),
]

DOC = {
    "doc_id": "85ff77cbda28ffbb",
    "source": "corpus/real/85ff77cbda28ffbb.md",
    "split": "test",
    "labelled": ["metadata", "targets", "tasks", "agencies", "deadlines", "citations"],
    "metadata": metadata(
        doc_number="235/KH-UBND", doc_type="Kế hoạch", issuer=UBND_TINH, admin_level="province",
        province="Thanh Hóa", district=None, commune=None, place="Thanh Hóa", issue_date="2025-11-18",
        plan_year=2026, period={"start": 2026, "end": 2026},
        title="QUAN TRẮC, CẢNH BÁO MÔI TRƯỜNG NUÔI TRỒNG THỦY SẢN TRÊN ĐỊA BÀN TỈNH THANH HÓA NĂM 2026",
        topics=["environment", "aquaculture"],
        signer={"name": "Mai Xuân Liêm", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    ),
    "targets": BODY_TARGETS + APPENDIX_II_TARGETS,
    # part II names no agency: not tasks. IV.1: the Sở directs and the Chi cục carries out each dash duty
    # (the first one reports to the Sở itself), so the Chi cục leads them
    "tasks": [
        task("Lập dự toán kinh phí báo cáo Sở Nông nghiệp và Môi trường trình cấp có thẩm quyền xem xét, phê duyệt",
             [CHICUC]),
        # `Kế hoạch … năm 2026` names the plan: not a timeframe
        task("Phối hợp với UBND các xã, phường và các đơn vị liên quan triển khai tổ chức thực hiện Kế hoạch quan trắc, "
             "cảnh báo môi trường nuôi trồng thủy sản năm 2026", [CHICUC], [XA, "các đơn vị liên quan"]),
        task("Tổ chức lựa chọn đơn vị thực hiện hoạt động quan trắc môi trường nuôi trồng thủy sản theo quy định hiện "
             "hành; kịp thời thông báo kết quả quan trắc môi trường", [CHICUC]),
        task("Tuyên truyền, hướng dẫn người nuôi trồng thủy sản quan trắc, giám sát chất lượng nước tại khu vực nuôi của "
             "mình", [CHICUC]),
        task("Tổ chức đánh giá kết quả thực hiện; báo cáo UBND tỉnh trước ngày 15/12/2026", [CHICUC],
             tf=timeframe("due", due="2026-12-15")),
        # IV.2: `trong dự toán đầu năm 2026` is a budget, not a deadline; Sở NN&MT proposes, it is not a partner
        task("Căn cứ khả năng cân đối ngân sách, trình cấp có thẩm quyền phê duyệt kinh phí thực hiện kế hoạch trong dự "
             "toán đầu năm 2026", [TAICHINH]),
        task("Phối hợp với Sở Nông nghiệp và Môi trường, đơn vị được lựa chọn quan trắc môi trường triển khai Kế hoạch "
             "đã được phê duyệt; theo dõi, thông báo kết quả quan trắc, cảnh báo kịp thời", [XA],
             [NNMT, "đơn vị được lựa chọn quan trắc môi trường"]),
        task("Theo dõi, giám sát môi trường tại cơ sở nuôi trồng thủy sản; ghi chép đầy đủ thông tin, số liệu thu thập",
             ["các cơ sở nuôi trồng thủy sản"]),
        # the closing `Yêu cầu các sở, ban, ngành, đơn vị, địa phương nghiêm túc triển khai` is not a task
    ],
    # Bộ Nông nghiệp và Phát triển nông thôn (and its Minister) only issue cited documents; `Chủ tịch`,
    # `Các Phó chủ tịch UBND tỉnh`, `CVP, các PCVP` are office-holders of their bodies; `Lưu: VT, NNMT` is the archive
    "agencies": agencies(
        UBND_TINH, NNMT, CHICUC, TAICHINH, "Cục Thủy sản và Kiểm ngư",
        "Bộ Nông nghiệp và Môi trường", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Văn phòng UBND tỉnh",
        "Chi cục Chăn nuôi và Thú y",  # recipients
        generic=(XA, "các đơn vị liên quan", "đơn vị được lựa chọn quan trắc môi trường", "các cơ sở nuôi trồng thủy sản",
                 "các sở, ban, ngành, đơn vị, địa phương"),
    ),
    "deadlines": BODY_SEASONS + [
        deadline("báo cáo UBND tỉnh trước ngày 15/12/2026", timeframe("due", due="2026-12-15")),
    ] + APPENDIX_SEASONS,
    "citations": [
        citation("Quyết định số 4255/QĐ-BNN-KHCN ngày 04/12/2024 của Bộ Nông nghiệp và Phát triển nông thôn",
                 "Quyết định", "4255/QĐ-BNN-KHCN", "2024-12-04", BNN_PTNT, "basis"),
        # the programme the decision approves: a named programme without number, in another citation's subject
        citation("Chương trình “Quan trắc môi trường phục vụ quản lý ngành Nông nghiệp và Phát triển nông thôn đến năm "
                 "2040", "Chương trình", None, None, None, "reference"),
        citation("Kế hoạch 223/KH- UBND ngày 24/10/2025 của UBND tỉnh", "Kế hoạch", "223/KH-UBND", "2025-10-24",
                 UBND_TINH, "basis"),
        citation("Thông tư số 24/2018/TT-BNNPTNT ngày 15/11/2018 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn",
                 "Thông tư", "24/2018/TT-BNNPTNT", "2018-11-15", BNN_PTNT, "reference"),
        citation("Thông tư số 24/2018/TT-BNNPTNT ngày 15/11/2018 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn",
                 "Thông tư", "24/2018/TT-BNNPTNT", "2018-11-15", BNN_PTNT, "reference"),
        # `Kèm theo Kế hoạch 235/KH-UBND` (appendices) is the document itself: not a citation
    ],
}
