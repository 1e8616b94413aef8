"""The fast POS tagger is underthesea's: on the clauses plans write, its words and tags equal
`underthesea.pos_tag`'s, which is the reference (same word segmentation, same model, same
features built by another featurizer)."""

from __future__ import annotations

import subprocess
import sys

import pytest
import underthesea

from pipeline.parse.postag import _features, pos_tag

CLAUSES = [
    # a share of a population, the commonest target (`80%`: a word opening with a digit, whose
    # .istitle the Rust featurizer gets wrong)
    pytest.param("Ít nhất 80% số xã, phường, thị trấn tổ chức được ít nhất một hình thức tuyên truyền về "
                 "phòng ngừa mại dâm và được duy trì thường xuyên;", id="share-at-least"),
    pytest.param("100% tin báo, tố giác, phản ánh hành vi vi phạm pháp luật về phòng, chống mại dâm được "
                 "tiếp nhận, xác minh, phân loại, xử lý kịp thời;", id="share-all"),
    pytest.param("Tăng 3-5% số tội phạm liên quan đến hoạt động mại dâm được xử lý theo quy định của pháp "
                 "luật so với năm 2022", id="share-range-and-year"),
    pytest.param("% số xã, phường, thị trấn tổ chức được ít nhất một hình thức tuyên truyền",
                 id="after-the-number-percent-sign-first"),
    # `Tỷ lệ …` targets: the subject before the value
    pytest.param("Tỷ lệ phủ sóng 5G trên địa bàn đạt 100% dân số.", id="rate-5g"),
    pytest.param("Tỷ lệ người bán dâm có nhu cầu được tiếp cận sử dụng các dịch vụ hỗ trợ theo quy định "
                 "đạt 100%", id="rate-reaches"),
    # counts: the unit and the object after the number, as `_pos` tags them (first letter lowered)
    pytest.param("Tổ chức 04 cuộc giám sát chương trình phòng, chống mại dâm.", id="count-capitalised"),
    pytest.param("tổ chức 04 cuộc giám sát chương trình phòng, chống mại dâm.", id="count-lowered"),
    pytest.param("hội nghị tuyên truyền cho đối tượng là Bí thư chi bộ và Trưởng các thôn, bản, tổ dân phố "
                 "ở 05/11 huyện, thành phố", id="count-unit-then-capitals-and-ratio"),
    # capitals: proper names and agencies
    pytest.param("công bố trên Cổng Dữ liệu mở tỉnh Bắc Ninh và Cổng Dữ liệu mở quốc gia", id="proper-names"),
    pytest.param("phối hợp với Sở Lao động - Thương binh và Xã hội chỉ đạo việc phối hợp thực hiện các biện "
                 "pháp giảm hại về HIV/AIDS", id="agency-and-acronym"),
    pytest.param("Kế hoạch số 249/KH-UBND ngày 17/11/2021 của UBND tỉnh", id="citation-number-and-date"),
    # punctuation and table cells
    pytest.param("chương trình an sinh xã hội; chương trình phòng, chống ma túy; phòng, chống HIV/AIDS, mua "
                 "bán người", id="semicolons-and-commas"),
    pytest.param("| Số: 252/KH-BCĐQG1237 | Hà Nội, ngày 11 tháng 11 năm 2013 |", id="table-cells"),
    pytest.param("con/phụ nữ", id="slash"),
    # the 40-word bound of the targets reader
    pytest.param("các chuyên trang, chuyên mục, các tiểu phẩm, ký sự, bài viết và tăng thời lượng truyền "
                 "thông về tình hình tệ nạn mại dâm, công tác phòng, chống mại dâm trên các phương tiện "
                 "thông tin đại chúng tại địa phương", id="long-clause"),
    # the smallest inputs: the BOS and EOS features meet on one word
    pytest.param("tổ chức", id="one-word"),
    pytest.param("Hà Nội", id="one-proper-name"),
    pytest.param("%", id="one-sign"),
    pytest.param("2025", id="one-number"),
    pytest.param("", id="empty"),
    pytest.param("   ", id="blank"),
]


@pytest.mark.parametrize("text", CLAUSES)
def test_tags_equal_underthesea(text: str) -> None:
    assert pos_tag(text) == tuple(underthesea.pos_tag(text))


@pytest.mark.parametrize("text", [c for c in CLAUSES if c.values[0].strip()])
def test_features_equal_underthesea(text: str) -> None:
    """Not only the tags: every feature string the CRF reads is the one underthesea's own
    featurizer writes (BOS/EOS at the edges, `T[-1,0]` pairs, `.lower`, `.istitle`)."""
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    words = underthesea.word_tokenize(text)
    transformer = CRFPOSTagPredictor.Instance().transformer
    assert _features(words) == transformer.transform([[(word, "X") for word in words]])[0][0]


def test_import_loads_no_model() -> None:
    """Importing the module loads neither underthesea nor its model: a run that tags nothing
    pays nothing."""
    code = "import sys, pipeline.parse.postag; print('underthesea' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
