"""`kehoach report`: the evidence viewer opened from disk in a real headless browser (Debian's
chromium, driven by Playwright), a record clicked and its span checked as lit."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from tests.test_compare import PROVINCE

runner = CliRunner()
CHROMIUM = "/usr/bin/chromium"
# flags a sandboxed, offline machine needs (see the set-up notes): no background network
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


def _site(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "lang-son.txt").write_text(PROVINCE, encoding="utf-8")
    out, site = tmp_path / "out", tmp_path / "site"
    assert runner.invoke(app, ["extract", str(src), "-o", str(out), "-q"]).exit_code == 0
    result = runner.invoke(app, ["report", str(out), "-o", str(site)])
    assert result.exit_code == 0, result.output
    return site


def test_clicking_a_record_lights_its_span_and_back(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    site = _site(tmp_path)
    page_path = site / "docs" / "lang-son.html"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page()
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(page_path.as_uri())
        page.click("#r-targets-0")
        lit = page.eval_on_selector_all(".seg.active", "els => els.map(e => e.textContent).join('')")
        assert "Ít nhất 80% số xã, phường, thị trấn" in lit
        assert "active" in page.get_attribute("#r-targets-0", "class")
        page.click(".seg.t-deadlines, .seg.t-targets >> nth=-1")
        assert page.eval_on_selector_all("li.rec.active", "els => els.length") == 1
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        page.goto((site / "index.html").as_uri())
        assert page.locator("a[href='docs/lang-son.html']").count() == 1
        browser.close()
    assert (tmp_path / "report.png").stat().st_size > 0
    assert all(url.startswith("file://") for url in requests)  # nothing fetched from a network


def test_index_shows_which_plan_implements_which_with_shared_indicators(tmp_path: Path) -> None:
    from tests.test_compare import DISTRICT

    src = tmp_path / "in"
    src.mkdir()
    (src / "lang-son.txt").write_text(PROVINCE, encoding="utf-8")
    (src / "chi-lang.txt").write_text(DISTRICT, encoding="utf-8")
    out, site = tmp_path / "out", tmp_path / "site"
    assert runner.invoke(app, ["extract", str(src), "-o", str(out), "-q"]).exit_code == 0
    assert runner.invoke(app, ["report", str(out), "-o", str(site)]).exit_code == 0
    index = (site / "index.html").read_text(encoding="utf-8")
    lineage = index[index.index('id="lineage"'):]
    assert 'href="docs/chi-lang.html"' in lineage and 'href="docs/lang-son.html"' in lineage
    assert "implements" in lineage
    shared = lineage[lineage.index("Shared indicators"):]
    assert "localities_with_propaganda" in shared and "≥ 20 %" in shared and "≥ 80 %" in shared


def test_bidirectional_controls_in_names_are_shown_not_obeyed_and_alike_names_get_their_own_pages(
        tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for name in ("lang son.txt", "lang_son.txt", "invoice\u202etxt.exe.txt"):
        (src / name).write_text(PROVINCE, encoding="utf-8")
    out, site = tmp_path / "out", tmp_path / "site"
    assert runner.invoke(app, ["extract", str(src), "-o", str(out), "-q"]).exit_code == 0
    assert runner.invoke(app, ["report", str(out), "-o", str(site)]).exit_code == 0
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "\u202e" not in index and "invoice[U+202E]txt.exe" in index
    pages = sorted(p.name for p in (site / "docs").glob("*.html"))
    assert len(pages) == 3
    for page in pages:  # the index's rows are drawn from its embedded data, each linking its page
        assert f'"page":"docs/{page}"' in index


# --- the analyst's workbench: search, filters, sort, corrections, phone width, keyboard -------------------------

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
PLANS = ("000_07faa9962d629d68", "001_cf9464726e1f8731", "004_2db416048a280769")
"""Thanh Hóa 2023 and Hòa Bình 2017 (provincial plans whose tasks Công an tỉnh leads) and Chi Lăng 2024 (a district)."""


@pytest.fixture(scope="module")
def workbench(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict]]:
    """A report of three corpus plans, and the extraction it shows."""
    root = tmp_path_factory.mktemp("workbench")
    src = root / "in"
    src.mkdir()
    for name in PLANS:
        shutil.copy(CORPUS / f"{name}.txt", src / f"{name}.txt")
    out, site = root / "out", root / "site"
    assert runner.invoke(app, ["extract", str(src), "-o", str(out), "-q"]).exit_code == 0
    assert runner.invoke(app, ["report", str(out), "-o", str(site)]).exit_code == 0
    docs = {name: json.loads((out / f"{name}.json").read_text(encoding="utf-8")) for name in PLANS}
    return site, docs


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


def _open(browser: Any, path: Path, width: int = 1280, height: int = 900) -> Any:
    page = browser.new_page(viewport={"width": width, "height": height})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.errors = errors
    return page


def _cells(page: Any, table: str, column: int) -> list[str]:
    return page.eval_on_selector_all(f"{table} tbody tr", f"rows => rows.map(r => r.cells[{column}].innerText)")


def test_search_finds_a_record_by_its_text_with_or_without_accents(workbench: tuple, browser: Any) -> None:
    from playwright.sync_api import expect

    site, docs = workbench
    page = _open(browser, site / "index.html")
    total = sum(len(d[k]) for d in docs.values() for k in ("targets", "tasks", "deadlines", "citations", "agencies"))
    expect(page.locator("#records-count")).to_have_text(f"{total} of {total}")
    for query in ("10.000 tờ rơi", "10.000 to roi"):
        page.fill("#q", query)
        expect(page.locator("#records-count")).not_to_have_text(f"{total} of {total}")
        texts = _cells(page, "#records-table", 4)
        assert any("In ấn 10.000 tờ rơi" in t for t in texts), texts
        assert all("tờ rơi" in t for t in texts)
        assert _cells(page, "#docs-table", 1) == ["Hòa Bình"]  # the document holding it
    assert page.errors == []


def test_the_agency_filter_narrows_the_task_table_to_every_task_that_agency_leads(workbench: tuple,
                                                                                  browser: Any) -> None:
    from playwright.sync_api import expect

    site, docs = workbench
    led = [t["text"] for d in docs.values() for t in d["tasks"] if "Công an tỉnh" in t["lead"]]
    assert len(led) >= 4
    page = _open(browser, site / "index.html")
    page.select_option("#f-type", "tasks")
    page.select_option("#f-role", "lead")
    page.fill("#f-agency", "Công an tỉnh")
    expect(page.locator("#records-count")).to_have_text(re.compile(rf"^{len(led)} of "))
    assert sorted(_cells(page, "#records-table", 1)) == ["tasks"] * len(led)
    assert all("lead: " in d and "Công an tỉnh" in d.split(";")[0] for d in _cells(page, "#records-table", 5))
    assert sorted(_cells(page, "#docs-table", 1)) == ["Hòa Bình", "Thanh Hóa"]  # across provinces
    page.select_option("#f-province", "Hòa Bình")
    expect(page.locator("#records-count")).to_have_text(re.compile(r"^1 of "))


def test_columns_sort_both_ways(workbench: tuple, browser: Any) -> None:
    site, _ = workbench
    page = _open(browser, site / "index.html")
    date = page.locator("#docs-table th[data-key=date] button")
    date.click()
    dates = _cells(page, "#docs-table", 6)
    assert dates == sorted(dates) and len(set(dates)) == 3
    assert page.get_attribute("#docs-table th[data-key=date]", "aria-sort") == "ascending"
    date.click()
    assert _cells(page, "#docs-table", 6) == sorted(dates, reverse=True)
    page.click("#records-table th[data-key=confidence] button")
    confidences = [float(c) for c in _cells(page, "#records-table", 7) if c]
    assert confidences == sorted(confidences) and len(set(confidences)) > 1


def test_three_records_marked_wrong_export_as_corrections_that_gold_import_removes_from_gold(
        workbench: tuple, browser: Any, tmp_path: Path) -> None:
    """The README's walk-through: filter the tasks Công an tỉnh leads, mark three wrong, add a missed
    target from selected text on a document page, export, import as gold."""
    site, docs = workbench
    page = _open(browser, site / "index.html")
    page.select_option("#f-type", "tasks")
    page.fill("#f-agency", "Công an tỉnh")
    page.select_option("#f-role", "lead")
    page.wait_for_function("document.querySelector('#records-count').textContent.startsWith('8 of')")
    for row in range(3):
        page.click(f"#records-table tbody tr:nth-child({row + 1}) button[data-act=wrong]")
    assert page.eval_on_selector_all("#records-table tr.d-wrong", "rows => rows.length") == 3

    hoa_binh = docs["001_cf9464726e1f8731"]
    missed = "Nâng cao hiệu quả quản lý nhà nước"
    start = hoa_binh["text"].index(missed)
    page.goto((site / "docs" / "001_cf9464726e1f8731.html").as_uri())
    page.evaluate("""([start, end]) => {
        const pieces = [...document.querySelectorAll('#text [data-a]')];
        const at = off => { const p = pieces.filter(p => Number(p.dataset.a) <= off).pop();
                            return [p.firstChild, off - Number(p.dataset.a)]; };
        const range = document.createRange(); range.setStart(...at(start)); range.setEnd(...at(end));
        getSelection().removeAllRanges(); getSelection().addRange(range); }""", [start, start + len(missed)])
    page.select_option("#add-type", "targets")
    page.click("#add-selection")
    page.fill("#editor input[data-field=kind]", "qualitative")
    page.fill("#editor input[data-field=__note]", "a commitment without a number")
    page.click("#editor-save")
    assert page.locator("#added li").count() == 1
    with page.expect_download() as download:
        page.click("#export-corrections")
    corrections = tmp_path / "corrections.json"
    download.value.save_as(corrections)
    exported = json.loads(corrections.read_text(encoding="utf-8"))
    assert exported["format"] == "kehoach-corrections" and exported["version"] == 1
    wrong = [e for e in exported["entries"] if e["decision"] == "wrong"]
    added = [e for e in exported["entries"] if e["decision"] == "added"]
    assert len(wrong) == 3 and len(added) == 1
    for entry in wrong:
        doc = docs[entry["doc_id"]]
        assert entry["type"] == "tasks" and "Công an tỉnh" in entry["fields"]["lead"]
        assert doc["text"][entry["span"][0]:entry["span"][1]] == entry["text"]
    assert added[0]["span"] == [start, start + len(missed)] and added[0]["text"] == missed
    assert added[0]["edited"] == {"kind": "qualitative"} and added[0]["note"] == "a commitment without a number"

    # a gold file that (wrongly) labelled the three tasks, one quoted shorter than the extractor's
    # text, and a task of another agency the analyst left alone
    root = site.parent
    gold = tmp_path / "gold"
    gold.mkdir()
    first = wrong[0]["doc_id"]
    assert all(e["doc_id"] == first for e in wrong)  # the first rows are Thanh Hóa's
    other = next(t for t in docs[first]["tasks"] if "Công an tỉnh" not in t["lead"])
    kept = {"quote": other["text"], "lead": other["lead"], "partners": [], "advisors": [], "timeframe": None}
    labelled = [{**e["fields"], "quote": e["text"]} for e in wrong]
    labelled[0]["quote"] = " ".join(labelled[0]["quote"].split()[:12])
    (gold / f"{first}.json").write_text(json.dumps(
        {"doc_id": first, "source": f"in/{first}.txt", "labelled": ["tasks"], "split": "dev",
         "tasks": [kept, *labelled]}, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["gold", "import", str(corrections), "--gold", str(gold), "--root", str(root)])
    assert result.exit_code == 0, result.output
    thanh_hoa = json.loads((gold / f"{first}.json").read_text(encoding="utf-8"))
    assert thanh_hoa["tasks"] == [kept]
    assert thanh_hoa["labelled"] == ["tasks"] and thanh_hoa["split"] == "dev"
    new = json.loads((gold / "001_cf9464726e1f8731.json").read_text(encoding="utf-8"))
    assert new == {"doc_id": "001_cf9464726e1f8731", "source": "in/001_cf9464726e1f8731.txt", "labelled": [],
                   "split": "dev", "notes": f"added target {missed!r}: a commitment without a number",
                   "metadata": None, "sections": [],
                   "targets": [{"quote": missed, "kind": "qualitative", "value": None, "value_max": None,
                                "denominator": None, "unit": None, "comparator": None, "subject": None}],
                   "tasks": [], "agencies": [], "deadlines": [], "citations": []}
    assert runner.invoke(app, ["gold", "check", "--gold", str(gold), "--root", str(root)]).exit_code == 0
    assert page.errors == []


def test_the_records_in_view_export_as_csv(workbench: tuple, browser: Any, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    site, _ = workbench
    page = _open(browser, site / "index.html")
    page.select_option("#f-type", "deadlines")
    page.select_option("#f-province", "Lạng Sơn")
    expect(page.locator("#records-count")).to_have_text(re.compile(r"^\d+ of "))
    shown = int(page.inner_text("#records-count").split()[0])
    with page.expect_download() as download:
        page.click("#export-csv")
    path = tmp_path / "records.csv"
    download.value.save_as(path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert len(rows) == shown > 0
    assert {r["type"] for r in rows} == {"deadlines"} and {r["province"] for r in rows} == {"Lạng Sơn"}


def test_a_document_page_shows_metadata_toggles_types_and_groups_records_by_section(workbench: tuple,
                                                                                    browser: Any) -> None:
    site, docs = workbench
    page = _open(browser, site / "docs" / "001_cf9464726e1f8731.html")
    panel = page.inner_text("#metadata")
    assert "UBND tỉnh Hòa Bình" in panel and "18/KH-UBND" in panel and "2017-03-06" in panel
    assert "Phó Chủ tịch" in panel and "2017–2017" in panel
    href = page.get_attribute("#source-link", "href")
    assert (site / "docs" / href).resolve() == (site.parent / "in" / "001_cf9464726e1f8731.txt").resolve()
    first = page.locator("#r-targets-0")
    assert "rule " in first.inner_text() and "confidence 0." in first.inner_text()
    headings = page.eval_on_selector_all("#records h3", "hs => hs.map(h => h.textContent)")
    assert "1.1. Chỉ tiêu" in headings and headings[-2:] == ["Agencies", "Added by you"]
    assert first.is_visible()
    page.uncheck("input[data-toggle=targets]")
    assert not first.is_visible() and page.locator("#r-tasks-0").is_visible()
    assert page.errors == []


def test_at_a_phones_width_the_panes_stack(workbench: tuple, browser: Any) -> None:
    site, _ = workbench
    page = _open(browser, site / "index.html", 390, 844)
    filters, tables = page.locator("#filters").bounding_box(), page.locator(".layout > main").bounding_box()
    assert filters["y"] + filters["height"] <= tables["y"] and tables["width"] <= 390
    page.goto((site / "docs" / "001_cf9464726e1f8731.html").as_uri())
    text, records = page.locator("#text").bounding_box(), page.locator("#records").bounding_box()
    assert text["y"] + text["height"] <= records["y"] and text["width"] <= 390
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # nothing runs off the side


def test_the_keyboard_reaches_search_filters_and_records(workbench: tuple, browser: Any) -> None:
    site, _ = workbench
    page = _open(browser, site / "index.html")
    reached = []
    for _ in range(12):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.id"))
    assert {"q", "f-province", "f-level", "f-doctype", "f-year", "f-type", "f-agency", "f-role"} <= set(reached)
    page.focus("#f-type")
    page.keyboard.press("ArrowDown")  # a select changes by keyboard alone
    assert page.input_value("#f-type") != ""
    page.goto((site / "docs" / "001_cf9464726e1f8731.html").as_uri())
    page.focus("#r-targets-0")
    page.keyboard.press("Enter")
    assert page.locator(".seg.active").count() > 0


def test_an_edited_record_and_a_type_reviewed_completely_become_gold(workbench: tuple, browser: Any,
                                                                     tmp_path: Path) -> None:
    """On a document page: a task's partners corrected, and every citation confirmed with "rest ✓",
    which lists citations as labelled completely in the gold file the import creates."""
    site, docs = workbench
    doc = docs["001_cf9464726e1f8731"]
    page = _open(browser, site / "docs" / "001_cf9464726e1f8731.html")
    page.click("#r-tasks-0 button[data-act=edit]")
    assert page.input_value("#editor input[data-field=lead]") == "; ".join(doc["tasks"][0]["lead"])
    page.fill("#editor input[data-field=partners]", "Công an tỉnh; Sở Y tế")
    page.click("#editor-save")
    assert "d-edited" in page.get_attribute("#r-tasks-0", "class")
    page.click("button[data-rest=citations]")
    assert page.locator("li.rec.citations.d-right").count() == len(doc["citations"]) > 0
    with page.expect_download() as download:
        page.click("#export-corrections")
    corrections = tmp_path / "corrections.json"
    download.value.save_as(corrections)
    exported = json.loads(corrections.read_text(encoding="utf-8"))
    assert exported["reviewed"] == {"001_cf9464726e1f8731": ["citations"]}
    edited = [e for e in exported["entries"] if e["decision"] == "edited"]
    assert [e["edited"] for e in edited] == [{"partners": ["Công an tỉnh", "Sở Y tế"]}]

    gold = tmp_path / "gold"
    result = runner.invoke(app, ["gold", "import", str(corrections), "--gold", str(gold), "--root", str(site.parent)])
    assert result.exit_code == 0, result.output
    labels = json.loads((gold / "001_cf9464726e1f8731.json").read_text(encoding="utf-8"))
    assert labels["labelled"] == ["citations"]
    assert [c["quote"] for c in labels["citations"]] == [c["text"] for c in doc["citations"]]
    assert [c["canonical_id"] for c in labels["citations"]] == [c["canonical_id"] for c in doc["citations"]]
    task = doc["tasks"][0]
    assert labels["tasks"] == [{"quote": task["text"], "lead": task["lead"], "partners": ["Công an tỉnh", "Sở Y tế"],
                                "advisors": task["advisors"], "timeframe": task["timeframe"] and {
                                    k: task["timeframe"][k] for k in ("kind", "start", "end", "due", "recurrence")}}]
    assert page.errors == []


def test_exported_corrections_load_back_into_another_browser(workbench: tuple, browser: Any, tmp_path: Path) -> None:
    site, docs = workbench
    first = next(i for i, t in enumerate(docs["000_07faa9962d629d68"]["tasks"]) if "Công an tỉnh" in t["lead"])
    corrections = {"format": "kehoach-corrections", "version": 1, "reviewed": {}, "entries": [
        {"doc_id": "000_07faa9962d629d68", "source": None, "type": "tasks", "record": f"tasks-{first}",
         "span": None, "text": "x", "decision": "wrong", "fields": {}, "edited": {}, "note": None}]}
    path = tmp_path / "corrections.json"
    path.write_text(json.dumps(corrections), encoding="utf-8")
    page = _open(browser, site / "index.html")
    page.select_option("#f-type", "tasks")
    page.fill("#f-agency", "Công an tỉnh")
    page.set_input_files("#load-corrections", str(path))
    page.wait_for_function("document.querySelectorAll('#records-table tr.d-wrong').length === 1")
    assert page.inner_text("#decisions-count").startswith("1 decision")
