"""`kehoach report`: the evidence viewer opened from disk in a real headless browser (Debian's
chromium, driven by Playwright), a record clicked and its span checked as lit."""

from __future__ import annotations

from pathlib import Path

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
    for page in pages:
        assert f'href="docs/{page}"' in index
