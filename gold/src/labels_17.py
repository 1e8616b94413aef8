"""17 — UBND tỉnh Đắk Lắk, KH 0134/KH-UBND, aquaculture environment monitoring 2026-2030. Deadlines only.

The monitoring seasons (`Tháng 3, 4 và tháng 9 đến tháng 11 …`) bound a yearly obligation: recurring periods,
first occurrence in 2026, the plan's first year."""

from common import deadline, timeframe

Y = lambda a, b, day: timeframe("recurring", f"2026-{a:02d}-01", f"2026-{b:02d}-{day}", recurrence="yearly")  # noqa: E731

DOC = {
    "doc_id": "17_daklak_2025_quan-trac-moi-truong-nuoi-trong-thuy-san",
    "source": "corpus/17_daklak_2025_quan-trac-moi-truong-nuoi-trong-thuy-san.txt",
    "labelled": ["deadlines"],
    "deadlines": [
        deadline("3. Thời gian thực hiện: Từ năm 2026 - 2030", timeframe("period", "2026-01-01", "2030-12-31")),
        deadline("Thời gian thực hiện: Từ tháng 3 đến tháng 11 hàng năm", Y(3, 11, 30)),
        deadline("Thời gian thực hiện: Từ tháng 3 đến tháng 11 hằng năm", Y(3, 11, 30)),
        deadline("tần suất: Tháng 3, 4", Y(3, 4, 30)),
        deadline("và tháng 9 đến tháng 11 tần suất quan trắc 02 đợt/tháng", Y(9, 11, 30)),
        deadline("tháng 5 đến tháng 8 tần suất quan trắc 04 đợt/tháng", Y(5, 8, 31)),
        deadline("Thời gian thực hiện: Từ tháng 3 đến tháng 11 hằng năm", Y(3, 11, 30)),
        deadline("báo cáo tổng hợp hàng quý", timeframe("recurring", recurrence="quarterly")),
        deadline("hàng quý và hàng năm được lưu trữ", timeframe("recurring", recurrence="yearly")),
        # convention (spec "Labelling conventions", not deadlines): `hằng năm` qualifying a noun — `xây dựng Kế
        # hoạch quan trắc, cảnh báo môi trường hàng năm` names the annual plan, like `lộ trình hằng năm` (removed
        # 2026-12). The quarterly and annual summary reports above stay: recurring reports.
        deadline("Tần suất quan trắc: 18 đợt/năm; Tháng 3 - 11", Y(3, 11, 30)),
        deadline("Tần suất quan trắc: 26 đợt/năm; Tháng 3, 4", Y(3, 4, 30)),
        deadline("và tháng 9 - tháng 11 tần suất quan trắc 02 đợt/tháng", Y(9, 11, 30)),
        deadline("tháng 5 - tháng 8 tần suất 4 đợt/năm", Y(5, 8, 31)),
    ],
}
