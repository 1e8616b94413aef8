"""How plans name agencies, and the canonical name each spelling must give.

Fragments are real (corpus file in the id). The document's place is Thanh Hóa province
unless a case says otherwise."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.agency_names import _DISTRIBUTIVE, AgencyIndex, Place, find_agency_names, leading_names
from pipeline.parse.scan import matches_at

THANH_HOA = Place(province="Thanh Hóa", level="province")
CHI_LANG = Place(province="Lạng Sơn", district="Chi Lăng", level="district")


def canonicals(text: str, place: Place = THANH_HOA) -> list[str]:
    names = find_agency_names(text, place=place)
    for n in names:
        assert text[n.start:n.end] == n.text
    return [n.canonical for n in names]


SPELLINGS = {
    # abbreviations and spelling variants of one ministry-line department
    "abbreviation-no-separators": ("Giao Sở LĐTBXH chủ trì", ["Sở Lao động - Thương binh và Xã hội"]),
    "abbreviation-with-ampersand": ("phối hợp với Sở LĐ-TB&XH", ["Sở Lao động - Thương binh và Xã hội"]),
    "clipped-TB-000": ("Bộ Lao động – TB và Xã hội (để b/c);", ["Bộ Lao động - Thương binh và Xã hội"]),
    "dash-for-comma-001": ("1.4. Sở Văn hóa - Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
    "lower-case-k-000": ("Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh.",
                         ["Tòa án nhân dân tỉnh", "Viện Kiểm sát nhân dân tỉnh"]),
    "front-abbreviated-001": ("Ủy ban MTTQ tỉnh, Tỉnh Đoàn", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Tỉnh Đoàn"]),
    "front-short-000": ("Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]),
    "ubnd-spelled-out-gets-place": ("báo cáo Ủy ban nhân dân tỉnh", ["UBND tỉnh Thanh Hóa"]),
    "own-province-by-name-is-tinh-000": ("Hội Liên hiệp Phụ nữ Thanh Hóa", ["Hội Liên hiệp Phụ nữ tỉnh"]),
    "bare-station-is-own-level-001": ("1.9. Đài Phát thanh và Truyền hình, Báo Hòa Bình",
                                      ["Đài Phát thanh và Truyền hình tỉnh", "Báo Hòa Bình"]),
    "shared-level-word-sibling-000": ("Công an cấp huyện, cấp xã.", ["Công an cấp huyện", "Công an cấp xã"]),
    "each-districts-office-000": ("Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố tham mưu",
                                  ["Phòng Văn hóa và Thông tin"]),
    # Nơi nhận abbreviates: `TTr` is the standing committee, `CB-TH` the gazette and IT centre
    "standing-committees-abbreviated-11": ("- TTr Tỉnh ủy, TTr HĐND tỉnh; (để báo cáo)",
                                           ["Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh"]),
    "gazette-centre-abbreviated-11": ("- Trung tâm CB-TH;", ["Trung tâm Công báo - Tin học"]),
    "standing-committees-with-tt-dot-10": ("- TT. Tỉnh ủy, TT. HĐND Tỉnh (b/c);",
                                          ["Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh"]),
    "standing-board-of-the-front-06": ("- BTT Ủy ban MTTQ VN tỉnh;",
                                       ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]),
    "tp-is-the-city-04": ("- TT. Thành ủy, TT.HĐND TP;", ["Thường trực Thành ủy", "Thường trực HĐND thành phố"]),
    "tu-is-the-provincial-party-committee-10": ("- Ban Tuyên giáo và Dân vận TU;", ["Ban Tuyên giáo và Dân vận Tỉnh ủy"]),
    "dash-for-va-11qn": ("3. Sở Kế hoạch - Đầu tư, Sở Tài chính theo chức năng",
                         ["Sở Kế hoạch và Đầu tư", "Sở Tài chính"]),
    "enforcement-office-abbreviated-05": ("- Tòa án nhân dân tỉnh, Cục THADS tỉnh;",
                                          ["Tòa án nhân dân tỉnh", "Cục Thi hành án dân sự tỉnh"]),
}


@pytest.mark.parametrize(("text", "expected"), list(SPELLINGS.values()), ids=list(SPELLINGS))
def test_spellings_give_one_canonical_name(text: str, expected: list[str]) -> None:
    assert canonicals(text) == expected


LISTS = {
    "semicolons-with-comma-names-000": (
        "Sở Lao động - Thương binh và Xã hội; Sở Văn hóa, Thể thao và Du lịch; Công an tỉnh; Đài Phát thanh và Truyền "
        "hình tỉnh; Báo Thanh Hóa; các sở, ban, ngành có liên quan; UBND các huyện, thị xã, thành phố.",
        ["Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh",
         "Đài Phát thanh và Truyền hình tỉnh", "Báo Thanh Hóa", "các sở, ban, ngành có liên quan",
         "UBND các huyện, thị xã, thành phố"]),
    "commas-inside-and-between-names-004": (
        "Phối hợp với Phòng Lao động, Thương binh, Xã hội - Dân tộc, Công an huyện, Ủy ban Mặt trận Tổ quốc Việt Nam "
        "huyện chỉ đạo",
        ["Phòng Lao động, Thương binh, Xã hội - Dân tộc huyện", "Công an huyện",
         "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"]),
    "level-written-once-for-the-list-004": (
        "10. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội huyện",
        ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "các tổ chức chính trị - xã hội huyện"]),
    "head-word-written-once-000": (
        "Giám đốc các sở: Thông tin và Truyền thông; Văn hóa, Thể thao và Du lịch; Y tế; Giáo dục và Đào tạo; Giám đốc "
        "Công an tỉnh; Thủ trưởng các ban, ngành thuộc UBND tỉnh có liên quan",
        ["Sở Thông tin và Truyền thông", "Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế", "Sở Giáo dục và Đào tạo",
         "Công an tỉnh", "các ban, ngành thuộc UBND tỉnh có liên quan"]),
    "ubnd-plural-is-generic-001": ("Ủy ban nhân dân các huyện, thành phố.", ["UBND các huyện, thành phố"]),
    "clipped-thi-xa-000": ("UBND các huyện, thị, thành phố.", ["UBND các huyện, thị xã, thành phố"]),
}


@pytest.mark.parametrize(("text", "expected"), list(LISTS.values()), ids=list(LISTS))
def test_lists_split_on_agency_boundaries(text: str, expected: list[str]) -> None:
    place = CHI_LANG if "huyện" in text and "Thanh Hóa" not in text and "tỉnh" not in text else THANH_HOA
    names = find_agency_names(text, place=place)
    start = 0
    for prefix in ("Phối hợp với ", "10. Đề nghị "):
        if text.startswith(prefix):
            start = len(prefix)
    assert [n.canonical for n in leading_names(names, text, start)] == expected


def test_generic_references_are_marked_generic() -> None:
    names = find_agency_names("Cơ quan phối hợp: Các sở, ban, ngành, đoàn thể có liên quan; UBND các huyện.", place=THANH_HOA)
    assert [(n.canonical, n.generic) for n in names] == [
        ("các sở, ban, ngành, đoàn thể có liên quan", True), ("UBND các huyện", True)]


UNKNOWN = {
    "newspaper-000": ("Báo Thanh Hóa; các sở", "Báo Thanh Hóa"),
    "bank-08": ("Ngân hàng Chính sách xã hội Thành phố chủ trì", "Ngân hàng Chính sách xã hội Thành phố"),
    "compound-word-after-head": ("Ban Dân vận Tỉnh ủy phối hợp", "Ban Dân vận Tỉnh ủy"),
}


@pytest.mark.parametrize(("text", "expected"), list(UNKNOWN.values()), ids=list(UNKNOWN))
def test_an_agency_missing_from_the_lexicon_is_kept_as_written(text: str, expected: str) -> None:
    names = find_agency_names(text, place=THANH_HOA)
    assert names[0].canonical == expected
    assert names[0].rule == "head_word"


NOT_AGENCIES = {
    "phong-chong-is-a-verb": "Phòng, chống mại dâm là nhiệm vụ của cả hệ thống chính trị.",
    "ban-hanh-is-a-verb": "Ban hành kế hoạch triển khai.",
    "hoi-nghi-is-a-meeting": "Hội nghị sơ kết được tổ chức.",
    "bao-cao-is-a-report": "Báo cáo kết quả thực hiện.",
    "ttr-in-a-document-symbol-is-not-a-committee-000": "Công văn số 4802/BVHTTDL-TTr ngày 02/12/2019",
}


@pytest.mark.parametrize("text", list(NOT_AGENCIES.values()), ids=list(NOT_AGENCIES))
def test_capitalised_head_words_that_are_not_agencies(text: str) -> None:
    assert find_agency_names(text, place=THANH_HOA) == []


NGHE_AN = Place(province="Nghệ An", level="province", issuer="UBND tỉnh Nghệ An")

# National bodies and their regional branches (the 2025 reorganisation replaced provincial
# branches by `khu vực` ones), the provincial tax office, and the assembly's office.
NATIONAL = {
    "regional-branches-14": (
        "Thuế tỉnh, Kiểm toán nhà nước khu vực II, Kho bạc nhà nước khu vực XI, Ngân hàng nhà nước khu vực 8, "
        "Chi cục Hải quan khu vực XI tăng cường",
        ["Thuế tỉnh", "Kiểm toán Nhà nước khu vực II", "Kho bạc Nhà nước khu vực XI", "Ngân hàng Nhà nước khu vực 8",
         "Chi cục Hải quan khu vực XI"]),
    "bank-branch-by-region": ("- Ngân hàng Nhà nước chi nhánh khu vực 9;", ["Ngân hàng Nhà nước chi nhánh khu vực 9"]),
    "bank-national-0465063a": ("nội dung báo cáo của Ngân hàng Nhà nước Việt Nam tại Mục II",
                               ["Ngân hàng Nhà nước Việt Nam"]),
    "tax-office-by-province-name": ("Kính gửi: Thuế tỉnh Quảng Trị", ["Thuế tỉnh"]),
    "assembly-delegation-office-14": ("Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh, Ủy ban Mặt trận Tổ quốc Việt "
                                      "Nam tỉnh", ["Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh",
                                                   "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]),
    "assembly-delegation-abbreviated": ("- Đoàn ĐBQH tỉnh;", ["Đoàn đại biểu Quốc hội tỉnh"]),
    "government-and-prime-minister": ("báo cáo Chính phủ, Thủ tướng Chính phủ", ["Chính phủ", "Thủ tướng Chính phủ"]),
    "digital-government-is-a-programme-2edf5927": ("CHƯƠNG TRÌNH PHÁT TRIỂN Chính phủ số", []),
    "assembly-2edf5927": ("Trình Quốc hội dự thảo Luật", ["Quốc hội"]),
}


@pytest.mark.parametrize(("text", "expected"), list(NATIONAL.values()), ids=list(NATIONAL))
def test_national_bodies_and_regional_branches(text: str, expected: list[str]) -> None:
    assert canonicals(text, NGHE_AN) == expected


# Bodies the lexicon does not know, read from their head word: the party committee they
# belong to closes the name, a few lower-case nouns stay inside it, a known name at its end is
# its owner (not a second body), and an office-holder's title is not a board.
HEAD_WORD = {
    "party-committee-closes-the-name-14": ("Đề nghị Văn phòng Tỉnh ủy và Ủy ban Kiểm tra Tỉnh ủy,",
                                           ["Văn phòng Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy"]),
    "merged-party-board-2025": ("Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì", ["Ban Tuyên giáo và Dân vận Tỉnh ủy"]),
    "lower-case-nouns-inside-14": ("Phòng Nội chính thuộc Văn phòng UBND tỉnh và Phòng An ninh chính trị nội bộ Công an "
                                   "tỉnh; thường trực", ["Phòng Nội chính", "Văn phòng UBND tỉnh",
                                                         "Phòng An ninh chính trị nội bộ", "Công an tỉnh"]),
    "public-service-centre-5a80798b": ("Trung tâm Phục vụ hành chính công (cấp xã) hoặc Chi nhánh Văn phòng ĐKĐĐ",
                                       ["Trung tâm Phục vụ hành chính công", "Chi nhánh Văn phòng ĐKĐĐ"]),
    "front-abbreviated-with-country-3bc528": ("- UBMTTQ Việt Nam tỉnh;", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]),
    "council-members-are-not-the-council-be5392": ("của đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp;", []),
    "lower-case-word-is-no-place-5a80798b": ("tới Ủy ban nhân dân tỉnh để chỉ đạo Sở Nông nghiệp và Môi trường",
                                             ["UBND tỉnh Nghệ An", "Sở Nông nghiệp và Môi trường"]),
    "ministries-written-once-344b9eec": ("1. Các Bộ: Tài chính, Y tế, Tư pháp, Nội vụ khẩn trương khắc phục",
                                         ["Bộ Tài chính", "Bộ Y tế", "Bộ Tư pháp", "Bộ Nội vụ"]),
    "merged-ministry-abbreviated-2d5634": ("- Vụ pháp chế Bộ NN&MT;", ["Bộ Nông nghiệp và Môi trường"]),
    "inter-agency-team-004": ("Kiện toàn và nâng cao hiệu quả hoạt động của Đội Kiểm tra liên ngành cấp xã theo",
                              ["Đội Kiểm tra liên ngành cấp xã"]),
    "known-owner-at-the-end-14": ("hệ thống thông tin thuộc Ban Cơ yếu Chính phủ và", ["Ban Cơ yếu Chính phủ"]),
    "a-list-is-not-one-name-001": ("Sở Giáo dục và Đào tạo, Báo Hòa Bình, Đài Phát thanh và Truyền hình tỉnh, Tỉnh Đoàn",
                                   ["Sở Giáo dục và Đào tạo", "Báo Hòa Bình", "Đài Phát thanh và Truyền hình tỉnh",
                                    "Tỉnh Đoàn"]),
    "non-governmental-is-no-government-11": ("các tổ chức phi Chính phủ, nguồn viện trợ", ["các tổ chức"]),
    "next-line-is-no-place-004": ("2. Công an huyện\n\nTăng cường công tác quản lý", ["Công an huyện"]),
    "name-broken-over-a-line": ("Sở Văn hóa, Thể thao và\nDu lịch; Công an\ntỉnh", ["Sở Văn hóa, Thể thao và Du lịch",
                                                                                    "Công an tỉnh"]),
    "standing-deputy-is-an-office-14": ("Phó Trưởng Ban Thường trực Ban Chỉ đạo là Phó Chủ tịch Thường trực UBND tỉnh",
                                        ["UBND tỉnh Nghệ An"]),
    "signature-block-is-no-place-14": ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", ["UBND"]),
    "signature-block-without-kt-0f2d06": ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", ["UBND"]),
}


@pytest.mark.parametrize(("text", "expected"), list(HEAD_WORD.values()), ids=list(HEAD_WORD))
def test_names_read_from_their_head_word(text: str, expected: list[str]) -> None:
    assert canonicals(text, NGHE_AN) == expected


COLLECTIVES = {
    "communes-and-wards-without-cac": ("UBND xã, phường phê duyệt", "UBND xã, phường"),
    "communes-of-every-province": ("Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố trực thuộc Trung ương",
                                   "UBND xã, phường, đặc khu thuộc tỉnh, thành phố trực thuộc Trung ương"),
    "provinces-2edf5927": ("Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương và",
                           "UBND tỉnh, thành phố trực thuộc Trung ương"),
    "party-building-boards-share-their-committee-14": (
        "Đề nghị Văn phòng Tỉnh ủy và các Ban Xây dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy", "các Ban Xây dựng Đảng Tỉnh ủy"),
    "other-ministries-2edf5927": ("Bộ Công an, Bộ Quốc phòng và các bộ, ngành, địa phương khác có liên quan",
                                  "các bộ, ngành, địa phương khác có liên quan"),
}


@pytest.mark.parametrize(("text", "expected"), list(COLLECTIVES.values()), ids=list(COLLECTIVES))
def test_collective_names_are_kept_whole(text: str, expected: str) -> None:
    generic = [n for n in find_agency_names(text, place=NGHE_AN) if n.generic]
    assert [n.canonical for n in generic] == [expected]


def test_a_lower_case_word_never_opens_a_known_name() -> None:
    """`nội bộ Công an tỉnh` holds no `Bộ Công an`."""
    assert "Bộ Công an" not in canonicals("Phòng An ninh chính trị nội bộ Công an tỉnh", NGHE_AN)


def test_lead_list_stops_at_the_first_verb() -> None:
    text = ("Sở Lao động - Thương binh và Xã hội hướng dẫn UBND các huyện, thị xã, thành phố; các sở, ban, ngành có "
            "liên quan tổ chức thực hiện")
    assert [n.canonical for n in leading_names(find_agency_names(text, place=THANH_HOA), text, 0)] == [
        "Sở Lao động - Thương binh và Xã hội"]


@pytest.mark.xfail(reason="a head-word name with a lower-case word inside (`Trung tâm Kiểm soát bệnh tật` without "
                          "its lexicon entry) is cut at that word: capitals are the only boundary signal")
def test_unknown_name_with_lower_case_word_inside() -> None:
    assert canonicals("Trung tâm Y tế dự phòng tỉnh phối hợp") == ["Trung tâm Y tế dự phòng tỉnh"]


# A document's names are searched once (`AgencyIndex`, kept on `DocContext`) and each stretch
# an extractor asks about (a line, a paragraph, a cell) is answered from that search, as the
# stretch alone would read: where a stretch cuts a name, it holds only what it holds. Place
# unknown (`Place()`), so canonicals are as written.
STRETCHES = {
    # a level written on the next line (a hard wrap): the line alone has a bare council
    "level-on-next-line-line-alone-04": ("đ) Tham mưu Ủy ban nhân dân\nthành phố kịp thời kiện toàn Ban Chỉ đạo",
                                         "đ) Tham mưu Ủy ban nhân dân", ["UBND"]),
    "level-on-next-line-paragraph-04": ("đ) Tham mưu Ủy ban nhân dân\nthành phố kịp thời kiện toàn Ban Chỉ đạo",
                                        "Tham mưu Ủy ban nhân dân\nthành phố kịp", ["UBND thành phố"]),
    # a ministry's name wrapped over two lines: the line alone holds its head word and capitals
    "name-wrapped-line-alone-05": ("của Bộ trưởng Bộ Lao động - Thương\nbinh và Xã hội hướng dẫn giám sát",
                                   "của Bộ trưởng Bộ Lao động - Thương", ["Bộ Lao động - Thương"]),
    "name-wrapped-paragraph-05": ("của Bộ trưởng Bộ Lao động - Thương\nbinh và Xã hội hướng dẫn giám sát",
                                  "Bộ Lao động - Thương\nbinh và Xã hội hướng dẫn",
                                  ["Bộ Lao động - Thương binh và Xã hội"]),
    # a collective reference wrapped after a comma
    "collective-wrapped-line-alone-02": ("trách nhiệm của các sở, ban,\nngành, Ủy ban nhân dân xã, phường và cơ quan",
                                         "trách nhiệm của các sở, ban,", ["các sở, ban"]),
    "collective-wrapped-paragraph-02": ("trách nhiệm của các sở, ban,\nngành, Ủy ban nhân dân xã, phường và cơ quan",
                                        "các sở, ban,\nngành, Ủy ban nhân dân xã, phường và",
                                        ["các sở, ban, ngành", "UBND xã, phường"]),
    # a stretch cut at a word inside a known name (a paragraph read up to a fixed length)
    "cut-inside-a-known-name-001": ("- Chủ trì, phối hợp với Sở Tài chính xây dựng dự toán kinh phí",
                                    "- Chủ trì, phối hợp với Sở Tài", ["Sở Tài"]),
    "cut-inside-the-level-word-001": ("Trình Chủ tịch Ủy ban nhân dân tỉnh.", "Trình Chủ tịch Ủy ban nhân dân tỉ",
                                      ["UBND"]),
    # a level shared by two names (`cấp huyện, cấp xã`): the stretch that ends before the second has one
    "siblings-cut-000": ("Công an cấp huyện, cấp xã.", "Công an cấp huyện,", ["Công an cấp huyện"]),
    "siblings-whole-000": ("Công an cấp huyện, cấp xã.", "Công an cấp huyện, cấp xã", ["Công an cấp huyện", "Công an cấp xã"]),
    "uncut-001": ("- Chủ trì, phối hợp với Sở Tài chính xây dựng dự toán kinh phí",
                  "phối hợp với Sở Tài chính xây dựng", ["Sở Tài chính"]),
    # a name whose words a wide run of blanks parts (a text column's padding): the names regex
    # reads further than through single blanks, and a stretch cut inside the name holds the head word's
    "wide-gap-cut-001": ("- Chủ trì, phối hợp với Sở Tài" + " " * 120 + "chính xây dựng dự toán kinh phí",
                         "với Sở Tài" + " " * 120, ["Sở Tài"]),
    "wide-gap-uncut-001": ("- Chủ trì, phối hợp với Sở Tài" + " " * 120 + "chính xây dựng dự toán kinh phí",
                           "với Sở Tài" + " " * 120 + "chính xây", ["Sở Tài chính"]),
}


@pytest.mark.parametrize(("text", "stretch", "expected"), list(STRETCHES.values()), ids=list(STRETCHES))
def test_a_stretch_of_a_document_reads_as_the_stretch_alone(text: str, stretch: str, expected: list[str]) -> None:
    start = text.index(stretch)
    end = start + len(stretch)
    index = AgencyIndex(text)
    index.find(0, len(text), Place())  # the whole text first, as the agencies extractor asks
    names = find_agency_names(text, start, end, Place(), index=index)
    assert [n.canonical for n in names] == expected
    alone = find_agency_names(stretch, place=Place())
    assert [(n.start - start, n.end - start, n.text) for n in names] == [(n.start, n.end, n.text) for n in alone]


def test_overlapping_stretches_are_answered_from_one_search(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stretches of 2,000 characters every 500 (each character in four of them): searched one
    by one, the names regex would read the text four times; from the document's one search,
    it reads it once, and again only within its reach of each stretch's end (a name the end
    may cut). Characters read are counted, not timed."""
    read: list[int] = []
    search = AgencyIndex._search_names

    def counting(self: AgencyIndex, pos: int, endpos: int) -> list:  # type: ignore[type-arg]
        read.append(endpos - pos)
        return search(self, pos, endpos)

    monkeypatch.setattr(AgencyIndex, "_search_names", counting)
    text = ("- Cơ quan phối hợp: Sở Tài chính; Sở Y tế; các sở, ban, ngành có liên quan; UBND các huyện, thị, "
            "thành phố.\n") * 200  # (000)
    index = AgencyIndex(text)
    for start in range(0, len(text), 500):
        find_agency_names(text, start, min(len(text), start + 2000), THANH_HOA, index=index)
    assert len(read) > 1  # the counter sees the searches
    assert sum(read) < 1.5 * len(text)


def test_a_name_is_qualified_once_for_the_line_and_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """`Công an tỉnh` read in its line (a labelled value, the tasks extractor) and in the whole
    text (the agencies extractor): the level is read once. The qualifier regex reads no further
    than the line's end, so both stretches give the same name (calls counted, not timed)."""
    from pipeline.extract import agency_names as module

    calls: list[int] = []
    qualified = module._qualified

    def counting(*args):  # type: ignore[no-untyped-def]
        calls.append(args[1])
        return qualified(*args)

    monkeypatch.setattr(module, "_qualified", counting)
    text = "- Cơ quan chủ trì: Công an tỉnh.\n- Cơ quan phối hợp: Sở Văn hóa - Thể thao và Du lịch.\n"  # (000)
    index = AgencyIndex(text)
    line = text.index("\n")
    whole = find_agency_names(text, 0, len(text), THANH_HOA, index=index)
    in_line = find_agency_names(text, text.index("Công an"), line, THANH_HOA, index=index)
    assert [n.canonical for n in in_line] == ["Công an tỉnh"] == [n.canonical for n in whole][:1]
    assert calls == [text.index("Công an")]


def test_a_head_word_name_is_read_once_for_the_line_and_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """A body the lexicon does not know (`Hội Khuyến học TP`), read in its line and in the
    whole text: its words stop at the `(` either way, so they are read once (calls counted)."""
    from pipeline.extract import agency_names as module

    calls: list[int] = []
    head_word_name = module._head_word_name

    def counting(*args):  # type: ignore[no-untyped-def]
        calls.append(args[1])
        return head_word_name(*args)

    monkeypatch.setattr(module, "_head_word_name", counting)
    text = "Nơi nhận:\n- Hội Khuyến học TP (để phối hợp);\n- Lưu: VT.\n"  # (corpus-real 3870cd0c35318a44)
    index = AgencyIndex(text)
    whole = find_agency_names(text, 0, len(text), THANH_HOA, index=index)
    in_line = find_agency_names(text, text.index("Hội"), text.index(";"), THANH_HOA, index=index)
    assert [n.canonical for n in in_line] == ["Hội Khuyến học TP"] == [n.canonical for n in whole]
    assert calls == [text.index("Hội")]


OPENINGS = {
    # a paragraph may open with a list of names: the places one can start are tried
    "lexicon-name-000": ("Sở Lao động - Thương binh và Xã hội có trách nhiệm hướng dẫn, kiểm tra.", True),
    "head-word-name-001": ("Hội Cựu chiến binh tỉnh tuyên truyền đến hội viên.", True),
    "collective-reference-000": ("UBND các huyện, thị xã, thành phố xây dựng kế hoạch.", True),
    "position-before-names-000": ("Chủ tịch UBND các huyện, thị xã, thành phố chỉ đạo.", True),
    "standing-committee-001": ("Thường trực HĐND huyện giám sát việc thực hiện.", True),
    "distributive-header-000": ("Giám đốc các sở: Thông tin và Truyền thông; Y tế chủ trì.", True),
    "blanks-before-000": ("   Công an tỉnh chủ trì, phối hợp.", True),
    "blanks-before-001": ("\u00a0\t Công an tỉnh chủ trì, phối hợp.", True),  # (a no-break space, as a copy from the web has)
    "blanks-before-002": ("\u00a0\t Tăng cường công tác phối hợp.", False),
    # most paragraphs open with what is to be done: no name can open them
    "verb-000": ("Tăng cường công tác phối hợp giữa các sở, ngành và UBND các huyện.", False),
    "verb-after-position-000": ("Giám đốc chỉ đạo việc rà soát của Sở Y tế.", False),
    "lower-case-sentence-001": ("tổ chức tuyên truyền, phổ biến các quy định của Bộ Công an.", False),
}


@pytest.mark.parametrize(("text", "may"), list(OPENINGS.values()), ids=list(OPENINGS))
def test_which_paragraphs_may_open_with_names(text: str, may: bool) -> None:
    """`may_lead` spares the search of a paragraph no name can open; where it says no, the
    search finds no opening list (it never hides one)."""
    index = AgencyIndex(text)
    assert index.may_lead(0, len(text)) is may
    opening = leading_names(find_agency_names(text, 0, len(text), THANH_HOA, index=index), text, 0)
    assert bool(opening) is may


DISTRIBUTIVE_TEXT = (
    "Giám đốc các sở: Thông tin và Truyền thông; Văn hóa, Thể thao và Du lịch; Y tế; Giáo dục và Đào tạo; Giám đốc "
    "Công an tỉnh; Thủ trưởng các ban, ngành thuộc UBND tỉnh có liên quan\n"  # (000)
    "Các phòng, đơn vị: Giáo dục và Đào tạo, Tư pháp; Chủ tịch các\nsở, ban, ngành :  Y tế; trưởng ban các Bộ: Công an"
)


@pytest.mark.parametrize("cut", [0, 10, 17, 120, 180, 195, 232, 250, 270, len(DISTRIBUTIVE_TEXT)])
def test_distributive_headers_tried_at_their_openers_are_those_a_scan_finds(cut: int) -> None:
    """The header of a distributive list is tried only where one of its opening words stands
    (found once in the whole text): the same headers as a scan of the stretch, for stretches
    that end anywhere, inside a header too."""
    for start in (0, 5, 60, 165):
        if start > cut:
            continue
        index = AgencyIndex(DISTRIBUTIVE_TEXT)
        expected = [m.span() for m in _DISTRIBUTIVE.finditer(DISTRIBUTIVE_TEXT, start, cut)]
        opened = matches_at(_DISTRIBUTIVE, DISTRIBUTIVE_TEXT, index.distributive_starts(start, cut), cut)
        assert [m.span() for m in opened] == expected
    assert len(list(_DISTRIBUTIVE.finditer(DISTRIBUTIVE_TEXT))) == 4


@pytest.mark.parametrize("text", ["   Công an tỉnh", "\u00a0Sở Y tế", "\t\u3000\x0b\x1cSở Y tế ", "Sở Y tế", "   ", "\u2028 Ban"])
def test_blanks_before_a_stretch_are_those_lstrip_strips(text: str) -> None:
    """`may_lead` finds where a stretch's words start with one regex, not copies of the stretch:
    it must skip exactly the characters `str.lstrip` strips."""
    from pipeline.extract.agency_names import _LEADING_BLANKS

    assert _LEADING_BLANKS.match(text).end() == len(text) - len(text.lstrip())


@pytest.mark.parametrize(("text", "folded"), [
    ("Sở Lao động – Thương binh và Xã hội", "sở lao động - thương binh và xã hội"),
    ("Sở Lao động—Thương binh và Xã hội", "sở lao động-thương binh và xã hội"),
    ("Sở Văn hóa ‐ Thể thao\nvà Du lịch", "sở văn hóa - thể thao và du lịch"),
    ("UBND TỈNH ĐỒNG THÁP", "ubnd tỉnh đồng tháp"),
    ("İ Sở Y tế", "İ sở y tế"),  # (a capital whose lower case is two characters stays as written: offsets hold)
], ids=["en-dash", "em-dash", "hyphen-and-line-break", "capitals", "two-character-lower-case"])
def test_the_folded_text_is_lower_case_with_one_dash_and_one_line(text: str, folded: str) -> None:
    """The index searches a folded copy of the text: same length (offsets are the text's),
    lower case, every dash `-`, line breaks as spaces."""
    from pipeline.extract.agency_names import _fold

    assert _fold(text) == folded and len(_fold(text)) == len(text)


# The names regex is written as a trie of the lexicon's keys (`_word_trie`): it must find what
# the plain alternation of the keys, longest first, finds, at every place one starts.
def _plain_names_regex() -> re.Pattern[str]:
    from pipeline import lexicon
    from pipeline.extract.agency_names import _names_pattern

    keys = sorted(_names_pattern()[1], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(lexicon.NAME_GAP.join(map(re.escape, k.split(" "))) for k in keys) + r")(?!\w)")


def _every_match(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    out, m = [], pattern.search(text)
    while m:
        out.append(m.span())
        m = pattern.search(text, m.start() + 1)
    return out


TRIE_FRAGMENTS = {
    "longer-name-over-its-prefix": "giao sở y tế tỉnh chủ trì, phối hợp với sở tài chính",
    "prefix-before-a-word": "sở y tếx và sở y tế",
    "separators-between-words": "sở lđ-tb&xh, sở lao động - thương binh và xã hội",
    "wrapped-over-a-line": "ủy ban nhân dân\ntỉnh và ban chỉ đạo",
    "wide-gap": "sở tài" + " " * 40 + "chính",
    "inside-a-word": "nhiệmsở ubndx bộ công an",
    "cut-at-the-end": "bộ công an và bộ công",
}


@pytest.mark.parametrize("text", list(TRIE_FRAGMENTS.values()), ids=list(TRIE_FRAGMENTS))
def test_the_names_trie_finds_what_the_plain_alternation_finds(text: str) -> None:
    from pipeline.extract.agency_names import _names_pattern

    trie, plain = _names_pattern()[0], _plain_names_regex()
    assert _every_match(trie, text) == _every_match(plain, text)
    assert _every_match(plain, text)  # (each fragment holds a name)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["sở", "y", "tế", "tài", "chính", "ban", "chỉ", "đạo", "ubnd", "tỉnh", "công", "an",
                                 "bộ", "lao", "động", "thương", "binh", "và", "xã", "hội", "x", " ", "  ", "-", ",",
                                 " & ", "\n", ".", "đ"]), max_size=25))
def test_the_names_trie_finds_what_the_plain_alternation_finds_anywhere(pieces: list[str]) -> None:
    from pipeline.extract.agency_names import _names_pattern

    text = "".join(pieces)
    assert _every_match(_names_pattern()[0], text) == _every_match(_plain_names_regex(), text)


@pytest.mark.parametrize("text", ["các sở, ban, ngành có liên quan", "ubnd các huyện, thị xã, thành phố",
                                  "ủy ban nhân dân các xã", "các cơ quan, đơn vị", "sở y tế", "tổ chức thực hiện",
                                  "các", "ubnd tỉnh", ""])
def test_the_collective_references_match_where_one_of_their_regexes_does(text: str) -> None:
    """`may_lead` asks one alternation of the collective references' regexes whether one
    matches where a stretch opens (cut anywhere): it must say what asking each one says."""
    from pipeline.extract.agency_names import _any_generic_entry, _entries

    for cut in range(len(text) + 1):
        assert bool(_any_generic_entry().match(text, 0, cut)) == any(p.match(text, 0, cut) for _, p in _entries())


# A head word followed by words in lower case is mostly no name (`Ban hành`, `Bộ trưởng`, `Báo
# cáo`): `_head_word_name` then skips underthesea's segmentation, and must read what it reads
# with it. (Real fragments; `True`: the skipped kind.)
HEAD_WORD_TAILS = {
    "ban-hanh-000": ("Ban hành kèm theo Quyết định số 12/QĐ-UBND", True),
    "bo-truong-005": ("Bộ trưởng Bộ Lao động - Thương binh và Xã hội", True),
    "bao-cao-001": ("Báo cáo kết quả thực hiện về Sở Y tế", True),
    "doi-kiem-tra-lien-nganh-000": ("Đội kiểm tra liên ngành về phòng, chống tệ nạn mại dâm", True),
    "doi-kiem-tra-cap-tinh-000": ("Đội kiểm tra liên ngành cấp tỉnh", True),
    "level-first-000": ("Ban Chỉ đạo các huyện, thị xã, thành phố", False),
    "national-level-000": ("Ban Chỉ đạo quốc gia về tìm kiếm, quy tập hài cốt liệt sĩ", False),
    "connector-after-bao-000": ("Báo và Phát thanh, Truyền hình Cần Thơ", False),
    "capitalised-000": ("Hội Cựu chiến binh tỉnh", False),
    "council-level-000": ("Hội đồng nhân dân tỉnh", False),
}


@pytest.mark.parametrize(("text", "skipped"), list(HEAD_WORD_TAILS.values()), ids=list(HEAD_WORD_TAILS))
def test_a_head_word_name_read_without_segmenting_is_the_one_read_with_it(text: str, skipped: bool,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.extract import agency_names

    cut = agency_names._head_word_cut(text, 0, len(text))
    assert cut is not None
    tail = text[agency_names._HEAD.match(text).end():cut][:120].strip()
    assert agency_names._may_take_words(tail) is not skipped
    fast = agency_names._head_word_name(text, 0, cut)
    monkeypatch.setattr(agency_names, "_may_take_words", lambda _: True)
    assert agency_names._head_word_name(text, 0, cut) == fast


_BLANK_TEXTS = st.text(alphabet="ab \t\n\u00a0\u3000\u2028đ", max_size=80) | st.lists(
    st.sampled_from(["Sở", " ", " " * 7, " " * 33]), max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(_BLANK_TEXTS)
def test_the_longest_run_of_blanks_is_the_one_the_regex_finds(text: str) -> None:
    """The index measures a text's longest run of blanks (how far a name may reach) by looking
    for runs of spaces when the text is printable: it must be what the regex finds."""
    from pipeline.extract.agency_names import _SPACE_RUNS, _longest_blank_run

    assert _longest_blank_run(text) == max(map(len, _SPACE_RUNS.findall(text)), default=1)


def _runs_shared_one_by_one(text: str, names: list) -> list:
    """The names with `_share_level` applied to every run in turn, as each name is read (the
    plain reading `_share_levels_in_runs` must equal)."""
    from pipeline.extract.agency_names import _SEPARATOR, _share_level, _share_owner

    out: list = []
    run: list = []
    for name in names:
        gap = text[run[-1].end:name.start] if run else ""
        if run and (";" in gap or not _SEPARATOR.fullmatch(gap)):
            out.extend(_share_level(run))
            run = []
        run.append(name)
    out.extend(_share_level(run))
    return _share_owner(text, out)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([", ", " và ", "; ", " hướng dẫn ", " ", ", Giám đốc ", "\n"]),
                          st.sampled_from(["Ủy ban Mặt trận Tổ quốc Việt Nam", "Sở Y tế", "Hội Nông dân", "UBND các xã",
                                           "các tổ chức chính trị - xã hội huyện", "Đoàn Thanh niên tỉnh"]),
                          st.booleans()), max_size=8))
def test_levels_shared_around_bare_names_are_those_of_every_run(parts: list[tuple[str, str, bool]]) -> None:
    """A level written once after a list applies to its bare names; the runs are looked for only
    around bare names: the same names as sharing every run in turn."""
    from pipeline.extract.agency_names import AgencyName, _share_levels_in_runs

    text, names = "", []
    for gap, written, bare in parts:
        text += gap
        names.append(AgencyName(len(text), len(text) + len(written), written, written, bare=bare))
        text += written
    assert _share_levels_in_runs(text, names) == _runs_shared_one_by_one(text, names)
