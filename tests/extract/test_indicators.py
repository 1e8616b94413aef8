"""The indicator taxonomy as a specification: every real example is matched to its own indicator
(examples ↔ matching both ways), and the matching steps each have the drafting pattern they exist for."""

from __future__ import annotations

import pytest

from pipeline.extract.indicators import Taxonomy, annotate, bundled, unaccent
from pipeline.models import Target

TAXONOMY = bundled()
EXAMPLES = [(e.canonical, x) for e in TAXONOMY.entries for x in e.examples]


def test_the_taxonomy_covers_the_state_plan() -> None:
    assert len(TAXONOMY.codes) >= 150
    assert {"grdp_growth", "budget_revenue", "poverty_rate", "health_insurance_coverage", "hospital_beds",
            "new_rural_communes", "forest_cover", "digital_economy_share",
            "online_public_services_full"} <= TAXONOMY.codes


@pytest.mark.parametrize(("code", "example"), EXAMPLES, ids=[f"{c}:{i}" for i, (c, _) in enumerate(EXAMPLES)])
def test_every_example_is_matched_to_its_own_indicator(code: str, example: str) -> None:
    assert TAXONOMY.match(None, None, example) == code


@pytest.mark.parametrize("entry", TAXONOMY.entries, ids=lambda e: e.canonical)
def test_every_indicator_has_a_vietnamese_name_a_unit_and_a_provenance(entry: object) -> None:
    assert entry.name and entry.unit and entry.source in ("nsis", "vsdg", "plans")  # type: ignore[attr-defined]


MATCHES = {
    # a plan names what it counts first: the rehab centres, not the law they follow
    "first_named_wins_13": ("Phấn đấu 100% cơ sở cai nghiện ma túy công lập bảo đảm điều kiện theo quy định của Luật "
                            "Phòng, chống ma túy", "share", "drug_rehab", "variant"),
    "longer_of_two_at_one_place": ("Tỷ lệ hộ cận nghèo giảm 1%", "change", "near_poverty_rate", "variant"),
    "web_copy_without_tone_marks": ("Ty le ho ngheo da chieu giam binh quan 1%/nam", "change", "poverty_rate",
                                    "unaccented"),
}


@pytest.mark.parametrize(("text", "kind", "code", "rule"), list(MATCHES.values()), ids=list(MATCHES))
def test_matching_steps(text: str, kind: str, code: str, rule: str) -> None:
    found = TAXONOMY.match_detail(None, None, text, kind)
    assert (found.code, found.rule) == (code, rule)
    assert found.confidence is not None and 0 < found.confidence <= 1


def test_a_syllable_inside_another_word_is_not_a_match() -> None:
    # `xã` (commune) inside `xã hội` (social) is another word: underthesea's segmentation says so
    mine = Taxonomy.of([e for e in TAXONOMY.entries if e.canonical == "new_rural_communes"])
    assert mine.match_detail(None, None, "100% xa hoi hoa cong tac", "share").code is None


def test_a_number_alone_says_there_is_no_subject() -> None:
    found = TAXONOMY.match_detail(None, None, "100%", "share")
    assert (found.code, found.reason) == (None, "no_subject")


def test_a_count_is_not_a_share_of_localities() -> None:
    found = TAXONOMY.match_detail(None, None, "Tổ chức 05 hội nghị tuyên truyền cho cán bộ.", "count")
    assert (found.code, found.reason) == (None, "kind_mismatch")


def test_a_count_shorter_than_a_variant_is_not_fuzzily_that_variant_9b7e() -> None:
    assert TAXONOMY.match_detail(None, None, "11.400 doanh nghiệp", "count").code is None


def test_a_bare_table_cell_takes_its_rows_label_2edf() -> None:
    text = ("1\n\nTỉ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện.\n\n"
            "%\n\n100%\n\nVăn phòng Chính phủ")
    start = text.index("100%")
    cell = Target(span=(start, start + 4), text="100%", kind="share", value=100, unit="%")
    (got,) = annotate([cell], text)
    assert (got.indicator, got.indicator_rule) == ("online_public_services_full", "row_label")


def test_unaccent_keeps_d_apart_from_its_tone_marks() -> None:
    assert unaccent("Đường giao thông hoà") == "duong giao thong hoa"


def test_indicators_list_prints_the_taxonomy() -> None:
    import csv
    import io

    from typer.testing import CliRunner

    from pipeline.cli import app

    result = CliRunner().invoke(app, ["indicators", "--list", "--csv"])
    assert result.exit_code == 0, result.output
    rows = {r["code"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert len(rows) == len(TAXONOMY.codes)
    assert rows["poverty_rate"]["name"].startswith("Tỷ lệ hộ nghèo") and rows["poverty_rate"]["unit"] == "%"
    assert rows["localities_with_propaganda"]["kinds"] == "share, ratio"


def test_indicators_without_a_folder_or_list_is_a_usage_error() -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    assert CliRunner().invoke(app, ["indicators"]).exit_code == 2
