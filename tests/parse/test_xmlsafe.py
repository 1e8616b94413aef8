"""Zip containers of XML are checked as a stream before a reader builds a tree: a DTD in any
part at any offset, too many bytes or elements over the whole container, and members packed
like a zip bomb are refused, each with its cause; real Office parts pass."""

from __future__ import annotations

import io
import zipfile

import pytest

from pipeline.errors import KehoachError
from pipeline.limits import Limits
from pipeline.parse.xmlsafe import check_container, read_part

W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DOC = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ' + W + b"><w:body><w:p><w:r>"
       + "<w:t>Phòng, chống mại dâm năm 2024</w:t>".encode() + b"</w:r></w:p></w:body></w:document>")
DTD = b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def _zip(parts: dict[str, bytes]) -> zipfile.ZipFile:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return zipfile.ZipFile(io.BytesIO(buf.getvalue()))


def _with_dtd(after: int) -> bytes:
    """The document part with its DTD after `after` bytes of comment."""
    return DOC.replace(b"?>\n", b"?>\n<!--" + b" " * after + b"-->" + DTD, 1)


def test_a_real_word_part_passes_and_reads_back_whole() -> None:
    zf = _zip({"word/document.xml": DOC, "word/media/image1.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256))})
    check_container(zf, Limits(), ".docx")
    assert read_part(zf, "word/document.xml") == DOC


@pytest.mark.parametrize(
    ("name", "data"),
    [
        pytest.param("word/document.xml", _with_dtd(0), id="in-the-head"),
        pytest.param("word/document.xml", _with_dtd(8192), id="past-the-first-4-KB"),
        pytest.param("word/document.xml", _with_dtd(200_000), id="past-the-first-chunk"),
        pytest.param("customXml/item1.dat", _with_dtd(0), id="in-a-part-named-dat"),
        pytest.param("word/settings", b"\xef\xbb\xbf" + _with_dtd(0), id="no-extension-with-bom"),
        pytest.param("content.xml", b'<?xml version="1.0"?><!DOCTYPE office:document-content SYSTEM "x.dtd">'
                     b"<office:document-content/>", id="odt-external-dtd-no-entity"),
    ],
)
def test_a_dtd_is_refused_in_any_part_at_any_offset(name: str, data: bytes) -> None:
    zf = _zip({"[Content_Types].xml": b"<Types/>", name: data})
    with pytest.raises(KehoachError, match=f"part {name} is refused: it declares a DTD"):
        check_container(zf, Limits(), ".docx")


def test_read_part_refuses_a_dtd_in_the_part_it_reads() -> None:
    zf = _zip({"content.xml": _with_dtd(10_000)})
    with pytest.raises(KehoachError, match="DTD"):
        read_part(zf, "content.xml", Limits(), ".odt")


def test_elements_are_counted_over_the_whole_container() -> None:
    """Each part alone is under the limit; together they are over it."""
    part = b"<w:body " + W + b">" + b"<w:p/>" * 600 + b"</w:body>"
    zf = _zip({f"word/header{i}.xml": part for i in range(3)})
    check_container(zf, Limits(max_xml_elements=2000), ".docx")
    with pytest.raises(KehoachError, match="more than 1,000 XML elements"):
        check_container(zf, Limits(max_xml_elements=1000), ".docx")


def test_the_expanded_total_is_refused_from_the_directory_before_decompressing() -> None:
    zf = _zip({"word/document.xml": DOC, "word/media/a.bin": b"x" * 5000})
    with pytest.raises(KehoachError, match=r"expands to 0 MB, over the 0 MB limit"):
        check_container(zf, Limits(max_unzipped=4000), ".docx")


def test_a_member_packed_like_a_zip_bomb_is_refused_by_its_ratio() -> None:
    zf = _zip({"word/document.xml": DOC, "word/media/image1.png": b"\0" * 5_000_000})
    with pytest.raises(KehoachError, match=r"image1.png is compressed [\d,]+ to 1 \(5 MB\), over the compression ratio"):
        check_container(zf, Limits(), ".docx")


def test_a_small_tightly_packed_part_is_not_judged_by_its_ratio() -> None:
    """A real styles part packs 30 to 1; a small run of zeros is harmless."""
    zf = _zip({"word/document.xml": DOC, "word/media/blank.bin": b"\0" * 100_000})
    check_container(zf, Limits(), ".docx")


def test_xml_that_is_not_well_formed_is_refused_with_its_part() -> None:
    zf = _zip({"word/document.xml": DOC[:-20]})
    with pytest.raises(KehoachError, match="word/document.xml is not well-formed XML"):
        check_container(zf, Limits(), ".docx")


def test_a_missing_part_is_named() -> None:
    with pytest.raises(KehoachError, match="has no content.xml inside"):
        read_part(_zip({"mimetype": b"application/vnd.oasis.opendocument.text"}), "content.xml", what=".odt")
