"""Office files (RTF, Excel, OpenDocument, PowerPoint, Word), each text run read in the encoding
of its own font: a state office's files mix Unicode templates with text typed in TCVN3
(`.VnTime`) and VNI (`VNI-Times`) fonts, and a table cell or a sentence can change font midway.

The fixtures are made here with the formats' own libraries (or by hand for RTF and ODT), with
real Vietnamese fragments; the expected text is written by hand."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from pipeline.errors import UnsupportedInput
from pipeline.parse import legacy, office
from pipeline.parse.legacy import Run
from pipeline.parse.load import load

# --- the per-run decision -------------------------------------------------------------------


@pytest.mark.parametrize(("font", "encoding"), [
    pytest.param(".VnTime", "tcvn3", id="tcvn3-vntime"),
    pytest.param(".VnTimeH", "tcvn3", id="tcvn3-capitals-font"),
    pytest.param(".VnArial Narrow", "tcvn3", id="tcvn3-arial"),
    pytest.param("ABCDEF+.VnTime", "tcvn3", id="tcvn3-pdf-subset"),
    pytest.param("VNI-Times", "vni", id="vni-times"),
    pytest.param("VNI-Helve-Condense", "vni", id="vni-helve"),
    pytest.param("Times New Roman", "unicode", id="unicode-font"),
    pytest.param(None, None, id="no-font"),
])
def test_font_names_say_the_encoding(font: str | None, encoding: str | None) -> None:
    assert legacy.font_encoding(font) == encoding


@pytest.mark.parametrize(("runs", "text", "encoding"), [
    pytest.param([Run("Ủy ban nhân dân tỉnh ", "Times New Roman"), Run("KÕ ho¹ch thùc hiÖn n¨m 2025", ".VnTime")],
                 "Ủy ban nhân dân tỉnh Kế hoạch thực hiện năm 2025", "tcvn3", id="unicode-template-tcvn3-fill"),
    pytest.param([Run("Ph¸t triÓn kinh tÕ", ".VnTime"), Run(" và "), Run("Keá hoaïch thöïc hieän", "VNI-Times")],
                 "Phát triển kinh tế và Kế hoạch thực hiện", "vni", id="tcvn3-and-vni-in-one-line"),
    # a change of formatting inside a word puts VNI's tone mark in the next run
    pytest.param([Run("Keá hoa", "VNI-Times"), Run("ïch", "VNI-Times")], "Kế hoạch", "vni", id="vni-tone-in-next-run"),
    pytest.param([Run("Kế hoạch thực hiện năm 2025", ".VnTime")], "Kế hoạch thực hiện năm 2025", None,
                 id="unicode-typed-in-vntime-is-left"),
    # `công` typed in Unicode in a .VnTime paragraph: `ô` alone proves nothing, the font's
    # other runs in the file (all Unicode) decide
    pytest.param([Run("Sở Y tế chủ trì, phối hợp ", ".VnTime"), Run("công", ".VnTime")],
                 "Sở Y tế chủ trì, phối hợp công", None, id="vntime-font-used-for-unicode"),
    pytest.param([Run("Tæ chøc tËp huÊn cho c¸n bé ®Þa ph\xad¬ng vÒ kÕ ho¹ch ph¸t triÓn kinh tÕ x· héi n¨m 2025")],
                 "Tổ chức tập huấn cho cán bộ địa phương về kế hoạch phát triển kinh tế xã hội năm 2025", "tcvn3",
                 id="no-font-decided-by-bytes"),
])
def test_runs_convert_each_by_its_own_encoding(runs: list[Run], text: str, encoding: str | None) -> None:
    fixed = legacy.convert_runs(runs)
    assert (fixed.text, fixed.encoding) == (text, encoding)


# --- RTF ------------------------------------------------------------------------------------

_RTF = (rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}"
        rb"{\f1\froman\fcharset0{\*\panose 02020603050405020304} .VnTime;}{\f2\fnil\fcharset0 VNI-Times;}}"
        rb"{\colortbl;\red0\green0\blue0;}{\info{\title K\'b8 ho\'b9ch}}"
        rb"\pard\plain\f0\uc1 \u7910?y ban nh\'e2n d\'e2n t\u7881?nh\par"
        rb"\pard\plain{\f1 K\'d5 ho\'b9ch th\'f9c hi\'d6n n\'a8m 2025}\par"
        rb"\pard\plain{\f2 Ke\'e1 hoa\'efch}{\f1  ph\'b8t tri\'d3n}\par"
        rb"\trowd\cellx2000\cellx4000\pard\intbl\plain{\f1 Ch\'d8 ti\'aau}\cell"
        rb"\pard\intbl\plain{\f1 S\'eb Y t\'d5 ch\'f1 tr\'d7}\cell\row"
        rb"\pard\plain{\field{\*\fldinst HYPERLINK x}{\fldrslt\f1 \'ae\'de}}{\f1 a ph\'ad\'acng}\par}")


def test_rtf_runs_follow_the_font_table() -> None:
    fixed = office.read_rtf(_RTF)
    lines = [line for line in fixed.text.split("\n") if line.strip()]
    assert lines == [
        "Ủy ban nhân dân tỉnh",
        "Kế hoạch thực hiện năm 2025",
        "Kế hoạch phát triển",
        "| Chỉ tiêu | Sở Y tế chủ trì |",
        "địa phương",
    ]
    assert fixed.encoding == "tcvn3"


def test_rtf_is_chosen_by_content() -> None:
    loaded = load(Path("quyet-dinh.doc"), _RTF)
    assert loaded.format == "rtf" and "Sở Y tế chủ trì" in loaded.text


# --- Word .docx -----------------------------------------------------------------------------


def _docx(paragraphs: list[list[tuple[str, str | None]]], normal_font: str | None = None,
          table: list[list[tuple[str, str | None]]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    if normal_font:
        document.styles["Normal"].font.name = normal_font
    for runs in paragraphs:
        p = document.add_paragraph()
        for text, font in runs:
            run = p.add_run(text)
            if font:
                run.font.name = font
    if table:
        t = document.add_table(rows=1, cols=len(table[0]))
        for cell, (text, font) in zip(t.rows[0].cells, table[0], strict=True):
            run = cell.paragraphs[0].add_run(text)
            run.font.name = font
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_mixing_unicode_and_tcvn3_runs_converts_run_by_run() -> None:
    data = _docx([[("Ủy ban nhân dân tỉnh ", "Times New Roman"), ("ban hµnh KÕ ho¹ch", ".VnTime")]],
                 table=[[("ChØ tiªu", ".VnTime"), ("Chæ tieâu", "VNI-Times"), ("Chỉ tiêu", "Arial")]])
    loaded = load(Path("kh.docx"), data)
    assert "Ủy ban nhân dân tỉnh ban hành Kế hoạch" in loaded.text
    assert "| Chỉ tiêu | Chỉ tiêu | Chỉ tiêu |" in loaded.text
    assert loaded.encoding_repaired == "tcvn3"


def test_docx_font_set_on_the_paragraph_style() -> None:
    """Legacy documents set `.VnTime` once, on the Normal style; the runs name no font."""
    data = _docx([[("Tæ chøc tËp huÊn cho c¸n bé", None)]], normal_font=".VnTime")
    assert load(Path("kh.docx"), data).text.strip() == "Tổ chức tập huấn cho cán bộ"


def test_unicode_docx_is_untouched() -> None:
    data = _docx([[("Kế hoạch thực hiện năm 2025 của Ủy ban nhân dân tỉnh", "Times New Roman")]])
    loaded = load(Path("kh.docx"), data)
    assert (loaded.text.strip(), loaded.encoding_repaired) == ("Kế hoạch thực hiện năm 2025 của Ủy ban nhân dân tỉnh",
                                                               None)


# --- Excel ----------------------------------------------------------------------------------


def _xlsx() -> bytes:
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Phu luc"
    rows = [
        [("STT", "Times New Roman"), ("Nhiệm vụ", "Times New Roman"), ("Cơ quan chủ trì", "Times New Roman"),
         ("Chỉ tiêu", "Times New Roman")],
        [(1, None), ("Tæ chøc tËp huÊn cho c¸n bé", ".VnTime"), ("Së Y tÕ", ".VnTime"), (95.5, None)],
        [(2, None), ("Phaùt trieån kinh teá", "VNI-Times"), ("Sôû Y teá", "VNI-Times"), (100, None)],
    ]
    for r, row in enumerate(rows, start=1):
        for c, (value, font) in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c, value=value)
            if font:
                cell.font = Font(name=font)
    book.create_sheet("Trong").cell(row=1, column=2, value="")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_xlsx_rows_are_table_rows_each_cell_in_its_font() -> None:
    loaded = load(Path("phu-luc.xlsx"), _xlsx())
    rows = [line for line in loaded.text.split("\n") if line.strip()]
    assert rows == [
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Chỉ tiêu |",
        "| 1 | Tổ chức tập huấn cho cán bộ | Sở Y tế | 95.5 |",
        "| 2 | Phát triển kinh tế | Sở Y tế | 100 |",
    ]
    assert loaded.format == "xlsx"


# --- PowerPoint .pptx -----------------------------------------------------------------------


def test_pptx_slide_text_in_its_fonts() -> None:
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    frame = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(6), Inches(2)).text_frame
    first = frame.paragraphs[0].add_run()
    first.text, first.font.name = "KÕ ho¹ch ph¸t triÓn kinh tÕ", ".VnTime"
    second = frame.add_paragraph().add_run()
    second.text, second.font.name = "Kế hoạch năm 2025", "Arial"
    out = io.BytesIO()
    deck.save(out)
    loaded = load(Path("slides.pptx"), out.getvalue())
    assert loaded.format == "pptx"
    assert [line for line in loaded.text.split("\n") if line.strip()] == ["Kế hoạch phát triển kinh tế",
                                                                           "Kế hoạch năm 2025"]


# --- OpenDocument text ----------------------------------------------------------------------


def _odt() -> bytes:
    content = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2">
 <office:font-face-decls>
  <style:font-face style:name=".VnTime" svg:font-family="&apos;.VnTime&apos;"/>
  <style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;"/>
 </office:font-face-decls>
 <office:automatic-styles>
  <style:style style:name="P1" style:family="paragraph"><style:text-properties style:font-name=".VnTime"/></style:style>
  <style:style style:name="T1" style:family="text"><style:text-properties style:font-name="Times New Roman"/></style:style>
 </office:automatic-styles>
 <office:body><office:text>
  <text:h text:style-name="P1">KÕ ho¹ch<text:s/>n¨m 2025</text:h>
  <text:p text:style-name="P1">Giao <text:span text:style-name="T1">Sở Y tế</text:span> chñ tr×</text:p>
  <table:table><table:table-row>
   <table:table-cell><text:p text:style-name="P1">ChØ tiªu</text:p></table:table-cell>
   <table:table-cell><text:p text:style-name="P1">95%</text:p></table:table-cell>
  </table:table-row></table:table>
 </office:text></office:body>
</office:document-content>"""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
    return out.getvalue()


def test_odt_spans_follow_their_styles_fonts() -> None:
    loaded = load(Path("kh.odt"), _odt())
    assert loaded.format == "odt"
    assert [line for line in loaded.text.split("\n") if line.strip()] == [
        "Kế hoạch năm 2025", "Giao Sở Y tế chủ trì", "| Chỉ tiêu | 95% |"]


# --- binary formats that need LibreOffice ---------------------------------------------------


def test_without_libreoffice_a_ppt_is_refused_with_the_remedy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(office.shutil, "which", lambda name: None)
    with pytest.raises(UnsupportedInput, match="needs LibreOffice"):
        office.libreoffice_convert(b"\xd0\xcf\x11\xe0", ".ppt", "pptx")
