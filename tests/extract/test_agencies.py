"""Which bodies get an Agency record, with which roles and mentions (fragments from 000)."""

from __future__ import annotations

import re

import pytest

from pipeline.extract.agency_names import AgencyIndex
from pipeline.extract.agencies import _REPORTS_TO, extract_agencies
from pipeline.extract.context import DocContext, simple_context
from pipeline.extract.deadlines import extract_deadlines
from pipeline.extract.tasks import extract_tasks
from pipeline.models import Metadata
from pipeline.parse.sections import segment

TEXT = """Căn cứ Quyết định số 808/QĐ-LĐTĐ ngày 05/9/2022 của Bộ Lao động - Thương binh và Xã hội;

I. NỘI DUNG

1. Kiểm tra các cơ sở kinh doanh dịch vụ.

- Cơ quan chủ trì: Công an tỉnh.

- Cơ quan phối hợp: Sở Văn hóa - Thể thao và Du lịch; UBND các huyện, thị xã, thành phố.

- Cơ quan tham mưu: Sở LĐTBXH tham mưu thành lập Đoàn kiểm tra liên ngành cấp tỉnh.

II. TỔ CHỨC THỰC HIỆN

Các sở, ngành gửi báo cáo về Sở Lao động - Thương binh và Xã hội để tổng hợp, báo cáo Chủ tịch UBND tỉnh, Bộ Lao động - Thương binh và Xã hội trước ngày 15/6/2023.

Nơi nhận:
- Bộ Lao động - TB và Xã hội (để b/c);
- Lưu: VT.
"""
META = Metadata(plan_year=2023, province="Thanh Hóa", admin_level="province", issuer="UBND tỉnh Thanh Hóa")


def agencies() -> dict[str, tuple[list[str], bool, int]]:
    base = simple_context(TEXT)
    ctx = DocContext(TEXT, base.locate, META, tuple(segment(TEXT, base.locate)))
    found = extract_agencies(ctx, extract_tasks(ctx, extract_deadlines(ctx)))
    for a in found:
        for m in a.mentions:
            assert TEXT[m.span[0]:m.span[1]] == m.text
    return {a.canonical: (list(a.roles), a.generic, len(a.mentions)) for a in found}


def test_roles_come_from_tasks_header_reports_and_recipients() -> None:
    got = agencies()
    assert got["Công an tỉnh"][0] == ["lead"]
    assert got["Sở Văn hóa, Thể thao và Du lịch"][0] == ["partner"]
    assert got["Sở Lao động - Thương binh và Xã hội"][0] == ["advisor", "reports_to"]
    assert got["UBND tỉnh Thanh Hóa"][0] == ["issuer", "reports_to"]
    assert got["Bộ Lao động - Thương binh và Xã hội"][0] == ["recipient", "reports_to"]


def test_one_record_per_body_however_spelled() -> None:
    got = agencies()
    assert got["Sở Lao động - Thương binh và Xã hội"][2] == 2  # `Sở LĐTBXH` and the full name
    assert got["Bộ Lao động - Thương binh và Xã hội"][2] == 3  # the citation, the report line, Nơi nhận


def test_tasks_and_agencies_share_one_search_of_the_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tasks extractor (labelled lines, paragraphs) and the agencies extractor (the body,
    the report clauses, Nơi nhận) ask about many stretches of one plan; the names regex reads
    the whole text once for both (`DocContext.agency_names`), not once per stretch."""
    whole: list[tuple[int, int]] = []
    search = AgencyIndex._search_names

    def counting(self: AgencyIndex, pos: int, endpos: int) -> list:  # type: ignore[type-arg]
        if self.text is TEXT and (pos, endpos) == (0, len(TEXT)):
            whole.append((pos, endpos))
        return search(self, pos, endpos)

    monkeypatch.setattr(AgencyIndex, "_search_names", counting)
    base = simple_context(TEXT)
    ctx = DocContext(TEXT, base.locate, META, tuple(segment(TEXT, base.locate)))
    tasks = extract_tasks(ctx, extract_deadlines(ctx))
    assert tasks and extract_agencies(ctx, tasks)
    assert whole == [(0, len(TEXT))]


def test_collective_references_are_generic() -> None:
    assert agencies()["UBND các huyện, thị xã, thành phố"][1] is True


def test_a_cited_documents_issuer_alone_is_no_agency() -> None:
    text = TEXT.replace("Bộ Lao động - Thương binh và Xã hội trước", "trước").replace(
        "- Bộ Lao động - TB và Xã hội (để b/c);\n", "")
    base = simple_context(text)
    ctx = DocContext(text, base.locate, META, tuple(segment(text, base.locate)))
    names = {a.canonical for a in extract_agencies(ctx, extract_tasks(ctx, extract_deadlines(ctx)))}
    assert "Bộ Lao động - Thương binh và Xã hội" not in names


REPORT_CLAUSES = [
    TEXT,
    "Định kỳ BÁO CÁO UBND tỉnh; Gửi kết quả về Sở Y tế. gửi về Công an huyện",
    "xbáo cáo, Báo Cáo Sở Tư pháp; gửi báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Nội vụ)",
    "báo cáo\nSở Tài chính; cáo báo; gửi\nvề Văn phòng",
]


@pytest.mark.parametrize("text", REPORT_CLAUSES, ids=["plan", "capitals", "glued-and-long", "line-breaks"])
def test_the_report_clause_pattern_finds_what_its_plain_form_finds(text: str) -> None:
    """`_REPORTS_TO` opens with a class of its first letters (so `re` skips ahead to them): it
    matches where its plain case-insensitive form with `\\b` does."""
    plain = re.compile(r"(?i)\b(?:báo cáo|gửi(?:\s+(?:báo cáo|kết quả))?(?:\s+[^.;\n]{0,80}?)?\s+về)\s+")
    expected = [m.span() for m in plain.finditer(text)]
    assert expected
    assert [m.span() for m in _REPORTS_TO.finditer(text)] == expected
