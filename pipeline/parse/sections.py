"""The section tree of a plan: numbered parts, items and bullets, each with its kind.

Vietnamese plans number their parts in a small set of styles (`II.`, `B.`, `1.`, `1.1.`,
`a)`, `(1)`, `Điều 3.`, dash and `+` bullets), but no two drafters nest them the same way:
one puts `a)` under `1.`, another puts `1.` under `a)`. So levels are not fixed per style.
A stack of the styles currently open decides: a style already open closes everything
below it and becomes a sibling; a style not open yet becomes a child.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from dataclasses import dataclass
from functools import lru_cache

from pydantic import TypeAdapter

from pipeline import lexicon
from pipeline.models import Section
from pipeline.parse.textmap import Locate


# Marker styles, from the outermost a drafter normally uses to the innermost. Each pattern
# matches at the start of a paragraph and captures the label as printed.
_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(r"(Chương\s+[IVXLC\d]+)\.?\s*")),
    ("article", re.compile(r"(Điều\s+\d+)\.?\s*")),
    # only I, V and X: plans never reach L (50), and `C.` is the third part of an A./B./C. plan
    ("roman", re.compile(r"([IVX]+\.)\s*(?=\S)")),
    ("upper", re.compile(r"([A-ZĐ]\.)\s+(?=\S)")),
    # decimals: `1.` / `1.1.` / `1.1` (a bare `24 tháng` is a wrapped date, not an item)
    ("decimal", re.compile(r"(\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}(?:\.\d{1,2})+)\s+(?=\S)")),
    ("lower", re.compile(r"([a-zđ]\))\s*(?=\S)")),
    ("paren", re.compile(r"(\(\d{1,2}\))\s*(?=\S)")),
    ("numparen", re.compile(r"(\d{1,2}\))\s+(?=\S)")),
    ("dash", re.compile(r"([-–•])\s+(?=\S)")),
    ("plus", re.compile(r"(\+)\s*(?=\S)")),
)
_ASCII_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_FIRST: dict[str, Callable[[str], bool]] = {
    # the characters each marker style can open with (`\d` is any decimal digit)
    "chapter": "C".__eq__, "article": "Đ".__eq__, "roman": "IVX".__contains__,
    "upper": (_ASCII_UPPER + "Đ").__contains__, "decimal": str.isdecimal,
    "lower": (_ASCII_UPPER.lower() + "đ").__contains__, "paren": "(".__eq__, "numparen": str.isdecimal,
    "dash": "-–•".__contains__, "plus": "+".__eq__,
}
_BY_FIRST: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}


def _markers_for(line: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The marker styles, in order, that can match a line opening with its first character
    (worked out once per character: a line is tried against a few patterns, not ten)."""
    first = line[:1]
    if first not in _BY_FIRST:
        _BY_FIRST[first] = tuple((name, p) for name, p in _MARKERS if first and _FIRST[name](first))
    return _BY_FIRST[first]


_STRUCTURAL = frozenset({"chapter", "article", "roman", "upper", "decimal"})
"""Styles that can open the body: bullets before the first of these belong to the preamble."""

SIGN_PREFIXES = ("KT", "TM", "TL", "TUQ", "Q")
"""The signing-authority prefixes a signature block opens with (`KT. CHỦ TỊCH`, `TM. ỦY BAN NHÂN
DÂN`, `TL.`, `TUQ.`, `Q.`), each written with a dot."""
_SIGNATURE = re.compile(r"(?:" + "|".join(SIGN_PREFIXES) + r")\.\s+\S")
_SIGNATURE_FIRST = frozenset(prefix[0] for prefix in SIGN_PREFIXES)
_RECIPIENTS = re.compile(r"Nơi nhận\s*:?", re.I)
_HEADING_MAX = 200
_LABEL_MAX = 150


@dataclass
class _Open:
    style: str
    id: str
    kind: str
    children: int = 0


def _style_key(style: str, label: str) -> str:
    """Decimals of different depth (`1.` and `1.1.`) nest, so depth is part of the style."""
    if style == "decimal":
        return f"decimal{label.rstrip('.').count('.') + 1}"
    return style


def _is_caps_heading(line: str) -> bool:
    """At least six letters, none lowercase, not ending in `,` or `;`. (The letters are read
    lazily: a mixed-case line, most of a body, is known by its first lowercase letter.)"""
    if len(line) > 120 or line.rstrip().endswith((",", ";")):
        return False  # a paragraph, or a line that runs on: its letters are not looked at
    letters = 0
    for c in filter(str.isalpha, line):
        if c.islower():
            return False
        letters += 1
    return letters >= 6


@lru_cache(maxsize=4096)
def heading_kind(heading: str | None) -> str | None:
    """The kind named by the longest section-kind variant the heading opens with, as a whole
    word (memoised: the sections and the targets extractor ask for the same headings)."""
    if not heading:
        return None
    found = lexicon.longest_variant("section_kinds", lexicon.fold(heading))
    return found[0] if found else None


def _heading(line: str, body_start: int) -> tuple[int, int] | None:
    """The heading part of a numbered paragraph, as offsets within `line`.

    `1.2. Công an tỉnh: Chủ trì, …` has the heading `Công an tỉnh`; a short line is all
    heading; a long paragraph that only carries a number has none.
    """
    rest = line[body_start:]
    colon = rest.find(":")
    if 0 < colon <= _LABEL_MAX:
        end = body_start + colon
    elif len(rest) <= _HEADING_MAX:
        end = len(line)
    else:
        return None
    while end > body_start and line[end - 1] in " .;:,":
        end -= 1
    return (body_start, end) if end > body_start else None


def segment(text: str, locate: Locate, body_start: int = 0) -> list[Section]:
    """The flat list of sections in reading order, each with its parent, level and kind.

    `body_start` is where the plan body begins (after the title and preamble), so that the
    letterhead's ALL-CAPS lines are not taken for headings.
    """
    sections: list[dict[str, Any]] = []  # each section's fields; its span is known once the next one is
    stack: list[_Open] = []
    top_count = 0
    used_ids: dict[str, int] = {}  # each id: how many sections have taken it
    in_body = False
    after_signature = False
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        if start < body_start or not line or line.isspace():
            continue
        style: str | None = None
        label: str | None = None
        body = 0
        # recipients and signature first: `Q. CHỦ TỊCH` is a signature, not item `Q.` (each
        # tried only on a line opening with a letter it can open with)
        if line[0] in "Nn" and _RECIPIENTS.match(line):
            style = "recipients"
        elif line[0] in _SIGNATURE_FIRST and _SIGNATURE.match(line):
            style = "signature"
        else:
            for name, pattern in _markers_for(line):
                m = pattern.match(line)
                if m:
                    style, label, body = name, m.group(1), m.end()
                    break
            if style is not None and not in_body and style not in _STRUCTURAL:
                style = None
            if style is None:
                # the caps lines under a signature (`PHÓ CHỦ TỊCH`) are part of it; an appendix is not
                if in_body and _is_caps_heading(line) and (
                        not after_signature or line.lstrip().upper().startswith("PHỤ LỤC")):
                    style = "caps"
                else:
                    continue
        if style == "signature" and after_signature:
            continue  # `TM. ỦY BAN NHÂN DÂN` then `KT. CHỦ TỊCH`: one signature block
        in_body = True
        after_signature = style == "signature" or (after_signature and style not in _STRUCTURAL and style != "caps")
        if style in ("recipients", "signature", "caps"):
            stack.clear()
            key = style
        else:
            key = _style_key(style, label or "")
            for i, open_ in enumerate(stack):
                if open_.style == key:
                    del stack[i:]
                    break
        parent = stack[-1] if stack else None
        heading_rel = _heading(line, body) if style not in ("signature",) else (0, len(line))
        heading = line[heading_rel[0] : heading_rel[1]] if heading_rel else None
        if style == "recipients":
            kind = "recipients"
        elif style == "signature":
            kind = "signature"
        else:
            kind = heading_kind(heading) or (parent.kind if parent else "other")
        if parent:
            parent.children += 1
            ordinal = parent.children
        else:
            top_count += 1
            ordinal = top_count
        segment_id = _segment_id(style, label, ordinal)
        sid = f"{parent.id}.{segment_id}" if parent else segment_id
        # a number repeated under one parent (appendices that restart at `I.`) takes one `'` more
        # each time; counted per id, not found by trying `I'`, `I''`, … (quadratic in the repeats:
        # an id never ends with `'` before its marks, so each id's marked forms are its own)
        repeats = used_ids.get(sid, 0)
        used_ids[sid] = repeats + 1
        sid += "'" * repeats
        sections.append(dict(
            id=sid,
            number=label,
            heading=heading,
            level=len(stack) + 1,
            kind=kind,
            parent=parent.id if parent else None,
            heading_span=(start + heading_rel[0], start + heading_rel[1]) if heading_rel else None,
            start=start,
        ))
        stack.append(_Open(key, sid, kind))
    return _extend_spans(sections, text, locate)


def _segment_id(style: str, label: str | None, ordinal: int) -> str:
    if style in ("recipients", "signature", "caps"):
        return {"recipients": "recipients", "signature": "signature"}.get(style, f"S{ordinal}")
    if style in ("dash", "plus"):
        return f"{'-' if style == 'dash' else '+'}{ordinal}"
    assert label is not None
    if style == "decimal":
        return label.rstrip(".").rsplit(".", 1)[-1]
    if style in ("chapter", "article"):
        return label.replace(" ", "")
    return label.strip("().")


def _extend_spans(sections: list[dict[str, Any]], text: str, locate: Locate) -> list[Section]:
    """A section runs from its heading to the next section at its own level or above (found
    with a stack of the sections still open, in one pass: a linear scan per section costs a
    long plan's flat lists quadratic time)."""
    ends = [len(text.rstrip())] * len(sections)
    open_: list[int] = []
    for i, fields in enumerate(sections):
        while open_ and sections[open_[-1]]["level"] >= fields["level"]:
            ends[open_.pop()] = fields["start"]
        open_.append(i)
    for fields, end in zip(sections, ends):
        start = fields.pop("start")
        while end > start and text[end - 1].isspace():
            end -= 1
        fields.update(locate(start, end)._asdict())
    return _SECTIONS.validate_python(sections)


_SECTIONS = TypeAdapter(list[Section])
"""The sections validated as one list: one call into pydantic's validator, not a model's
`__init__` per section (a plan has a hundred sections; the same models and values)."""
