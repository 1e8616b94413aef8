"""Office files beyond .docx and PDF: RTF, Excel (.xls, .xlsx), OpenDocument text, PowerPoint
(.ppt, .pptx), and Word 97 .doc through LibreOffice.

Each reader returns the document as text runs, each with the font it is typed in, and
`legacy.convert_runs` converts every run by its own encoding: a state office's files mix
Unicode templates with paragraphs and table cells typed in TCVN3 (`.VnTime`) or VNI
(`VNI-Times`) fonts, and no single decision for the whole file reads them right. Tables,
whatever the format, come out as `| a | b |` rows (a line break inside a cell as `<br>`),
the form the normaliser reads; a spreadsheet's rows are table rows, so the tasks and targets
of a plan's appendices and indicator tables are read like any other table.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

from pipeline.errors import KehoachError, UnsupportedInput
from pipeline.parse.legacy import Repair, Run, convert_runs

STAGE = "load"
_LIBREOFFICE_SECONDS = 300  # a 50-slide .ppt takes a minute on a busy machine

NL = Run("\n")
PARAGRAPH = Run("\n\n")


def table_row(cells: list[list[Run]], trim: bool = True) -> list[Run]:
    """One `| a | b |` row; trailing empty cells dropped (a spreadsheet's unused columns)
    unless `trim` is False (a Word table's columns are all real)."""
    while trim and cells and not "".join(r.text for r in cells[-1]).strip():
        cells.pop()
    if not cells:
        return []
    out = [Run("| ")]
    for i, cell in enumerate(cells):
        if i:
            out.append(Run(" | "))
        out.extend(_stripped(cell))
    out.append(Run(" |\n"))
    return out


def _stripped(runs: list[Run]) -> list[Run]:
    """The runs with the white space at both ends of their joined text removed, and line
    breaks inside written `<br>` (one table row stays one line)."""
    runs = [r for r in runs if r.text]
    while runs and not runs[0].text.strip():
        runs.pop(0)
    while runs and not runs[-1].text.strip():
        runs.pop()
    if not runs:
        return []
    runs[0] = Run(runs[0].text.lstrip(), runs[0].font)
    runs[-1] = Run(runs[-1].text.rstrip(), runs[-1].font)
    out: list[Run] = []
    for run in runs:
        parts = re.split(r"\s*\n\s*", run.text)
        for j, part in enumerate(parts):
            if j:
                out.append(Run("<br>"))
            if part:
                out.append(Run(part.replace("|", "/"), run.font))
    return out


def _cell_value(value: object) -> str:
    """A spreadsheet value as written: `12` not `12.0`, a date as `dd/mm/yyyy`."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        # Excel's General format: ten significant digits
        return str(int(value)) if value.is_integer() else f"{value:.10g}"
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y") if value.time() == dt.time() else value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


# --- RTF ------------------------------------------------------------------------------------

# Destinations whose text is not document text: tables of fonts, colours and styles, document
# properties, pictures, field codes (their result, `\fldrslt`, is kept), headers and footers.
_RTF_SKIP = frozenset("""
    fonttbl colortbl stylesheet info pict object objdata header footer headerl headerr headerf footerl
    footerr footerf fldinst listtable listoverridetable revtbl rsidtbl latentstyles themedata
    colorschememapping datastore xmlnstbl generator filetbl pgdsctbl nonshppict bkmkstart bkmkend
    annotation atnid atnauthor xe tc template author operator title subject company userprops docvar
    pntxta pntxtb footnote shpinst picprop blipuid falt panose
""".split())
_RTF_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|[\r\n]+|([^\\{}\r\n]+)", re.S)
_RTF_CHARSETS = {0: "cp1252", 2: "cp1252", 77: "mac_roman", 128: "cp932", 129: "cp949", 134: "gbk", 136: "big5",
                 161: "cp1253", 162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256", 186: "cp1257",
                 204: "cp1251", 222: "cp874", 238: "cp1250"}


class _RtfState:
    __slots__ = ("font", "uc", "skip")

    def __init__(self, font: int | None = None, uc: int = 1, skip: bool = False) -> None:
        self.font, self.uc, self.skip = font, uc, skip

    def copy(self) -> _RtfState:
        return _RtfState(self.font, self.uc, self.skip)


def read_rtf(data: bytes) -> Repair:
    """An RTF file's text, each run converted by the encoding of its font in the font table.

    Read with a small tokenizer rather than a library: the libraries (striprtf and the like)
    flatten the text and drop which font each piece is in, and that font is what says whether
    `\\'b8` is TCVN3's `á` or Windows-1252's `¸`."""
    fonts: dict[int, tuple[str, str]] = {}  # number → (name, codec)
    default_font: int | None = None
    ansi = "cp1252"
    runs: list[Run] = []
    cell: list[Run] = []
    row: list[list[Run]] = []
    pending = bytearray()
    pending_font: int | None = None
    in_table = False
    stack: list[_RtfState] = []
    state = _RtfState()
    font_def: dict[str, object] | None = None  # the font-table entry being read
    in_fonttbl_depth: int | None = None
    skip_chars = 0

    def target() -> list[Run]:
        return cell if in_table else runs

    def flush() -> None:
        nonlocal pending
        if pending:
            name, codec = fonts.get(pending_font, (None, ansi)) if pending_font is not None else (None, ansi)
            text = pending.decode(codec, errors="latin1_gaps" if codec == "cp1252" else "replace")
            target().append(Run(text, name))
            pending = bytearray()

    def emit(text: str, structural: bool = False) -> None:
        flush()
        target().append(Run(text, None if structural else _font_name(state.font)))

    def _font_name(number: int | None) -> str | None:
        return fonts[number][0] if number in fonts else None

    def add_bytes(raw: bytes) -> None:
        nonlocal pending_font
        if state.font != pending_font:
            flush()
            pending_font = state.font
        pending.extend(raw)

    def end_row() -> None:
        nonlocal cell, row
        if cell and "".join(r.text for r in cell).strip():
            row.append(cell)
        if row:
            runs.extend(table_row(row))
        cell, row = [], []

    first_in_group = False
    for m in _RTF_TOKEN.finditer(data):
        word, arg, hexbyte, symbol, brace, text = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)
        if brace == b"{":
            stack.append(state.copy())
            first_in_group = True
            skip_chars = 0
            continue
        if brace == b"}":
            if in_fonttbl_depth is not None and font_def is not None and len(stack) == in_fonttbl_depth + 2:
                _end_font(font_def, fonts)
                font_def = None
            if in_fonttbl_depth is not None and len(stack) == in_fonttbl_depth + 1:
                in_fonttbl_depth = None
            if state.font != (stack[-1].font if stack else None):
                flush()
            state = stack.pop() if stack else _RtfState()
            first_in_group = False
            skip_chars = 0
            continue
        starts_group, first_in_group = first_in_group, False
        if symbol == b"*" and starts_group:
            state.skip = True
            continue
        if word is not None:
            name = word.decode("ascii")
            value = int(arg) if arg is not None else None
            if name == "fonttbl":
                in_fonttbl_depth = len(stack) - 1
                state.skip = True
                continue
            if in_fonttbl_depth is not None:
                if len(stack) > in_fonttbl_depth + 2:
                    continue  # inside a font's \*\panose or \*\falt
                if name == "f" and value is not None:
                    font_def = {"number": value, "charset": 0, "name": bytearray()}
                elif name == "fcharset" and font_def is not None and value is not None:
                    font_def["charset"] = value
                continue
            if starts_group and name in _RTF_SKIP:
                state.skip = True
                continue
            if state.skip:
                continue
            if skip_chars and name not in ("u",):
                skip_chars -= 1
                continue
            if name == "ansicpg" and value:
                ansi = f"cp{value}"
            elif name == "deff":
                default_font = value
                state.font = value if state.font is None else state.font
            elif name == "f":
                state.font = value
            elif name == "plain":
                state.font = default_font
            elif name == "uc" and value is not None:
                state.uc = value
            elif name == "u" and value is not None:
                emit(chr(value + 65536 if value < 0 else value))
                skip_chars = state.uc
            elif name == "bin" and value:
                pass  # binary data only occurs inside skipped pictures
            elif name == "pard":
                in_table = False
            elif name == "intbl":
                if not in_table:
                    flush()
                    in_table = True
            elif name in ("par", "sect", "page"):
                if in_table:
                    emit("\n", structural=True)
                else:
                    if row or cell:
                        end_row()
                    emit("\n\n", structural=True)
            elif name == "line":
                emit("\n", structural=True)
            elif name == "tab":
                emit("\t", structural=True)
            elif name in ("cell", "nestcell"):
                flush()
                row.append(cell)
                cell = []
            elif name in ("row", "nestrow"):
                flush()
                end_row()
                in_table = False
            elif name in ("emdash", "endash", "bullet", "lquote", "rquote", "ldblquote", "rdblquote"):
                emit({"emdash": "—", "endash": "–", "bullet": "•", "lquote": "‘", "rquote": "’",
                      "ldblquote": "“", "rdblquote": "”"}[name])
            continue
        if in_fonttbl_depth is not None:
            if font_def is not None and len(stack) <= in_fonttbl_depth + 2:
                raw = bytes([int(hexbyte, 16)]) if hexbyte else (text or b"")
                font_def["name"].extend(raw)  # type: ignore[union-attr]
                if b";" in raw:
                    _end_font(font_def, fonts)
                    font_def = None
            continue
        if state.skip:
            continue
        if hexbyte is not None:
            if skip_chars:
                skip_chars -= 1
                continue
            add_bytes(bytes([int(hexbyte, 16)]))
        elif symbol is not None:
            if symbol in (b"\\", b"{", b"}"):
                add_bytes(symbol)
            elif symbol == b"~":
                emit("\u00a0")
            elif symbol == b"_":
                emit("-")
            elif symbol in (b"\n", b"\r"):
                emit("\n\n", structural=True)
        elif text:
            if skip_chars:
                dropped = min(skip_chars, len(text))
                text, skip_chars = text[dropped:], skip_chars - dropped
            if text:
                add_bytes(text)
    flush()
    if row or cell:
        end_row()
    return convert_runs(runs)


def _end_font(font_def: dict[str, object], fonts: dict[int, tuple[str, str]]) -> None:
    name = bytes(font_def["name"]).split(b";")[0].decode("cp1252", errors="replace").strip()  # type: ignore[arg-type]
    charset = int(font_def["charset"])  # type: ignore[arg-type]
    fonts[int(font_def["number"])] = (name, _RTF_CHARSETS.get(charset, "cp1252"))  # type: ignore[arg-type]


# --- Word 2007+ (.docx) ---------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class DocxFonts:
    """The font each run of a .docx is typed in: its own, else its character style's, its
    paragraph style's (following `basedOn`), else the document's default. The `w:hAnsi` font
    is the one Word draws bytes 80-FF with, so it is read before `w:ascii`."""

    def __init__(self, styles_element: object | None) -> None:
        self._styles: dict[str, object] = {}
        self._default_paragraph: str | None = None
        self.default: str | None = None
        if styles_element is None:
            return
        for style in styles_element.iter(f"{_W}style"):  # type: ignore[attr-defined]
            sid = style.get(f"{_W}styleId")
            self._styles[sid] = style
            if style.get(f"{_W}type") == "paragraph" and style.get(f"{_W}default") in ("1", "true"):
                self._default_paragraph = sid
        for rpr in styles_element.iter(f"{_W}rPrDefault"):  # type: ignore[attr-defined]
            self.default = self._rfonts(rpr.find(f"{_W}rPr"))

    @staticmethod
    def _rfonts(rpr: object | None) -> str | None:
        if rpr is None:
            return None
        fonts = rpr.find(f"{_W}rFonts")  # type: ignore[attr-defined]
        if fonts is None:
            return None
        for attr in ("hAnsi", "ascii"):
            if fonts.get(f"{_W}{attr}"):
                return fonts.get(f"{_W}{attr}")
        if fonts.get(f"{_W}hAnsiTheme") or fonts.get(f"{_W}asciiTheme"):
            return "(theme font)"  # a theme's fonts are Unicode ones
        return None

    def _style_font(self, sid: str | None) -> str | None:
        seen: set[str] = set()
        while sid and sid not in seen and sid in self._styles:
            seen.add(sid)
            style = self._styles[sid]
            font = self._rfonts(style.find(f"{_W}rPr"))  # type: ignore[attr-defined]
            if font:
                return font
            based = style.find(f"{_W}basedOn")  # type: ignore[attr-defined]
            sid = based.get(f"{_W}val") if based is not None else None
        return None

    def paragraph_font(self, p: object) -> str | None:
        ppr = p.find(f"{_W}pPr")  # type: ignore[attr-defined]
        pstyle = ppr.find(f"{_W}pStyle") if ppr is not None else None
        sid = pstyle.get(f"{_W}val") if pstyle is not None else self._default_paragraph
        return self._style_font(sid) or self._style_font(self._default_paragraph) or self.default

    def run_font(self, r: object, paragraph_font: str | None) -> str | None:
        rpr = r.find(f"{_W}rPr")  # type: ignore[attr-defined]
        own = self._rfonts(rpr)
        if own:
            return own
        rstyle = rpr.find(f"{_W}rStyle") if rpr is not None else None
        if rstyle is not None and (styled := self._style_font(rstyle.get(f"{_W}val"))):
            return styled
        return paragraph_font


def docx_paragraph_runs(p: object, fonts: DocxFonts, deleted: bool = False) -> list[Run]:
    """A paragraph's runs (those inside hyperlinks, insertions, fields too; not those of a
    text box anchored in it, which is a paragraph of its own), each with its font. Text
    deleted with tracked changes is kept only when `deleted` is set."""
    pfont = fonts.paragraph_font(p)
    out: list[Run] = []
    for r in p.iter(f"{_W}r"):  # type: ignore[attr-defined]
        ancestors = list(r.iterancestors(f"{_W}p", f"{_W}del", f"{_W}moveFrom"))
        if next((a for a in ancestors if a.tag == f"{_W}p"), None) is not p:
            continue
        if not deleted and ancestors[0].tag != f"{_W}p":
            continue
        parts: list[str] = []
        for child in r:
            tag = child.tag
            if tag == f"{_W}t" or (deleted and tag == f"{_W}delText"):
                parts.append(child.text or "")
            elif tag in (f"{_W}tab", f"{_W}ptab"):
                parts.append("\t")
            elif tag == f"{_W}cr" or (tag == f"{_W}br" and child.get(f"{_W}type") in (None, "textWrapping")):
                parts.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                parts.append("-")
            elif tag == f"{_W}softHyphen":  # byte AD: TCVN3's `ư`, which Word stores as a soft hyphen
                parts.append("\u00ad")
        if parts:
            out.append(Run("".join(parts), fonts.run_font(r, pfont)))
    return out


def docx_runs(document: object, deleted: bool = False) -> list[Run]:
    """A .docx body as runs: paragraphs and tables in document order (a merged cell once).
    `deleted`: keep text deleted with tracked changes, as antiword does for a .doc."""
    from docx.table import Table

    try:
        styles = document.styles.element  # type: ignore[attr-defined]
    except Exception:  # a package without a styles part
        styles = None
    fonts = DocxFonts(styles)
    out: list[Run] = []
    for block in document.element.body.iterchildren():  # type: ignore[attr-defined]
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.extend(docx_paragraph_runs(block, fonts, deleted))
            out.append(PARAGRAPH)
        elif tag == "tbl":
            out.append(NL)
            for row in Table(block, document).rows:  # type: ignore[arg-type]
                cells: list[list[Run]] = []
                seen: set[int] = set()
                for c in row.cells:  # a merged cell is returned once per grid column
                    if id(c._tc) in seen:
                        continue
                    seen.add(id(c._tc))
                    cell: list[Run] = []
                    for p in c.paragraphs:
                        runs = _stripped(docx_paragraph_runs(p._p, fonts, deleted))
                        if runs:
                            cell.extend([Run("<br>")] * bool(cell) + runs)
                    cells.append(cell)
                out.extend(table_row(cells, trim=False))
            out.append(NL)
    return out


# --- Excel ----------------------------------------------------------------------------------


def read_xls(data: bytes) -> Repair:
    """Excel 97-2003 (BIFF) through xlrd, every sheet's rows as table rows; each cell (and
    each run of a cell's rich text) converted by the encoding of its font."""
    import xlrd

    try:
        try:
            book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
        except NotImplementedError:  # BIFF versions without font records in xlrd
            book = xlrd.open_workbook(file_contents=data, on_demand=True)
    except xlrd.XLRDError as exc:
        raise KehoachError(STAGE, f"the .xls file cannot be read: {exc}") from None
    except Exception as exc:  # xlrd raises struct and index errors on damaged files
        raise KehoachError(STAGE, f"the .xls file is damaged: {type(exc).__name__}: {exc}") from None
    font_names = [f.name for f in book.font_list] if book.formatting_info else []
    out: list[Run] = []
    for index in range(book.nsheets):
        sheet = book.get_sheet(index)
        for r in range(sheet.nrows):
            cells: list[list[Run]] = []
            for c in range(sheet.ncols):
                cell = sheet.cell(r, c)
                if cell.ctype == xlrd.XL_CELL_DATE:
                    try:
                        value: object = xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
                    except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                        value = cell.value
                elif cell.ctype == xlrd.XL_CELL_ERROR:
                    value = None
                else:
                    value = cell.value
                text = _cell_value(value)
                if not font_names or cell.ctype != xlrd.XL_CELL_TEXT:
                    cells.append([Run(text)] if text else [])
                    continue
                font = font_names[book.xf_list[cell.xf_index].font_index]
                spans = sheet.rich_text_runlist_map.get((r, c)) if sheet.rich_text_runlist_map else None
                cells.append(_rich_runs(text, font, spans, font_names))
            out.extend(table_row(cells))
        out.append(NL)
        book.unload_sheet(index)
    return convert_runs(out)


def _rich_runs(text: str, font: str, spans: list[tuple[int, int]] | None, names: list[str]) -> list[Run]:
    """A cell's text cut where its rich-text formatting changes font."""
    if not spans:
        return [Run(text, font)]
    runs = [Run(text[: spans[0][0]], font)]
    for k, (start, font_index) in enumerate(spans):
        end = spans[k + 1][0] if k + 1 < len(spans) else len(text)
        runs.append(Run(text[start:end], names[font_index] if font_index < len(names) else font))
    return [r for r in runs if r.text]


def read_xlsx(data: bytes) -> Repair:
    """Excel 2007+ through openpyxl (read-only, cached values, not formulas), every sheet's
    rows as table rows, each cell converted by the encoding of its font."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zip, XML and key errors on damaged files
        raise KehoachError(STAGE, f"the .xlsx file cannot be read: {type(exc).__name__}: {exc}") from None
    out: list[Run] = []
    try:
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                cells: list[list[Run]] = []
                for cell in row:
                    text = _cell_value(getattr(cell, "value", None))
                    font = getattr(getattr(cell, "font", None), "name", None) if isinstance(cell.value, str) else None
                    cells.append([Run(text, font)] if text else [])
                out.extend(table_row(cells))
            out.append(NL)
    finally:
        book.close()
    return convert_runs(out)


# --- PowerPoint -----------------------------------------------------------------------------


def read_pptx(data: bytes) -> Repair:
    """The text of every slide (text frames, tables, grouped shapes) through python-pptx,
    a blank line between slides, each run converted by the encoding of its font."""
    from pptx import Presentation

    try:
        deck = Presentation(io.BytesIO(data))
    except Exception as exc:  # python-pptx raises package and XML errors of many kinds
        raise KehoachError(STAGE, f"the .pptx file cannot be read: {type(exc).__name__}: {exc}") from None
    out: list[Run] = []
    for slide in deck.slides:
        for shape in _shapes(slide.shapes):
            if getattr(shape, "has_table", False) and shape.has_table:
                for row in shape.table.rows:
                    out.extend(table_row([_frame_runs(cell.text_frame, joiner=Run("<br>")) for cell in row.cells]))
                out.append(NL)
            elif getattr(shape, "has_text_frame", False) and shape.has_text_frame:
                out.extend(_frame_runs(shape.text_frame, joiner=NL))
                out.append(PARAGRAPH)
        out.append(PARAGRAPH)
    return convert_runs(out)


def _shapes(shapes: object) -> Iterator[object]:
    for shape in shapes:  # type: ignore[attr-defined]
        if hasattr(shape, "shapes"):  # a group
            yield from _shapes(shape.shapes)
        else:
            yield shape


def _frame_runs(frame: object, joiner: Run) -> list[Run]:
    out: list[Run] = []
    for k, paragraph in enumerate(frame.paragraphs):  # type: ignore[attr-defined]
        if k:
            out.append(joiner)
        for run in paragraph.runs:
            out.append(Run(run.text, run.font.name))
    return out


# --- OpenDocument text (.odt) ---------------------------------------------------------------

_ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
}


def _odf(prefix: str, name: str) -> str:
    return f"{{{_ODF[prefix]}}}{name}"


def read_odt(zf: zipfile.ZipFile) -> Repair:
    """An OpenDocument text's paragraphs, headings, lists and tables in order; each span
    converted by the encoding of its font (style → font face → family)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    try:
        content = etree.fromstring(zf.read("content.xml"), parser)
        styles = etree.fromstring(zf.read("styles.xml"), parser) if "styles.xml" in zf.namelist() else None
    except (KeyError, etree.XMLSyntaxError) as exc:
        raise KehoachError(STAGE, f"the .odt file cannot be read: {exc}") from None
    faces: dict[str, str] = {}
    style_font: dict[str, str | None] = {}
    parent: dict[str, str] = {}
    for root in (styles, content):
        if root is None:
            continue
        for face in root.iter(_odf("style", "font-face")):
            family = face.get(_odf("svg", "font-family")) or face.get(_odf("style", "name")) or ""
            faces[face.get(_odf("style", "name")) or ""] = family.strip("'\"")
        for style in root.iter(_odf("style", "style"), _odf("style", "default-style")):
            name = style.get(_odf("style", "name")) or ""
            props = style.find(_odf("style", "text-properties"))
            face = props.get(_odf("style", "font-name")) or props.get(_odf("fo", "font-family")) if props is not None else None
            style_font[name] = faces.get(face, face) if face else None
            if style.get(_odf("style", "parent-style-name")):
                parent[name] = style.get(_odf("style", "parent-style-name"))  # type: ignore[assignment]

    def font_of(name: str | None, inherited: str | None) -> str | None:
        seen: set[str] = set()
        while name and name not in seen:
            seen.add(name)
            if style_font.get(name):
                return style_font[name]
            name = parent.get(name)
        return inherited

    body = content.find(f"{_odf('office', 'body')}/{_odf('office', 'text')}")
    if body is None:
        raise KehoachError(STAGE, "the OpenDocument file has no text body (a spreadsheet or presentation?)")
    out: list[Run] = []

    def inline(el: object, font: str | None, into: list[Run]) -> None:
        font = font_of(el.get(_odf("text", "style-name")), font)  # type: ignore[attr-defined]
        if el.text:  # type: ignore[attr-defined]
            into.append(Run(el.text, font))  # type: ignore[attr-defined]
        for child in el:  # type: ignore[attr-defined]
            tag = child.tag
            if tag == _odf("text", "s"):
                into.append(Run(" " * int(child.get(_odf("text", "c"), "1"))))
            elif tag == _odf("text", "tab"):
                into.append(Run("\t"))
            elif tag == _odf("text", "line-break"):
                into.append(NL)
            elif tag in (_odf("text", "note"), _odf("office", "annotation")):
                pass
            else:
                inline(child, font, into)
            if child.tail:
                into.append(Run(child.tail, font))

    def block(el: object, into: list[Run]) -> None:
        for child in el:  # type: ignore[attr-defined]
            tag = child.tag
            if tag in (_odf("text", "p"), _odf("text", "h")):
                inline(child, None, into)
                into.append(PARAGRAPH)
            elif tag == _odf("table", "table"):
                into.append(NL)
                for row in child.iter(_odf("table", "table-row")):
                    cells: list[list[Run]] = []
                    for cell in row.iterchildren(_odf("table", "table-cell")):
                        runs: list[Run] = []
                        for p in cell.iterchildren(_odf("text", "p"), _odf("text", "h")):
                            part: list[Run] = []
                            inline(p, None, part)
                            part = _stripped(part)
                            if part:
                                runs.extend([Run("<br>")] * bool(runs) + part)
                        cells.append(runs)
                    into.extend(table_row(cells))
                into.append(NL)
            elif tag in (_odf("text", "list"), _odf("text", "list-item"), _odf("text", "section"),
                         _odf("text", "list-header")):
                block(child, into)

    block(body, out)
    return convert_runs(out)


# --- LibreOffice, for the binary formats no Python library reads with their fonts -----------


def libreoffice_convert(data: bytes, suffix: str, target: str) -> bytes:
    """`data` (a `.doc` or `.ppt`) converted to `target` (`docx`, `pptx`) by headless
    LibreOffice, which keeps each run's font; a clear error when it is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise UnsupportedInput(
            STAGE, f"a {suffix} file, which needs LibreOffice to be read (apt-get install "
            "libreoffice-writer-nogui libreoffice-impress-nogui, or `make system`)")
    with tempfile.TemporaryDirectory(prefix="kehoach-lo-") as tmp:
        source = Path(tmp) / f"in{suffix}"
        source.write_bytes(data)
        # a profile of its own: concurrent conversions sharing one profile block each other
        profile = f"-env:UserInstallation=file://{Path(tmp) / 'profile'}"
        try:
            done = subprocess.run([soffice, "--headless", "--norestore", profile, "--convert-to", target,
                                   "--outdir", tmp, str(source)], capture_output=True,
                                  timeout=_LIBREOFFICE_SECONDS, check=False)
        except subprocess.TimeoutExpired:
            raise KehoachError(STAGE, f"LibreOffice took over {_LIBREOFFICE_SECONDS} s on the {suffix} file") from None
        converted = Path(tmp) / f"in.{target}"
        if not converted.exists():
            cause = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise KehoachError(STAGE, f"LibreOffice could not convert the {suffix} file"
                               + (f": {cause[-1]}" if cause else ""))
        return converted.read_bytes()
