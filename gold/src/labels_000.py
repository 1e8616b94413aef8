"""000 — UBND tỉnh Thanh Hóa, Kế hoạch phòng, chống mại dâm năm 2023 (draft)."""

from common import (MTTQ, CA_TINH, GDDT, LDTBXH, ONGOING, SBN, TAICHINH, TTTT, UBND_HUYEN_ALL, VHTTDL, YEAR, YTE,
                    agencies, citation, deadline, metadata, section, target, task, timeframe)

DOC = {
    "doc_id": "000_07faa9962d629d68",
    "source": "corpus/000_07faa9962d629d68.txt",
    "labelled": ["metadata", "sections", "targets", "tasks", "agencies", "deadlines", "citations"],
    "metadata": metadata(
        doc_number=None, doc_type="Kế hoạch", issuer="UBND tỉnh Thanh Hóa", admin_level="province",
        province="Thanh Hóa", district=None, commune=None, place="Thanh Hóa", issue_date="2023", plan_year=2023,
        period={"start": 2023, "end": 2023}, title="Phòng, chống mại dâm trên địa bàn tỉnh Thanh Hóa năm 2023",
        topics=["prostitution"],
        signer={"name": "Đầu Thanh Tùng", "position": "Phó Chủ tịch", "on_behalf": "KT. Chủ tịch"},
    ),
}

Y = YEAR["2023"]
Q1 = timeframe("quarter", "2023-01-01", "2023-03-31")
UBND_H = UBND_HUYEN_ALL

DOC["sections"] = [
    section("I. MỤC ĐÍCH, YÊU CẦU", "purpose"),
    section("1. Mục đích", "purpose"),
    section("2. Yêu cầu", "requirements"),
    section("II. NỘI DUNG THỰC HIỆN", "tasks"),
    section("1. Nâng cao hiệu quả công tác truyền thông, tuyên truyền, phổ biến giáo dục về phòng, chống tệ nạn mại dâm", "tasks"),
    section("1.1. Chỉ tiêu", "targets"),
    section("1.2. Nhiệm vụ và giải pháp", "tasks"),
    section("a) Tăng cường tuyên truyền phòng ngừa đến mọi người dân trong toàn xã hội", "tasks", heading=None),
    section("(1) Thường xuyên tổ chức tuyên truyền, truyền thông", "tasks", heading=None),
    section("(2) Lồng ghép các nội dung tuyên truyền về công tác phòng, chống mại dâm vào các hội nghị", "tasks", heading=None),
    section("(3) Tăng cường phối hợp giữa các cơ quan, ban, ngành, đoàn thể các cấp", "tasks", heading=None),
    section("b) Xây dựng các chuyên trang, chuyên mục, các tiểu phẩm, ký sự, bài viết", "tasks", heading=None),
    section("(1) Xây dựng mới hoặc cập nhật nội dung và hình thức các chuyên trang", "tasks", heading=None),
    section("(2) Xây dựng kế hoạch và chỉ đạo các cơ quan thông tấn, báo chí trong tỉnh", "tasks", heading=None),
    section("(3) Tăng thời lượng và nâng cao chất lượng truyền thông", "tasks", heading=None),
    section("c) Đổi mới cách thức, nội dung công tác truyền thông", "tasks", heading=None),
    section("(1) Phổ biến các tài liệu, công cụ truyền thông về phòng, chống mại dâm", "tasks", heading=None),
    section("(2) Tổ chức các hoạt động truyền thông tương tác trực tiếp tại cộng đồng", "tasks", heading=None),
    section("2. Tiếp tục đẩy mạnh thực hiện các hoạt động phòng ngừa mại dâm thông qua lồng ghép", "tasks", heading=None),
    section("2.1. Chỉ tiêu", "targets"),
    section("2.2. Nhiệm vụ và giải pháp", "tasks"),
    section("a) Xây dựng các hoạt động trợ giúp cho nhóm phụ nữ có nhu cầu tìm kiếm việc làm", "tasks", heading=None),
    section("b) Xây dựng và tổ chức triển khai các kế hoạch lồng ghép", "tasks", heading=None),
    section("3. Tăng cường thanh tra, kiểm tra; kịp thời phát hiện, xử lý các vi phạm pháp luật", "tasks", heading=None),
    section("3.1. Chỉ tiêu", "targets"),
    section("3.2. Nhiệm vụ và giải pháp", "tasks"),
    section("a) Kiện toàn Đoàn kiểm tra liên ngành về phòng, chống tệ nạn mại dâm", "tasks", heading=None),
    section("b) Kiểm tra, quản lý chặt chẽ điều kiện thành lập và hoạt động kinh doanh", "tasks", heading=None),
    section("(1) Rà soát, đánh giá thực trạng các cơ sở kinh doanh dịch vụ", "tasks", heading=None),
    section("(2) Tăng cường kiểm tra, xử lý nghiêm các cơ sở kinh doanh dịch vụ có tính chất phức tạp", "tasks", heading=None),
    section("c) Tăng cường công tác chỉ đạo, kiểm tra, giám sát đối với các địa phương", "tasks", heading=None),
    section("d) Tăng cường quản lý về an ninh, trật tự", "tasks", heading=None),
    section("(1) Áp dụng các biện pháp nghiệp vụ, tập trung vào các tuyến, địa bàn trọng điểm", "tasks", heading=None),
    section("(2) Tiến hành kiểm tra, tổ chức các đợt truy quét các tụ điểm mại dâm công cộng", "tasks", heading=None),
    section("(3) Phối hợp chặt chẽ giữa các lực lượng chức năng để trao đổi thông tin", "tasks", heading=None),
    section("đ) Xét xử kịp thời, nghiêm minh các vụ án về mại dâm", "tasks", heading=None),
    section("4. Xây dựng, triển khai các hoạt động can thiệp giảm tác hại", "tasks", heading=None),
    section("4.1. Chỉ tiêu", "targets"),
    section("4.2. Nhiệm vụ và giải pháp", "tasks"),
    section("a) Xây dựng, nhân rộng các mô hình phòng ngừa mại dâm", "tasks", heading=None),
    section("b) Tăng cường hỗ trợ, đầu tư nguồn lực để cải tạo, mở rộng", "tasks", heading=None),
    section("5. Đào tạo, tập huấn, bồi dưỡng nâng cao năng lực, chuyên môn, nghiệp vụ", "tasks", heading=None),
    section("5.1. Chỉ tiêu", "targets"),
    section("5.2. Nhiệm vụ và giải pháp", "tasks"),
    section("a) Nâng cao năng lực truyền thông về phòng, chống tệ nạn mại dâm", "tasks", heading=None),
    section("b) Tổ chức đào tạo, bồi dưỡng, tập huấn nâng cao năng lực cho kiểm sát viên", "tasks", heading=None),
    section("c) Tổ chức đào tạo, bồi dưỡng, tập huấn cho đội ngũ cán bộ", "tasks", heading=None),
    section("d) Tổ chức, đào tạo tập huấn nâng cao năng lực về triển khai các hoạt động can thiệp", "tasks", heading=None),
    section("III. KINH PHÍ THỰC HIỆN", "budget"),
    section("IV. TỔ CHỨC THỰC HIỆN", "organisation"),
    section("1. Căn cứ nhiệm vụ được giao tại Kế hoạch này, Giám đốc các sở", "organisation",
            heading="Căn cứ nhiệm vụ được giao tại Kế hoạch này, Giám đốc các sở"),
    section("2. Giám đốc các sở, thủ trưởng các ngành, đơn vị cấp tỉnh", "organisation", heading=None),
    section("3. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh", "organisation", heading=None),
    section("4. Sở Lao động - Thương binh và Xã hội có trách nhiệm giúp UBND tỉnh", "organisation", heading=None),
]

DOC["targets"] = [
    target("Ít nhất 80% số xã, phường, thị trấn tổ chức được ít nhất một hình thức tuyên truyền", "share", 80, "%", ">=",
           "số xã, phường, thị trấn"),
    target("được đăng tải trên cơ quan báo chí trung ương và cấp tỉnh ít nhất một tháng, một lần", "frequency", 1,
           "per_month", ">=", "Thông tin về phòng, chống mại dâm"),
    target("Ít nhất 20% người lao động tại các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm", "share", 20, "%", ">=",
           "người lao động tại các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm"),
    target("ít nhất 15% người lao động trong các khu công nghiệp", "share", 15, "%", ">=",
           "người lao động trong các khu công nghiệp"),
    target("20% học sinh, sinh viên các trường trung học phổ thông, cơ sở giáo dục đại học và cơ sở giáo dục nghề nghiệp",
           "share", 20, "%", "=", "học sinh, sinh viên các trường trung học phổ thông, cơ sở giáo dục đại học và cơ sở giáo dục nghề nghiệp"),
    target("100% các huyện, thị xã, thành phố trong tỉnh xây dựng kế hoạch", "share", 100, "%", "=",
           "các huyện, thị xã, thành phố trong tỉnh"),
    target("Ít nhất 60% các huyện, thị xã, thành phố lồng ghép nhiệm vụ phòng, chống tệ nạn mại dâm", "share", 60, "%", ">=",
           "các huyện, thị xã, thành phố"),
    target("100% tin báo, tố giác, phản ánh hành vi vi phạm pháp luật về phòng, chống mại dâm được tiếp nhận", "share", 100,
           "%", "=", "tin báo, tố giác, phản ánh hành vi vi phạm pháp luật về phòng, chống mại dâm"),
    target("Tăng 3-5% số tội phạm liên quan đến hoạt động mại dâm được xử lý theo quy định của pháp luật so với năm 2022",
           "change", 3, "%", "range", "số tội phạm liên quan đến hoạt động mại dâm", value_max=5),
    target("tổ chức kiểm tra ít nhất 25% số cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm trên địa bàn", "share", 25,
           "%", ">=", "số cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm"),
    target("Ít nhất 10% địa bàn các huyện, thị xã, thành phố xây dựng và triển khai mô hình thí điểm", "share", 10, "%", ">=",
           "địa bàn các huyện, thị xã, thành phố"),
    target("Ít nhất 70% người bán dâm có nhu cầu và đủ điều kiện được tiếp cận và sử dụng các dịch vụ hỗ trợ xã hội",
           "share", 70, "%", ">=", "người bán dâm có nhu cầu và đủ điều kiện"),
    target("Ít nhất 20% đội ngũ cán bộ, công chức, viên chức, chiến sĩ cấp tỉnh", "share", 20, "%", ">=",
           "đội ngũ cán bộ, công chức, viên chức, chiến sĩ cấp tỉnh"),
    target("15% ở các huyện, thị xã, thành phố, cấp xã", "share", 15, "%", ">=",
           "đội ngũ cán bộ, công chức, viên chức, chiến sĩ ở các huyện, thị xã, thành phố, cấp xã"),
]

P_1A = ["các sở, ban, ngành, đoàn thể có liên quan", UBND_H]
P_1B = [LDTBXH, VHTTDL, CA_TINH, "Đài Phát thanh và Truyền hình tỉnh", "Báo Thanh Hóa", SBN, UBND_H]
P_1C = [TTTT, GDDT, "Liên đoàn Lao động tỉnh", "các sở, ngành, đoàn thể liên quan", UBND_H]
P_3D = ["Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh", "Viện Kiểm sát nhân dân cấp huyện",
        "Tòa án nhân dân cấp huyện", UBND_H, "các cơ quan, đơn vị có liên quan"]
COURTS = ["Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh", "Viện Kiểm sát nhân dân cấp huyện", "Tòa án nhân dân cấp huyện"]

DOC["tasks"] = [
    task("(1) Thường xuyên tổ chức tuyên truyền, truyền thông, phổ biến các quy định của pháp luật về phòng, chống mại dâm",
         [LDTBXH], P_1A, tf=ONGOING),
    task("(2) Lồng ghép các nội dung tuyên truyền về công tác phòng, chống mại dâm vào các hội nghị", [LDTBXH], P_1A, tf=ONGOING),
    task("(3) Tăng cường phối hợp giữa các cơ quan, ban, ngành, đoàn thể các cấp để tuyên truyền", [LDTBXH], P_1A, tf=ONGOING),
    task("(1) Xây dựng mới hoặc cập nhật nội dung và hình thức các chuyên trang, chuyên mục", [TTTT], P_1B, tf=ONGOING),
    task("(2) Xây dựng kế hoạch và chỉ đạo các cơ quan thông tấn, báo chí trong tỉnh", [TTTT], P_1B, tf=ONGOING),
    task("(3) Tăng thời lượng và nâng cao chất lượng truyền thông về tình hình tệ nạn mại dâm", [TTTT], P_1B, tf=ONGOING),
    task("(1) Phổ biến các tài liệu, công cụ truyền thông về phòng, chống mại dâm", [LDTBXH], P_1C, tf=ONGOING),
    task("(2) Tổ chức các hoạt động truyền thông tương tác trực tiếp tại cộng đồng", [LDTBXH], P_1C, tf=ONGOING),
    task("a) Xây dựng các hoạt động trợ giúp cho nhóm phụ nữ có nhu cầu tìm kiếm việc làm", [UBND_H],
         [LDTBXH, "Hội Liên hiệp Phụ nữ tỉnh", "các sở, ngành, đơn vị có liên quan"], tf=Y),
    task("b) Xây dựng và tổ chức triển khai các kế hoạch lồng ghép việc thực hiện các chương trình an sinh xã hội", [UBND_H],
         [LDTBXH, "các sở, ngành, đơn vị có liên quan"], tf=Y),
    task("a) Kiện toàn Đoàn kiểm tra liên ngành về phòng, chống tệ nạn mại dâm", ["UBND tỉnh Thanh Hóa", UBND_H], [],
         [LDTBXH, "Phòng Lao động - Thương binh và Xã hội", "Phòng Văn hóa và Thông tin"], tf=Q1),
    task("(1) Rà soát, đánh giá thực trạng các cơ sở kinh doanh dịch vụ để phát sinh tệ nạn mại dâm", [CA_TINH],
         [LDTBXH, VHTTDL, YTE, UBND_H], tf=Y),
    task("(2) Tăng cường kiểm tra, xử lý nghiêm các cơ sở kinh doanh dịch vụ có tính chất phức tạp về an ninh, trật tự",
         [CA_TINH], [LDTBXH, VHTTDL, YTE, UBND_H], tf=Y),
    task("c) Tăng cường công tác chỉ đạo, kiểm tra, giám sát đối với các địa phương có các điểm du lịch", [CA_TINH],
         [VHTTDL, UBND_H, "Công an cấp huyện", "Công an cấp xã"], tf=Y),
    task("(1) Áp dụng các biện pháp nghiệp vụ, tập trung vào các tuyến, địa bàn trọng điểm",
         [CA_TINH, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"], P_3D, tf=Y),
    task("(2) Tiến hành kiểm tra, tổ chức các đợt truy quét các tụ điểm mại dâm công cộng",
         [CA_TINH, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"], P_3D, tf=Y),
    task("(3) Phối hợp chặt chẽ giữa các lực lượng chức năng để trao đổi thông tin, tiếp nhận, xử lý tố giác",
         [CA_TINH, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"], P_3D, tf=Y),
    task("đ) Xét xử kịp thời, nghiêm minh các vụ án về mại dâm, chứa mại dâm, môi giới mại dâm", COURTS,
         [CA_TINH, "Công an cấp huyện", "Công an cấp xã", SBN], tf=Y),
    task("a) Xây dựng, nhân rộng các mô hình phòng ngừa mại dâm, hỗ trợ can thiệp giảm hại", [UBND_H],
         [LDTBXH, "các sở, ban, ngành, đơn vị có liên quan"], tf=Y),
    task("b) Tăng cường hỗ trợ, đầu tư nguồn lực để cải tạo, mở rộng, nâng cấp cơ sở vật chất", [LDTBXH],
         [TAICHINH, YTE, SBN, UBND_H], tf=Y),
    task("a) Nâng cao năng lực truyền thông về phòng, chống tệ nạn mại dâm bằng các hình thức phù hợp", [LDTBXH],
         [UBND_H, "các sở, ngành, đơn vị có liên quan"], tf=Y),
    task("b) Tổ chức đào tạo, bồi dưỡng, tập huấn nâng cao năng lực cho kiểm sát viên, thẩm phán",
         ["Tòa án nhân dân tỉnh", "Viện Kiểm sát nhân dân tỉnh"], ["các sở, ngành, đơn vị có liên quan"], tf=Y),
    task("c) Tổ chức đào tạo, bồi dưỡng, tập huấn cho đội ngũ cán bộ, công chức, viên chức, chiến sỹ làm công tác phòng, chống tệ nạn xã hội",
         [LDTBXH], [CA_TINH, VHTTDL, YTE, "các sở, ngành, đơn vị có liên quan", UBND_H], tf=Y),
    task("d) Tổ chức, đào tạo tập huấn nâng cao năng lực về triển khai các hoạt động can thiệp giảm hại", [LDTBXH],
         [UBND_H, "các sở, ngành, đơn vị có liên quan"], tf=Y),
    task("Giám đốc các sở: Thông tin và Truyền thông; Văn hóa, Thể thao và Du lịch; Y tế; Giáo dục và Đào tạo; Giám đốc Công an tỉnh",
         [TTTT, VHTTDL, YTE, GDDT, CA_TINH, "các ban, ngành thuộc UBND tỉnh có liên quan", UBND_H], tf=Q1),
    task("Giám đốc các sở, thủ trưởng các ngành, đơn vị cấp tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố có trách nhiệm phối hợp",
         ["các sở, ngành, đơn vị cấp tỉnh", UBND_H]),
    task("Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Đoàn Thanh niên cộng sản Hồ Chí Minh tỉnh",
         [MTTQ, "Hội Liên hiệp Phụ nữ tỉnh", "Đoàn Thanh niên cộng sản Hồ Chí Minh tỉnh",
          "Liên đoàn Lao động tỉnh", "các tổ chức chính trị xã hội"]),
    task("Sở Lao động - Thương binh và Xã hội có trách nhiệm giúp UBND tỉnh theo dõi, kiểm tra, đôn đốc", [LDTBXH]),
]

DOC["agencies"] = agencies(
    "UBND tỉnh Thanh Hóa", LDTBXH, TTTT, VHTTDL, GDDT, YTE, TAICHINH, CA_TINH, "Đài Phát thanh và Truyền hình tỉnh",
    "Báo Thanh Hóa", "Liên đoàn Lao động tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Phòng Lao động - Thương binh và Xã hội",
    "Phòng Văn hóa và Thông tin", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Viện Kiểm sát nhân dân tỉnh",
    "Tòa án nhân dân tỉnh", "Viện Kiểm sát nhân dân cấp huyện", "Tòa án nhân dân cấp huyện", "Công an cấp huyện",
    "Công an cấp xã", MTTQ, "Đoàn Thanh niên cộng sản Hồ Chí Minh tỉnh",
    "Bộ Lao động - Thương binh và Xã hội",
    # convention (Agencies, Partners): every specific body named, with or without a role — the interdisciplinary
    # inspection teams that 3.2 a) has set up are bodies; the generic collectives used as leads and partners are
    # listed as generic
    # (`Đoàn kiểm tra liên ngành cấp tỉnh` in the same item; the districts' teams are a collective)
    "Đoàn kiểm tra liên ngành về phòng, chống tệ nạn mại dâm",
    generic=("Đoàn kiểm tra liên ngành các huyện, thị xã, thành phố", UBND_H, SBN, "các sở, ngành, đơn vị có liên quan", "các tổ chức chính trị xã hội",
             "các ban, ngành thuộc UBND tỉnh có liên quan", "các cơ quan, đơn vị có liên quan",
             "các sở, ban, ngành, đoàn thể có liên quan", "các sở, ban, ngành, đơn vị có liên quan",
             "các sở, ngành, đoàn thể liên quan", "các sở, ngành, đơn vị cấp tỉnh"),
)

DOC["deadlines"] = (
    [deadline("Thời gian thực hiện: Thường xuyên", ONGOING)] * 3
    + [deadline("Thời gian thực hiện: Cả năm", Y)] * 2
    + [deadline("Thời gian thực hiện: Quý I/2023", Q1)]
    + [deadline("Thời gian thực hiện: Cả năm", Y)] * 10
    + [
        deadline("trong Quý I/2023", Q1),
        deadline("trước ngày 15/6/2023", timeframe("due", due="2023-06-15")),
        deadline("trước ngày 15/12/2023", timeframe("due", due="2023-12-15")),
        deadline("trước ngày 20/6/2023", timeframe("due", due="2023-06-20")),
        deadline("trước ngày 20/12/2023", timeframe("due", due="2023-12-20")),
    ]
)

DOC["citations"] = [
    citation("Quyết định số 808/QĐ-LĐTĐ ngày 05/9/2022 của Bộ Lao động - Thương binh và Xã hội", "Quyết định",
             "808/QĐ-LĐTĐ", "2022-09-05", "Bộ Lao động - Thương binh và Xã hội", "basis"),
    citation("Kế hoạch số 249/KH-UBND ngày 17/11/2021 của UBND tỉnh Thanh Hóa", "Kế hoạch", "249/KH-UBND", "2021-11-17",
             "UBND tỉnh Thanh Hóa", "basis"),
    citation("Nghị định số 178/2004/NĐ-CP ngày 15 tháng 10 năm 2004 của Chính phủ", "Nghị định", "178/2004/NĐ-CP",
             "2004-10-15", "Chính phủ", "reference"),
    citation("Pháp lệnh Phòng, chống mại dâm", "Pháp lệnh", None, None, "Ủy ban Thường vụ Quốc hội", "reference"),
    citation("Quyết định số 02/2021/QĐ-UBND ngày 05/02/2021 của UBND tỉnh Thanh Hóa", "Quyết định", "02/2021/QĐ-UBND",
             "2021-02-05", "UBND tỉnh Thanh Hóa", "reference"),
    citation("Công văn số 4802/BVHTTDL-TTr ngày 02/12/2019 của Bộ Văn hóa, Thể thao và Du lịch", "Công văn",
             "4802/BVHTTDL-TTr", "2019-12-02", "Bộ Văn hóa, Thể thao và Du lịch", "reference"),
    # convention (spec "Labelling conventions", Citations): a named programme is a citation, number null;
    # named in QĐ 808's subject → reference
    citation("Chương trình phòng, chống mại dâm giai đoạn 2021-2025", "Chương trình", None, None, None, "reference"),
]
