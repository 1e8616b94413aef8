"""Zip containers of XML (.docx, .xlsx, .pptx, .odt) checked as a stream before any reader
builds a tree from them.

A reader such as python-docx decompresses every part into memory and parses the XML into a
tree of Python-visible nodes, which costs ten to twenty times the XML's size: an 800 KB
.docx whose XML expands to 240 MB used 2.7 GB, and one of 20 million empty paragraphs 5 GB.
So every member is decompressed here in chunks and thrown away as it is read, counting bytes,
and every XML member is fed to expat (no tree), refusing any DTD, while its start tags are
counted. What passes is small enough to parse: the limits (`pipeline.limits.Limits`) hold the
tree under a gigabyte. A member is judged XML by its content, not its name or extension, and a DTD
anywhere in it is refused, not only in its first kilobytes.

Readers call `check_container` once on the open zip, then read parts as they like; or
`read_part` for one part, checked and returned as bytes.
"""

from __future__ import annotations

import re
import xml.parsers.expat
import zipfile
import zlib

from pipeline.errors import KehoachError
from pipeline.limits import Limits

STAGE = "load"
_CHUNK = 1 << 16
_XML_START = re.compile(rb"^(?:\xef\xbb\xbf|\xff\xfe|\xfe\xff)?\s*<")


class _Refused(Exception):
    """Raised from inside an expat handler; turned into a KehoachError with the part's name."""


def _megabytes(n: int) -> str:
    return f"{n / 1e6:,.0f} MB"


def _check_declared(zf: zipfile.ZipFile, limits: Limits, what: str) -> None:
    """Refuse from the zip directory alone, before decompressing anything: a declared total
    over the limit, or a member packed tighter than any real document packs (zeros or one
    empty element repeated millions of times)."""
    members = zf.infolist()
    total = sum(m.file_size for m in members)
    if limits.max_unzipped is not None and total > limits.max_unzipped:
        raise KehoachError(STAGE, f"the {what} expands to {_megabytes(total)}, over the "
                           f"{_megabytes(limits.max_unzipped)} limit (a zip bomb or a document too large to read)")
    if limits.max_compression_ratio is not None:
        for m in members:
            # small parts (styles, themes) can pack tightly without harm; only size matters
            if m.file_size > _RATIO_FROM and m.file_size > limits.max_compression_ratio * max(m.compress_size, 1):
                raise KehoachError(STAGE, f"the {what}'s part {m.filename} is compressed {m.file_size / max(m.compress_size, 1):,.0f} "
                                   f"to 1 ({_megabytes(m.file_size)}), over the compression ratio limit of "
                                   f"{limits.max_compression_ratio:g} to 1: a zip bomb")


_RATIO_FROM = 4_000_000
"""Parts smaller than this (4 MB) are not judged by their compression ratio: a real
.docx packs its styles 30 to 1, and 4 MB of XML parses in well under 100 MB."""


class _Counter:
    """Bytes and elements seen so far across the whole container."""

    def __init__(self, limits: Limits, what: str) -> None:
        self.limits = limits
        self.what = what
        self.bytes = 0
        self.elements = 0

    def add_bytes(self, n: int) -> None:
        self.bytes += n
        if self.limits.max_unzipped is not None and self.bytes > self.limits.max_unzipped:
            # the directory can lie about sizes; what is decompressed cannot
            raise KehoachError(STAGE, f"the {self.what} expands to more than {_megabytes(self.limits.max_unzipped)}, "
                               "over the limit (a zip bomb or a document too large to read)")

    def add_elements(self, chunk: bytes) -> None:
        """Count the start tags of an XML chunk in C (`<` not opening an end tag): a Python
        callback per element cost 18 s on 2.8 million of them. Comments and instructions
        count too, which only errs on the side of refusing."""
        self.elements += chunk.count(b"<") - chunk.count(b"</")
        if self.limits.max_xml_elements is not None and self.elements > self.limits.max_xml_elements:
            raise _Refused(f"it holds more than {self.limits.max_xml_elements:,} XML elements, over the limit "
                           "(a document of millions of empty paragraphs or cells)")


def _expat() -> xml.parsers.expat.XMLParserType:
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")

    def refuse_dtd(*_: object) -> None:
        raise _Refused("it declares a DTD or entities; refused, since entities are never resolved")

    parser.StartDoctypeDeclHandler = refuse_dtd
    parser.EntityDeclHandler = refuse_dtd
    return parser


def _feed(parser: xml.parsers.expat.XMLParserType, chunk: bytes, counter: _Counter) -> None:
    """Parse one chunk (checking well-formedness and the DTD), then count its elements."""
    parser.Parse(chunk, False)
    counter.add_elements(chunk)


def _stream(zf: zipfile.ZipFile, info: zipfile.ZipInfo, counter: _Counter, keep: bool) -> bytes:
    """Decompress one member in chunks, counting bytes, and parse it with expat when it is XML;
    returns its bytes only when `keep`."""
    parser = None
    kept: list[bytes] = []
    head = b""
    try:
        with zf.open(info) as member:
            while chunk := member.read(_CHUNK):
                counter.add_bytes(len(chunk))
                if keep:
                    kept.append(chunk)
                if parser is None and head is not None:
                    head += chunk
                    if len(head.lstrip()) < 8 and len(head) < _CHUNK:
                        continue  # too little to judge yet
                    if _XML_START.match(head):
                        parser = _expat()
                        _feed(parser, head, counter)
                    head = None  # type: ignore[assignment]
                elif parser is not None:
                    _feed(parser, chunk, counter)
            if parser is None and head and _XML_START.match(head):
                parser = _expat()
                _feed(parser, head, counter)
            if parser is not None:
                parser.Parse(b"", True)
    except _Refused as exc:
        raise KehoachError(STAGE, f"the {counter.what}'s part {info.filename} is refused: {exc}") from None
    except xml.parsers.expat.ExpatError as exc:
        raise KehoachError(STAGE, f"the {counter.what}'s part {info.filename} is not well-formed XML: {exc}") from None
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError, zlib.error) as exc:
        # RuntimeError: an encrypted member; zlib.error: a corrupt stream
        raise KehoachError(STAGE, f"the {counter.what} is damaged and cannot be opened: {exc}") from None
    return b"".join(kept)


def check_container(zf: zipfile.ZipFile, limits: Limits | None = None, what: str = "document") -> None:
    """Refuse `zf` if any member would cost more than `limits` to read: the declared or real
    uncompressed total, a member's compression ratio, the XML elements of all parts, or a
    DTD in any XML part. Call it before handing the zip to a reader; `what` names the
    document in the error (`.docx`, `.xlsx` …)."""
    limits = limits or Limits()
    _check_declared(zf, limits, what)
    counter = _Counter(limits, what)
    for info in zf.infolist():
        if not info.is_dir():
            _stream(zf, info, counter, keep=False)


def read_part(zf: zipfile.ZipFile, name: str, limits: Limits | None = None, what: str = "document") -> bytes:
    """One member of `zf`, checked as `check_container` checks every member, as bytes (for a
    reader that parses a single part itself, e.g. an .odt's `content.xml`)."""
    limits = limits or Limits()
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise KehoachError(STAGE, f"the {what} has no {name} inside; it is damaged or not a {what}") from None
    _check_declared(zf, limits, what)
    return _stream(zf, info, _Counter(limits, what), keep=True)
