"""`kehoach compare` and `pipeline.to_frames` on a small batch: a province plan and the
district plan that implements it, both committing communes to propaganda."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import pipeline
from pipeline.cli import app
from pipeline.compare import bounds, commitments, normalised_unit

runner = CliRunner()

PROVINCE = """ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN

Số: 76/KH-UBND

Lạng Sơn, ngày 29 tháng 3 năm 2024

KẾ HOẠCH
Thực hiện công tác phòng, chống mại dâm năm 2024

I. MỤC ĐÍCH, YÊU CẦU

1. Nâng cao nhận thức.

II. NHIỆM VỤ

1. Tuyên truyền

1.1. Chỉ tiêu

- Ít nhất 80% số xã, phường, thị trấn tổ chức được ít nhất một hình thức tuyên truyền về phòng, chống mại dâm.

- 100% tin báo, tố giác về mại dâm được tiếp nhận, xử lý.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn A
"""

DISTRICT = """ỦY BAN NHÂN DÂN HUYỆN CHI LĂNG

Số: 12/KH-UBND

Chi Lăng, ngày 10 tháng 4 năm 2024

KẾ HOẠCH
Thực hiện công tác phòng, chống mại dâm năm 2024

Thực hiện Kế hoạch số 76/KH-UBND ngày 29/3/2024 của UBND tỉnh Lạng Sơn, UBND huyện Chi Lăng ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Nâng cao nhận thức.

II. NHIỆM VỤ

1. Tuyên truyền

1.1. Chỉ tiêu

- Ít nhất 20% số xã, thị trấn tổ chức được ít nhất một hình thức tuyên truyền về phòng, chống mại dâm.

- Tổ chức 05 hội nghị tuyên truyền cho cán bộ.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn B
"""


def _batch(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "lang-son.txt").write_text(PROVINCE, encoding="utf-8")
    (src / "chi-lang.txt").write_text(DISTRICT, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(src), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out


def test_compare_lines_up_the_indicator_keeping_comparators(tmp_path: Path) -> None:
    out, dest = _batch(tmp_path), tmp_path / "compare"
    result = runner.invoke(app, ["compare", str(out), "-o", str(dest)])
    assert result.exit_code == 0, result.output
    tidy = pd.read_parquet(dest / "targets_tidy.parquet")
    propaganda = tidy[tidy.indicator == "localities_with_propaganda"].set_index("locality")
    assert propaganda.loc["Lạng Sơn", "commitment"] == "≥ 80 %"
    assert propaganda.loc["Chi Lăng", "commitment"] == "≥ 20 %"
    assert tidy.indicator.isna().any()  # the conference count has no indicator, and is kept
    wide = pd.read_csv(dest / "targets_wide.csv").set_index("indicator")
    assert wide.loc["localities_with_propaganda", "Chi Lăng 2024"] == "≥ 20 %"
    assert (dest / "charts" / "localities_with_propaganda.png").stat().st_size > 0
    assert (dest / "charts" / "localities_with_propaganda.svg").exists()


def test_lineage_resolves_the_plan_a_district_implements(tmp_path: Path) -> None:
    out, dest = _batch(tmp_path), tmp_path / "compare"
    runner.invoke(app, ["compare", str(out), "-o", str(dest)])
    links = pd.read_csv(dest / "lineage.csv")
    assert links[["child", "relation", "parent"]].values.tolist() == [["chi-lang", "implements", "lang-son"]]
    side = pd.read_csv(dest / "lineage_targets.csv").set_index("indicator")
    assert side.loc["localities_with_propaganda", ["child_commitment", "parent_commitment"]].tolist() == [
        "≥ 20 %", "≥ 80 %"]


def test_to_frames_gives_the_csv_tables(tmp_path: Path) -> None:
    out = _batch(tmp_path)
    frames = pipeline.to_frames(out)
    csv_out = tmp_path / "csv"
    runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(csv_out), "-f", "csv", "-q"])
    for table in ("documents", "targets", "tasks", "task_agencies", "citations"):
        assert list(frames[table].columns) == list(pd.read_csv(csv_out / f"{table}.csv").columns)
    assert len(frames["documents"]) == 2


def test_compare_on_a_folder_without_output_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["compare", str(tmp_path), "-o", str(tmp_path / "c")])
    assert result.exit_code == 2


def test_overview_stacks_the_chosen_indicators(tmp_path: Path) -> None:
    out, dest = _batch(tmp_path), tmp_path / "compare"
    result = runner.invoke(app, ["compare", str(out), "-o", str(dest), "-i", "localities_with_propaganda"])
    assert result.exit_code == 0, result.output
    svg = (dest / "charts" / "overview.svg").read_text(encoding="utf-8")
    assert "localities_with_propaganda" in svg and "Lạng Sơn" in svg and "Chi Lăng" in svg


def test_an_indicator_the_batch_does_not_have_is_a_usage_error_naming_the_valid_ones(tmp_path: Path) -> None:
    out, dest = _batch(tmp_path), tmp_path / "compare"
    result = runner.invoke(app, ["compare", str(out), "-o", str(dest), "-i", "staff_traned"])
    assert result.exit_code == 2
    assert "staff_traned" in result.output and "localities_with_propaganda" in result.output
    assert not dest.exists()


USER_TAXONOMY = """- canonical: propaganda_conferences
  kinds: [count]
  variants: ["hội nghị tuyên truyền"]
  examples: ["- Tổ chức 05 hội nghị tuyên truyền cho cán bộ."]
"""


def test_a_users_taxonomy_file_lines_up_an_indicator_the_package_does_not_have(tmp_path: Path) -> None:
    out, dest = _batch(tmp_path), tmp_path / "compare"
    mine = tmp_path / "mine.yaml"
    mine.write_text(USER_TAXONOMY, encoding="utf-8")
    result = runner.invoke(app, ["compare", str(out), "-o", str(dest), "--taxonomy", str(mine)])
    assert result.exit_code == 0, result.output
    tidy = pd.read_parquet(dest / "targets_tidy.parquet")
    conferences = tidy[tidy.indicator == "propaganda_conferences"]
    assert conferences[["locality", "commitment"]].values.tolist() == [["Chi Lăng", "5 hội nghị"]]
    assert (tidy.indicator == "localities_with_propaganda").sum() == 2  # the bundled codes stay


def test_a_taxonomy_file_whose_example_its_variants_miss_is_a_usage_error(tmp_path: Path) -> None:
    out = _batch(tmp_path)
    bad = tmp_path / "bad.yaml"
    bad.write_text(USER_TAXONOMY.replace("- Tổ chức 05 hội nghị tuyên truyền", "- Tổ chức 05 lớp tập huấn"),
                   encoding="utf-8")
    result = runner.invoke(app, ["indicators", str(out), "--taxonomy", str(bad)])
    assert result.exit_code == 2
    assert "bad.yaml" in result.output and "propaganda_conferences" in result.output


def test_every_bar_names_its_target_year_and_links_to_its_sentence_in_the_report(tmp_path: Path) -> None:
    out, dest = _batch(tmp_path), tmp_path / "compare"
    runner.invoke(app, ["compare", str(out), "-o", str(dest), "-i", "localities_with_propaganda"])
    svg = (dest / "charts" / "overview.svg").read_text(encoding="utf-8")
    tidy = pd.read_parquet(dest / "targets_tidy.parquet")
    record = tidy[(tidy.locality == "Lạng Sơn") & (tidy.indicator == "localities_with_propaganda")].record.item()
    assert f'xlink:href="../../report/docs/lang-son.html#r-{record}"' in svg
    assert "→ 2024" in svg  # the target year, on the bar
    assert "Tỷ lệ xã, huyện tổ chức tuyên truyền" in svg  # the Vietnamese name, in the title
    assert "Chi Lăng (Lạng Sơn)" in svg and "huyện 2024" in svg  # the plan's province and level


@pytest.mark.parametrize(("value", "value_max", "comparator", "denominator", "expected"), [
    (80, None, ">=", None, (80, None)),   # `Ít nhất 80%`: a floor
    (5, None, "<=", None, (None, 5)),     # `dưới 5%`: a ceiling
    (3, 5, "range", None, (3, 5)),        # `Tăng 3-5%`
    (100, None, "=", None, (100, 100)),   # `100% tin báo … được tiếp nhận`
    (5, None, None, 11, (500 / 11, 500 / 11)),  # `05/11 huyện, thành phố`: the share it is
], ids=["floor", "ceiling", "range", "point", "ratio"])
def test_a_commitment_is_compared_by_its_low_and_high(value: float, value_max: float | None, comparator: str | None,
                                                      denominator: float | None, expected: tuple) -> None:
    assert bounds(value, value_max, comparator, denominator) == pytest.approx(expected)


def test_an_appendix_restating_a_target_is_one_commitment_with_both_spans() -> None:
    row = {"indicator": "online_public_services_full", "doc_id": "2edf", "target_year": 2027, "low": 100.0,
           "high": 100.0, "comparator": None, "unit_normalised": "%", "locality": "Việt Nam", "commitment": "100 %"}
    tidy = pd.DataFrame([{**row, "span_start": 10, "span_end": 90, "record": "targets-0"},
                         {**row, "span_start": 5000, "span_end": 5004, "record": "targets-26"},
                         {**row, "target_year": 2030, "span_start": 6000, "span_end": 6004, "record": "targets-40"}])
    merged = commitments(tidy)
    assert merged[["target_year", "spans", "restated"]].values.tolist() == [[2027, "10-90; 5000-5004", 1],
                                                                           [2030, "6000-6004", 0]]


@pytest.mark.parametrize(("unit", "kind", "text", "expected"), [
    ("%", "share", "Tỷ lệ hộ nghèo giảm 1%", "%"),
    ("giường bệnh", "count", "Đạt 32 giường bệnh/vạn dân", "per 10,000 people"),
    ("người", "count", "giải quyết việc làm cho 59.000 người", "people"),
    ("xã", "count", "Có thêm 12 xã đạt chuẩn nông thôn mới", "communes"),
    ("trường", "count", "Xây dựng 05 trường đạt chuẩn quốc gia", "schools"),
], ids=["share", "per_10000", "people", "communes", "schools"])
def test_units_are_normalised(unit: str, kind: str, text: str, expected: str) -> None:
    assert normalised_unit(unit, kind, text) == expected


def test_a_bar_links_to_the_page_the_report_wrote_even_when_names_are_alike(tmp_path: Path) -> None:
    """`lang son` and `lang_son` sanitise to one file name; the report then suffixes both, and
    a chart's link must name the page the report actually wrote."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "lang son.txt").write_text(PROVINCE, encoding="utf-8")
    (src / "lang_son.txt").write_text(DISTRICT, encoding="utf-8")
    out, dest, site = tmp_path / "out", tmp_path / "compare" / "x", tmp_path / "compare" / "report"
    assert runner.invoke(app, ["extract", str(src), "-o", str(out), "-q"]).exit_code == 0
    assert runner.invoke(app, ["report", str(out), "-o", str(site)]).exit_code == 0
    assert runner.invoke(app, ["compare", str(out), "-o", str(dest), "-i", "localities_with_propaganda"]).exit_code == 0
    svg = (dest / "charts" / "overview.svg").read_text(encoding="utf-8")
    pages = re.findall(r'xlink:href="\.\./\.\./report/docs/([^"#]+)#', svg)
    assert pages and all((site / "docs" / page).exists() for page in pages)
