"""Helpers for writing gold by hand: short names for the canonical agencies, and the
constructors of each record. The labels themselves are in labels_*.py, one per document,
written by reading the document (never from extractor output)."""

from __future__ import annotations

# canonical agency names used across the gold files (see ../GUIDELINES.md, "Agencies")
LDTBXH = "Sở Lao động - Thương binh và Xã hội"
TTTT = "Sở Thông tin và Truyền thông"
VHTTDL = "Sở Văn hóa, Thể thao và Du lịch"
GDDT = "Sở Giáo dục và Đào tạo"
YTE = "Sở Y tế"
TAICHINH = "Sở Tài chính"
TUPHAP = "Sở Tư pháp"
NOIVU = "Sở Nội vụ"
CA_TINH = "Công an tỉnh"
UBND_HUYEN_ALL = "UBND các huyện, thị xã, thành phố"
MTTQ = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
SBN = "các sở, ban, ngành có liên quan"


def metadata(**fields: object) -> dict:
    return fields


def section(quote: str, kind: str, heading: str | None = None, number: str | None = None) -> dict:
    """A numbered section; number and heading default to what the quoted line says."""
    if number is None:
        number = quote.split(" ", 1)[0]
    if heading is None:
        rest = quote.split(" ", 1)[1] if " " in quote else ""
        heading = rest.split(":", 1)[0].strip().rstrip(".;") or None
    return {"quote": quote, "number": number, "heading": heading, "kind": kind}


def target(quote: str, kind: str, value: float | None, unit: str | None, comparator: str | None,
           subject: str | None, value_max: float | None = None, denominator: float | None = None) -> dict:
    return {"quote": quote, "kind": kind, "value": value, "value_max": value_max, "denominator": denominator,
            "unit": unit, "comparator": comparator, "subject": subject}


def timeframe(kind: str, start: str | None = None, end: str | None = None, due: str | None = None,
              recurrence: str | None = None) -> dict:
    return {"kind": kind, "start": start, "end": end, "due": due, "recurrence": recurrence}


def task(quote: str, lead: list[str], partners: list[str] | None = None, advisors: list[str] | None = None,
         tf: dict | None = None) -> dict:
    return {"quote": quote, "lead": lead, "partners": partners or [], "advisors": advisors or [], "timeframe": tf}


def deadline(quote: str, tf: dict) -> dict:
    return {"quote": quote, **tf}


def citation(quote: str, doc_type: str, canonical_id: str | None, date: str | None, issuer: str | None,
             relation: str) -> dict:
    return {"quote": quote, "doc_type": doc_type, "canonical_id": canonical_id, "date": date, "issuer": issuer,
            "relation": relation}


def agencies(*names: str, generic: tuple[str, ...] = ()) -> list[dict]:
    return [{"canonical": n, "generic": False} for n in names] + [{"canonical": n, "generic": True} for n in generic]


YEAR = {"2023": timeframe("year", "2023-01-01", "2023-12-31")}
ONGOING = timeframe("ongoing", recurrence="continuous")


def mentions(doc_path: str, needle: str, exclude_inside: tuple[str, ...] = ()) -> int:
    """How often `needle` is written in the document (a labeller's text search), minus the
    times it stands inside one of the `exclude_inside` passages (e.g. another citation's title)."""
    import re
    from pathlib import Path

    text = re.sub(r"\s+", " ", re.sub(r"[*_|#]", " ", (Path(__file__).resolve().parents[2] / doc_path).read_text(encoding="utf-8")))
    count = len(re.findall(re.escape(needle), text))
    for passage in exclude_inside:
        count -= len(re.findall(re.escape(needle), passage)) * len(re.findall(re.escape(passage), text))
    return count
