"""004 — UBND huyện Chi Lăng (Lạng Sơn), plan 2024 (draft, day blank)."""

from common import citation, deadline, metadata, target, timeframe

DOC = {
    "doc_id": "004_2db416048a280769",
    "source": "corpus/004_2db416048a280769.txt",
    "labelled": ["metadata", "targets", "deadlines", "citations"],
    "metadata": metadata(
        doc_number=None, doc_type="Kế hoạch", issuer="UBND huyện Chi Lăng", admin_level="district",
        province="Lạng Sơn", district="Chi Lăng", commune=None, place="Chi Lăng", issue_date="2024-06", plan_year=2024,
        period={"start": 2024, "end": 2024}, title="Thực hiện công tác phòng, chống mại dâm năm 2024",
        topics=["prostitution"],
        signer={"name": "Nguyễn Hùng Mạnh", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    ),
    "targets": [
        target("Ít nhất 20% số xã, thị trấn tổ chức được ít nhất một hình thức tuyên truyền về phòng ngừa mại dâm",
               "share", 20, "%", ">=", "số xã, thị trấn"),
        target("Ít nhất 20% người lao động tại các cơ sở kinh doanh dịch vụ để phát sinh tệ nạn mại dâm", "share", 20,
               "%", ">=", "người lao động tại các cơ sở kinh doanh dịch vụ để phát sinh tệ nạn mại dâm"),
        target("20% học sinh các trường trung học phổ thông và cơ sở giáo dục nghề nghiệp", "share", 20, "%", "=",
               "học sinh các trường trung học phổ thông và cơ sở giáo dục nghề nghiệp"),
        target("100% các xã, thị trấn xây dựng kế hoạch và tổ chức thực hiện các hoạt động phòng, chống mại dâm",
               "share", 100, "%", "=", "các xã, thị trấn"),
        target("100% các cơ quan, đơn vị và UBND các xã, thị trấn lồng ghép nhiệm vụ phòng, chống tệ nạn mại dâm",
               "share", 100, "%", "=", "các cơ quan, đơn vị và UBND các xã, thị trấn"),
        target("100% các tổ giác, tin báo, khiếu nại hành vi vi phạm pháp luật về phòng, chống mại dâm được tiếp nhận",
               "share", 100, "%", "=", "các tổ giác, tin báo, khiếu nại hành vi vi phạm pháp luật về phòng, chống mại dâm"),
        target("Đảm bảo 100% các vụ việc, hành vi vi phạm pháp luật liên quan đến mại dâm được xử lý", "share", 100, "%",
               "=", "các vụ việc, hành vi vi phạm pháp luật liên quan đến mại dâm"),
        target("tổ chức kiểm tra ít nhất 30% số cơ sở kinh doanh dịch vụ để phát sinh tệ nạn mại dâm trên địa bàn",
               "share", 30, "%", ">=", "số cơ sở kinh doanh dịch vụ để phát sinh tệ nạn mại dâm"),
        target("100% các xã, thị trấn có các hoạt động về phòng, ngừa mại dâm, hỗ trợ can thiệp giảm hại", "share", 100,
               "%", "=", "các xã, thị trấn"),
        target("Tỷ lệ người bán dâm có nhu cầu được tiếp cận sử dụng các dịch vụ hỗ trợ theo quy định đạt 100%", "share",
               100, "%", "=", "người bán dâm có nhu cầu"),
        target("Ít nhất 30% đội ngũ cộng tác viên, cán bộ, công chức, viên chức, chiến sĩ cấp huyện và cấp xã", "share",
               30, "%", ">=", "đội ngũ cộng tác viên, cán bộ, công chức, viên chức, chiến sĩ cấp huyện và cấp xã"),
    ],
    "deadlines": [
        deadline("báo cáo định kỳ theo quý", timeframe("recurring", recurrence="quarterly")),
        deadline("theo quý, 6 tháng", timeframe("recurring", recurrence="half_yearly")),
        deadline("6 tháng, hằng năm về kết quả đấu tranh", timeframe("recurring", recurrence="yearly")),
        deadline("định kỳ 6 tháng, hằng năm về công tác", timeframe("recurring", recurrence="half_yearly")),
        deadline("hằng năm về công tác phòng, chống mại dâm, tình hình triệt xóa", timeframe("recurring", recurrence="yearly")),
        deadline("gửi trước ngày 05/6", timeframe("due", due="2024-06-05")),
        deadline("trước ngày 15/11 hằng năm", timeframe("recurring", due="2024-11-15", recurrence="yearly")),
    ],
    "citations": [
        citation("Kế hoạch số 76/KH-UBND ngày 29/3/2024 của UBND tỉnh Lạng Sơn", "Kế hoạch", "76/KH-UBND", "2024-03-29",
                 "UBND tỉnh Lạng Sơn", "implements"),
        citation("Nghị định số 178/2004/NĐ-CP ngày 15/10/2004 của Chính phủ", "Nghị định", "178/2004/NĐ-CP",
                 "2004-10-15", "Chính phủ", "reference"),
        citation("Pháp lệnh Phòng, chống mại dâm", "Pháp lệnh", None, None, "Ủy ban Thường vụ Quốc hội", "reference"),
        citation("Nghị định số 178/2004/NĐ-CP ngày 15/10/2004 của Chính phủ", "Nghị định", "178/2004/NĐ-CP",
                 "2004-10-15", "Chính phủ", "reference"),
    ],
}

from common import task  # noqa: E402

PLD = "Phòng Lao động, Thương binh, Xã hội - Dân tộc huyện"
CAH = "Công an huyện"
VP = "Văn phòng HĐND và UBND huyện"
PVH = "Phòng Văn hóa và Thông tin huyện"
PKT = "Phòng Kinh tế và Hạ tầng huyện"
PHONG_8 = ["Phòng Giáo dục và Đào tạo huyện", "Phòng Tư pháp huyện", "Trung tâm Văn hóa, Thể thao và Truyền thông huyện"]
XA = "UBND các xã, thị trấn"

DOC["labelled"].append("tasks")
DOC["tasks"] = [
    task("Chủ trì, tham mưu, theo dõi, hướng dẫn, đôn đốc, kiểm tra, tổng hợp kết quả thực hiện hoạt động phòng, chống mại dâm",
         [PLD]),
    task("Chủ trì, xây dựng Kế hoạch kiểm tra cơ sở kinh doanh dịch vụ trên địa bàn huyện", [PLD]),
    task("Tổ chức tập huấn các văn bản pháp luật liên quan đến công tác phòng, chống mại dâm", [PLD]),
    task("Tăng cường công tác quản lý nhà nước về an ninh trật tự, làm tốt công tác quản lý địa bàn", [CAH]),
    task("Phối hợp với các sở, ban, ngành liên quan tổ chức đấu tranh phòng, chống tội phạm mại dâm", [CAH],
         ["các sở, ban, ngành liên quan"]),
    task("Chỉ đạo lực lượng công an các cấp tích cực kiểm tra, phát hiện, điều tra các vi phạm pháp luật hình sự", [CAH]),
    task("Tham gia Đội Kiểm tra liên ngành 178 huyện; quản lý về an ninh trật tự, phòng cháy, chữa cháy", [CAH],
         tf=timeframe("recurring", recurrence="quarterly")),
    task("Chỉ đạo cơ sở y tế tạo điều kiện thuận lợi cho người bán dâm được tiếp cận", [VP]),
    task("Chỉ đạo cơ sở y tế hướng dẫn và phối hợp tổ chức khám sức khỏe định kỳ cho người lao động", [VP]),
    task("Tham mưu, trình cấp có thẩm quyền bố trí kinh phí triển khai thực hiện Kế hoạch", ["Phòng Tài chính - Kế hoạch huyện"]),
    task("Chỉ đạo các đơn vị trong ngành đẩy mạnh công tác tuyên truyền, giáo dục nâng cao nhận thức", [PVH]),
    task("Tăng cường vai trò quản lý nhà nước trong lĩnh vực văn hóa, du lịch liên quan đến phòng, chống mại dâm", [PVH]),
    task("Phối hợp với Phòng Lao động, Thương binh, Xã hội - Dân tộc, Công an huyện, Ủy ban Mặt trận Tổ quốc Việt Nam huyện chỉ đạo",
         [PVH], [PLD, CAH, "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"]),
    task("Phối hợp với Phòng Lao động, Thương binh, Xã hội - Dân tộc và các ngành liên quan trong việc thanh tra", [PKT],
         [PLD, "các ngành liên quan"]),
    task("Nâng cao chất lượng công tác thông tin, tuyên truyền, phổ biến giáo dục pháp luật về phòng, chống mại dâm", PHONG_8),
    task("Tuyên truyền, phổ biến về chủ trương, chính sách của Đảng, pháp luật của Nhà nước", PHONG_8),
    task("Tích cực truy tố và đưa ra xét xử kịp thời các vụ án về mại dâm",
         ["Viện Kiểm sát nhân dân huyện", "Tòa án nhân dân huyện"]),
    task("Phối hợp thực hiện tốt phong trào “Toàn dân đoàn kết xây dựng đời sống văn hoá”",
         ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "các tổ chức chính trị - xã hội huyện"]),
    task("Căn cứ tình hình thực tế tại địa bàn, xây dựng kế hoạch triển khai thực hiện các nhiệm vụ và giải pháp", [XA]),
    task("Kiên toàn và nâng cao hiệu quả hoạt động của Đội Kiểm tra liên ngành cấp xã", [XA]),
    task("Thực hiện rà soát, đánh giá, tổ chức kiểm tra việc triển khai công tác phòng, chống mại dâm cấp xã", [XA]),
    task("Tổng hợp báo cáo đột xuất, định kỳ 6 tháng, hằng năm về công tác phòng, chống mại dâm", [XA],
         tf=timeframe("recurring", recurrence="half_yearly")),
]

# Agencies: every body with a role, read from part IV, the report lines (136, 182, 196, 198)
# and Nơi nhận (see ../GUIDELINES.md, "Agencies").
from common import agencies  # noqa: E402

DOC["agencies"] = agencies(
    "UBND huyện Chi Lăng",  # issuer; reports go to it
    PLD, CAH, VP, "Phòng Tài chính - Kế hoạch huyện", PVH, PKT, *PHONG_8,
    "Viện Kiểm sát nhân dân huyện", "Tòa án nhân dân huyện", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
    "Ban Chỉ đạo 138 huyện",  # reports_to (136)
    "Sở Lao động - Thương binh và Xã hội",  # reports_to (136, 196, 198), recipient
    "Thường trực Huyện ủy", "Thường trực HĐND huyện",  # recipients
    # convention (spec "Labelling conventions", Agencies): every specific body named, with or without a role:
    # Công an huyện's reports go to Công an tỉnh (2.); the district's team `Đội kiểm tra liên ngành phòng, chống mại
    # dâm huyện (Đội 178)`, joined by several offices; the communes' teams and steering committees are collectives
    "Công an tỉnh", "Đội Kiểm tra liên ngành 178 huyện",
    generic=("Đội Kiểm tra liên ngành 178 cấp xã", "Ban Chỉ đạo 138 cấp xã", "UBND các cấp", XA, "các tổ chức chính trị - xã hội huyện", "các ngành liên quan", "các sở, ban, ngành liên quan",
             "các cơ quan, đơn vị", "các TCCTXH huyện"),
)
DOC["labelled"].append("agencies")
