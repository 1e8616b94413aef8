"""f1e0981425ec38be — UBND tỉnh Sơn La, QĐ 2954/QĐ-UBND (20/11/2025) issuing the Kế hoạch for exporting the
province's goods, 2026–2030.

Labelled by reading, as test-split gold (before any rule was written for it; never to be used to
change one). Drafting forms: a three-article decision whose Điều 2 assigns the plan (`Giao Sở Công
Thương chủ trì, phối hợp với …`) and an unnumbered enforcement paragraph; the plan's `I. MỤC TIÊU`
(two general aims, then money targets in prose: `đạt 400 triệu USD, tăng bình quân … 10 - 13%/năm`);
`II. CHỈ TIÊU XUẤT KHẨU ĐẾN NĂM 2030` with per-product `+` bullets each giving a tonnage, a value and
a growth range (`đạt trên 46.200 tấn`, `dự kiến đạt trên 48,3 triệu USD`, `05 - 06%/năm`), then market
orientations and support measures without numbers under that same heading; solutions without agency
(III); a budget paragraph (IV); `V. TỔ CHỨC THỰC HIỆN` agency-headed (`1. Sở Công Thương`) with lettered
labelled blocks `a) Chủ trì, phối hợp với …` / `b) Phối hợp với …` over dash bullets, and `Đề nghị …`
items for mass organisations and enterprises; a second `V. CHẾ ĐỘ BÁO CÁO` (numbering slip) with
recurring report dates in parentheses. Two appendices are year-by-year indicator tables as `|` cells,
one per line: Phụ lục 01 (area/output of raw-material crops, 2025 estimate + 2026…2030) and Phụ lục 02
(export tonnage and value per product, 2026…2030)."""

from common import CA_TINH, TAICHINH, agencies, citation, deadline, metadata, section, target, task, timeframe

SL = "UBND tỉnh Sơn La"
CT = "Sở Công Thương"
NNMT = "Sở Nông nghiệp và Môi trường"
KHCN = "Sở Khoa học và Công nghệ"
NV = "Sở Ngoại vụ"
XTDT = "Trung tâm Xúc tiến đầu tư, thương mại và du lịch"
ORGS = ["Liên minh Hợp tác xã tỉnh", "Đoàn Thanh niên cộng sản Hồ Chí Minh tỉnh", "Hội Nông dân tỉnh",
        "Hiệp hội doanh nghiệp tỉnh"]
MEDIA = ["Báo và Phát thanh, Truyền hình Sơn La", "Cổng Thông tin điện tử tỉnh"]
DN = "các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa"
XA = "UBND các xã, phường"
SBN = "các sở, ban, ngành"
SN = "các sở, ngành"
CQ = "các cơ quan, đơn vị có liên quan"
P_FULL = [SBN, XA, CQ]  # `a) Chủ trì, phối hợp với các sở, ban, ngành, UBND các xã, phường và cơ quan, đơn vị có liên quan`
P_SN_XA = [SN, XA]  # `b) Phối hợp với các sở, ngành, UBND các xã, phường`
P_XA_A = [SBN, CQ]  # 10 a): `Chủ trì, phối hợp với các sở, ban, ngành và cơ quan, đơn vị có liên quan`
P_XA_B = [SN, CQ]  # 10 b): `Phối hợp với các sở, ngành và các cơ quan, đơn vị có liên quan`
TTG = "Thủ tướng Chính phủ"
USD = "triệu USD"


def num(text: str) -> float:
    """A Vietnamese number as written: `.` groups thousands, `,` is the decimal mark."""
    value = float(text.replace(".", "").replace(",", "."))
    return int(value) if value.is_integer() else value


# --- targets in prose: I.3 and II.1 (`đến năm 2030 …` gives their year; not a deadline) -------------------------
# (quote, kind, value, value_max, unit, comparator, subject); `trên` → `>` (records.md conventions)
PROSE = [
    ("Phấn đấu giá trị hàng hóa tham gia xuất khẩu đến năm 2030 đạt 400 triệu USD", "count", 400, None, USD, "=",
     "giá trị hàng hóa tham gia xuất khẩu"),
    ("tăng bình quân hàng năm trong giai đoạn này đạt 10 - 13%/năm", "change", 10, 13, "%", "range",
     "giá trị hàng hóa tham gia xuất khẩu"),
    ("Giá trị sản phẩm nông sản, thực phẩm tham gia xuất khẩu đạt 395 triệu USD", "count", 395, None, USD, "=",
     "Giá trị sản phẩm nông sản, thực phẩm tham gia xuất khẩu"),
    ("Giá trị hàng công nghiệp, tiểu thủ công nghiệp tham gia xuất khẩu đạt 05 triệu USD", "count", 5, None, USD, "=",
     "Giá trị hàng công nghiệp, tiểu thủ công nghiệp tham gia xuất khẩu"),
    # II.1 a) fruit, as a whole
    ("Tổng sản phẩm trái cây tham gia xuất khẩu phấn đấu đến năm 2030 đạt trên 46.200 tấn", "count", 46200, None,
     "tấn", ">", "sản phẩm trái cây tham gia xuất khẩu"),
    ("tổng giá trị sản phẩm trái cây tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 48,3 triệu USD", "count", 48.3,
     None, USD, ">", "giá trị sản phẩm trái cây tham gia xuất khẩu"),
    ("trái cây tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 48,3 triệu USD, tốc độ tăng bình quân 05 - 06%/năm",
     "change", 5, 6, "%", "range", "giá trị sản phẩm trái cây tham gia xuất khẩu"),
]
# the product bullets: (product, tonnage quote, tonnage, ton comparator, value quote, value, value comparator,
# growth quote, growth low, growth high)
PRODUCTS = [
    ("Xoài", "Tổng sản phẩm Xoài tham gia xuất khẩu phấn đấu đến năm 2030 đạt 18.000 tấn", "18.000", "=",
     "tổng giá trị sản phẩm Xoài tham gia xuất khẩu đến năm 2030 dự kiến đạt 10 triệu USD", "10", "=",
     "Xoài tham gia xuất khẩu đến năm 2030 dự kiến đạt 10 triệu USD, tốc độ tăng bình quân 08 - 09%/năm", 8, 9),
    ("Nhãn", "Tổng sản phẩm Nhãn tham gia xuất khẩu phấn đấu đến năm 2030 đạt 8.500 tấn", "8.500", "=",
     "tổng giá trị sản phẩm Nhãn tham gia xuất khẩu đến năm 2030 dự kiến đạt 30,2 triệu USD", "30,2", "=",
     "Nhãn tham gia xuất khẩu đến năm 2030 dự kiến đạt 30,2 triệu USD, tốc độ tăng bình quân 05 - 06%/năm", 5, 6),
    ("Chanh leo", "Tổng sản phẩm Chanh leo tham gia xuất khẩu phấn đấu đến năm 2030 đạt 3.200 tấn", "3.200", "=",
     "tổng giá trị sản phẩm Chanh leo tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 1,7 triệu USD", "1,7", ">",
     "Chanh leo tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 1,7 triệu USD, tốc độ tăng bình quân 05 - 07%/năm", 5,
     7),
    ("Chuối", "Tổng sản phẩm Chuối tham gia xuất khẩu đến năm 2030 phấn đấu đạt 14.500 tấn", "14.500", "=",
     "tổng giá trị sản phẩm Chuối tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 3,9 triệu USD", "3,9", ">",
     "Chuối tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 3,9 triệu USD, tốc độ tăng bình quân 05%/năm", 5, None),
    ("Thanh long", "Tổng sản phẩm Thanh long tham gia xuất khẩu đến năm 2030 phấn đấu đạt 2.000 tấn", "2.000", "=",
     "tổng giá trị sản phẩm Thanh long tham gia xuất khẩu dự kiến đạt 2,5 triệu USD", "2,5", "=",
     "Thanh long tham gia xuất khẩu dự kiến đạt 2,5 triệu USD, tốc độ tăng bình quân 10 - 14%/năm", 10, 14),
    ("nông sản chế biến và nông sản khác",
     "Tổng sản phẩm nông sản chế biến và nông sản khác tham gia xuất khẩu phấn đấu đến năm 2030 đạt trên 228.000 tấn",
     "228.000", ">",
     "tổng giá trị sản phẩm nông sản chế biến và nông sản khác tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 346,6 "
     "triệu USD", "346,6", ">",
     "khác tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 346,6 triệu USD, tốc độ tăng bình quân 10 - 12%/năm", 10,
     12),
    ("Chè", "Tổng sản phẩm Chè xuất khẩu đến năm 2030 phấn đấu đạt trên 12.000 tấn", "12.000", ">",
     "tổng giá trị sản phẩm Chè tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 33 triệu USD", "33", ">",
     "Chè tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 33 triệu USD, tốc độ tăng bình quân 03 - 04%/năm", 3, 4),
    ("Cà phê", "Tổng sản phẩm Cà phê xuất khẩu đến năm 2030 phấn đấu đạt trên 39.000 tấn", "39.000", ">",
     "tổng giá trị sản phẩm Cà phê tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 186 triệu USD", "186", ">",
     "Cà phê tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 186 triệu USD, tốc độ tăng bình quân 10 - 12%/năm", 10,
     12),
    ("Sắn", "Tổng sản phẩm Sắn xuất khẩu đến năm 2030 phấn đấu đạt trên 155.000 tấn", "155.000", ">",
     "tổng giá trị sản phẩm Sắn tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 70 triệu USD", "70", ">",
     "Sắn tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 70 triệu USD, tốc độ tăng bình quân 10 - 11%/năm", 10, 11),
]


def _product_targets() -> list[dict]:
    out = []
    for name, q_t, t, c_t, q_v, v, c_v, q_g, lo, hi in PRODUCTS:
        out.append(target(q_t, "count", num(t), "tấn", c_t, f"sản phẩm {name} tham gia xuất khẩu"))
        out.append(target(q_v, "count", num(v), USD, c_v, f"giá trị sản phẩm {name} tham gia xuất khẩu"))
        if hi is None:
            out.append(target(q_g, "change", lo, "%", "=", f"giá trị sản phẩm {name} tham gia xuất khẩu"))
        else:
            out.append(target(q_g, "change", lo, "%", "range", f"giá trị sản phẩm {name} tham gia xuất khẩu",
                              value_max=hi))
    return out


# II.2 and II.3 stand under the heading `II. CHỈ TIÊU XUẤT KHẨU ĐẾN NĂM 2030` and set no number: qualitative
# targets (GUIDELINES.md, Targets: `qualitative` is a commitment under `Chỉ tiêu` with no number). I.1 and I.2
# are the plan's general aims (`Mục tiêu`, not `Mục tiêu cụ thể`): not targets, as 18's `Mục tiêu chung`.
QUALITATIVE = [
    ("Tiếp tục được xác định là thị trường xuất khẩu chính, tập trung đẩy mạnh xuất khẩu", "Thị trường Trung Quốc, "
     "Hồng Kông, Đài Loan"),
    ("Tiếp tục đẩy mạnh xuất khẩu sang các thị trường: Singapore, Thái Lan, Lào, Campuchia", "Thị trường ASEAN"),
    ("Tập trung đẩy mạnh xuất khẩu sang thị trường Hàn Quốc và Nhật Bản", "Thị trường Đông Bắc Á"),
    ("Nghiên cứu, quảng bá, giới thiệu và xuất khẩu các mặt hàng nông sản chế biến như: chè, cà phê, nước ép hoa quả",
     "Các thị trường Tây Á, Nam Á"),
    ("Tập trung triển khai các giải pháp nghiên cứu, quảng bá, giới thiệu và xuất khẩu các nhóm hàng nông sản tươi",
     "Thị trường châu Đại Dương"),
    ("Đẩy mạnh xuất khẩu nhằm duy trì vững chắc và mở rộng thị phần xuất khẩu sang các thị trường Đức, Pháp, Anh",
     "Thị trường châu Âu và Anh"),
    ("Tiếp tục củng cố và mở rộng thị phần xuất khẩu tại thị trường Hoa Kỳ, Canada", "Thị trường châu Mỹ"),
    ("Tiếp tục cải thiện môi trường đầu tư, kinh doanh, đẩy mạnh cải cách thủ tục hành chính tạo thuận lợi tối đa",
     "môi trường đầu tư, kinh doanh"),
    ("Xây dựng mô hình đơn vị thu gom, sơ chế, phân loại, đóng gói, bảo quản tiêu thụ, xuất khẩu",
     "mô hình đơn vị thu gom, sơ chế, phân loại, đóng gói"),
    ("Tiếp tục thu hút, khuyến khích, hỗ trợ các nhà đầu tư, các doanh nghiệp đầu tư nhà máy chế biến nông sản",
     "các nhà đầu tư, các doanh nghiệp"),
    ("Hỗ trợ các doanh nghiệp, HTX trên địa bàn tỉnh quảng bá, giới thiệu sản phẩm tại các hoạt động xúc tiến thương "
     "mại", "các doanh nghiệp, HTX"),
]

# --- the appendices, transcribed cell by cell (Vietnamese numbers as printed) ----------------------------------------
# Phụ lục 01: (crop, indicator, unit as printed, 2025 estimate = baseline, not a target, [2026 … 2030])
PL01 = [
    ("Cà Phê", "Diện tích", "Ha", "26.120", ["27.000", "27.500", "28.000", "29.000", "30.000"]),
    ("Cà Phê", "Sản lượng cà phê nhân", "Tấn", "37.724", ["39.800", "40.602", "45.225", "50.500", "54.468"]),
    ("Chè", "Diện tích", "Ha", "6.132", ["6.500", "6.700", "7.100", "7.500", "8.000"]),
    ("Chè", "Sản lượng chè búp tươi", "Tấn", "56.182", ["64.213", "66.456", "67.405", "76.715", "90.000"]),
    ("Sắn", "Diện tích", "Ha", "43.114", ["43.600", "43.800", "44.000", "44.200", "44.500"]),
    ("Sắn", "Sản lượng", "Tấn", "526.420", ["540.640", "551.880", "563.200", "579.020", "596.300"]),
    ("Mía", "Diện tích", "Ha", "9.961", ["10.600", "10.700", "10.800", "11.200", "12.000"]),
    # the unit cell of sugar-cane output reads `Ha` (evidently tonnes): kept as printed, no guess
    ("Mía", "Sản lượng", "Ha", "652.744", ["708.080", "716.900", "725.760", "754.880", "811.200"]),
    ("Nhãn", "Diện tích", "Ha", "19.800", ["19.900", "20.000", "20.000", "20.000", "20.000"]),
    ("Nhãn", "Sản lượng", "Tấn", "155.000", ["157.000", "159.000", "161.000", "163.000", "165.000"]),
    ("Xoài", "Diện tích", "Ha", "19.600", ["19.700", "19.800", "19.900", "20.000", "20.000"]),
    ("Xoài", "Sản lượng", "Tấn", "107.587", ["108.000", "109.000", "110.000", "111.000", "112.000"]),
    ("Chuối", "Diện tích", "Ha", "6.200", ["6.300", "6.400", "6.500", "6.600", "6.700"]),
    ("Chuối", "Sản lượng", "Tấn", "63.000", ["64.000", "65.000", "66.000", "67.000", "68.000"]),
    ("Chanh leo", "Diện tích", "Ha", "400", ["450", "500", "550", "600", "650"]),
    ("Chanh leo", "Sản lượng", "Tấn", "3.500", ["4.000", "4.500", "5.000", "5.500", "6.000"]),
    ("Mận, mơ", "Diện tích", "Ha", "14.550", ["14.600", "14.700", "14.800", "14.900", "15.000"]),
    ("Mận, mơ", "Sản lượng", "Tấn", "100.000", ["101.000", "102.000", "103.000", "104.000", "105.000"]),
    ("Dứa", "Diện tích", "Ha", "350", ["370", "400", "400", "400", "400"]),
    ("Dứa", "Sản lượng", "Tấn", "3.200", ["3.300", "3.500", "3.500", "3.500", "3.500"]),
    ("Rau các loại", "Diện tích", "Ha", "13.000", ["13.500", "13.700", "14.000", "14.500", "15.000"]),
    ("Rau các loại", "Sản lượng", "Tấn", "189.000", ["198.000", "201.000", "207.000", "215.000", "225.000"]),
    ("bò sữa", "Tổng đàn", "Con", "28.010", ["28.100", "28.300", "28.350", "28.500", "29.000"]),
]
# Phụ lục 02: (product as printed, subject, [tonnage 2026, value 2026, …, tonnage 2030, value 2030]); value in
# thousand USD; an empty cell states nothing
PL02 = [
    ("Tổng I + II", "hàng hóa", ["", "240.000", "", "270.000", "", "305.000", "", "345.000", "", "400.000"]),
    ("Mặt hàng nông sản", "mặt hàng nông sản",
     ["", "235.000", "", "265.000", "", "300.000", "", "340.000", "", "395.000"]),
    ("Xoài", "Xoài", ["13.500", "7.000", "14.800", "7.800", "16.000", "8.600", "16.800", "9.300", "18.000", "10.000"]),
    ("Nhãn", "Nhãn", ["6.400", "24.700", "7.100", "26.100", "7.500", "27.300", "8.000", "28.500", "8.500", "30.200"]),
    ("Chanh leo", "Chanh leo",
     ["2.200", "1.210", "2.400", "1.320", "2.600", "1.430", "2.800", "1.530", "3.200", "1.730"]),
    ("Chuối", "Chuối", ["11.200", "2.980", "12.000", "3.220", "12.800", "3.450", "13.500", "3.640", "14.500", "3.950"]),
    ("Thanh long", "Thanh long",
     ["1.000", "1.250", "1.200", "1.500", "1.400", "1.750", "1.600", "2.000", "2.000", "2.500"]),
    ("Sản phẩm chè", "Sản phẩm chè",
     ["10.200", "26.700", "10.500", "28.000", "10.900", "28.950", "11.400", "30.040", "12.000", "33.040"]),
    ("Cà phê", "Cà phê",
     ["34.500", "104.360", "35.000", "117.000", "36.000", "134.490", "37.500", "156.700", "39.000", "186.050"]),
    ("Sản phẩm sắn", "Sản phẩm sắn",
     ["105.000", "40.160", "120.000", "47.000", "130.000", "54.000", "140.000", "61.070", "155.000", "70.000"]),
    ("Sữa và sản phẩm từ sữa", "Sữa và sản phẩm từ sữa",
     ["", "14.000", "", "19.000", "", "24.000", "", "29.000", "", "35.000"]),
    ("Đường mía", "Đường mía",
     ["7.700", "3.500", "8.360", "3.800", "9.240", "4.200", "10.120", "4.600", "11.000", "5.000"]),
    ("Hạt giống Takii", "Hạt giống Takii", ["", "400", "", "400", "", "400", "", "400", "", "400"]),
    ("Ngô giống", "Ngô giống", ["60", "80", "60", "80", "65", "90", "70", "100", "85", "120"]),
    ("Sản phẩm dứa", "Sản phẩm dứa", ["800", "820", "1.200", "1.230", "1.500", "1.530", "1.800", "1.840", "2.200", "2.710"]),
    ("Sản phẩm ngô ngọt", "Sản phẩm ngô ngọt",
     ["2.800", "1.160", "2.100", "880", "2.500", "1.030", "2.800", "1.150", "3.200", "1.850"]),
    ("Sản phẩm đậu tương rau", "Sản phẩm đậu tương rau",
     ["800", "1.000", "1.200", "1.490", "1.500", "1.860", "1.800", "2.230", "2.100", "3.030"]),
    ("Sản phẩm rau chân vịt", "Sản phẩm rau chân vịt",
     ["2.300", "5.680", "2.500", "6.180", "2.800", "6.920", "3.200", "7.900", "3.500", "9.420"]),
    ("Sản phẩm công nghiệp khác", "sản phẩm công nghiệp khác",
     ["", "5.000", "", "5.000", "", "5.000", "", "5.000", "", "5.000"]),
    ("Xi măng và clanke", "Xi măng và clanke",
     ["20.000", "3.300", "19.000", "3.200", "18.000", "3.000", "17.000", "2.800", "16.000", "2.600"]),
    ("Sản phẩm Dệt may", "Sản phẩm Dệt may", ["", "600", "", "600", "", "600", "", "600", "", "600"]),
    ("Sản phẩm khác", "Sản phẩm khác", ["", "1.100", "", "1.200", "", "1.400", "", "1.600", "", "1.800"]),
]


def _appendix_targets() -> list[dict]:
    """One target per planned cell (each year's figure is a commitment of its own, records.md `Targets anywhere`);
    the quote runs from the row's label to the cell, so it stays a contiguous passage of the source."""
    out = []
    for crop, indicator, unit, base, years in PL01:
        subject = indicator if crop.casefold() in indicator.casefold() else f"{indicator} {crop}"
        for i, cell in enumerate(years):
            quote = " ".join([indicator, unit, base, *years[: i + 1]])
            out.append(target(quote, "count", num(cell), unit.casefold(), "=", subject))
    for label, name, cells in PL02:
        for i, cell in enumerate(cells):
            if not cell:
                continue
            quote = " ".join([label, *(c for c in cells[: i + 1] if c)])
            if i % 2 == 0:
                out.append(target(quote, "count", num(cell), "tấn", "=", f"Lượng {name} tham gia xuất khẩu"))
            else:
                out.append(target(quote, "count", num(cell), "nghìn USD", "=",
                                  f"Giá trị {name} tham gia xuất khẩu"))
    return out


DOC = {
    "doc_id": "f1e0981425ec38be",
    "source": "corpus/real/f1e0981425ec38be.md",
    "split": "test",
    "labelled": ["metadata", "sections", "targets", "tasks", "agencies", "deadlines", "citations"],
    "notes": "A decision carrying a plan: metadata is the decision's. Targets: the prose targets of I.3 and II.1, "
             "the qualitative items of II.2–II.3 (under the `Chỉ tiêu` heading), one count in a task bullet "
             "(`ít nhất 01 doanh nghiệp, hợp tác xã`), and every planned cell of both appendix tables (the 2025 "
             "estimate column of Phụ lục 01 is a baseline). `đến năm 2030` gives targets their year; it is not a "
             "deadline.",
    "metadata": metadata(
        doc_number="2954/QĐ-UBND", doc_type="Quyết định", issuer=SL, admin_level="province", province="Sơn La",
        district=None, commune=None, place="Sơn La", issue_date="2025-11-20", plan_year=None,
        period={"start": 2026, "end": 2030},
        title="VỀ VIỆC BAN HÀNH KẾ HOẠCH XUẤT KHẨU SẢN PHẨM HÀNG HÓA TỈNH SƠN LA GIAI ĐOẠN 2026 - 2030",
        topics=[],  # exports: no topic of pipeline/data/topics.yaml fits
        signer={"name": "Nguyễn Thành Công", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    ),
}

DOC["targets"] = (
    [target(q, k, v, u, c, s, value_max=vm) for q, k, v, vm, u, c, s in PROSE]
    + _product_targets()
    + [target("Tổng giá trị sản phẩm công nghiệp, tiểu thủ công nghiệp tham gia xuất khẩu dự kiến đạt 05 triệu USD",
              "count", 5, USD, "=", "giá trị sản phẩm công nghiệp, tiểu thủ công nghiệp tham gia xuất khẩu")]
    + [target(q, "qualitative", None, None, None, s) for q, s in QUALITATIVE]
    # V.10 a), inside a task bullet
    + [target("Lựa chọn ít nhất 01 doanh nghiệp, hợp tác xã", "count", 1, "doanh nghiệp, hợp tác xã", ">=",
              "doanh nghiệp, hợp tác xã")]
    + _appendix_targets()
)

MONTHLY_16 = timeframe("recurring", due="2026-01-16", recurrence="monthly")  # first occurrence in 2026–2030

DOC["tasks"] = [
    # Điều 2 assigns the plan with a lead and partners: a task. The unnumbered `Chánh Văn phòng …chịu trách nhiệm
    # thi hành quyết định này` is the enforcement clause: not a task (GUIDELINES.md, Tasks).
    task("Giao Sở Công Thương chủ trì, phối hợp với các Sở, ban, ngành của tỉnh; Ủy ban nhân dân các xã, phường; các "
         "cơ quan, đơn vị và các doanh nghiệp, hợp tác xã có liên quan triển khai thực hiện Kế hoạch này", [CT],
         ["các Sở, ban, ngành của tỉnh", XA, "các cơ quan, đơn vị", "các doanh nghiệp, hợp tác xã có liên quan"]),
    # IV.1: the budget duties of named bodies (GUIDELINES.md); `Hàng năm` of a budget is no deadline
    task("các nhiệm vụ cụ thể của các sở ngành, UBND các xã, phường xây dựng dự toán kinh phí gửi Sở Tài chính tổng "
         "hợp", ["các sở ngành", XA]),
    task("gửi Sở Tài chính tổng hợp, căn cứ khả năng cân đối ngân sách trình UBND tỉnh xem xét, phê duyệt", [TAICHINH]),
    # V.1 Sở Công Thương: a) block over four bullets, b) block over two
    task("Là cơ quan đầu mối chủ trì tổ chức thực hiện, theo dõi, đôn đốc các sở, ban, ngành, UBND các xã, phường "
         "triển khai thực hiện", [CT], P_FULL),
    task("Tổ chức chương trình tập huấn kiến thức, tuyên truyền phổ biến các quy định về hội nhập kinh tế quốc tế",
         [CT], P_FULL),
    task("Tổ chức, tham gia các hoạt động kết nối giao thương, liên kết vùng trong và ngoài nước, hỗ trợ phát triển "
         "thương mại điện tử", [CT], P_FULL),
    task("Tham mưu phát triển công nghiệp bảo quản, chế biến nông lâm thủy sản; khuyến khích phát triển công nghiệp "
         "chế biến sâu", [CT], P_FULL),
    task("Hỗ trợ các nhà đầu tư, các tập đoàn lớn đến đầu tư phát triển hạ tầng thương mại, khu công nghiệp, cụm "
         "công nghiệp", [CT], P_SN_XA),
    task("Thực hiện có hiệu quả, trọng tâm, trọng điểm đối với các hoạt động xúc tiến thương mại và phát triển "
         "thương mại điện tử tỉnh Sơn La năm 2025", [CT], P_SN_XA),
    # V.2 Sở Nông nghiệp và Môi trường
    task("Hướng dẫn doanh nghiệp và HTX trên địa bàn tỉnh áp dụng quy trình sản xuất nông nghiệp tốt, liên kết sản "
         "xuất theo chuỗi giá trị", [NNMT], P_FULL),
    task("Đẩy mạnh xây dựng, phát triển các vùng sản xuất trái cây ứng dụng công nghệ cao, chuỗi cung ứng nông sản "
         "an toàn", [NNMT], P_FULL),
    task("Tổ chức, khuyến khích doanh nghiệp, Hợp tác xã tham gia các hoạt động tuyên truyền, quảng bá, giới thiệu "
         "các sản phẩm đặc trưng", [NNMT], P_SN_XA),
    task("Hỗ trợ phát triển thương mại điện tử của tỉnh đối với các doanh nghiệp, HTX sản xuất, kinh doanh sản phẩm "
         "nông sản đặc trưng", [NNMT], P_SN_XA),
    # V.3 Sở Tài chính
    task("Chủ trì, phối hợp với các sở, ngành, UBND các xã, phường và các đơn vị có liên quan hướng dẫn các nhà đầu "
         "tư về thủ tục đầu tư vào nông nghiệp, nông thôn", [TAICHINH], [SN, XA, "các đơn vị có liên quan"]),
    task("Hướng dẫn các sở, ngành và các đơn vị liên quan xây dựng kế hoạch, dự toán kinh phí triển khai các nhiệm vụ "
         "được giao", [TAICHINH]),
    # V.4 Sở Khoa học và Công nghệ: the opening `Chủ trì, phối hợp với …:` applies to each of three bullets
    task("Triển khai thực hiện các chính sách khuyến khích doanh nghiệp, HTX đầu tư, áp dụng chuyển giao đổi mới "
         "công nghệ tiên tiến", [KHCN], [SN, XA, CQ]),
    task("Tập trung cao cho việc xây dựng, quản lý nhãn hiệu, tem truy xuất nguồn gốc của các sản phẩm chủ lực",
         [KHCN], [SN, XA, CQ]),
    task("Hỗ trợ cập nhật các thông tin liên quan đến các quy định về các tiêu chuẩn, quy chuẩn quốc tế", [KHCN],
         [SN, XA, CQ]),
    # V.5 Công an tỉnh: one paragraph
    task("Chủ trì, phối hợp với các sở, ngành, UBND các xã, phường thực hiện quản lý nhà nước về xuất nhập cảnh, cư "
         "trú của người nước ngoài", [CA_TINH], P_SN_XA),
    # V.6 Sở Ngoại vụ
    task("Thẩm định, trình UBND tỉnh về thủ tục: Người nước ngoài vào tỉnh Sơn La để thực hiện các nội dung liên "
         "quan", [NV]),
    task("Tham mưu với UBND tỉnh làm việc với các Cơ quan đại diện ngoại giao Việt Nam tại nước ngoài", [NV]),
    # V.7
    task("Tổ chức các chương trình: Tuần hàng, tuần lễ, hội chợ thương mại quảng bá, giới thiệu các sản phẩm hàng "
         "hóa của tỉnh Sơn La", [XTDT]),
    task("Làm việc với cơ quan thông tấn, báo chí, truyền thông trong nước và quốc tế (nếu có) để đẩy mạnh việc quảng "
         "bá", [XTDT]),
    # V.8 `Đề nghị …` four organisations, three bullets (`Thường xuyên nắm bắt` is manner, not a deadline)
    task("Đẩy mạnh tập huấn, học tập mô hình sản xuất tiên tiến, phù hợp với điều kiện thực tế của tỉnh; tiếp tục "
         "thành lập mới các hợp tác xã", ORGS),
    task("Phối hợp với các sở, ngành, UBND các xã, phường tổ chức các hoạt động xúc tiến thương mại, quảng bá, giới "
         "thiệu", ORGS, P_SN_XA),
    task("Thường xuyên nắm bắt, đề xuất cơ quan có thẩm quyền giải quyết các khó khăn, vướng mắc của doanh nghiệp, "
         "HTX", ORGS),
    # V.9 one paragraph, two bodies
    task("Xây dựng các phóng sự, tin bài để quảng bá, giới thiệu các sản phẩm hàng hóa nông sản của Sơn La tham gia "
         "xuất khẩu", MEDIA),
    # V.10 UBND các xã, phường: a) five bullets, b) three
    task("Phát triển các vùng sản xuất tập trung tại địa phương có quy mô đủ lớn, đẩy mạnh xây dựng chuỗi liên kết "
         "sản xuất", [XA], P_XA_A),
    task("Xây dựng các mô hình mẫu về vùng sản xuất tập trung, thực hiện quản lý chặt chẽ quy trình chăm sóc", [XA],
         P_XA_A),
    # `giai đoạn 2026 – 2030` names the commune plan's period: not a deadline
    task("nghiên cứu xây dựng kế hoạch xuất khẩu các sản phẩm hàng hóa của xã, phường giai đoạn 2026 – 2030", [XA],
         P_XA_A),
    task("Lựa chọn ít nhất 01 doanh nghiệp, hợp tác xã", [XA], P_XA_A),
    task("Nghiên cứu việc hỗ trợ doanh nghiệp, HTX trên địa bàn đạt các chứng nhận quốc tế", [XA], P_XA_A),
    task("Chủ động phối hợp với các Sở, ngành kịp thời hỗ trợ giải quyết, tháo gỡ các khó khăn cho các doanh nghiệp",
         [XA], P_XA_B),
    task("Chỉ đạo đơn vị chuyên môn phối hợp chặt chẽ với Sở Nông nghiệp và Môi trường, các cơ quan, đơn vị liên "
         "quan", [XA], [*P_XA_B, NNMT]),
    task("Chủ động phối hợp với các sở, ngành và các đơn vị có liên quan tổ chức, tham gia các hoạt động xúc tiến "
         "thương mại", [XA], P_XA_B),
    # V.11 `Đề nghị các doanh nghiệp …`: three bullets
    task("Chủ động nắm bắt thông tin thị trường để xây dựng Kế hoạch sản xuất, tiêu thụ và xuất khẩu sản phẩm của "
         "đơn vị", [DN]),
    task("Nghiên cứu, áp dụng khoa học kỹ thuật, quy trình sản xuất đảm bảo tiêu chuẩn tiêu thụ, xuất khẩu", [DN]),
    task("Thường xuyên phối hợp, cung cấp thông tin với các sở, ngành, UBND các xã, phường về hoạt động thu gom",
         [DN], P_SN_XA),
    # second `V. CHẾ ĐỘ BÁO CÁO` (the closing `nếu có khó khăn … kịp thời báo cáo` has no subject: not a task)
    task("Các Sở, ngành, UBND các xã, phường và các cơ quan, đơn vị có liên quan: Căn cứ chức năng, nhiệm vụ được "
         "giao theo Kế hoạch, tổ chức triển khai thực hiện", ["các Sở, ngành", XA, CQ], tf=MONTHLY_16),
    task("Sở Công Thương tổng hợp báo cáo Tỉnh ủy, HĐND, UBND tỉnh về tình hình thực hiện Kế hoạch này", [CT],
         tf=timeframe("recurring", due="2026-01-18", recurrence="monthly")),
]

DOC["agencies"] = agencies(
    SL,  # issuer; reports_to (second V)
    CT, NNMT, TAICHINH, KHCN, CA_TINH, NV, XTDT, *ORGS, *MEDIA,
    "Tỉnh ủy Sơn La", "HĐND tỉnh Sơn La",  # reports_to (second V.1, V.2)
    # named in III.2 (`phối hợp với … UBND các tỉnh/thành phố như: Lào Cai, Lạng Sơn, Hải Phòng, Quảng Ninh`)
    "UBND tỉnh Lào Cai", "UBND tỉnh Lạng Sơn", "UBND thành phố Hải Phòng", "UBND tỉnh Quảng Ninh",
    # Nơi nhận (`Chủ tịch`, `Các Phó Chủ tịch UBND tỉnh`, `Lãnh đạo Văn phòng UBND tỉnh` are office-holders; the
    # office is also named through `Chánh Văn phòng UBND tỉnh`; `Lưu: VT, Biên KT` is filing)
    "Bộ Công Thương", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Văn phòng UBND tỉnh",
    generic=("các Sở, ban, ngành của tỉnh", XA, "các cơ quan, đơn vị", "các doanh nghiệp, hợp tác xã có liên quan",
             "các sở ngành", SBN, SN, CQ, "các đơn vị có liên quan", "các Sở, ngành", DN, "các Bộ, ngành Trung ương",
             "các Sở, ngành, cơ quan thuộc tỉnh", "các Cơ quan đại diện ngoại giao Việt Nam tại nước ngoài",
             "các Cơ quan đại diện ngoại giao nước ngoài tại Việt Nam", "các tổ chức quốc tế",
             "các Hội, Hiệp hội ngành hàng", "các cơ quan thông tin truyền thông, báo chí trung ương và địa phương",
             "cơ quan có thẩm quyền", "đơn vị chuyên môn"),
)

DOC["deadlines"] = [
    deadline("Quyết định này có hiệu lực kể từ ngày ký ban hành", timeframe("period", "2025-11-20")),
    # III.2: a yearly duty (no day given)
    deadline("Hàng năm, xây dựng kế hoạch xúc tiến thương mại và phát triển thương mại điện tử của tỉnh",
             timeframe("recurring", recurrence="yearly")),
    # second V.1 and V.2: three recurring reports each, first occurrence in the 2026–2030 period (GUIDELINES.md)
    deadline("Định kỳ hàng tháng ( trước ngày 16 hàng tháng )", MONTHLY_16),
    deadline("6 tháng ( trước ngày 16/6 )", timeframe("recurring", due="2026-06-16", recurrence="half_yearly")),
    deadline("tổng kết năm ( trước ngày 20/11 hàng năm )", timeframe("recurring", due="2026-11-20", recurrence="yearly")),
    deadline("định kỳ hàng tháng ( trước ngày 18 hàng tháng )",
             timeframe("recurring", due="2026-01-18", recurrence="monthly")),
    deadline("6 tháng ( trước ngày 18/5 )", timeframe("recurring", due="2026-05-18", recurrence="half_yearly")),
    deadline("tổng kết năm ( trước ngày 30/11 hàng năm )", timeframe("recurring", due="2026-11-30", recurrence="yearly")),
]


def standard(quote: str) -> dict:
    """A named production or certification standard (records.md, Citations: standards are citations)."""
    return citation(quote, "Tiêu chuẩn", None, None, None, "reference")


# `kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030` names the periodic plan, not a document with an
# issuer or number: not a citation (as `Kế hoạch 5 năm (2021 - 2025)` in 99c7d8fff9e4572e). The decision's own
# number in Phụ lục 02 (`Ban hành kèm theo Quyết định số 2954/QĐ-UBND`) is not a citation.
DOC["citations"] = [
    citation("Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025", "Luật", None, "2025-06-16", "Quốc hội",
             "basis"),
    citation("Quyết định số 493/QĐ-TTg ngày 19 tháng 4 năm 2022 của Thủ tướng Chính phủ", "Quyết định", "493/QĐ-TTg",
             "2022-04-19", TTG, "basis"),
    # the strategy QĐ 493 approves: a named strategy inside its subject (reference, issuer not written)
    citation("Chiến lược xuất nhập khẩu hàng hóa đến năm 2030", "Chiến lược", None, None, None, "reference"),
    # `Theo đề nghị của Sở Công Thương tại …`
    citation("Tờ trình số 298/TTr-SCT ngày 23/10/2025", "Tờ trình", "298/TTr-SCT", "2025-10-23", CT, "reference"),
    citation("Công văn số 2679/SCT-QLTM ngày 07/11/2025", "Công văn", "2679/SCT-QLTM", "2025-11-07", CT, "reference"),
    # II.2 e): the two free-trade agreements
    citation("Hiệp định Thương mại tự do Việt Nam - EU", "Hiệp định", None, None, None, "reference"),
    citation("Việt Nam với Anh có hiệu lực", "Hiệp định", None, None, None, "reference"),
    # III.1 `(VietGAP, GlobalGAP)`, V.2 a) `(GlobalGAP, PGS…)`, V.9 `VietGAP, GlobalGAP`, V.10 a) `(GlobalGAP, PGS…)`
    standard("VietGAP"), standard("GlobalGAP"),
    standard("GlobalGAP"), standard("PGS"),
    standard("VietGAP"), standard("GlobalGAP"),
    standard("GlobalGAP"), standard("PGS"),
]


def article(n: int, text: str) -> dict:
    return section(f"Điều {n}. {text}", "other", heading=text, number=f"Điều {n}")


ORG = "organisation"
# Every numbered line of the decision and the plan (the drafter numbered two parts `V.`: both are kept). Items take
# their parent's kind; the appendix tables' group rows and row numbers are table cells, not numbered lines.
DOC["sections"] = [
    article(1, "Ban hành kèm theo Quyết định này Kế hoạch xuất khẩu"),
    article(2, "Giao Sở Công Thương chủ trì, phối hợp với các Sở, ban, ngành của tỉnh"),
    article(3, "Quyết định này có hiệu lực kể từ ngày ký ban hành"),
    section("I. MỤC TIÊU", "purpose"),
    section("1. Duy trì tốc độ tăng trưởng xuất khẩu ổn định", "purpose"),
    section("2. Tập trung đẩy mạnh hoạt động sản xuất, xuất khẩu các sản phẩm chủ lực", "purpose"),
    section("3. Phấn đấu giá trị hàng hóa tham gia xuất khẩu đến năm 2030 đạt 400 triệu USD", "purpose"),
    section("II. CHỈ TIÊU XUẤT KHẨU ĐẾN NĂM 2030", "targets"),
    section("1. Sản phẩm tham gia xuất khẩu", "targets"),
    section("a) Sản phẩm nông sản, thực phẩm", "targets"),
    section("b) Sản phẩm công nghiệp, tiểu thủ công nghiệp", "targets"),
    section("2. Phát triển thị trường xuất khẩu", "targets"),
    section("a) Thị trường Trung Quốc, Hồng Kông, Đài Loan", "targets"),
    section("b) Thị trường ASEAN", "targets"),
    section("c) Thị trường Đông Bắc Á", "targets"),
    section("d) Các thị trường Tây Á, Nam Á", "targets"),
    section("đ) Thị trường châu Đại Dương", "targets"),
    section("e) Thị trường châu Âu và Anh", "targets"),
    section("f) Thị trường châu Mỹ", "targets"),
    section("3. Phát triển dịch vụ hỗ trợ xuất khẩu", "targets"),
    section("III. GIẢI PHÁP THỰC HIỆN KẾ HOẠCH XUẤT KHẨU SẢN PHẨM HÀNG HÓA TỈNH SƠN LA", "solutions"),
    section("1. Xây dựng vùng nguyên liệu phục vụ xuất khẩu", "solutions"),
    section("2. Đẩy mạnh xúc tiến thương mại, mở rộng thị trường xuất khẩu", "solutions"),
    section("3. Nâng cao năng lực đơn vị thu gom và dịch vụ hỗ trợ xuất khẩu", "solutions"),
    section("4. Thu hút đầu tư cơ sở sơ chế, chế biến, xuất khẩu", "solutions"),
    section("5. Thực hiện cơ chế, chính sách", "solutions"),
    section("IV. KINH PHÍ", "budget"),
    section("1. Nguồn ngân sách: Hàng năm", "budget"),
    section("2. Nguồn xã hội hóa từ các doanh nghiệp, HTX", "budget"),
    section("V. TỔ CHỨC THỰC HIỆN", ORG),
    section("1. Sở Công Thương", ORG),
    section("a) Chủ trì, phối hợp với các sở, ban, ngành, UBND các xã, phường", ORG),
    section("b) Phối hợp với các sở, ngành, UBND các xã, phường", ORG),
    section("2. Sở Nông nghiệp và Môi trường", ORG),
    section("a) Chủ trì, phối hợp với các sở, ban, ngành, UBND các xã, phường", ORG),
    section("b) Phối hợp với các sở, ngành, UBND các xã, phường", ORG),
    section("3. Sở Tài chính", ORG),
    section("4. Sở Khoa học và Công Nghệ", ORG),
    section("5. Công an tỉnh", ORG),
    section("6. Sở Ngoại Vụ", ORG),
    section("7. Trung tâm Xúc tiến đầu tư, thương mại và du lịch", ORG),
    section("8. Đề nghị Liên minh Hợp tác xã tỉnh, Đoàn TNCS Hồ Chí Minh tỉnh", ORG),
    section("9. Báo và phát thanh, truyền hình Sơn La, Cổng thông tin điện tử tỉnh", ORG),
    section("10. Ủy ban nhân dân các xã, phường", ORG),
    section("a) Chủ trì, phối hợp với các sở, ban, ngành và cơ quan, đơn vị có liên quan", ORG),
    section("b) Phối hợp với các sở, ngành và các cơ quan, đơn vị có liên quan", ORG),
    section("11. Đề nghị các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa", ORG),
    section("V. CHẾ ĐỘ BÁO CÁO", "reporting"),
    section("1. Các Sở, ngành, UBND các xã, phường và các cơ quan, đơn vị có liên quan", "reporting"),
    section("2. Sở Công Thương tổng hợp báo cáo Tỉnh ủy, HĐND, UBND tỉnh", "reporting"),
]
