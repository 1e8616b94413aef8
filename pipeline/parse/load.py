"""Turn a file into text, choosing the reader by what the bytes are, not by the extension.

Plans arrive from portals with wrong or missing extensions (a `.doc` that is really a
`.docx`, an HTML page saved as `.txt`), so the format is read from the content. Every
reader returns the same `LoadedText`: plain text in reading order, with tables as
Markdown-style rows (`| a | b |`, `<br>` for a line break inside a cell) so that one
normaliser handles tables from every format, and the offset at which each page starts.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

import filetype

from pipeline.errors import KehoachError, UnsupportedInput
from pipeline.limits import Limits
from pipeline.parse import legacy, office, xmlsafe
from pipeline.parse.normalize import CONTROL_CHARS

if TYPE_CHECKING:
    from pipeline.ocr.letterhead import Block, Letterhead

STAGE = "load"


@dataclass(frozen=True)
class LoadedText:
    text: str
    format: str
    pages: int | None = None
    page_starts: tuple[int, ...] = ()
    encoding: str | None = None
    warnings: tuple[str, ...] = ()
    encoding_repaired: str | None = None
    """`tcvn3`, `vni`, `viscii` or `cp1258` when legacy-font text was converted to Unicode."""
    ocr: bool = False
    ocr_confidence: float | None = None
    ocr_pages: tuple[int, ...] = ()
    """1-based numbers of the pages read by OCR (a mixed PDF OCRs only its scanned pages)."""
    ocr_page_confidence: tuple[float | None, ...] = ()
    letterhead: Letterhead | None = None
    """Page 1's letterhead read a second time, column by column, when page 1 is a scan."""
    signature: Block | None = None
    """The signature column of the scanned page with `Nơi nhận` (else the last scanned page)."""
    signature_page: int | None = None


def load(path: Path, data: bytes, limits: Limits | None = None) -> LoadedText:
    """Read `data` (the bytes of `path`) with the reader its content calls for, within
    `limits` (a PDF's pages, a .docx's expanded size), checked before the content is read."""
    limits = limits or Limits()
    if not data.strip():
        raise KehoachError(STAGE, "the file is empty")
    kind = filetype.guess(data[:8192])
    mime = kind.mime if kind else None
    if mime == "application/pdf" or data[:1024].lstrip().startswith(b"%PDF-"):
        return _load_pdf(data, limits)
    if data[:4] == b"PK\x03\x04" or (mime or "").startswith("application/vnd.o") or mime in _ZIP_TYPES:
        return _load_package(data, limits)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" or mime in ("application/msword", "application/vnd.ms-excel"):
        return _load_ole(data, limits)
    if data[:5] == b"{\\rtf" or mime == "application/rtf":
        return _office_text(office.read_rtf(data), "rtf", limits)
    if mime in _IMAGE_TYPES:
        return _load_image(data, mime, limits)
    if kind is not None:
        raise KehoachError(STAGE, f"not a document kehoach reads: the content is {mime}")
    claimed = path.suffix.lower()
    if limits.max_chars is not None and len(data) > 4 * limits.max_chars:
        # UTF-8 spends at most 4 bytes a character: refuse before decoding hundreds of MB
        raise KehoachError(
            STAGE, f"the text file is {len(data) / 1e6:,.0f} MB, over the limit of {limits.max_chars:,} characters "
            "per document"
        )
    # the content decides, not the name: a plan saved as text under a `.pdf` name is read as
    # text (with a warning); only content that is neither is refused, naming both
    try:
        text, encoding, repaired = _decode(data)
    except KehoachError as exc:
        if claimed not in _BINARY_SUFFIXES:
            raise
        raise type(exc)(STAGE, f"named {claimed} but the content is not a {_BINARY_SUFFIXES[claimed]} file, "
                        f"nor text: {exc.cause}") from None
    warnings = (f"named {claimed} but the content is text: read as text",) if claimed in _BINARY_SUFFIXES else ()
    if _looks_like_html(text, path):
        text = _html_to_text(text)
        fixed = _repaired(text)
        return LoadedText(fixed.text, "html", encoding=encoding, encoding_repaired=repaired or fixed.encoding,
                          warnings=warnings)
    fixed = _repaired(text)
    fmt = "md" if claimed in (".md", ".markdown") else "txt"
    return LoadedText(fixed.text, fmt, encoding=encoding, encoding_repaired=repaired or fixed.encoding,
                      warnings=warnings)


# --- plain text ---------------------------------------------------------------------------

_BINARY_SUFFIXES = {
    ".pdf": "PDF", ".docx": "Word .docx", ".doc": "Word", ".xlsx": "Excel", ".xls": "Excel",
    ".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".tif": "TIFF", ".tiff": "TIFF", ".zip": "zip",
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_CHAR_BYTES = bytes(b for b in range(0x80) if CONTROL_CHARS.match(chr(b)))
"""The UTF-8 bytes of the characters `CONTROL_CHARS` matches (all ASCII): each is its own byte,
which no other character's bytes hold."""
_CONTROL_BYTES = _CONTROL_CHAR_BYTES.replace(b"\x7f", b"")
"""Control bytes text never holds (tab, line ends and form feed aside), looked for in the raw
bytes before any decoding (DEL is counted only in decoded text); counted as what
`bytes.translate` deletes, a table lookup per byte where a regex tried a class at each one."""


def _count_bytes(data: bytes, among: bytes) -> int:
    """How many bytes of `data` are one of `among` (what `bytes.translate` deletes)."""
    return len(data) - len(data.translate(None, among))


def _utf16_without_bom(head: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` for UTF-16 saved without a byte-order mark (Windows tools
    and some portals' exports do): Vietnamese text is mostly ASCII letters and spaces, whose
    high byte is zero, so zeros fill every other byte and almost never the bytes between."""
    if len(head) < 16 or 0 not in head:
        return None  # too short to tell, or no zero byte at all (every UTF-8 text): one memchr
    even, odd = head[0::2], head[1::2]
    zero_even, zero_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zero_odd > 0.3 and zero_even < 0.02:
        return "utf-16-le"
    if zero_even > 0.3 and zero_odd < 0.02:
        return "utf-16-be"
    return None


def _decode(data: bytes) -> tuple[str, str, str | None]:
    """(text, encoding read, legacy encoding repaired): UTF-8 with or without BOM, UTF-16/32
    with a BOM, UTF-16 without one, and 8-bit legacy Vietnamese; anything else is refused."""
    head = data[:65536]
    utf16 = _utf16_without_bom(head)
    if utf16 is not None and not head.startswith(tuple(bom for bom, _ in _BOMS)):
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            pass  # zeros in a pattern, but not UTF-16: judged as bytes below
        else:
            if len(CONTROL_CHARS.findall(text[:65536])) <= max(8, len(text[:65536]) // 100):
                return text, utf16, None
    if not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        if _count_bytes(head, _CONTROL_BYTES) > max(8, len(head) // 100):
            raise KehoachError(STAGE, "binary data, not text (control bytes throughout the file)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, None
            except UnicodeDecodeError as exc:
                raise KehoachError(STAGE, f"declares {encoding} by its byte-order mark but is not valid {encoding}: {exc.reason} at byte {exc.start}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _decode_legacy(data, exc)
    if _controls_throughout(text, data):
        raise KehoachError(STAGE, "binary data, not text (control bytes throughout the file)")
    return text, "utf-8", None


def _controls_throughout(text: str, utf8: bytes) -> bool:
    """Whether the first 65,536 characters of `text` (decoded from `utf8`) hold control
    characters throughout. A file with at most eight of them in all, nearly every one, is known
    by a count of their bytes (a table lookup per byte), not by a regex tried at each character."""
    if _count_bytes(utf8, _CONTROL_CHAR_BYTES) <= 8:
        return False
    window = text[:65536]
    return len(CONTROL_CHARS.findall(window)) > max(8, len(window) // 100)


def _decode_legacy(data: bytes, exc: UnicodeDecodeError) -> tuple[str, str, str | None]:
    """8-bit text: a TCVN3/VNI font's bytes (read through Windows-1252, as Word and the web
    showed them), or Windows-1258; anything else is refused with the byte that failed."""
    as_1252 = data.decode("cp1252", errors="latin1_gaps")
    fixed = legacy.repair(as_1252)
    if fixed.encoding:
        return fixed.text, "cp1252", fixed.encoding
    as_1258 = legacy.decode_cp1258(data)
    if as_1258 is not None:
        return as_1258, "cp1258", "cp1258"
    raise UnsupportedInput(
        STAGE,
        f"text is not UTF-8 (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}) and not recognisably "
        "TCVN3, VNI or Windows-1258 Vietnamese: re-save the file as UTF-8",
    ) from None


def _repaired(text: str) -> legacy.Repair:
    """Legacy-font text converted to Unicode; text that still reads as a legacy font after
    that (an encoding the tables do not know) is refused rather than extracted as noise."""
    if not legacy.looks_legacy(text):
        return legacy.Repair(text, None)  # Unicode (nearly every text): looked at once, not twice
    fixed = legacy.repair(text)
    if fixed.encoding is None:
        raise UnsupportedInput(
            STAGE, "the text is in a legacy Vietnamese font encoding that was not recognised (e.g. 'Ph¸t triÓn' "
            "is TCVN3, 'Phaùt trieån' VNI); re-save it in Unicode"
        )
    return fixed


# A scan run through a phone OCR app can carry a text layer whose diacritics decode wrongly
# (`CØNG HOÀXÃ HØI CHæNGH(AVIÆT NAM`), with unmapped glyphs as `(cid:16)`: such a page must be
# read from its image, not from that layer.
_BROKEN_GLYPHS = re.compile(r"\(cid:\d+\)|[ØÆæøþÞ]")


def _broken_layer(text: str) -> bool:
    broken = len(_BROKEN_GLYPHS.findall(text))
    letters = sum(1 for c in text if c.isalpha())
    return broken >= 5 and broken > 0.01 * max(letters, 1)


# --- HTML ---------------------------------------------------------------------------------

_HTML_START = re.compile(r"\s*(<\?xml[^>]*>\s*)?(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I)


def _looks_like_html(text: str, path: Path) -> bool:
    if _HTML_START.match(text[:2048]):
        return True
    return path.suffix.lower() in (".html", ".htm") and "<" in text[:2048]


_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template")
_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol section article main blockquote pre dd dt dl br tr table".split()
)


def _html_to_text(html: str) -> str:
    """Main content only (`<main>`, `<article>` or `<body>`), block elements as paragraphs."""
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=False)
    try:
        root = lxml_html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise KehoachError(STAGE, f"HTML could not be parsed: {exc}") from None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        raise KehoachError(STAGE, "the HTML nests elements deeper than the parser allows (256 levels); "
                           "refused as malformed or hostile")
    for bad in root.xpath("|".join(f"//{t}" for t in _DROP_TAGS)):
        bad.drop_tree()
    main = root.xpath("//main") or root.xpath("//article") or root.xpath("//body") or [root]
    out: list[str] = []
    in_table = 0
    # iterative, not recursive: hostile pages nest thousands of elements deep
    for event, el in etree.iterwalk(main[0], events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag == "table":
                if not in_table:  # a table's cells are emitted with their row, once
                    out.append("\n\n")
                    for row in el.xpath(".//tr"):
                        cells = [" ".join(c.text_content().split()) for c in row.xpath("./th|./td")]
                        out.append("| " + " | ".join(cells) + " |\n")
                    out.append("\n")
                in_table += 1
            elif not in_table:
                if tag in _BLOCK_TAGS:
                    out.append("\n\n" if tag != "br" else "\n")
                if el.text:
                    out.append(el.text)
        else:
            if tag == "table":
                in_table -= 1
            elif not in_table and tag in _BLOCK_TAGS and tag != "br":
                out.append("\n\n")
            if not in_table and el.tail and el is not main[0]:
                out.append(el.tail)
    return re.sub(r"\n{3,}", "\n\n", "".join(out)).strip() + "\n"


# --- DOCX ---------------------------------------------------------------------------------


_PACKAGES = {"word/document.xml": "docx", "xl/workbook.xml": "xlsx", "ppt/presentation.xml": "pptx",
             "content.xml": "odt"}
_ZIP_TYPES = ("application/zip", "application/x-zip-compressed")


def _check_package(zf: zipfile.ZipFile, limits: Limits) -> str:
    """The kind of Office package (`docx`, `xlsx`, `pptx`, `odt`), after refusing one whose
    parts would cost too much to read or declare a DTD (`xmlsafe`: Office never writes one,
    and entities are how XXE and billion-laughs attacks work), before any tree is built."""
    names = zf.namelist()
    kind = next((k for part, k in _PACKAGES.items() if part in names), None)
    if kind is None:
        raise KehoachError(STAGE, "a zip archive that is not an Office document (no word/document.xml, "
                           "xl/workbook.xml, ppt/presentation.xml or content.xml inside)")
    xmlsafe.check_container(zf, limits, f".{kind}")
    return kind


def _load_package(data: bytes, limits: Limits) -> LoadedText:
    """A zip-based Office file, its kind read from the parts inside (not the name)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            kind = _check_package(zf, limits)
            if kind == "odt":
                return _office_text(office.read_odt(zf), "odt", limits)
    except zipfile.BadZipFile as exc:
        raise KehoachError(STAGE, f"the zip package is damaged and cannot be opened: {exc}") from None
    if kind == "docx":
        return _load_docx(data, limits)
    reader = office.read_xlsx if kind == "xlsx" else office.read_pptx
    return _office_text(reader(data), kind, limits)


def _load_ole(data: bytes, limits: Limits, ) -> LoadedText:
    """A Word, Excel or PowerPoint 97-2003 file, told apart by the streams inside."""
    import olefile

    try:
        with olefile.OleFileIO(data) as ole:
            streams = {entry[0] for entry in ole.listdir()}
    except Exception as exc:  # olefile raises OSError and its own errors on damaged files
        raise KehoachError(STAGE, f"the .doc file cannot be read: {type(exc).__name__}: {exc}") from None
    if streams & {"Workbook", "Book"}:
        return _office_text(office.read_xls(data), "xls", limits)
    if "PowerPoint Document" in streams:
        return _office_text(office.read_pptx(office.libreoffice_convert(data, ".ppt", "pptx")), "ppt", limits)
    return _load_doc(data, limits)


def _office_text(fixed: legacy.Repair, fmt: str, limits: Limits) -> LoadedText:
    if limits.max_chars is not None and len(fixed.text) > limits.max_chars:
        raise KehoachError(STAGE, f"the text is {len(fixed.text):,} characters, over the limit of {limits.max_chars:,}")
    if not fixed.text.strip():
        raise KehoachError(STAGE, f"the .{fmt} file holds no text")
    return LoadedText(fixed.text, fmt, encoding="unicode", encoding_repaired=fixed.encoding)


def _load_docx(data: bytes, limits: Limits, fmt: str = "docx") -> LoadedText:
    """Paragraphs and tables in document order, each run converted by its font's encoding."""
    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            _check_package(zf, limits)
        document = docx.Document(io.BytesIO(data))
    except KehoachError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise KehoachError(STAGE, f"the .docx is damaged and cannot be opened: {exc}") from None
    except Exception as exc:  # python-docx raises lxml and package errors of many kinds
        raise KehoachError(STAGE, f"the .docx cannot be read: {type(exc).__name__}: {exc}") from None
    # a .doc keeps its tracked deletions, as antiword (its reader without LibreOffice) reads them
    return _office_text(legacy.convert_runs(office.docx_runs(document, deleted=fmt == "doc")), fmt, limits)


# --- PDF ----------------------------------------------------------------------------------

_MIN_TEXT_PER_PAGE = 40  # a signature stamp ("Ký bởi ... Thời gian ký") is about this long
_OCR_DPI = 300
_MAX_RENDER_PIXELS = 12_000  # the long side of a page image: A0 at 300 dpi is 14,000
_IMAGE_TYPES = {"image/png": "PNG", "image/jpeg": "JPEG", "image/tiff": "TIFF", "image/bmp": "BMP",
                "image/gif": "GIF", "image/webp": "WEBP"}


def _page_needs_ocr(text: str) -> str | None:
    """Why a PDF page's text layer cannot be used (None when it can)."""
    if len(text.strip()) < _MIN_TEXT_PER_PAGE:
        return "no text layer"
    if _broken_layer(text):
        return "a broken text layer"
    return None


def _load_pdf(data: bytes, limits: Limits) -> LoadedText:
    """Text PDFs page by page with pdfplumber; a page with no usable text layer (a scan, a
    signature stamp only, a phone app's garbled layer) is rendered and read by OCR, so a
    mixed PDF takes each page from where its text really is. Page starts are kept for every
    span's page."""
    texts = _pdf_text_layers(data, limits.max_pages)
    if not texts:
        raise KehoachError(STAGE, "the PDF has no pages")
    # a legacy-font layer is decided on the whole document (one page is too little to
    # judge), and repaired before pages are judged: TCVN3's `Ø`, `Æ` are letters, not breakage
    repaired = legacy.repair("\n\n".join(texts)).encoding if legacy.looks_legacy("\n\n".join(texts)) else None
    if repaired:
        texts = [legacy.repair_as(t, repaired) for t in texts]
    reasons = {i: why for i, t in enumerate(texts) if (why := _page_needs_ocr(t))}
    warnings: list[str] = []
    ocr_conf: dict[int, float | None] = {}
    letterhead = signature = signed = None
    if reasons:
        blank = _ocr_pdf_pages(data, sorted(reasons), limits, texts, ocr_conf)
        if len(blank) == len(texts):
            raise KehoachError(STAGE, f"the PDF's {len(texts)} page(s) are all blank (no text layer and no ink): "
                               "nothing to read")
        if blank:
            warnings.append(f"pages {', '.join(str(i + 1) for i in blank)} are blank: not read by OCR")
        warnings += _ocr_warnings(ocr_conf, len(texts) - len(blank))
        read = {i: texts[i] for i in sorted(reasons) if i not in blank}
        if 0 in read:
            first = next(_render_pdf_pages(data, [0]))
            letterhead = _letterhead(first) if first is not None else None
        if read:
            signed = _signature_page(read)
            signed_image = next(_render_pdf_pages(data, [signed], grayscale=False))
            signature = _signature(signed_image) if signed_image is not None else None
    if b"%%EOF" not in data[-2048:]:
        warnings.append("the PDF has no end-of-file marker: it may be truncated, and its text incomplete")
    joined, starts = _join_pages(texts)
    return LoadedText(
        joined, "pdf", pages=len(texts), page_starts=starts, encoding="unicode", warnings=tuple(warnings),
        encoding_repaired=repaired, **_ocr_fields(ocr_conf), letterhead=letterhead,
        signature=signature, signature_page=None if signed is None else signed + 1,
    )


def _pdf_text_layers(data: bytes, max_pages: int | None) -> list[str]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if max_pages is not None and len(pdf.pages) > max_pages:
                raise KehoachError(STAGE, f"the PDF has {len(pdf.pages)} pages, over the limit of {max_pages} per document")
            return [_page_text(page) for page in pdf.pages]
    except KehoachError:
        raise
    except PDFPasswordIncorrect:
        raise KehoachError(STAGE, "the PDF is protected by a password") from None
    except PDFSyntaxError as exc:
        raise KehoachError(STAGE, f"the PDF is damaged or truncated: {exc}") from None
    except Exception as exc:  # pdfplumber wraps pdfminer's many errors in PdfminerException
        causes = [exc, exc.__cause__, exc.__context__, *(a for a in exc.args if isinstance(a, BaseException))]
        names = [type(c).__name__ for c in causes if c is not None]
        if any("Password" in n or "Encrypt" in n for n in names):
            raise KehoachError(STAGE, "the PDF is protected by a password") from None
        inner = next((c for c in causes[1:] if c is not None), exc)
        raise KehoachError(
            STAGE, f"the PDF cannot be read ({type(inner).__name__}: {inner}); it may be damaged or truncated"
        ) from None


def _page_text(page) -> str:  # type: ignore[no-untyped-def]
    """A page's text layer. A ruled task table (its header numbers the rows and names who
    does the work, `normalize.is_task_header`) is read by pdfplumber's table finder, cell by
    cell inside its ruling, and written one row per line, `| STT | Nhiệm vụ | … |`: read as
    plain text its wrapped cells interleave (`1 Tổ chức hội nghị triển khai Sở Tư pháp …` /
    `Luật Phòng, chống mại dâm`). The text above, between and below such tables is read as
    before."""
    from pipeline.parse.normalize import is_task_header

    tables = []
    for table in page.find_tables():
        rows = table.extract()
        if rows and is_task_header([" ".join((c or "").split()) for c in rows[0]]):
            tables.append((table.bbox, _grid_rows(rows, [r.cells for r in table.rows])))
    if not tables:
        return page.extract_text() or ""
    x0, top, x1, bottom = page.bbox
    parts: list[str] = []
    for (_, t_top, _, t_bottom), rows in sorted(tables, key=lambda t: t[0][1]):
        if t_top > top:
            parts.append(page.crop((x0, top, x1, t_top)).extract_text() or "")
        parts.extend(rows)
        top = max(top, t_bottom)
    if top < bottom:
        parts.append(page.crop((x0, top, x1, bottom)).extract_text() or "")
    return "\n".join(p for p in parts if p)


def _grid_rows(rows: list[list[str | None]], boxes: list[list[tuple | None]]) -> list[str]:
    """Rows of a ruled table as `| … |` lines, merged cells kept with their spans. A cell
    merged down over rows (one lead for several duties) is None in the rows below it: each
    takes the text from the row above. A cell merged across (a group title `I. Hoàn thiện thể
    chế` over the whole row) covers the columns to its right: those stay empty."""
    out: list[str] = []
    above: list[str] = []
    for i, row in enumerate(rows):
        cells: list[str] = []
        reach = -1.0  # the right edge of the last real cell of this row
        for j, c in enumerate(row):
            box = boxes[i][j] if j < len(boxes[i]) else None
            if c is not None:
                cells.append(" ".join(c.split()))
                reach = box[2] if box else reach
                continue
            left = next((b[0] for b in (r[j] for r in boxes if j < len(r)) if b), None)  # the column's left edge
            across = left is not None and reach > left
            cells.append("" if across or i <= 1 or j >= len(above) else above[j])
        out.append("| " + " | ".join(cells) + " |")
        above = cells
    return out


_OCR_BATCH = 8
"""Pages rendered at a time for OCR: a page at 300 dpi is 8.7 MB, so a 2,000-page scan
rendered at once would need 17 GB."""


def _ocr_pdf_pages(data: bytes, pages: list[int], limits: Limits, texts: list[str],
                   confidence: dict[int, float | None]) -> list[int]:
    """OCR the given 0-based pages into `texts` and `confidence`, a few pages at a time;
    returns the blank ones (no ink), which are left empty rather than sent to Tesseract."""
    from pipeline.ocr.preprocess import is_blank

    blank: list[int] = []
    rendered = zip(pages, _render_pdf_pages(data, pages))
    while batch := list(islice(rendered, _OCR_BATCH)):
        inked = []
        for i, image in batch:
            if image is None or is_blank(image):
                blank.append(i)
                texts[i] = ""
            else:
                inked.append((i, image))
        if inked:
            for (i, _), page in zip(inked, _ocr([image for _, image in inked], limits)):
                texts[i] = page.text
                confidence[i] = page.confidence
    return blank


def _render_pdf_pages(data: bytes, pages: list[int], grayscale: bool = True) -> Iterator:
    """The given 0-based pages as images at the OCR resolution (pypdfium2, in process), one
    at a time so the caller decides how many it holds; None for a page with nothing drawn."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
        try:
            for i in pages:
                width, height = pdf[i].get_size()
                if max(width, height) * _OCR_DPI / 72 > _MAX_RENDER_PIXELS:
                    raise KehoachError(
                        STAGE, f"page {i + 1} has no text layer and is {width / 72:.0f} × {height / 72:.0f} inches, "
                        f"too large to render for OCR (over {_MAX_RENDER_PIXELS:,} pixels at {_OCR_DPI} dpi)"
                    )
                if next(pdf[i].get_objects(max_depth=2), None) is None:
                    yield None  # nothing drawn on it: blank without rendering
                    continue
                yield pdf[i].render(scale=_OCR_DPI / 72, grayscale=grayscale).to_pil()
        finally:
            pdf.close()
    except pdfium.PdfiumError as exc:
        raise KehoachError(STAGE, f"the PDF's pages cannot be rendered for OCR: {exc}") from None


def _ocr(images: list, limits: Limits) -> list:
    from pipeline.ocr.tesseract import OcrUnavailable, check_installed, ocr_pages

    try:
        check_installed()
    except OcrUnavailable as exc:
        raise UnsupportedInput(STAGE, f"the pages are scanned images and need OCR, but {exc}") from None
    return ocr_pages(images, threads=limits.ocr_threads)


def _letterhead(page) -> Letterhead:  # type: ignore[no-untyped-def]
    """Page 1's letterhead read again on its own (pipeline.ocr.letterhead): the issuer, number
    and date lines that the whole-page reading garbles on a scan."""
    from pipeline.ocr.letterhead import read_letterhead

    return read_letterhead(page)


def _signature_page(texts: dict[int, str]) -> int:
    """The 0-based scanned page that is signed: the last with `Nơi nhận` (the distribution list
    sits beside the signature), else the last scanned page."""
    marked = [i for i, t in texts.items() if "nơi nhận" in t.casefold()]
    return max(marked) if marked else max(texts)


def _signature(page) -> Block:  # type: ignore[no-untyped-def]
    """The signature column read again on its own (pipeline.ocr.letterhead.read_signature)."""
    from pipeline.ocr.letterhead import read_signature

    return read_signature(page)


def _ocr_warnings(confidence: dict[int, float | None], pages: int) -> list[str]:
    from pipeline.ocr.tesseract import LOW_CONFIDENCE

    warnings = []
    if len(confidence) < pages:
        warnings.append(f"pages {', '.join(str(i + 1) for i in sorted(confidence))} read by OCR (no usable text layer)")
    for i, conf in sorted(confidence.items()):
        if conf is None:
            warnings.append(f"page {i + 1}: OCR found no text")
        elif conf < LOW_CONFIDENCE:
            warnings.append(f"page {i + 1}: OCR confidence {conf:.2f}, below {LOW_CONFIDENCE:.2f}: check it against the image")
    return warnings


def _ocr_fields(confidence: dict[int, float | None]) -> dict:
    if not confidence:
        return {}
    known = [c for c in confidence.values() if c is not None]
    return {"ocr": True, "ocr_confidence": round(sum(known) / len(known), 4) if known else None,
            "ocr_pages": tuple(i + 1 for i in sorted(confidence)),
            "ocr_page_confidence": tuple(None if c is None else round(c, 4) for _, c in sorted(confidence.items()))}


_SENTENCE_END = re.compile(r"[.;:!?)\]”\"*|/]\s*$|^\s*$")


def _join_pages(texts: list[str]) -> tuple[str, tuple[int, ...]]:
    """The pages in one text, and where each starts. A page that stops mid-sentence (`… UBND
    các` / `huyện, thị xã, …` on the next page) is joined by a line break, not a paragraph
    break, so the normaliser re-joins the sentence as it re-joins any wrapped line."""
    starts: list[int] = []
    parts: list[str] = []
    offset = 0
    for i, text in enumerate(texts):
        starts.append(offset)
        last = i == len(texts) - 1
        chunk = text.rstrip() + ("\n\n" if last or _SENTENCE_END.search(text) else "\n")
        parts.append(chunk)
        offset += len(chunk)
    return "".join(parts), tuple(starts)


# --- images -------------------------------------------------------------------------------


def _load_image(data: bytes, mime: str, limits: Limits) -> LoadedText:
    """A photo or scan (PNG, JPEG, multi-page TIFF, …), every frame a page, read by OCR."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            frames = [frame.convert("RGB") for frame in ImageSequence.Iterator(image)]
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise KehoachError(STAGE, f"the {_IMAGE_TYPES[mime]} image cannot be read: {exc}") from None
    if limits.max_pages is not None and len(frames) > limits.max_pages:
        raise KehoachError(STAGE, f"the image has {len(frames)} pages, over the limit of {limits.max_pages}")
    pages = _ocr(frames, limits)
    confidence = {i: p.confidence for i, p in enumerate(pages)}
    signed = _signature_page({i: p.text for i, p in enumerate(pages)})
    joined, starts = _join_pages([p.text for p in pages])
    return LoadedText(joined, "image", pages=len(pages), page_starts=starts, encoding="unicode",
                      warnings=tuple(_ocr_warnings(confidence, len(pages))), **_ocr_fields(confidence),
                      letterhead=_letterhead(frames[0]), signature=_signature(frames[signed]),
                      signature_page=signed + 1)


# --- Word 97-2003 .doc --------------------------------------------------------------------

_ANTIWORD_SECONDS = 60


def _load_doc(data: bytes, limits: Limits) -> LoadedText:
    """Word 97-2003 files through LibreOffice when it is installed: converted to .docx, each
    run keeps its font, so a document mixing Unicode and TCVN3 or VNI runs converts run by
    run. Without LibreOffice, or when it fails, antiword reads the text without fonts and the
    encoding is decided for the whole document."""
    import shutil

    if shutil.which("soffice") or shutil.which("libreoffice"):
        try:
            return _load_docx(office.libreoffice_convert(data, ".doc", "docx"), limits, fmt="doc")
        except KehoachError as exc:
            if shutil.which("antiword") is None:
                raise
            failed: KehoachError | None = exc
    else:
        failed = None
    try:
        return _antiword_doc(data, limits)
    except KehoachError:
        if failed is not None:
            raise failed from None
        raise


def _antiword_doc(data: bytes, limits: Limits) -> LoadedText:
    """antiword's text of a .doc (tables come out as `|cell|cell|` rows). Text typed in a
    TCVN3 or VNI font comes out as that font's Latin-1 letters and is repaired; the decision
    is made from the text, since a Unicode .doc may still declare `.VnTime`."""
    import shutil
    import subprocess
    import tempfile

    if shutil.which("antiword") is None:
        raise UnsupportedInput(STAGE, "a Word 97-2003 .doc file, which needs LibreOffice or antiword (`make system`: "
                               "apt-get install libreoffice-writer-nogui antiword)")
    with tempfile.NamedTemporaryFile(suffix=".doc") as tmp:
        tmp.write(data)
        tmp.flush()
        try:
            done = subprocess.run(["antiword", "-m", "UTF-8.txt", "-w", "0", tmp.name], capture_output=True,
                                  timeout=_ANTIWORD_SECONDS, check=False)
        except subprocess.TimeoutExpired:
            raise KehoachError(STAGE, f"antiword took over {_ANTIWORD_SECONDS} s on the .doc file") from None
    if done.returncode != 0 or not done.stdout.strip():
        lines = done.stderr.decode("utf-8", "replace").replace(tmp.name, "it").strip().splitlines()
        cause = lines[-1] if lines else "antiword found no text"
        raise KehoachError(STAGE, f"the .doc file cannot be read: {cause}")
    text = done.stdout.decode("utf-8", "replace")
    if limits.max_chars is not None and len(text) > limits.max_chars:
        raise KehoachError(STAGE, f"the text is {len(text):,} characters, over the limit of {limits.max_chars:,}")
    fixed = _repaired(_doc_tables(text))
    return LoadedText(fixed.text, "doc", encoding="unicode", encoding_repaired=fixed.encoding)


_DOC_ROW = re.compile(r"^\|(.*)\|\s*$")


def _doc_tables(text: str) -> str:
    """antiword writes a table row `|a|b|`; the normaliser reads rows as `| a | b |`."""
    return "\n".join("| " + " | ".join(c.strip() for c in m.group(1).split("|")) + " |" if (m := _DOC_ROW.match(line))
                     else line for line in text.split("\n"))
