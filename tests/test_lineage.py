"""Plan lineage: which plan of a batch implements which. A plan number is unique only within
its issuer (every province's People's Committee numbers its plans from 1 each year), so a
citation links to a document of the batch only when type, number, year (when written) and
issuer agree; a local number cited without an issuer links only to the one such document of
the citing plan's own province. Every item of `Thực hiện A, B và C` is `implements`."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.compare import lineage, lineage_by_document
from pipeline.models import Citation, Document, Metadata, Source


def _doc(doc_id: str, number: str | None, issuer: str | None, province: str | None, level: str, date: str | None,
         doc_type: str = "Kế hoạch", body: str = "", citations: tuple[dict, ...] = ()) -> Document:
    """A document whose text is its body; each citation's `text` is found in the body for its span."""
    records = []
    for c in citations:
        start = body.index(c["text"])
        records.append(Citation(span=(start, start + len(c["text"])), **{"relation": "implements", **c}))
    return Document(doc_id=doc_id, source=Source(path=f"{doc_id}.txt", sha256="0" * 64, format="txt"), text=body,
                    metadata=Metadata(doc_number=number, doc_type=doc_type, issuer=issuer, province=province,
                                      admin_level=level, issue_date=date), citations=records)


def _cite(text: str, number: str, symbol: str, issuer: str | None = None, date: str | None = None,
          doc_type: str = "Kế hoạch", relation: str = "implements") -> dict:
    return {"text": text, "doc_type": doc_type, "number": number, "symbol": symbol, "canonical_id": f"{number}/{symbol}",
            "date": date, "issuer": issuer, "relation": relation}


BCA = _doc("bo-cong-an", "45/KH-BCA", "Bộ Công an", None, "national", "2024-01-10")
LANG_SON = _doc("lang-son", "76/KH-UBND", "UBND tỉnh Lạng Sơn", "Lạng Sơn", "province", "2024-03-29")
CAN_THO = _doc("can-tho", "76/KH-UBND", "UBND thành phố Cần Thơ", "Cần Thơ", "province", "2024-04-02")

CHI_LANG_BODY = ("Thực hiện Kế hoạch số 76/KH-UBND ngày 29/3/2024 của UBND tỉnh Lạng Sơn về phòng, chống mại dâm "
                 "năm 2024, UBND huyện Chi Lăng ban hành Kế hoạch như sau:")
CHI_LANG = _doc("chi-lang", "12/KH-UBND", "UBND huyện Chi Lăng", "Lạng Sơn", "district", "2024-04-10",
                body=CHI_LANG_BODY, citations=(_cite("Kế hoạch số 76/KH-UBND ngày 29/3/2024 của UBND tỉnh Lạng Sơn",
                                                     "76", "KH-UBND", "UBND tỉnh Lạng Sơn", "2024-03-29"),))


def _links(*docs: Document) -> list[tuple[str, str, str]]:
    frame = lineage({d.doc_id: d for d in docs})
    return [tuple(r) for r in frame[["child", "relation", "parent"]].values.tolist()]


def test_number_issuer_and_year_agreeing_link_the_district_to_its_own_province() -> None:
    """Lạng Sơn and Cần Thơ both numbered a plan 76/KH-UBND: only Lạng Sơn's is cited."""
    assert _links(LANG_SON, CAN_THO, CHI_LANG) == [("chi-lang", "implements", "lang-son")]
    frame = lineage({d.doc_id: d for d in (LANG_SON, CAN_THO, CHI_LANG)})
    assert frame.evidence[0] == CHI_LANG_BODY
    assert frame.match[0] == "number, type, year and issuer"


@pytest.mark.parametrize(
    ("body", "cite", "parents"),
    [
        pytest.param("Thực hiện Kế hoạch số 76/KH-UBND của UBND tỉnh Lạng Sơn năm 2023.",
                     _cite("Kế hoạch số 76/KH-UBND của UBND tỉnh Lạng Sơn", "76", "KH-UBND", "UBND tỉnh Lạng Sơn",
                           "2023-03-29"), [], id="another-year"),
        pytest.param("Thực hiện Quyết định số 76/QĐ-UBND ngày 29/3/2024 của UBND tỉnh Lạng Sơn.",
                     _cite("Quyết định số 76/QĐ-UBND ngày 29/3/2024 của UBND tỉnh Lạng Sơn", "76", "QĐ-UBND",
                           "UBND tỉnh Lạng Sơn", "2024-03-29", "Quyết định"), [], id="another-symbol"),
        pytest.param("Thực hiện Chỉ thị số 76/KH-UBND ngày 29/3/2024 của UBND tỉnh Lạng Sơn.",
                     _cite("Chỉ thị số 76/KH-UBND ngày 29/3/2024 của UBND tỉnh Lạng Sơn", "76", "KH-UBND",
                           "UBND tỉnh Lạng Sơn", "2024-03-29", "Chỉ thị"), [], id="another-type"),
        pytest.param("Thực hiện Kế hoạch số 76/KH-UBND ngày 29/3/2024 của UBND tỉnh Bắc Giang.",
                     _cite("Kế hoạch số 76/KH-UBND ngày 29/3/2024 của UBND tỉnh Bắc Giang", "76", "KH-UBND",
                           "UBND tỉnh Bắc Giang", "2024-03-29"), [], id="a-province-not-in-the-batch"),
        pytest.param("Thực hiện Kế hoạch số 76/KH-UBND ngày 29/3/2024 của UBND tỉnh,",
                     _cite("Kế hoạch số 76/KH-UBND ngày 29/3/2024 của UBND tỉnh", "76", "KH-UBND", "UBND tỉnh",
                           "2024-03-29"), ["lang-son"], id="bare-ubnd-tinh-is-the-own-province"),
        pytest.param("Thực hiện Kế hoạch số 76/KH-UBND ngày 15/01/2024 của UBND tỉnh Lạng Sơn.",
                     _cite("Kế hoạch số 76/KH-UBND ngày 15/01/2024 của UBND tỉnh Lạng Sơn", "76", "KH-UBND",
                           "UBND tỉnh Lạng Sơn", "2024-01-15"), [], id="same-year-another-date"),
        pytest.param("Thực hiện Kế hoạch số 76/KH-UBND,",
                     _cite("Kế hoạch số 76/KH-UBND", "76", "KH-UBND"),
                     [], id="no-issuer-two-provinces-share-the-number"),
        pytest.param("Thực hiện Kế hoạch số 76/KH-UBND ngày 29/3/2024,",
                     _cite("Kế hoạch số 76/KH-UBND ngày 29/3/2024", "76", "KH-UBND", None, "2024-03-29"),
                     ["lang-son"], id="no-issuer-the-full-date-leaves-one-of-the-own-province"),
        pytest.param("Thực hiện Kế hoạch số 0076/KH-UBND ngày 29/3/2024 của Ủy ban nhân dân tỉnh Lạng Sơn,",
                     _cite("Kế hoạch số 0076/KH-UBND ngày 29/3/2024 của Ủy ban nhân dân tỉnh Lạng Sơn", "0076",
                           "KH-UBND", "Ủy ban nhân dân tỉnh Lạng Sơn", "2024-03-29"), ["lang-son"],
                     id="leading-zero-and-issuer-spelt-out"),
    ],
)
def test_a_plan_number_shared_by_two_provinces_links_only_where_everything_agrees(
        body: str, cite: dict, parents: list[str]) -> None:
    child = _doc("chi-lang", "12/KH-UBND", "UBND huyện Chi Lăng", "Lạng Sơn", "district", "2024-04-10",
                 body=body, citations=(cite,))
    assert [p for _, _, p in _links(LANG_SON, CAN_THO, child)] == parents


def test_a_bare_ubnd_tinh_in_a_plan_of_unknown_province_links_to_none() -> None:
    """`của HĐND Thành phố` in a resolution whose city is not known is no issuer to match."""
    body = "theo Nghị quyết số 35/2025/NQ-HĐND của HĐND Thành phố quy định cơ chế"
    cite = _cite("Nghị quyết số 35/2025/NQ-HĐND của HĐND Thành phố", "35/2025", "NQ-HĐND", "HĐND Thành phố",
                 None, "Nghị quyết", "reference")
    child = _doc("nq-73", "73/2025/NQ-HĐND", None, None, "province", "2025-11-27", "Nghị quyết", body, (cite,))
    hue = _doc("hue-35", "35/2025/NQ-HĐND", "HĐND thành phố Huế", None, "province", "2025-11-18", "Nghị quyết")
    assert _links(hue, child) == []


def test_a_local_number_without_issuer_links_to_the_only_such_plan_of_its_own_province() -> None:
    body = "Thực hiện Kế hoạch số 76/KH-UBND ngày 29/3/2024,"
    cite = _cite("Kế hoạch số 76/KH-UBND ngày 29/3/2024", "76", "KH-UBND", None, "2024-03-29")
    in_lang_son = _doc("chi-lang", "12/KH-UBND", None, "Lạng Sơn", "district", "2024-04-10", body=body,
                       citations=(cite,))
    in_bac_giang = _doc("yen-the", "9/KH-UBND", None, "Bắc Giang", "district", "2024-04-10", body=body,
                        citations=(cite,))
    assert _links(LANG_SON, in_lang_son, in_bac_giang) == [("chi-lang", "implements", "lang-son")]


def test_a_national_number_needs_no_issuer_and_groups_the_provinces_implementing_it() -> None:
    body = "Thực hiện Kế hoạch số 45/KH-BCA ngày 10/01/2024, Kế hoạch số 7/KH-BCA và Kế hoạch số 9/KH-BCA,"
    cites = (_cite("Kế hoạch số 45/KH-BCA ngày 10/01/2024", "45", "KH-BCA", None, "2024-01-10"),
             _cite("Kế hoạch số 7/KH-BCA", "7", "KH-BCA"), _cite("Kế hoạch số 9/KH-BCA", "9", "KH-BCA"))
    seven = _doc("bca-7", "7/KH-BCA", "Bộ Công an", None, "national", "2023-12-01")
    lang_son = LANG_SON.model_copy(update={"text": body, "citations": [
        Citation(span=(body.index(c["text"]), body.index(c["text"]) + len(c["text"])), **c) for c in cites]})
    can_tho = CAN_THO.model_copy(update={"text": body, "citations": lang_son.citations})
    links = lineage({d.doc_id: d for d in (BCA, seven, lang_son, can_tho)})
    assert sorted(zip(links.child, links.parent)) == [("can-tho", "bca-7"), ("can-tho", "bo-cong-an"),
                                                      ("lang-son", "bca-7"), ("lang-son", "bo-cong-an")]
    grouped = lineage_by_document(links).set_index("parent")
    assert grouped.loc["bo-cong-an", "implemented_by"] == ["can-tho", "lang-son"]
    assert grouped.loc["bo-cong-an", "child_localities"] == ["Cần Thơ", "Lạng Sơn"]
    assert grouped.loc["bo-cong-an", "evidence"] == [body, body]
    assert grouped.loc["bo-cong-an", "plans"] == 2


def test_every_plan_of_thuc_hien_a_b_va_c_is_implemented(tmp_path: Path) -> None:
    """The citations extractor reads each item of `Thực hiện A, B và C` as `implements`;
    lineage links each to its plan."""
    from pipeline.stages import run

    text = ("ỦY BAN NHÂN DÂN HUYỆN CHI LĂNG\n\nSố: 12/KH-UBND\n\nChi Lăng, ngày 10 tháng 4 năm 2024\n\nKẾ HOẠCH\n"
            "Phòng, chống mại dâm năm 2024\n\n"
            "Thực hiện Kế hoạch số 76/KH-UBND ngày 29/3/2024 của UBND tỉnh Lạng Sơn, Kế hoạch số 80/KH-UBND ngày "
            "02/4/2024 của UBND tỉnh Lạng Sơn và Kế hoạch số 81/KH-UBND ngày 03/4/2024 của UBND tỉnh Lạng Sơn, UBND "
            "huyện Chi Lăng ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Nâng cao nhận thức.\n")
    (tmp_path / "chi-lang.txt").write_text(text, encoding="utf-8")
    child = run(tmp_path / "chi-lang.txt", "chi-lang")
    assert [(c.canonical_id, c.relation) for c in child.citations] == [
        ("76/KH-UBND", "implements"), ("80/KH-UBND", "implements"), ("81/KH-UBND", "implements")]
    parents = [LANG_SON,
               _doc("lang-son-80", "80/KH-UBND", "UBND tỉnh Lạng Sơn", "Lạng Sơn", "province", "2024-04-02"),
               _doc("lang-son-81", "81/KH-UBND", "UBND tỉnh Lạng Sơn", "Lạng Sơn", "province", "2024-04-03")]
    assert _links(child, *parents) == [("chi-lang", "implements", "lang-son"),
                                       ("chi-lang", "implements", "lang-son-80"),
                                       ("chi-lang", "implements", "lang-son-81")]
