"""How Vietnamese documents cite each other, and the record each citation must give.

Fragments are real (corpus file in the id) unless the id says `made`."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import lexicon
from pipeline.extract.citations import (_ID_RE, _NAMED, _NAMED_HEADS, _PROGRAMME, _PROGRAMME_HEADS, _id_starts,
                                        _known_issuer_at, _shortest_reach, extract_citations)
from pipeline.extract.context import DocContext, simple_context
from pipeline.models import Metadata
from pipeline.parse.scan import head_positions, matches_at


def cite(text: str, ctx: DocContext | None = None) -> list[dict]:
    ctx = ctx or simple_context(text)
    out = []
    for c in extract_citations(ctx):
        assert text[c.span[0] : c.span[1]] == c.text
        out.append(c.model_dump(exclude={"span", "page", "source_span", "rule", "confidence", "text"}))
    return out


FIELDS = ("doc_type", "number", "year", "symbol", "canonical_id", "date", "issuer")

FORMS = {
    # --- the standard form: type, số, number/year/symbol, ngày, của issuer -----------------
    "decree-full-date-000": (
        "Nghị định số 178/2004/NĐ-CP ngày 15 tháng 10 năm 2004 của Chính phủ quy định chi tiết",
        ("Nghị định", "178", 2004, "NĐ-CP", "178/2004/NĐ-CP", "2004-10-15", "Chính phủ"),
    ),
    "symbol-typo-kept-as-printed-000": (
        "Căn cứ Quyết định số 808/QĐ-LĐTĐ ngày 05/9/2022 của Bộ Lao động - Thương binh và Xã hội về việc ban hành",
        ("Quyết định", "808", 2022, "QĐ-LĐTĐ", "808/QĐ-LĐTĐ", "2022-09-05", "Bộ Lao động - Thương binh và Xã hội"),
    ),
    "provincial-plan-004": (
        "Thực hiện Kế hoạch số 76/KH-UBND ngày 29/3/2024 của UBND tỉnh Lạng Sơn về thực hiện công tác",
        ("Kế hoạch", "76", 2024, "KH-UBND", "76/KH-UBND", "2024-03-29", "UBND tỉnh Lạng Sơn"),
    ),
    "issuer-name-with-commas-000": (
        "Công văn số 4802/BVHTTDL-TTr ngày 02/12/2019 của Bộ Văn hóa, Thể thao và Du lịch về việc",
        ("Công văn", "4802", 2019, "BVHTTDL-TTr", "4802/BVHTTDL-TTr", "2019-12-02", "Bộ Văn hóa, Thể thao và Du lịch"),
    ),
    "committee-spelled-out-18": (
        "Quyết định số 1397/QĐ-UBND ngày 08 tháng 6 năm 2022 của Ủy ban nhân dân tỉnh Bình Dương ban hành",
        ("Quyết định", "1397", 2022, "QĐ-UBND", "1397/QĐ-UBND", "2022-06-08", "UBND tỉnh Bình Dương"),
    ),
    # --- Party and National Assembly documents ---------------------------------------------
    "party-directive-20": (
        "Căn cứ Chỉ thị số 24-CT/TW ngày 15 tháng 5 năm 2013 của Bộ Chính trị về tiếp tục",
        ("Chỉ thị", "24", 2013, "CT/TW", "24-CT/TW", "2013-05-15", "Bộ Chính trị"),
    ),
    "party-conclusion-13": (
        "Kết luận số 149-KL/TW ngày 10/4/2025 của Bộ Chính trị về đẩy mạnh",
        ("Kết luận", "149", 2025, "KL/TW", "149-KL/TW", "2025-04-10", "Bộ Chính trị"),
    ),
    "assembly-resolution-issuer-from-symbol-02": (
        "Triển khai nghiêm túc Nghị quyết số 163/2024/QH15 ngày 27 tháng 11 năm 2025 phê duyệt",
        ("Nghị quyết", "163", 2024, "QH15", "163/2024/QH15", "2025-11-27", "Quốc hội"),
    ),
    "government-resolution-02": (
        "Nghị quyết số 50/NQ-CP ngày 13 tháng 3 năm 2025 của Chính phủ ban hành Kế hoạch",
        ("Nghị quyết", "50", 2025, "NQ-CP", "50/NQ-CP", "2025-03-13", "Chính phủ"),
    ),
    # --- drafting variants -----------------------------------------------------------------
    "no-so-before-number-20": (
        "theo Quyết định 1237/QĐ-TTg phê duyệt Đề án",
        ("Quyết định", "1237", None, "QĐ-TTg", "1237/QĐ-TTg", None, "Thủ tướng Chính phủ"),
    ),
    "capitals-in-a-title-20": (
        "TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 1237/QĐ-TTG NGÀY 27 THÁNG 7 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ",
        ("Quyết định", "1237", 2013, "QĐ-TTg", "1237/QĐ-TTg", "2013-07-27", "Thủ tướng Chính phủ"),
    ),
    "lowercase-type-003": (
        "Căn cứ kế hoạch số 1083/KH-SYT ngày 31/3/2023 của UBND tỉnh Thanh Hóa về phòng, chống mại dâm",
        ("Kế hoạch", "1083", 2023, "KH-SYT", "1083/KH-SYT", "2023-03-31", "UBND tỉnh Thanh Hóa"),
    ),
    "blank-number-made": (
        "Thực hiện Kế hoạch số /KH-UBND ngày tháng năm 2024 của UBND huyện",
        ("Kế hoạch", None, None, "KH-UBND", None, None, None),
    ),
    "joint-circular-made": (
        "Thông tư liên tịch số 01/2014/TTLT-BLĐTBXH-BTC ngày 10 tháng 01 năm 2014",
        ("Thông tư liên tịch", "01", 2014, "TTLT-BLĐTBXH-BTC", "01/2014/TTLT-BLĐTBXH-BTC", "2014-01-10",
         "Bộ Lao động - Thương binh và Xã hội"),
    ),
    # --- laws by name ----------------------------------------------------------------------
    "law-by-name-with-year-made": (
        "Căn cứ Luật Phòng, chống ma túy năm 2021;",
        ("Luật", None, 2021, None, None, None, "Quốc hội"),
    ),
    "ordinance-by-name-000": (
        "một số điều của Pháp lệnh Phòng, chống mại dâm; Quyết định",
        ("Pháp lệnh", None, None, None, None, None, "Ủy ban Thường vụ Quốc hội"),
    ),
    "law-with-enactment-date-18": (
        "Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;",
        ("Luật", None, 2013, None, None, "2013-06-19", "Quốc hội"),
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(FORMS.values()), ids=list(FORMS))
def test_citation_forms(text: str, expected: tuple) -> None:
    (got,) = cite(text)
    assert tuple(got[f] for f in FIELDS) == expected


def test_law_title_is_its_name() -> None:
    (got,) = cite("Căn cứ Luật Phòng, chống ma túy năm 2021;")
    assert got["title"] == "Phòng, chống ma túy"


def test_title_after_ve_viec() -> None:
    text = "Căn cứ Quyết định số 1753/QĐ-TTg ngày 30 tháng 9 năm 2013 của Thủ tướng Chính phủ về việc thành lập Ban Chỉ đạo quốc gia;"
    (got,) = cite(text)
    assert got["title"] == "thành lập Ban Chỉ đạo quốc gia"


# corpus/10: a list sharing one type, with `:` after the type, `,`, `và` and `;` between items.
LIST_10 = ("Các Công điện: số 007/CĐ-UBND ngày 17/11/2025, số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025; "
           "số 010/CĐ-UBND ngày 20/11/2025 của UBND tỉnh về khẩn trương")


def test_a_list_sharing_one_type_gives_one_citation_each() -> None:
    got = cite(LIST_10)
    assert [(c["doc_type"], c["canonical_id"], c["date"]) for c in got] == [
        ("Công điện", "007/CĐ-UBND", "2025-11-17"),
        ("Công điện", "008/CĐ-UBND", None),
        ("Công điện", "009/CĐ-UBND", "2025-11-19"),
        ("Công điện", "010/CĐ-UBND", "2025-11-20"),
    ]


def test_unnamed_provincial_committee_is_the_documents_own() -> None:
    ctx = simple_context(LIST_10)
    ctx = DocContext(ctx.text, ctx.locate, Metadata(province="Đắk Lắk", admin_level="province"))
    assert cite(LIST_10, ctx)[-1]["issuer"] == "UBND tỉnh Đắk Lắk"


def test_the_same_document_cited_twice_is_two_records() -> None:
    text = ("Căn cứ Quyết định số 1237/QĐ-TTg ngày 27 tháng 7 năm 2013 của Thủ tướng Chính phủ;\n"
            "I. MỤC ĐÍCH\nthực hiện Quyết định số 1237/QĐ-TTg của Thủ tướng Chính phủ")
    got = cite(text)
    assert [c["canonical_id"] for c in got] == ["1237/QĐ-TTg", "1237/QĐ-TTg"]


def _with_sections(text: str) -> DocContext:
    from pipeline.parse.sections import segment

    base = simple_context(text)
    return DocContext(text, base.locate, sections=tuple(segment(text, base.locate)))


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        pytest.param("Căn cứ Nghị quyết số 50/NQ-CP ngày 13/3/2025 của Chính phủ;\n\nI. MỤC ĐÍCH", "basis", id="can-cu"),
        pytest.param("Thực hiện Kế hoạch số 76/KH-UBND ngày 29/3/2024 của UBND tỉnh Lạng Sơn\n\nI. MỤC ĐÍCH",
                     "implements", id="thuc-hien"),
        pytest.param("TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 1237/QĐ-TTG\n\nI. MỤC ĐÍCH", "implements", id="title"),
        pytest.param("I. MỤC ĐÍCH\n\nCăn cứ Quyết định số 1237/QĐ-TTg, các bộ xây dựng kế hoạch", "reference",
                     id="body-is-reference-even-after-can-cu"),
    ],
)
def test_relation(text: str, relation: str) -> None:
    (got,) = cite(text, _with_sections(text))
    assert got["relation"] == relation


def test_a_document_named_in_another_citations_subject_is_a_reference() -> None:
    text = ("Căn cứ Nghị định số 63/2025/NĐ-CP ngày 05 tháng 3 năm 2025 của Chính phủ về sửa đổi, bổ sung một số "
            "điều của Nghị định số 78/2021/NĐ -CP ngày 01 tháng 8 năm 2021 của Chính phủ;\n\nI. MỤC ĐÍCH")
    got = cite(text, _with_sections(text))
    assert [(c["canonical_id"], c["relation"]) for c in got] == [
        ("63/2025/NĐ-CP", "basis"), ("78/2021/NĐ-CP", "reference")]


def test_long_qualifier_before_so_02() -> None:
    (got,) = cite("Kết luận liên ngành tư pháp Trung ương số 23/KL-LNTPTW ngày 21 tháng 11 năm 2024 trong điều tra")
    assert (got["doc_type"], got["canonical_id"], got["date"]) == ("Kết luận", "23/KL-LNTPTW", "2024-11-21")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Thanh Hóa, ngày 05/9/2022", id="a-date"),
        pytest.param("Đạt 05/11 huyện, thị xã", id="a-ratio"),
        pytest.param("theo quy định tại Điều 5 của Luật này", id="an-article-and-this-law"),
        pytest.param("các văn bản quy phạm pháp luật hiện hành", id="law-in-lowercase-prose"),
    ],
)
def test_not_citations(text: str) -> None:
    assert cite(text) == []


def test_amending_law_is_one_citation_18() -> None:
    """An amending law's name runs through `của Luật … và Luật …`: the laws it amends are its title."""
    got = cite("Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều ngày 17 "
               "tháng 6 năm 2020;")
    assert len(got) == 1


# --- forms plans not tuned for: lower case, more types, line breaks, lists ---------------------
# Fragments are real (corpus or a public document in the id) or from the spec's labelling
# conventions (`conv`).

MORE_FORMS = {
    "law-in-lower-case-conv": ("Thực hiện theo quy định của Luật đất đai năm 2024;", ("Luật", None, 2024, None, None)),
    "law-in-lower-case-real": ("trường hợp quy định tại Khoản 3 Điều 41 Luật đầu tư (a1,", ("Luật", None, None, None, None)),
    "law-in-lower-case-18": ("theo quy định của Luật ngân sách nhà nước", ("Luật", None, None, None, None)),
    "thong-tri-public": ("Căn cứ Thông tri số 25/TT-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam;",
                         ("Thông tri", "25", None, "TT-MTTW-BTT", "25/TT-MTTW-BTT")),
    "type-on-the-line-before-13": ("*Căn cứ Quyết định số\n411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ phê duyệt",
                                   ("Quyết định", "411", 2022, "QĐ-TTg", "411/QĐ-TTg")),
    "order-real": ("Chủ tịch Hồ Chí Minh ký Lệnh số 12/L-CTN công bố Pháp lệnh", ("Lệnh", "12", None, "L-CTN", "12/L-CTN")),
}


@pytest.mark.parametrize(("text", "expected"), list(MORE_FORMS.values()), ids=list(MORE_FORMS))
def test_more_forms(text: str, expected: tuple) -> None:
    got = cite(text)
    assert [(c["doc_type"], c["number"], c["year"], c["symbol"], c["canonical_id"]) for c in got][:1] == [expected]


def test_every_item_of_thuc_hien_a_b_va_c_implements_conv() -> None:
    text = ("Thực hiện Kế hoạch số 76/KH-UBND ngày 29/3/2024 của UBND tỉnh Lạng Sơn về thực hiện công tác phòng, chống "
            "mại dâm, Kế hoạch số 12/KH-UBND ngày 05/01/2024 của UBND huyện về tuyên truyền và Công văn số 789/UBND-VP "
            "ngày 12/4/2023 của UBND huyện về việc triển khai;\n\nI. MỤC ĐÍCH")
    base = simple_context(text)
    from pipeline.parse.sections import segment

    ctx = DocContext(text, base.locate, Metadata(), tuple(segment(text, base.locate)))
    got = cite(text, ctx)
    assert [(c["canonical_id"], c["relation"]) for c in got] == [
        ("76/KH-UBND", "implements"), ("12/KH-UBND", "implements"), ("789/UBND-VP", "implements")]


def test_an_issuer_ends_where_the_next_document_of_the_list_begins_conv() -> None:
    """`… của UBND tỉnh Lạng Sơn và Kế hoạch số 81/KH-UBND …`: the issuer is the province's
    committee, not the rest of the list (a lineage link needs the issuer to agree)."""
    text = ("Thực hiện Kế hoạch số 80/KH-UBND ngày 02/4/2024 của UBND tỉnh Lạng Sơn và Kế hoạch số 81/KH-UBND ngày "
            "03/4/2024 của UBND tỉnh Lạng Sơn, UBND huyện Chi Lăng ban hành Kế hoạch như sau:")
    got = cite(text)
    assert [(c["canonical_id"], c["issuer"], c["relation"]) for c in got] == [
        ("80/KH-UBND", "UBND tỉnh Lạng Sơn", "implements"), ("81/KH-UBND", "UBND tỉnh Lạng Sơn", "implements")]


# --- named documents without a number --------------------------------------------------------

NAMED = {
    "national-strategy-real": ("tướng Chính phủ phê duyệt Chiến lược quốc gia về tài nguyên nước đến năm 2020.",
                               ("Chiến lược", "Chiến lược quốc gia về tài nguyên nước đến năm 2020")),
    "national-strategy-conv": ("Thực hiện Chiến lược quốc gia phòng, chống tham nhũng, tiêu cực đến năm 2030;",
                               ("Chiến lược", "Chiến lược quốc gia phòng, chống tham nhũng, tiêu cực đến năm 2030")),
    "scheme-by-its-number-real": ("chuyển đổi số và Đề án 06 phục vụ chỉ đạo, điều hành", ("Đề án", "Đề án 06")),
    "scheme-by-its-number-conv": ("tiếp tục triển khai Đề án 2010 trên địa bàn", ("Đề án", "Đề án 2010")),
    "standard-conv": ("áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại các cơ quan",
                      ("Tiêu chuẩn", "TCVN ISO 9001:2015")),
    "national-programme-real": ("Chi xây dựng Chương trình hành động quốc gia cam kết bảo vệ di sản văn hóa",
                                ("Chương trình", "Chương trình hành động quốc gia cam kết bảo vệ di sản văn hóa")),
}


@pytest.mark.parametrize(("text", "expected"), list(NAMED.values()), ids=list(NAMED))
def test_named_documents_without_a_number(text: str, expected: tuple) -> None:
    got = cite(text)
    assert [(c["doc_type"], c["title"]) for c in got] == [expected]
    assert got[0]["number"] is None


def test_an_alias_is_a_mention_of_the_same_document_conv() -> None:
    text = ("Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng "
            "dữ liệu về dân cư (sau đây gọi tắt là Đề án 06);\nCác sở triển khai Đề án 06 trong năm 2026.")
    got = cite(text)
    assert [(c["canonical_id"], c["relation"]) for c in got] == [("06/QĐ-TTg", "basis"), ("06/QĐ-TTg", "reference")]


def test_an_alias_of_a_body_is_not_a_document_20() -> None:
    text = ("Căn cứ Quyết định số 1753/QĐ-TTg ngày 30 tháng 9 năm 2013 của Thủ tướng Chính phủ về việc thành lập Ban "
            "Chỉ đạo quốc gia (gọi tắt là Ban Chỉ đạo quốc gia 1237);\nBan Chỉ đạo quốc gia 1237 chủ trì.")
    assert [c["canonical_id"] for c in cite(text)] == ["1753/QĐ-TTg"]


@pytest.mark.parametrize("text", [
    pytest.param("* (Ban hành kèm theo Quyết định số 2853/QĐ-UBND ngày 21 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố)",
                 id="own-number-under-the-title-18"),
    pytest.param("*(Kèm theo Kế hoạch số 0134/KH-UBND ngày 25/11/2025 của UBND tỉnh Đắk Lắk)*", id="own-number-appendix-17"),
    pytest.param("Cán bộ, công chức chấp hành nghiêm Hiến pháp, pháp luật của Nhà nước", id="generic-constitution-conv"),
    pytest.param("Luật sư cung cấp thông tin về tổ chức hành nghề", id="a-lawyer-real"),
    pytest.param("theo quy định của pháp luật và Luật này", id="this-law"),
])
def test_not_citations_by_convention(text: str) -> None:
    assert cite(text) == []


@pytest.mark.parametrize("text", [
    pytest.param("Thực hiện Quyết định số 7619/QĐ-BCA ngày 08 tháng 9 năm 2025 của Bộ Công an phê duyệt Chương trình mục "
                 "tiêu quốc gia phòng, chống ma túy đến năm 2030;", id="approved-by-the-decision-02"),
    pytest.param("Căn cứ Quyết định số 379/QĐ-TTg ngày 17 tháng 3 năm 2021 của Thủ tướng Chính phủ phê duyệt Chiến lược "
                 "quốc gia phòng, chống thiên tai đến năm 2030, tầm nhìn đến năm 2050;", id="strategy-approved-18"),
])
def test_a_programme_a_decision_approves_is_its_subject(text: str) -> None:
    assert [c["doc_type"] for c in cite(text)] == ["Quyết định"]


def test_programmes_in_the_plural_name_none_02() -> None:
    assert cite("quy định về lồng ghép nguồn vốn từ các Chương trình mục tiêu quốc gia, chương trình, dự án") == []


def test_a_line_repeating_a_law_costs_work_in_proportion_to_its_length(overlap_probes) -> None:  # type: ignore[no-untyped-def]
    """Each named law is checked against the numbered citations already found; a scan of all of
    them per law made a long repetitive line quadratic."""
    from pipeline.extract import citations as module

    def work(text: str) -> tuple[int, int]:
        probes = overlap_probes(module)
        return len(extract_citations(simple_context(text))), probes()

    unit = "Quyết định số 12/QĐ-UBND; Luật Đất đai; "
    small_found, small_work = work(unit * 250)
    large_found, large_work = work(unit * 2_500)
    assert small_work > 0  # the counter sees the comparisons
    assert large_found == 10 * small_found
    assert large_work <= 15 * small_work  # a quadratic check would do ~100x the work


# --- whole-text patterns are tried only where the words they open with stand --------------

@pytest.mark.parametrize(("pattern", "heads"), [(_NAMED, _NAMED_HEADS), (_PROGRAMME, _PROGRAMME_HEADS)],
                         ids=["named-law", "named-programme"])
def test_a_pattern_tried_at_its_head_words_finds_what_a_scan_of_every_character_finds(pattern, heads) -> None:  # type: ignore[no-untyped-def]
    """Every fragment above, alone and all run together: the same matches as `finditer`."""
    texts = [text for text, _ in (*FORMS.values(), *MORE_FORMS.values(), *NAMED.values())]
    texts += [" ".join(texts), "Luật Luật Đất đai; xLuật Đê điều, /TCVN 5945:2005 QCVN 08-MT:2015/BTNMT và ISO 9001:2015"]
    for text in texts:
        expected = [(m.span(), m.group(0)) for m in pattern.finditer(text)]
        assert [(m.span(), m.group(0)) for m in matches_at(pattern, text, head_positions(text, heads))] == expected


def test_a_number_and_symbol_tried_where_one_can_open_finds_what_a_scan_of_every_character_finds() -> None:
    """`_ID_RE` tried only at `_id_starts` (found back from each separator before a capital):
    the same matches as `finditer`, on every fragment above, alone and run together, and on
    numbers glued to words, dates, years and bare symbols."""
    texts = [text for text, _ in (*FORMS.values(), *MORE_FORMS.values(), *NAMED.values())]
    texts += [" ".join(texts), "Kế hoạch số /KH-UBND; x12/QĐ-UBND, 1.234/KH-UBND và 05/9/2022 của số 24-CT/TW",
              "Văn bản 12a/2021/TT-BYT - NĐ-CP /2020/QĐ-TTg", "15/6/2023 (số 3/KH)", "2020/QĐ 1999/2020/- A b12/ĐA",
              "/2021/QĐ-UBND, 05a-2019/ B.12/KH 1/2/3/4/CT"]
    assert len(_ID_RE.findall(" ".join(texts))) > 10  # (the fragments hold numbers to find)
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in _ID_RE.finditer(text)]
        opened = matches_at(_ID_RE, text, _id_starts(text))
        assert [(m.span(), m.groupdict()) for m in opened] == expected


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789/-.aábz ĐQDCTKHUBNDđ\n", max_size=60))
def test_a_number_and_symbol_tried_where_one_can_open_in_any_arrangement(text: str) -> None:
    """Digits, slashes, dashes, capitals, letters and blanks in any order: `_id_starts` holds
    every place `_ID_RE.finditer` finds a match at, so trying only there finds the same."""
    assert [m.span() for m in matches_at(_ID_RE, text, _id_starts(text))] == [m.span() for m in _ID_RE.finditer(text)]


def _first_reach(head: str, folded_length: int, consumed: int = 0) -> int:
    """The fewest first characters of `head` whose fold is `folded_length` long or more, looked
    for from `consumed` on (what `_known_issuer_at` returns as an issuer's end)."""
    taken = 0
    while taken < folded_length and consumed < len(head):
        consumed += 1
        taken = len(lexicon.fold(head[:consumed]))
    return consumed


@pytest.mark.parametrize("head", [
    "Bộ Văn hóa, Thể thao và Du lịch về việc", "Ủy ban nhân dân  tỉnh Thanh Hóa", "Thủ tướng Chính phủ phê duyệt",
    "  Bộ  Công   an\tngày", "Bộ Lao động – Thương binh và Xã hội", "BỘ CÔNG AN", "Bo\u0323 Công an",
    "Straße và Bộ Tài chính",
], ids=["comma-name", "two-spaces", "prime-minister", "spaces-and-tab", "en-dash", "caps", "decomposed", "sharp-s"])
def test_an_issuers_end_is_looked_for_from_its_shortest_reach(head: str) -> None:
    """No prefix shorter than `_shortest_reach` folds to the variant's length: the end found
    from there is the one found from the first character."""
    for n in range(1, len(lexicon.fold(head)) + 1):
        assert _first_reach(head, n, _shortest_reach(head, n)) == _first_reach(head, n)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Bộ ạa\t\n–-ÀßİſƯ\u0300\u0323", max_size=14), st.integers(1, 14))
def test_an_issuers_end_is_looked_for_from_its_shortest_reach_in_any_text(head: str, n: int) -> None:
    assert _first_reach(head, n, _shortest_reach(head, n)) == _first_reach(head, n)


def test_a_known_issuer_ends_where_its_name_does() -> None:
    text = "Căn cứ Quyết định số 12/QĐ-UBND của Bộ Văn hóa, Thể thao và Du lịch về việc"
    start = text.index("Bộ")
    assert _known_issuer_at(text, start) == ("Bộ Văn hóa, Thể thao và Du lịch", text.index(" về"))
