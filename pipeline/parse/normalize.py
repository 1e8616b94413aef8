"""Vietnamese text normalisation as an ordered list of small named steps.

Each step takes and returns a `MappedText`, so the final text keeps a map back to the
loaded source. The order matters and is fixed here: characters first (line ends, NFC,
tone marks), then layout (tables, markdown), then lines (re-joining hard wraps), then
white space.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Literal

from pipeline.parse.scan import head_positions, line_starts
from pipeline.parse.sections import SIGN_PREFIXES
from pipeline.parse.textmap import MappedText

Step = Callable[[MappedText], MappedText]


# The stray characters of the first three steps, each set spelled once (as the inside of a
# regex class) and composed into the classes below.
_CONTROL = r"\x00-\x08\x0e-\x1f\x7f"
_BIDI = r"\u200e\u200f\u202a-\u202e\u2066-\u2069"
_ODD_SPACES = r"\u00a0\u2007\u202f\t"
_INVISIBLE = r"\u200b-\u200d\u2060\ufeff\u00ad"
CONTROL_CHARS = re.compile(f"[{_CONTROL}]")
"""NUL and the other C0 controls that text never holds (tab, line ends, vertical tab and form
feed aside), and DEL: deleted here, and counted by load to tell binary data from text."""
_BIDI_CONTROLS = re.compile(f"[{_BIDI}]")
_CONTROL_OR_BIDI = re.compile(f"[{_CONTROL}{_BIDI}]")
"""Either of the two: one class, so `re` skips ahead to the next one (`…|…` is tried everywhere)."""


def _control_chars(t: MappedText) -> MappedText:
    """NUL and the other C0 control characters (a text layer or a half-converted export
    leaves them) are no text: left in, a NUL inside a word hides it from every rule. A
    vertical tab is Word's manual line break."""
    t = t.sub(re.compile(r"\x0b"), "\n")
    return t.sub(CONTROL_CHARS, "")


def _bidi_controls(t: MappedText) -> MappedText:
    """Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069,
    and the marks U+200E/U+200F) have no use in Vietnamese; a viewer would honour them and show
    the evidence in a misleading order (the "Trojan Source" trick)."""
    return t.sub(_BIDI_CONTROLS, "")


def control_warnings(text: str) -> list[str]:
    """What `_control_chars` and `_bidi_controls` remove from `text`, as document warnings:
    the source had characters the normalised text does not show."""
    warnings = []
    found = _CONTROL_OR_BIDI.findall(text)  # one scan for both kinds (most texts hold neither)
    nul = found.count("\0")
    bidi = sum(1 for c in found if _BIDI_CONTROLS.match(c)) if found else 0
    if nul:
        warnings.append(f"{nul} NUL character(s) removed from the text")
    if other := len(found) - bidi - nul:
        warnings.append(f"{other} other control character(s) removed from the text")
    if bidi:
        warnings.append(f"{bidi} bidirectional control character(s) (which can reorder displayed text) removed "
                        "from the text")
    return warnings


def _line_ends(t: MappedText) -> MappedText:
    """Word and web exports mix CRLF, form feeds, no-break and zero-width spaces."""
    t = t.sub(re.compile(r"\r\n?"), "\n")
    t = t.sub(re.compile(r"\f"), "\n\n")
    t = t.sub(re.compile(f"[{_ODD_SPACES}]"), " ")
    return t.sub(re.compile(f"[{_INVISIBLE}]"), "")


_COMBINING_RUN = re.compile(r".[\u0300-\u036f\u0323\u0309]+", re.S)
_COMBINING_MARK = re.compile(r"[\u0300-\u036f]")
"""A combining mark: a `_COMBINING_RUN` starts one character before one (found by a scan for the
marks, as `re` tries a pattern that opens with `.` at every character of the text)."""


def _combining_run_starts(text: str) -> list[int]:
    """Where a `_COMBINING_RUN` can start: one character before a combining mark."""
    return [m.start() - 1 for m in _COMBINING_MARK.finditer(text) if m.start()]


def _nfc(t: MappedText) -> MappedText:
    """Decomposed diacritics (common in Mac and PDF exports) composed to NFC."""
    t = t.sub(_COMBINING_RUN, lambda m: unicodedata.normalize("NFC", m.group(0)), _combining_run_starts(t.text))
    # compatibility forms that NFC leaves (e.g. ligatures) are not touched: they are rare
    return t


# Words written with the old tone placement (`hoà`, `thuỷ`, `khoẻ`): a tone mark on the
# first vowel of oa/oe/uy. Only the words around these pairs go to underthesea's normaliser.
# (One class opens the pattern, the lookbehinds pair each vowel with its marks: `re` skips
# ahead to an `o` or a `u`, where `[oO]…|[uU]…` was tried at every character.)
_OLD_TONE_PAIR = re.compile(
    r"[oOuU](?:(?<=[oO])[àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|(?<=[uU])[ỳýỷỹỵỲÝỶỸỴ])"
)


@lru_cache(maxsize=8192)
def _modern_tone(word: str) -> str:
    """underthesea's token rules for one word (memoised: a pure function of the word, and
    underthesea scans its whole character map on every call)."""
    from underthesea.pipeline.text_normalize import token_normalize

    return token_normalize(word)


def _tone_marks(t: MappedText) -> MappedText:
    """Modern tone placement (`hoà` → `hòa`, `thuỷ` → `thủy`), via underthesea's token rules;
    only same-length rewrites are taken, so every character keeps its own source offset."""
    text = t.text
    edits: list[tuple[int, int, str]] = []
    last_end = -1
    for m in _OLD_TONE_PAIR.finditer(text):
        start, end = m.start(), m.end()
        if start < last_end:
            continue
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        word = text[start:end]
        new = _modern_tone(word)
        if new != word and len(new) == len(word):
            edits.append((start, end, new))
        last_end = end
    return t.edit(edits) if edits else t


_TABLE_BLOCK = re.compile(r"(?:^[ \t]*\|.*\|[ \t]*(?:\n|$))+", re.M)
_SEPARATOR_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
# Letterhead and signature blocks are laid out as tables; their cells are paragraphs, not data.
_LAYOUT_CELL = re.compile(r"CỘNG HÒA XÃ HỘI|Độc lập|Số:|Nơi nhận|KT\.|TM\.|CHỦ TỊCH", re.I)


_NUMBER_CELL = re.compile(r"^(?:STT|TT|Số TT|Số thứ tự)$", re.I)
_DUTY_COLUMN = re.compile(r"(?i)chủ trì|phối hợp|thực hiện|trách nhiệm")
_DUTY_TEXT_COLUMN = re.compile(r"(?i)nhiệm vụ|nội dung|hoạt động|công việc|giải pháp|^tên")
"""A task table names the duty column; `TT | Chỉ tiêu | Chủ trì` lists targets, for the
targets extractor as the paragraphs it reads."""


def is_task_header(cells: list[str]) -> bool:
    """Whether a table row is the header of a task table: it numbers the rows (`STT`, `TT`),
    names the duty (`Nhiệm vụ`, `Nội dung`) and who does it (`Cơ quan chủ trì`, `Đơn vị phối
    hợp`), in short cells. The loader (PDF grids) and the normaliser (web exports) both ask."""
    return len(cells) >= 3 and bool(_NUMBER_CELL.match(cells[0])) and all(len(c) <= 60 for c in cells) \
        and any(_DUTY_COLUMN.search(c) for c in cells) and any(_DUTY_TEXT_COLUMN.search(c) for c in cells)


def _bar_lines(text: str) -> list[tuple[int, int]]:
    """Each line that holds a `|`, as its `[start, end)`, in order: the only lines the table
    steps read (found from the bars, instead of trying a line-anchored pattern at every
    character)."""
    out = []
    i = text.find("|")
    while i >= 0:
        end = text.find("\n", i)
        end = len(text) if end < 0 else end
        out.append((text.rfind("\n", 0, i) + 1, end))
        i = text.find("|", end)
    return out


def _is_lone_bar(line: str) -> bool:
    """A line that is a bar with only spaces and tabs about it (a web export's cell separator)."""
    return line.strip(" \t") == "|"


def _lone_bars(text: str, bar_lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of `bar_lines` that are a lone bar."""
    return [(a, b) for a, b in bar_lines if _is_lone_bar(text[a:b])]


_NOT_IN_NUMBER_CELL = re.compile(r"(?i)[^\s*stốhứự]")
"""A character no line of a cell `_NUMBER_CELL` matches holds: a cell's text only drops `*` and
white space, so its lines hold nothing but those and the letters of `STT`, `TT`, `Số TT`, `Số
thứ tự` in either case (`(?i)`, as `_NUMBER_CELL` reads them)."""


def _may_be_number_cell(lines: list[str]) -> bool:
    """Whether the lines of a cell may make a cell `_NUMBER_CELL` matches: a cell of prose, or a
    letterhead cell that runs to the signature (a web export's layout table), is known by its
    first letters, without joining its text."""
    return not any(_NOT_IN_NUMBER_CELL.search(line) for line in lines)


def _cell_text(lines: list[str]) -> str:
    return " ".join(" ".join(lines).replace("*", " ").split())


def _flattened_tables(t: MappedText, lone: list[tuple[int, int]]) -> MappedText:
    """Web exports write a table one cell per line with a lone `|` between cells, a cell's
    text wrapped over several lines, and `|` `|` (a row's closing bar, the next row's opening
    one) between rows. Removing the bars would run the rows together; a table whose header
    row numbers its rows (`STT`/`TT`) and names who does the work (`Cơ quan chủ trì`, `Đơn vị
    phối hợp`) is rebuilt as one `| … | … |` line per row, its rows read by the header's
    column count (a group title `I | Hoàn thiện thể chế` is a row with fewer cells; text
    after the last row's cells ends the table). `lone` holds the text's lone-bar lines, as
    `[start, end)`."""
    if len(lone) < 8:
        return t
    lines = t.text.split("\n")
    starts = line_starts(lines)
    bars = [bisect.bisect_left(starts, a) for a, _ in lone]  # each lone bar's line index
    # groups: runs of cells between row gaps (a bar right after a bar)
    groups: list[list[tuple[int, int]]] = []  # each cell as a range of line indices [a, b)
    current: list[tuple[int, int]] = []
    for prev, bar in zip(bars, bars[1:]):
        if bar == prev + 1:
            if current:
                groups.append(current)
            current = []
        else:
            current.append((prev + 1, bar))
    if current:
        groups.append(current)
    edits: list[tuple[int, int, str]] = []

    def row(cells: list[tuple[int, int]]) -> None:
        # the opening bar's line through the closing bar's line becomes `| c1 | c2 | … |`
        first, last = cells[0][0] - 1, cells[-1][1]
        for (a, b), nxt in zip(cells, [*cells[1:], None]):
            for i in range(a, b):  # a cell wrapped over lines is one cell
                if i + 1 < b:
                    edits.append((starts[i] + len(lines[i]), starts[i] + len(lines[i]) + 1, " "))
            gap_end = starts[nxt[0]] if nxt else starts[last] + len(lines[last])
            edits.append((starts[b - 1] + len(lines[b - 1]), gap_end, " | " if nxt else " |"))
        edits.append((starts[first], starts[cells[0][0]], "| "))

    width = 0
    for group in groups:
        heads = [j for j, (a, b) in enumerate(group)
                 if _may_be_number_cell(lines[a:b]) and _NUMBER_CELL.match(_cell_text(lines[a:b]))]
        if heads and is_task_header([_cell_text(lines[a:b]) for a, b in group[heads[-1]:]]):
            width = len(group) - heads[-1]
            row(group[heads[-1]:])
            continue
        if not width:
            continue
        row(group[:width])  # a group title (`I | Hoàn thiện thể chế`) has fewer cells
        if len(group) > width:
            width = 0  # text after the last row's closing bar: the table has ended
    return t.edit(edits) if edits else t


def _table_edits(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The edits that render one `|` table block: a layout table's cells become paragraphs,
    a data table keeps one row per line. Only the bars, blank and separator rows between the
    kept pieces are replaced, so every character of a cell keeps its own source position (a
    span inside a rebuilt task table maps back to its cell, not to the whole table)."""
    block = text[start:end]
    rows: list[tuple[int, int]] = []
    pos = start
    for line in block.split("\n"):
        if line.strip() and not _SEPARATOR_ROW.match(line):
            rows.append((pos, pos + len(line)))
        pos += len(line) + 1
    if _LAYOUT_CELL.search(block):
        pieces, sep, head, tail = [], "\n\n", "\n", "\n\n"
        for a, b in rows:
            line = text[a:b]
            cell_start = a + line.index("|") + 1 if "|" in line else a
            for cell in re.finditer(r"[^|]+", text[cell_start:b]):
                raw = cell.group(0)
                if raw.strip():
                    lead = len(raw) - len(raw.lstrip())
                    pieces.append((cell_start + cell.start() + lead, cell_start + cell.start() + len(raw.rstrip())))
        br = "\n"
    else:
        pieces, sep, head, tail, br = rows, "\n", "", ("\n" if block.endswith("\n") else ""), " "
    if not pieces:
        return [(start, end, head + tail)]
    edits = [(start, pieces[0][0], head)]
    for (a, b), nxt in zip(pieces, [*pieces[1:], None]):
        edits += [(a + i.start(), a + i.end(), br) for i in re.finditer("<br>", text[a:b])]
        edits.append((b, nxt[0] if nxt else end, sep if nxt else tail))
    return [e for e in edits if text[e[0]:e[1]] != e[2]]


def _tables(t: MappedText) -> MappedText:
    """Layout tables become paragraphs; data tables keep one row per line, `|` between cells."""
    if "|" not in t.text:
        return t  # every pattern below needs a bar (most plans have none: spare three line-anchored scans)
    # the lines with bars are found again only after a step has changed the text
    bar_lines = _bar_lines(t.text)
    lone = _lone_bars(t.text, bar_lines)
    flattened = _flattened_tables(t, lone)
    changed = flattened is not t
    if changed:
        t = flattened
        bar_lines = _bar_lines(t.text)
    edits: list[tuple[int, int, str]] = []
    covered = 0
    for line_start, _ in bar_lines:  # a table block opens at the start of a line with bars
        if line_start < covered:
            continue
        m = _TABLE_BLOCK.match(t.text, line_start)
        if m:
            edits += _table_edits(t.text, m.start(), m.end())
            covered = m.end()
    if edits:
        t = t.edit(edits)
    if changed or edits:
        lone = _lone_bars(t.text, _bar_lines(t.text))
    # web exports flatten layout tables to lone `|` lines between cells
    return t.edit([(a, b, "") for a, b in lone]) if lone else t


_Where = Literal["line start", "after blanks", "at the mark"]

_MARKDOWN: tuple[tuple[re.Pattern[str], tuple[str, ...], _Where | None], ...] = (
    # each with the strings one of which a match holds: a line-anchored pattern is tried at
    # every character, so it runs only on a text that holds one, and only where one of them
    # stands after a line start (`line start`) or after spaces (`after blanks`)
    # (`_blank_before`); `at the mark`: a match opens with one, so it is tried only where one
    # stands (`re` tries `\*\*|__` at every character: an alternation of literals is no fixed
    # first character); None: everywhere
    (re.compile(r"^[ \t]*#{1,6}[ \t]+", re.M), ("#",), "line start"),  # heading marks
    (re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,}|={3,})[ \t]*$", re.M), ("---", "***", "___", "==="),
     "line start"),  # rules
    (re.compile(r"[ \t]+-{3,}[ \t]*$", re.M), ("---",), "after blanks"),  # rules under letterhead lines, flattened into them
    (re.compile(r"\*\*|__"), ("**", "__"), "at the mark"),  # bold
    # emphasis, not `(*)` or `* ` bullets: a `*` not after `(` nor before `)`, and either not
    # before a space or not after one (the star first, so the regex engine skips to each `*`)
    (re.compile(r"\*(?<!\(\*)(?!\))(?:(?![ \t])|(?<![ \t\n]\*))"), ("*",), None),
)


def _blank_before(text: str, heads: tuple[str, ...], where: _Where) -> list[int]:
    """Where a match of a `_MARKDOWN` pattern that opens with `[ \\t]*` or `[ \\t]+` before one of
    `heads` can start: the start of the spaces and tabs before a head, when that is a line start
    (`line start`) or when there is at least one (`after blanks`). finditer starts such a match at the first of
    them too (a match ends at a line end, so none ends inside the run)."""
    out = set()
    for i in head_positions(text, heads):
        start = i
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        if (start == 0 or text[start - 1] == "\n") if where == "line start" else start < i:
            out.add(start)
    return sorted(out)


def _markdown_starts(text: str, heads: tuple[str, ...], where: _Where | None) -> list[int] | None:
    """The only offsets a match of a `_MARKDOWN` pattern can start at, as its `where` says
    (None: anywhere)."""
    if where == "at the mark":
        return head_positions(text, heads)
    return _blank_before(text, heads, where) if where else None


_SUBSCRIPT = re.compile(r"_\{([^{}\n]*)\}")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")


def _markdown(t: MappedText) -> MappedText:
    """`**`, `*…*`, `#`, `---`, `_{…}` and backslash escapes are web-export artefacts."""
    t = t.sub(_SUBSCRIPT, r" \1")
    for pattern, needs, where in _MARKDOWN:
        if any(n in t.text for n in needs):
            t = t.sub(pattern, "", _markdown_starts(t.text, needs, where))
    return t.sub(_ESCAPE, r"\1")


_SPACE_RUNS = re.compile(r"  +| (?<![^\n] )| (?=\n|\Z)|\n\n\n+")
"""A run of spaces that is two or more long, opens a line or ends one, and a run of three or
more line breaks: each found whole at its first character (every branch opens with a literal,
so the regex engine skips from space to space instead of trying line anchors everywhere)."""


def _space_run_starts(text: str) -> list[int]:
    """Where a match of `_SPACE_RUNS` can start: two spaces, a space opening a line or the
    text, a space closing a line or the text, three line breaks. (`re` stops at every space
    of the text to try the pattern, and a Vietnamese text has one every four letters.)"""
    starts = set(head_positions(text, ("  ", " \n", "\n\n\n")))
    starts.update(i + 1 for i in head_positions(text, ("\n ",)))
    if text.startswith(" "):
        starts.add(0)
    if text.endswith(" "):
        starts.add(len(text) - 1)
    return sorted(starts)


def _space_run(m: re.Match[str]) -> str:
    text, start, end = m.string, m.start(), m.end()
    if text[start] == "\n":
        return "\n\n"
    at_edge = start == 0 or text[start - 1] == "\n" or end == len(text) or text[end] == "\n"
    return "" if at_edge else " "


def _spaces(t: MappedText) -> MappedText:
    """One space between words, none at line ends, at most one blank line between blocks,
    no line break opening or closing the text (one pass: this step runs twice over every
    document)."""
    t = t.sub(_SPACE_RUNS, _space_run, _space_run_starts(t.text))
    text = t.text
    opening = len(text) - len(text.lstrip("\n"))
    closing = len(text) - len(text.rstrip("\n"))
    edits = [(0, opening, "")] if opening else []
    if closing and opening < len(text):
        edits.append((len(text) - closing, len(text), ""))
    return t.edit(edits) if edits else t


# A line that starts a new item: never glued to the line before it.
_ITEM_START = re.compile(
    r"""^(?:
        [-+•–](?:\s|$)                  # a bullet (see _starts_item for `- quản lý`)
      | [IVXLC]+\.\s                     # II. NHIỆM VỤ
      | \d+\.(?:\d+\.?)*\s+\S            # 1. / 1.1. / 1.1 (not `24 tháng`)
      | [a-zđ]\)\s | \(\d+\)\s | \d+\)\s # a)  (1)  1)
      | Điều\s+\d+ | Chương\s+[IVXLC\d]+
      | \|
      | (?:""" + "|".join(SIGN_PREFIXES) + r""")\.\s           # signature lines
      | Số\s*:|Kính\s+gửi|V/v\s|Căn\s+cứ\s|Nơi\s+nhận  # letterhead and preamble lines
    )""",
    re.X,
)
_CLOSING_QUOTES = "'\"”)"


def _ends_sentence(line: str) -> bool:
    """The line ends with a stop, perhaps inside quotes or a bracket (`…;`, `….”`)."""
    return line.rstrip(_CLOSING_QUOTES)[-1:] in (".", ";", ":", "!", "?")


def _starts_lower(line: str) -> bool:
    """The first letter is lowercase: the line continues a sentence."""
    first = next(filter(str.isalpha, line), None)
    return first is not None and first.islower()


def _starts_item(line: str) -> bool:
    """A new item starts here; `- quản lý` after `sản xuất` is a wrapped hyphen, not a bullet."""
    if not _ITEM_START.match(line):
        return False
    return not (line[0] in "-+•–" and _starts_lower(line[1:]))


def _caps_state(line: str) -> bool | None:
    """True for an ALL-CAPS line, False for a mixed one, None for one without words. (The
    letters are read lazily: a mixed line is known by its first two, and this runs on every
    line of a hard-wrapped document.)"""
    letters = filter(str.isalpha, line)
    first, second = next(letters, None), next(letters, None)
    if first is None or second is None:
        return None
    return not (first.islower() or second.islower() or any(map(str.islower, letters)))


def _wrapped_lines(t: MappedText) -> MappedText:
    """Re-join hard-wrapped lines.

    Web copies of plans wrap every 60-80 columns, mid-sentence and mid-heading
    (`Thành phố Hồ Chí` / `Minh, ngày 18 tháng 11 năm 2025`). When a document is wrapped
    that way, every line break inside a paragraph is a wrap unless the next line starts a
    new item or the letter case changes (a signature title above a name). In documents that
    are not hard-wrapped, only a break before a lowercase continuation is joined.
    """
    lines = t.text.split("\n")
    stripped = [line.strip() for line in lines]  # each line stripped once (it is asked as `b`, then as `a`)
    # for each pair of non-blank lines: does the first run on into the second (k: the first's index)?
    runs_on = {k: not _ends_sentence(a) and _starts_lower(b)
               for k, (a, b) in enumerate(zip(stripped, stripped[1:])) if a and b}
    wraps = sum(runs_on.values())
    hard_wrapped = wraps >= 5 and wraps >= 0.05 * len(runs_on)
    edits = []
    starts = line_starts(lines)
    caps: dict[int, bool | None] = {}  # each line's case, worked out once (it is asked as `b`, then as `a`)
    for k, run_on in runs_on.items():  # only pairs of non-blank lines, in order
        sa, sb = stripped[k], stripped[k + 1]
        if run_on:
            join = True  # a lowercase continuation is joined whatever the case of either line
        elif hard_wrapped:
            ca = caps.pop(k) if k in caps else _caps_state(sa)
            cb = caps[k + 1] = _caps_state(sb)
            join = ca is None or cb is None or ca == cb or _starts_lower(sb)
        else:
            continue  # most pairs of a document that is not hard-wrapped: no item test needed
        if join and not (_starts_item(sb) or sa.startswith("|")):
            newline_at = starts[k + 1] - 1
            edits.append((newline_at, newline_at + 1, " "))
    return t.edit(edits)


STEPS: tuple[tuple[str, Step], ...] = (
    ("control_chars", _control_chars),
    ("bidi_controls", _bidi_controls),
    ("line_ends", _line_ends),
    ("nfc", _nfc),
    ("tone_marks", _tone_marks),
    ("tables", _tables),
    ("markdown", _markdown),
    ("spaces", _spaces),
    ("wrapped_lines", _wrapped_lines),
    ("spaces_again", _spaces),
)
"""The normalisation steps, in the order they run."""


_STRAY = re.compile(f"[{_CONTROL}{_BIDI}{_ODD_SPACES}{_INVISIBLE}" r"\x0b\f\r]")
"""Every character `_STRAY_STEPS` remove or replace, in one class (the vertical tab, form feed
and carriage return besides the sets above)."""
_STRAY_STEPS = frozenset({"control_chars", "bidi_controls", "line_ends"})
"""The steps that only remove or replace stray characters: a text without any (`_STRAY`), as
most are, is as they leave it. One scan of the text instead of seven (each a tenth of a
millisecond on a plan)."""


def normalize(text: str) -> MappedText:
    """The normalised text, with its map back to `text`."""
    t = MappedText.identity(text)
    stray = _STRAY.search(text) is not None
    for name, step in STEPS:
        if stray or name not in _STRAY_STEPS:
            t = step(t)
    return t
