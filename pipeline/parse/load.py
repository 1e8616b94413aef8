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
from dataclasses import dataclass
from pathlib import Path

import filetype

from pipeline.errors import KehoachError, UnsupportedInput
from pipeline.limits import Limits

STAGE = "load"


@dataclass(frozen=True)
class LoadedText:
    text: str
    format: str
    pages: int | None = None
    page_starts: tuple[int, ...] = ()
    encoding: str | None = None
    warnings: tuple[str, ...] = ()


def load(path: Path, data: bytes, limits: Limits | None = None) -> LoadedText:
    """Read `data` (the bytes of `path`) with the reader its content calls for, within
    `limits` (a PDF's pages, a .docx's expanded size), checked before the content is read."""
    limits = limits or Limits()
    if not data.strip():
        raise KehoachError(STAGE, "the file is empty")
    kind = filetype.guess(data[:8192])
    mime = kind.mime if kind else None
    if mime == "application/pdf" or data[:1024].lstrip().startswith(b"%PDF-"):
        return _load_pdf(data, limits.max_pages)
    if mime and mime.startswith("application/vnd.openxmlformats-officedocument.wordprocessingml"):
        return _load_docx(data, limits.max_unzipped)
    if mime in ("application/zip", "application/x-zip-compressed") or data[:4] == b"PK\x03\x04":
        raise KehoachError(STAGE, "a zip archive that is not a Word .docx (no word/document.xml inside)")
    if mime == "application/msword" or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise UnsupportedInput(
            STAGE, "a Word 97-2003 .doc file: not supported yet (needs the .doc/OCR formats support); "
            "save it as .docx to process it now"
        )
    if mime and mime.startswith("image/"):
        raise UnsupportedInput(STAGE, f"an image ({mime}): OCR of scanned pages is not supported yet")
    if kind is not None:
        raise KehoachError(STAGE, f"not a document kehoach reads: the content is {mime}")
    claimed = path.suffix.lower()
    if claimed in _BINARY_SUFFIXES:
        raise KehoachError(STAGE, f"named {claimed} but the content is not a {_BINARY_SUFFIXES[claimed]} file")
    if limits.max_chars is not None and len(data) > 4 * limits.max_chars:
        # UTF-8 spends at most 4 bytes a character: refuse before decoding hundreds of MB
        raise KehoachError(
            STAGE, f"the text file is {len(data) / 1e6:,.0f} MB, over the limit of {limits.max_chars:,} characters "
            "per document"
        )
    text, encoding = _decode(data)
    if _looks_like_html(text, path):
        return LoadedText(_html_to_text(text), "html", encoding=encoding)
    _refuse_legacy_encoding(text)
    return LoadedText(text, "md" if path.suffix.lower() in (".md", ".markdown") else "txt", encoding=encoding)


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
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f]")


def _decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM) and BOM-marked UTF-16/32; anything else is refused."""
    head = data[:65536]
    if not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        if len(_CONTROL_BYTES.findall(head)) > max(8, len(head) // 100):
            raise KehoachError(STAGE, "binary data, not text (control bytes throughout the file)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise KehoachError(STAGE, f"declares {encoding} by its byte-order mark but is not valid {encoding}: {exc.reason} at byte {exc.start}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnsupportedInput(
            STAGE,
            f"text is not UTF-8 (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}); legacy "
            "encodings (TCVN3, VNI, Windows-1258) are not supported yet: re-save the file as UTF-8",
        ) from None
    if len(_CONTROL.findall(text[:65536])) > max(8, len(text[:65536]) // 100):
        raise KehoachError(STAGE, "binary data, not text (control bytes throughout the file)")
    return text, "utf-8"


# Characters that Vietnamese text typed in the TCVN3 (ABC) or VNI fonts shows as when read as
# Unicode: `Ph¸t triÓn` (TCVN3), `Phaùt trieån` (VNI). Real Unicode Vietnamese uses precomposed
# letters from U+1EA0-U+1EF9 and ăâđêôơư instead, so the two counts tell the encodings apart.
_LEGACY_MARKS = re.compile(r"[¸µ¶·¹¨©ª«®¬ÒÓÔÕÖ×ØÙÚÛÜÝÞßðñòóôõöøùúûüýþ]")
_VIETNAMESE = re.compile(r"[\u1ea0-\u1ef9ăâđêôơưĂÂĐÊÔƠƯ]")


def _refuse_legacy_encoding(text: str) -> None:
    sample = text[:200_000]
    legacy = len(_LEGACY_MARKS.findall(sample))
    modern = len(_VIETNAMESE.findall(sample))
    if legacy > 50 and legacy > 5 * modern:
        raise UnsupportedInput(
            STAGE, "the text is in a legacy Vietnamese font encoding (TCVN3/ABC or VNI), e.g. "
            "'Ph¸t triÓn'; conversion to Unicode is not supported yet"
        )


# A scan run through a phone OCR app can carry a text layer whose diacritics decode wrongly
# (`CØNG HOÀXÃ HØI CHæNGH(AVIÆT NAM`), with unmapped glyphs as `(cid:16)`: such text must not be
# extracted from as if it were the document.
_BROKEN_GLYPHS = re.compile(r"\(cid:\d+\)|[ØÆæøþÞ]")


def _refuse_broken_text_layer(text: str) -> None:
    broken = len(_BROKEN_GLYPHS.findall(text))
    letters = sum(1 for c in text[:200_000] if c.isalpha())
    if broken >= 10 and broken > 0.01 * max(letters, 1):
        raise UnsupportedInput(
            STAGE, f"the PDF's text layer is broken ({broken} undecodable glyphs such as '(cid:16)' or 'Ø'); "
            "the page images need OCR, which is not supported yet"
        )


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


_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)


def _check_docx_package(zf: zipfile.ZipFile, max_unzipped: int | None) -> None:
    """Refuse a package that would expand past the limit (a zip bomb) or whose XML declares
    a DTD: Word never writes one, and entities are how XXE and billion-laughs attacks work."""
    names = zf.namelist()
    if "word/document.xml" not in names:
        raise KehoachError(STAGE, "a zip archive that is not a Word .docx (no word/document.xml inside)")
    expanded = sum(info.file_size for info in zf.infolist())
    if max_unzipped is not None and expanded > max_unzipped:
        raise KehoachError(
            STAGE, f"the .docx expands to {expanded / 1e6:,.0f} MB, over the {max_unzipped / 1e6:,.0f} MB limit "
            "(a decompression bomb?)"
        )
    for name in names:
        if name.endswith((".xml", ".rels")):
            with zf.open(name) as part:
                head = part.read(4096)
            if _DTD.search(head):
                raise KehoachError(STAGE, f"the .docx declares a DTD or entities in {name}; refused, since "
                                   "external entities are never resolved")


def _load_docx(data: bytes, max_unzipped: int | None = None) -> LoadedText:
    """Paragraphs and tables in document order (python-docx lists them separately)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            _check_docx_package(zf, max_unzipped)
        document = docx.Document(io.BytesIO(data))
    except KehoachError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise KehoachError(STAGE, f"the .docx is damaged and cannot be opened: {exc}") from None
    except Exception as exc:  # python-docx raises lxml and package errors of many kinds
        raise KehoachError(STAGE, f"the .docx cannot be read: {type(exc).__name__}: {exc}") from None
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(block, document).text)
            lines.append("")
        elif tag == "tbl":
            lines.append("")
            for row in Table(block, document).rows:
                cells: list[str] = []
                seen: set[int] = set()
                for cell in row.cells:  # a merged cell is returned once per grid column
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    cells.append("<br>".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
                lines.append("| " + " | ".join(cells) + " |")
            lines.append("")
    text = "\n".join(lines)
    _refuse_legacy_encoding(text)
    return LoadedText(text, "docx", encoding="unicode")


# --- PDF ----------------------------------------------------------------------------------

_MIN_TEXT_PER_PAGE = 40  # a signature stamp ("Ký bởi ... Thời gian ký") is about this long


def _load_pdf(data: bytes, max_pages: int | None = None) -> LoadedText:
    """Text PDFs page by page with pdfplumber; page starts are kept for every span's page."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if max_pages is not None and len(pdf.pages) > max_pages:
                raise KehoachError(STAGE, f"the PDF has {len(pdf.pages)} pages, over the limit of {max_pages} per document")
            texts = [page.extract_text() or "" for page in pdf.pages]
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
    if not texts:
        raise KehoachError(STAGE, "the PDF has no pages")
    textless = [i + 1 for i, t in enumerate(texts) if len(t.strip()) < _MIN_TEXT_PER_PAGE]
    if textless:
        which = "all pages" if len(textless) == len(texts) else "pages " + ", ".join(map(str, textless))
        raise UnsupportedInput(
            STAGE, f"scanned PDF: {which} carry no text layer; OCR is not supported yet"
        )
    starts: list[int] = []
    parts: list[str] = []
    offset = 0
    for text in texts:
        starts.append(offset)
        chunk = text + "\n\n"
        parts.append(chunk)
        offset += len(chunk)
    joined = "".join(parts)
    _refuse_legacy_encoding(joined)
    _refuse_broken_text_layer(joined)
    warnings = () if b"%%EOF" in data[-2048:] else (
        "the PDF has no end-of-file marker: it may be truncated, and its text incomplete",
    )
    return LoadedText(
        joined, "pdf", pages=len(texts), page_starts=tuple(starts), encoding="unicode", warnings=warnings
    )
