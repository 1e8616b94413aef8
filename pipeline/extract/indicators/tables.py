"""Where a number in a table cell stands: its row's label, its column's header, the parent row of
an indented sub-row, and the table's caption — what names the indicator a bare cell states.

Plans state their targets in appendix tables (`STT | Chỉ tiêu | ĐVT | Kế hoạch 2025`), where the
number sits cells away from the words that name it. The normalised text holds a table in one of
two forms, whatever its source:

- `pipe` rows, one line per row (`| 1 | Tỷ lệ hộ nghèo | % | 1,5 |`): Markdown and DOCX tables,
  antiword's `.doc` rows, ruled PDF grids, web tables rebuilt by the normaliser;
- `cells`, one paragraph per cell (web exports that flatten a table one cell per line): the
  rows are found again by their number cells (`1`, `2.`, `II`, `1.1`), and a header row by its
  `STT`/`TT` cell.

The table decides nothing by itself: `annotate` asks the taxonomy about each piece in turn.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_NUMBER_ONLY = re.compile(r"^[\s\d.,%‰/≥≤<>=+\-–~()*]*$")
"""A cell that is a value (`100%`, `1.146`, `≥ 80`, `-`)."""

_ROW_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVXLC]{1,5}(?:\.\d{1,2})*\.?|[a-zđ]\)?|[-+•*])$")
"""A cell that numbers or bullets its row: `1`, `2.`, `1.1`, `II`, `I.1`, `a)`, `-`."""

_HEADER_NUMBER = re.compile(r"^(?:STT|TT|Số TT|Số thứ tự)$", re.IGNORECASE)

_UNIT = re.compile(
    r"^(?:(?:nghìn|ngh\.|ng\.|triệu|tr\.|tỷ|vạn|1\.?000)\s*)*(?:%|‰|ha|km|m2|m²|m3|kg|tấn|người|hộ|xã|lượt|đơn vị|tỷ đồng|triệu đồng|nghìn đồng|đồng|usd|triệu usd|"
    r"tỷ usd|giường|bác sĩ|lần|năm|tháng|cơ sở|trường|doanh nghiệp|dự án|công trình|mô hình|điểm|cuộc|lớp|"
    r"xã, phường|huyện|tỉnh|sản phẩm|hồ sơ|thủ tục|dịch vụ|máy|thuê bao|km2|cái|chiếc|bộ|vụ)$|/",
    re.IGNORECASE)
"""A unit cell (`ĐVT`): a unit word, with its multiplier (`Ngh. giường`, `Nghìn tỷ đồng`), or a
rate written with a slash (`Giường/vạn dân`, `Triệu đồng/người`, `%/năm`)."""

_SUB_ROW = re.compile(r"^(?:[-+•–]\s|[a-zđ]\)\s|trong đó\b|gồm\b|bao gồm\b)", re.IGNORECASE)
"""An indented sub-row: a bullet, a lettered item or `Trong đó:` under its parent row."""

_MAX_CELLS_BACK = 40
"""Cells read back from a bare cell to find its row (a wide table: STT, label, ĐVT, a dozen years)."""


@dataclass(frozen=True)
class CellContext:
    """What names a table cell: its row's label, its column's header, the label of the row an
    indented sub-row belongs to, and the caption above the table (each None when unknown)."""

    form: str
    row_label: str | None = None
    column: str | None = None
    parent: str | None = None
    caption: str | None = None
    unit: str | None = None
    """The unit the row or the table states (`ĐVT` cell, `(Đơn vị tính: triệu đồng)` above it)."""


_TABLE_UNIT = re.compile(r"(?:ĐVT|Đơn vị tính|Đơn vị)\s*:\s*([^\n()|]{1,30})", re.IGNORECASE)


def _is_unit(cell: str) -> bool:
    cell = cell.strip()
    return bool(cell) and len(cell) <= 25 and bool(_UNIT.search(cell)) and not _NUMBER_ONLY.match(cell)


def _table_unit(text: str, end: int) -> str | None:
    """The unit stated for a whole table above `end`: `(Đơn vị tính: triệu đồng)`, `ĐVT: 1000 đồng`."""
    found = _TABLE_UNIT.findall(text, max(0, end - 400), end)
    return found[-1].strip(" .*") if found else None


def _header_unit(header: str | None) -> str | None:
    """The unit a column's header states in brackets: `Đơn giá (đồng)`, `Tỷ lệ vốn đối ứng (%)`."""
    found = [u.strip() for u in re.findall(r"\(([^()]{1,20})\)", header or "") if _is_unit(u) or "đồng" in u.lower()]
    return found[-1] if found else None


def _is_label(cell: str) -> bool:
    """A cell that names something: words, not a value, a row number or a unit."""
    cell = cell.strip()
    return bool(cell) and not _NUMBER_ONLY.match(cell) and not _ROW_NUMBER.match(cell) \
        and not _HEADER_NUMBER.match(cell) and not (len(cell) <= 25 and _UNIT.search(cell)) \
        and re.search(r"[^\W\d_]{2,}", cell) is not None


def _is_sub_row(number: str | None, label: str) -> bool:
    """A row under another: a bulleted or lettered label, or a sub-number (`1.1`, `a`)."""
    return bool(_SUB_ROW.match(label)) or bool(number and re.match(r"^(?:\d+(?:\.\d+)+\.?|[a-zđ]\)?|[-+•*])$", number.strip()))


def cell_context(text: str, start: int) -> CellContext | None:
    """The table context of the cell at `start`, or None when it stands in no table."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if line.lstrip().startswith("|") and line.count("|") >= 3:
        return _pipe_context(text, line_start, start)
    return _cells_context(text, start)


def _pipe_cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [c.strip() for c in inner.split("|")]


def _lines_before(text: str, line_start: int) -> Iterator[str]:
    """The lines above the one starting at `line_start`, nearest first: read back only as far
    as the caller needs, not the whole document before every cell."""
    end = line_start
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        yield text[start:end - 1]
        end = start


def _pipe_context(text: str, line_start: int, start: int) -> CellContext:
    """A `| … |` row: the label is its first cell that names something before the value's
    cell, the header the same column of the block's first row of words only."""
    above = _lines_before(text, line_start)
    block: list[str] = []
    for previous in above:  # the rows above, up to the line before the table
        if not previous.lstrip().startswith("|"):
            caption = previous.strip() or next((p.strip() for p in above if p.strip()), None)
            break
        block.insert(0, previous)
    else:
        caption = None
    line_end = text.find("\n", start)
    row = text[line_start:line_end if line_end >= 0 else len(text)]
    cells = _pipe_cells(row)
    column = text[line_start:start].count("|") - (1 if row.lstrip().startswith("|") else 0)
    label = next((c for c in cells[:column] if _is_label(c)), None)
    number = cells[0] if cells and _ROW_NUMBER.match(cells[0]) else None
    # a row without its own number under numbered rows is a sub-row (`| | Tăng so với năm trước | % |`)
    unnumbered = bool(cells) and not cells[0] and column > 1
    # the header: the first row of words only as wide as the value's row; rows of words above
    # it (`| 1. Một số chỉ tiêu tổng hợp |`) are the caption
    header = None
    for k, candidate in enumerate(block):
        heads = _pipe_cells(candidate)
        if any(_NUMBER_ONLY.match(h) and h.strip() for h in heads):
            break
        if len(heads) == len(cells):
            header = heads
            caption = next((c for c in reversed(block[:k]) for c in [" ".join(_pipe_cells(c)).strip()] if c),
                           caption)
            break
    parent = None
    if label and (unnumbered or _is_sub_row(number, label)):
        for candidate in reversed(block):
            above = _pipe_cells(candidate)
            above_label = next((c for c in above if _is_label(c)), None)
            above_number = above[0] if above and _ROW_NUMBER.match(above[0]) else None
            if above_label and (above_number if unnumbered else not _is_sub_row(above_number, above_label)):
                parent = above_label
                break
    heading = header[column] if header and 0 <= column < len(header) and _is_label(header[column]) else None
    unit = next((c for c in cells[:column] if _is_unit(c)), None) or _header_unit(heading) \
        or _table_unit(text, line_start - sum(len(b) + 1 for b in block))
    return CellContext("pipe", label, heading, parent, caption, unit)


_RUNS_ON = re.compile(r"\n(?:[^\S\n]+\n)*[^\S\n]*\S")
"""At a line's end: the paragraph goes on with words (lines of spaces between, no blank line)."""


def _cells_context(text: str, start: int) -> CellContext | None:
    """A table flattened to one paragraph per cell: the value's own paragraph must be a bare
    cell; its row runs back to the nearest row-number cell, and the header is the run of cells
    from the `STT` cell to the first row number (used only when it is as wide as the row)."""
    before = text[max(0, start - 6000):start]
    own_start = before.rfind("\n\n") + 2 if "\n\n" in before else 0
    line_end = text.find("\n", start)
    if line_end >= 0 and (before[own_start:] + text[start:line_end]).strip() and _RUNS_ON.match(text, line_end):
        # its paragraph has words on another line: prose, told from the next line, not by
        # reading to the paragraph's end (the rest of a document that has no blank lines)
        return None
    after_end = text.find("\n\n", start)
    own = (before[own_start:] + text[start:after_end if after_end >= 0 else len(text)]).strip()
    if "\n" in own or not (_NUMBER_ONLY.match(own) or len(own) <= 40):
        return None  # a number inside prose is no cell
    cells = [c.strip() for c in before[:own_start].split("\n\n")]
    cells = [c for c in cells if c][-_MAX_CELLS_BACK:]
    # the row: back to its row-number cell
    row_at = next((k for k in range(len(cells) - 2, -1, -1) if _starts_row(cells, k)), None)
    if row_at is not None and len(cells) - row_at > 16:
        row_at = None  # too far to be one row
    if row_at is None:
        label = next((c for c in reversed(cells[-6:]) if _is_label(c) and "\n" not in c), None)
        return CellContext("cells", label, unit=_table_unit(before, own_start)) if label else None
    row = cells[row_at:]
    label = next((c for c in row[1:] if _is_label(c)), None)
    column = len(row)
    # the header: from the last `STT` cell before the row up to the first row number after it
    header, caption = None, None
    stt = next((k for k in range(row_at, -1, -1) if _HEADER_NUMBER.match(cells[k])), None)
    if stt is not None:
        first_row = next((k for k in range(stt + 1, row_at + 1) if _starts_row(cells, k)), row_at)
        header = cells[stt:first_row]
        caption = cells[stt - 1] if stt > 0 and not _NUMBER_ONLY.match(cells[stt - 1]) else None
    width = _row_width(text, start, row)
    heading = None
    if header and width == len(header) and column < len(header) and _is_label(header[column]):
        heading = header[column]
    parent = None
    if label and _is_sub_row(row[0], label):
        for k in range(row_at - 1, max(-1, row_at - _MAX_CELLS_BACK), -1):
            if _starts_row(cells, k) and k + 1 < row_at:
                above = next((c for c in cells[k + 1:row_at] if _is_label(c)), None)
                if above and not _is_sub_row(cells[k], above):
                    parent = above
                    break
    # the table's own unit stands above its header (`Đơn vị: Triệu đồng` / `STT`), often further
    # back than a few cells
    above = [m.start() for m in re.finditer(r"(?:^|\n\n)(?:STT|TT|Số TT)\n\n", before[:own_start])]
    unit = next((c for c in row[1:] if _is_unit(c)), None) or _header_unit(heading) \
        or _table_unit(before, above[-1] if above else own_start)
    return CellContext("cells", label, heading, parent, caption, unit)


def _row_width(text: str, start: int, row: list[str]) -> int:
    """How many cells the value's row has: those before it, itself, and those after it up to the
    next row-number cell."""
    after = [c.strip() for c in text[start:start + 3000].split("\n\n")[1:]]
    after = [c for c in after if c]
    following = 0
    for k, cell in enumerate(after):
        if _starts_row(after, k) or "\n" in cell:
            break
        following += 1
    return len(row) + 1 + following


def _starts_row(cells: list[str], k: int) -> bool:
    """Whether cell `k` numbers a row: a row number followed by a cell of words (a value `2`
    in a count column is followed by another value or the next row)."""
    return bool(_ROW_NUMBER.match(cells[k])) and k + 1 < len(cells) and _is_label(cells[k + 1])
