"""How Vietnamese plans number and nest their parts, and what kind each part is."""

from __future__ import annotations

import pytest

from pipeline import lexicon
from pipeline.models import Section
from pipeline.parse.sections import _MARKERS, _is_caps_heading, _markers_for, heading_kind, segment
from pipeline.parse.textmap import Located, spans_only as _locate


def outline(text: str) -> list[tuple[str, str | None, str | None, str, int]]:
    return [(s.id, s.number, s.heading, s.kind, s.level) for s in segment(text, _locate)]


# corpus/000 (Thanh Hóa 2023): Roman parts, decimal subsections, a) items, (1) activities.
THANH_HOA = """I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

Tạo sự đồng thuận, quyết tâm và chuyển biến mạnh mẽ về nhận thức.

2. Yêu cầu

II. NỘI DUNG THỰC HIỆN

1. Nâng cao hiệu quả công tác truyền thông, tuyên truyền

1.1. Chỉ tiêu

- Ít nhất 80% số xã, phường, thị trấn tổ chức được ít nhất một hình thức tuyên truyền;

1.2. Nhiệm vụ và giải pháp

a) Tuyên truyền

(1) Đa dạng hóa các hình thức tuyên truyền

III. KINH PHÍ THỰC HIỆN

IV. TỔ CHỨC THỰC HIỆN

1. Sở Lao động - Thương binh và Xã hội: Chủ trì, phối hợp với các sở, ngành

Nơi nhận:

- Bộ Lao động - TB và Xã hội (để b/c);

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Đầu Thanh Tùng"""


@pytest.mark.parametrize(
    "expected",
    [
        pytest.param(("I", "I.", "MỤC ĐÍCH, YÊU CẦU", "purpose", 1), id="roman-part"),
        pytest.param(("I.1", "1.", "Mục đích", "purpose", 2), id="decimal-under-roman"),
        pytest.param(("I.2", "2.", "Yêu cầu", "requirements", 2), id="sibling-decimal"),
        pytest.param(("II", "II.", "NỘI DUNG THỰC HIỆN", "tasks", 1), id="content-part-is-tasks"),
        pytest.param(("II.1.1", "1.1.", "Chỉ tiêu", "targets", 3), id="two-level-decimal-nests"),
        pytest.param(
            ("II.1.1.-1", "-", "Ít nhất 80% số xã, phường, thị trấn tổ chức được ít nhất một hình thức tuyên truyền",
             "targets", 4),
            id="dash-bullet-takes-parent-kind",
        ),
        pytest.param(("II.1.2", "1.2.", "Nhiệm vụ và giải pháp", "tasks", 3), id="tasks-heading"),
        pytest.param(("II.1.2.a", "a)", "Tuyên truyền", "tasks", 4), id="letter-item"),
        pytest.param(("II.1.2.a.1", "(1)", "Đa dạng hóa các hình thức tuyên truyền", "tasks", 5), id="paren-activity"),
        pytest.param(("III", "III.", "KINH PHÍ THỰC HIỆN", "budget", 1), id="budget-part"),
        pytest.param(("IV", "IV.", "TỔ CHỨC THỰC HIỆN", "organisation", 1), id="organisation-part"),
        pytest.param(
            ("IV.1", "1.", "Sở Lao động - Thương binh và Xã hội", "organisation", 2), id="agency-before-colon-is-heading"
        ),
        pytest.param(("recipients", None, "Nơi nhận", "recipients", 1), id="recipients"),
        pytest.param(("signature", None, "TM. ỦY BAN NHÂN DÂN", "signature", 1), id="one-signature-block"),
    ],
)
def test_thanh_hoa_outline(expected: tuple) -> None:
    assert expected in outline(THANH_HOA)


def test_signature_lines_make_one_section_that_holds_the_name() -> None:
    sections = segment(THANH_HOA, _locate)
    signatures = [s for s in sections if s.kind == "signature"]
    assert len(signatures) == 1
    start, end = signatures[0].span
    assert THANH_HOA[start:end].endswith("Đầu Thanh Tùng")


def test_sections_validated_as_a_list_are_the_models_built_one_by_one() -> None:
    """`segment` validates its sections as one list: each is the `Section` its fields make, with
    every field set (as the model's `__init__` given them all would leave it)."""
    sections = segment(THANH_HOA, lambda s, e: Located((s, e), 1, (s + 3, e + 3)))
    assert sections and all(type(s) is Section for s in sections)
    assert sections == [Section(**s.model_dump()) for s in sections]
    assert all(s.model_fields_set == set(Section.model_fields) for s in sections)
    assert (sections[0].page, sections[0].source_span) == (1, (sections[0].span[0] + 3, sections[0].span[1] + 3))


def test_a_section_runs_until_the_next_at_its_level() -> None:
    sections = {s.id: s for s in segment(THANH_HOA, _locate)}
    start, end = sections["I"].span
    assert THANH_HOA[start:end].startswith("I. MỤC ĐÍCH, YÊU CẦU")
    assert THANH_HOA[start:end].endswith("2. Yêu cầu")


# corpus/18 and 19: a Quyết định with articles, then the plan it issues.
DECISION = """Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Bảo vệ dữ liệu cá nhân.

Điều 2. Quyết định này có hiệu lực thi hành từ ngày ký ban hành.

KẾ HOẠCH

A. MỤC ĐÍCH, YÊU CẦU

B. NHIỆM VỤ

C. TỔ CHỨC THỰC HIỆN"""


@pytest.mark.parametrize(
    "expected",
    [
        pytest.param(
            ("Điều1", "Điều 1",
             "Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Bảo vệ dữ liệu cá nhân",
             "other", 1),
            id="article",
        ),
        pytest.param(("S3", None, "KẾ HOẠCH", "other", 1), id="attached-plan-caps-heading-is-third-top-part"),
        pytest.param(("S3.A", "A.", "MỤC ĐÍCH, YÊU CẦU", "purpose", 2), id="letter-part"),
        pytest.param(("S3.C", "C.", "TỔ CHỨC THỰC HIỆN", "organisation", 2), id="c-is-a-letter-not-roman-100"),
    ],
)
def test_decision_outline(expected: tuple) -> None:
    assert expected in outline(DECISION)


def test_preamble_lines_are_not_sections() -> None:
    assert all(not s.heading or not s.heading.startswith("Căn cứ") for s in segment(DECISION, _locate))


def test_body_start_skips_the_letterhead() -> None:
    text = "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\n\nKẾ HOẠCH\n\nTRIỂN KHAI THI HÀNH LUẬT\n\nI. MỤC ĐÍCH"
    body = text.index("I. MỤC")
    assert [s.id for s in segment(text, _locate, body_start=body)] == ["I"]


# corpus/004 (Chi Lăng 2024): the drafter numbered two parts IV.; both are kept, ids stay unique.
def test_duplicate_numbers_keep_unique_ids() -> None:
    ids = [s.id for s in segment("IV. KINH PHÍ\n\nIV. TỔ CHỨC THỰC HIỆN\n\n1. Công an huyện", _locate)]
    assert ids == ["IV", "IV'", "IV'.1"]


@pytest.mark.parametrize("line", [
    "Chương II. NHIỆM VỤ", "Điều 3. Tổ chức thực hiện", "II. NHIỆM VỤ", "IV.Giải pháp", "B. Nội dung", "C. Kinh phí",
    "1. Mục đích", "1.1. Chỉ tiêu", "2.3 Sở Y tế", "a) Tuyên truyền", "đ) Kiểm tra", "(1) Hằng năm", "1) Rà soát",
    "- Sở Tư pháp", "– Công an", "• Ban hành", "+ Tổ chức", "+Tổ chức", "Tổ chức thực hiện", "CĂN CỨ", "٣. Arabic-Indic",
    "(a) lettered", "", " 1. indented", "X. Mười", "ĐIỀU 1",
], ids=lambda line: line[:12] or "empty")
def test_a_line_is_tried_only_against_the_styles_its_first_character_can_open(line: str) -> None:
    """The marker styles tried on a line, picked by its first character, find what trying all
    of them in order finds."""
    assert [name for name, p in _markers_for(line) if p.match(line)] == [name for name, p in _MARKERS if p.match(line)]


def test_a_number_repeated_at_one_level_takes_one_mark_more_each_time_made() -> None:
    """Appendices that restart at `I.` under no common parent: `I`, `I'`, `I''`, and their items
    under each (`I'.1`), each id unique in the document."""
    text = "I. MỤC TIÊU\n\n1. Chỉ tiêu\n\nI. NHIỆM VỤ\n\n1. Tuyên truyền\n\nI. KINH PHÍ\n\n1. Nguồn vốn"
    assert [s.id for s in segment(text, _locate)] == ["I", "I.1", "I'", "I'.1", "I''", "I''.1"]


@pytest.mark.parametrize(("line", "caps"), [
    pytest.param("PHỤ LỤC I", True, id="appendix"),
    pytest.param("TỔ CHỨC THỰC HIỆN", True, id="caps-heading"),
    pytest.param("KINH PHÍ 2025", True, id="caps-with-digits"),
    pytest.param("Tổ chức thực hiện", False, id="sentence-case"),
    pytest.param("UBND tỉnh", False, id="lowercase-after-capitals"),
    pytest.param("THÀNH PHỐ HỒ CHÍ MINH,", False, id="runs-on-with-comma"),
    pytest.param("MỤC TIÊU;", False, id="runs-on-with-semicolon"),
    pytest.param("ĐỀ ÁN", False, id="under-six-letters"),
    pytest.param("A" * 121, False, id="a-paragraph"),
])
def test_a_caps_heading_is_a_short_line_of_six_capitals_or_more(line: str, caps: bool) -> None:
    assert _is_caps_heading(line) is caps


def _kind_by_every_length(heading: str) -> str | None:
    """The plain reading of `heading_kind`: every variant length, longest first."""
    kinds, lengths = lexicon.variant_index("section_kinds")
    folded = lexicon.fold(heading)
    for n in lengths:
        if n <= len(folded) and (n == len(folded) or not folded[n].isalnum()) and folded[:n] in kinds:
            return kinds[folded[:n]]
    return None


@pytest.mark.parametrize("heading", [
    "CHỈ TIÊU CÁC NỘI DUNG THỰC HIỆN", "Dự toán kinh phí Quan trắc, cảnh báo môi trường các vùng nuôi trồng",
    "NỘI DUNG GIÁM SÁT, ĐÁNH GIÁ", "CHẾ ĐỘ BÁO CÁO", "Mục tiêu cụ thể đến năm 2035", "QUAN ĐIỂM",
    "Mục tiêu", "MỤC TIÊU_2", "Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội", "STT 12, PL 2, QĐ 66",
])
def test_a_heading_kind_is_read_from_the_prefixes_that_end_a_word(heading: str) -> None:
    """Only prefixes ending where a word ends are looked up: the same kind as trying every
    variant length of the lexicon."""
    assert heading_kind.__wrapped__(heading) == _kind_by_every_length(heading)
