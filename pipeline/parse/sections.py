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
from dataclasses import dataclass

from pipeline import lexicon
from pipeline.models import Evidence, Section

Locate = Callable[[int, int], Evidence]


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
_STRUCTURAL = frozenset({"chapter", "article", "roman", "upper", "decimal"})
"""Styles that can open the body: bullets before the first of these belong to the preamble."""

_SIGNATURE = re.compile(r"(?:KT|TM|TL|TUQ|Q)\.\s+\S")
_RECIPIENTS = re.compile(r"Nơi nhận\s*:?", re.I)
_HEADING_MAX = 200
_LABEL_MAX = 150


@dataclass
class _Open:
    style: str
    section: Section
    children: int = 0


def _style_key(style: str, label: str) -> str:
    """Decimals of different depth (`1.` and `1.1.`) nest, so depth is part of the style."""
    if style == "decimal":
        return f"decimal{label.rstrip('.').count('.') + 1}"
    return style


def _is_caps_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return (
        len(letters) >= 6
        and len(line) <= 120
        and not any(c.islower() for c in letters)
        and not line.rstrip().endswith((",", ";"))
    )


def heading_kind(heading: str | None) -> str | None:
    if not heading:
        return None
    folded = lexicon.fold(heading)
    best: tuple[int, str] | None = None
    for entry, variants in lexicon.folded_variants("section_kinds"):
        for v in variants:
            if folded.startswith(v) and (len(folded) == len(v) or not folded[len(v)].isalnum()):
                if best is None or len(v) > best[0]:
                    best = (len(v), entry.canonical)
    return best[1] if best else None


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
    sections: list[Section] = []
    stack: list[_Open] = []
    top_count = 0
    used_ids: set[str] = set()
    in_body = False
    after_signature = False
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        if not line.strip() or start < body_start:
            continue
        style: str | None = None
        label: str | None = None
        body = 0
        # recipients and signature first: `Q. CHỦ TỊCH` is a signature, not item `Q.`
        if _RECIPIENTS.match(line):
            style = "recipients"
        elif _SIGNATURE.match(line):
            style = "signature"
        else:
            for name, pattern in _MARKERS:
                m = pattern.match(line)
                if m:
                    style, label, body = name, m.group(1), m.end()
                    break
            if style is not None and not in_body and style not in _STRUCTURAL:
                style = None
            if style is None:
                # the caps lines under a signature (`PHÓ CHỦ TỊCH`) are part of it; an appendix is not
                appendix = line.lstrip().upper().startswith("PHỤ LỤC")
                if in_body and (appendix or not after_signature) and _is_caps_heading(line):
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
            kind = heading_kind(heading) or (parent.section.kind if parent else "other")
        if parent:
            parent.children += 1
            ordinal = parent.children
        else:
            top_count += 1
            ordinal = top_count
        segment_id = _segment_id(style, label, ordinal)
        sid = f"{parent.section.id}.{segment_id}" if parent else segment_id
        while sid in used_ids:
            sid += "'"
        used_ids.add(sid)
        evidence = locate(start, start + len(line))
        section = Section(
            id=sid,
            number=label,
            heading=heading,
            level=len(stack) + 1,
            kind=kind,  # type: ignore[arg-type]
            parent=parent.section.id if parent else None,
            heading_span=(start + heading_rel[0], start + heading_rel[1]) if heading_rel else None,
            **evidence.model_dump(),
        )
        sections.append(section)
        stack.append(_Open(key, section))
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


def _extend_spans(sections: list[Section], text: str, locate: Locate) -> list[Section]:
    """A section runs from its heading to the next section at its own level or above."""
    end_of_text = len(text.rstrip())
    out: list[Section] = []
    for i, section in enumerate(sections):
        end = end_of_text
        for later in sections[i + 1 :]:
            if later.level <= section.level:
                end = later.span[0]
                break
        start = section.span[0]
        while end > start and text[end - 1].isspace():
            end -= 1
        evidence = locate(start, end)
        out.append(section.model_copy(update=evidence.model_dump()))
    return out
