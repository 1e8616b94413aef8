"""13 — UBND tỉnh Bắc Ninh, KH 144/KH-UBND (24/11/2025), digital economy and society 2026-2030.

Labelled: metadata and targets only (the targets of part II and the indicator table of the
appendix, which repeats them with the agency in charge: both places state the commitment)."""

from common import metadata, target

BODY_AND_APPENDIX = [
    ("Kinh tế số chiếm 45% GRDP tỉnh", "share", 45, "%", "=", "Kinh tế số"),
    ("Phấn đấu mỗi năm phát triển từ 05 bộ dữ liệu mở chất lượng cao", "count", 5, "bộ dữ liệu mở", ">=",
     "bộ dữ liệu mở chất lượng cao"),
    ("có tối thiểu 05 kịch bản ứng dụng dữ liệu cấp tỉnh, ngành và địa phương", "count", 5, "kịch bản", ">=",
     "kịch bản ứng dụng dữ liệu"),
    ("tỉnh Bắc Ninh có ít nhất 20 tập dữ liệu mở phục vụ phát triển kinh tế số", "count", 20, "tập dữ liệu mở", ">=",
     "tập dữ liệu mở"),
    ("Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số đạt 60%", "share", 60, "%", "=",
     "doanh nghiệp vừa và nhỏ địa phương"),
    ("Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt tối thiểu 40%", "share", 40, "%", ">=",
     "doanh nghiệp có hoạt động đổi mới sáng tạo"),
    ("Kinh phí chi cho nghiên cứu phát triển (R&D)/GRDP tối thiểu 2%", "share", 2, "%", ">=",
     "Kinh phí chi cho nghiên cứu phát triển (R&D)"),
]
SOCIETY = [
    ("Tỷ lệ người sử dụng có khả năng truy cập băng rộng cố định với tốc độ 01 Gb/s đạt 100%", 100, "=",
     "người sử dụng có khả năng truy cập băng rộng cố định"),
    ("Tỷ lệ phủ sóng 5G trên địa bàn đạt 100% dân số", 100, "=", "dân số"),
    ("Tỷ lệ người dân kết nối mạng được bảo vệ ở mức cơ bản đạt 80%", 80, "=", "người dân kết nối mạng"),
    ("Tỷ lệ người dân có tài khoản định danh điện tử (VNeID) đạt 80%", 80, "=", "người dân"),
    ("Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc các tổ chức được phép khác đạt 95%", 95,
     "=", "dân số từ 15 tuổi trở lên"),
    ("Tỷ lệ người dân trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân đạt 80%", 80, "=", "người dân trưởng thành"),
    ("Đào tạo, bồi dưỡng, tập huấn kỹ năng số cơ bản cho người dân trong độ tuổi lao động đạt 70%", 70, "=",
     "người dân trong độ tuổi lao động"),
    ("Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình đạt 80%", 80, "=", "hồ sơ dịch vụ công trực tuyến toàn trình"),
    ("Tỷ lệ dân số trưởng thành tiếp cận dịch vụ số trong y tế, giáo dục, bảo hiểm, giao thông đạt 90%", 90, "=",
     "dân số trưởng thành"),
    ("Tỷ lệ người dân có Sổ sức khỏe điện tử đạt 95%", 95, "=", "người dân"),
    ("Tỉ lệ giao dịch không dùng tiền mặt đạt 80%", 80, "=", "giao dịch không dùng tiền mặt"),
    ("Tỷ lệ người dân được định danh số đạt 100%", 100, "=", "người dân"),
    ("Tỷ trọng kinh phí từ xã hội trên kinh phí chi cho nghiên cứu phát triển (R&D) đạt trên 60%", 60, ">",
     "kinh phí từ xã hội trên kinh phí chi cho nghiên cứu phát triển"),
]
STEM_BODY = ("Phấn đấu tỷ trọng đào tạo các ngành STEM trong các cơ sở giáo dục đại học đạt tối thiểu 30%", "share", 30,
             "%", ">=", "các ngành STEM trong các cơ sở giáo dục đại học")
STEM_APPENDIX = ("Tỷ trọng đào tạo các ngành STEM trong các cơ sở giáo dục đại học, cao đẳng, đào tạo nghề của tỉnh đạt "
                 "tối thiểu 30%", "share", 30, "%", ">=", "các ngành STEM trong các cơ sở giáo dục đại học, cao đẳng, đào tạo nghề")


def _targets() -> list[dict]:
    part_ii = [target(*t) for t in BODY_AND_APPENDIX] + [target(q, "share", v, "%", c, s) for q, v, c, s in SOCIETY]
    body = part_ii + [target(*STEM_BODY)]
    appendix = [target(*t) for t in BODY_AND_APPENDIX] + [target(*STEM_APPENDIX)] + \
        [target(q, "share", v, "%", c, s) for q, v, c, s in SOCIETY]
    return body + appendix


DOC = {
    "doc_id": "13_bacninh_2025_kinh-te-so-xa-hoi-so-2026-2030",
    "source": "corpus/13_bacninh_2025_kinh-te-so-xa-hoi-so-2026-2030.txt",
    "labelled": ["metadata", "targets"],
    "metadata": metadata(
        doc_number="144/KH-UBND", doc_type="Kế hoạch", issuer="UBND tỉnh Bắc Ninh", admin_level="province",
        province="Bắc Ninh", district=None, commune=None, place="Bắc Ninh", issue_date="2025-11-24", plan_year=None,
        period={"start": 2026, "end": 2030},
        title="PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026 - 2030",
        topics=["digital_transformation"],
        signer={"name": "Mai Sơn", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    ),
    "targets": _targets(),
}

from common import deadline, timeframe  # noqa: E402

YEARLY = timeframe("recurring", recurrence="yearly")
DOC["labelled"].append("deadlines")
DOC["notes"] = "Deadlines: the plan runs 2026-2030, so a yearly due date's first occurrence is in 2026."
DOC["deadlines"] = [
    deadline("Tổng hợp, đánh giá kết quả thực hiện Kế hoạch hằng năm", YEARLY),
    deadline("theo dõi, đánh giá kết quả hằng năm", YEARLY),
    deadline("gửi báo cáo kết quả thực hiện trước ngày 15/11 hằng năm",
             timeframe("recurring", due="2026-11-15", recurrence="yearly")),
    deadline("thực hiện công bố dữ liệu mở hằng năm", YEARLY),
]
