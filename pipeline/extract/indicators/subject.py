"""The words a target's number measures: the stretch of its clause around the number, not the
whole sentence.

A clause often states several values (`Khu vực nông, lâm nghiệp và thủy sản chiếm 34,86%, công
nghiệp - xây dựng chiếm 24,23% và dịch vụ chiếm 36,49% trong GRDP`) or runs on past its own
(`Tổ chức 05 hội nghị tuyên truyền cho … ở 05/11 huyện, thành phố, nơi có nhiều đối tượng …`);
matching the whole of it lets the first thing it names decide for every number in it. A number's
own words stand between the values beside it (another share, a ratio) and the clause's ends:

- `tỷ lệ X đạt Y%`, `X tăng Y%`, `X chiếm Y%`: before the number, back to the previous value;
  when another value follows and the words before hold a noun (underthesea's POS tags: a verb
  opening a commitment, `Tổ chức`, names nothing), the stretch ends at the comma or `và` after
  the number;
- `Y% X được …`, `có Y X`, `tổ chức Y X`: the words after it, up to the next value.

Tried and left out: cutting the words after a number at the first comma before a verb
(underthesea POS) — plans list their subjects with commas between verbs and nouns alike
(`phòng, chống mại dâm`, `cán bộ, công chức, viên chức`), and the cut lost the indicator's own
words in 25 of 233 numeric targets of the non-test data.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.parse.postag import pos_tag

_NUMBER = re.compile(r"(?<![\w/])\d+(?:[.,]\d+)*(?:\s*%?\s*[-–]\s*\d+(?:[.,]\d+)*)?(?:\s*%)?(?![\w/])")
_SIBLING = re.compile(r"(?<![\w/])\d+(?:[.,]\d+)*\s*%|(?<![\w/])\d+/\d+(?![\w/])")
"""Another target's value in the clause: a share (`1,5%`) or a ratio (`05/11`)."""
_AFTER_NAMED = re.compile(r",|\s(?:và|hoặc)\s")
_CLAUSE_END = re.compile(r";|:\s|\.(?!\d)\s|\n")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _parse(raw: str) -> set[float]:
    """The values a written number can be: `1.146` is 1146 or 1.146, `8,5` is 8.5."""
    raw = raw.strip()
    out = set()
    for text in (raw.replace(".", "").replace(",", "."), raw.replace(",", "")):
        try:
            out.add(float(text))
        except ValueError:
            pass
    return out


def number_at(clause: str, value: float | None, at: int = 0) -> re.Match[str] | None:
    """The number of `clause` that states `value` (the first such from `at`), or None."""
    if value is None:
        return None
    for m in _NUMBER.finditer(clause, at):
        first = re.match(r"\d+(?:[.,]\d+)*", m.group(0))
        if first and not _YEAR.match(first.group(0)) and value in _parse(first.group(0)):
            return m
    return None


@lru_cache(maxsize=8192)
def _has_noun(words: str) -> bool:
    """Whether underthesea tags a noun among `words` (`công nghiệp - xây dựng chiếm`), rather than
    a verb opening a commitment (`Tổ chức`, `Phấn đấu`) whose object follows the number. The first
    letter is lowered: the tagger reads a capitalised verb as a proper noun."""
    words = words.strip(" ,")
    if not words:
        return False
    return any(tag in ("N", "Nc", "Nu", "Np") for _, tag in pos_tag(words[0].lower() + words[1:]))


def measured_words(clause: str, value: float | None, at: int = 0) -> str | None:
    """The words of `clause` that its number `value` (the first from `at`) measures, with the
    number: the stretch between the values next to it (another share, a ratio `05/11`) or the
    clause's ends (`;`, `:`, a full stop); None when the number is not found in it."""
    m = number_at(clause, value, at)
    if m is None:
        return None
    start, end = 0, len(clause)
    for stop in _CLAUSE_END.finditer(clause):
        if stop.end() <= m.start():
            start = stop.end()
        elif stop.start() >= m.end():
            end = stop.start()
            break
    sibling_after = False
    for other in _SIBLING.finditer(clause, start, end):
        if other.end() <= m.start():
            start = other.end()
        elif other.start() >= m.end():
            end, sibling_after = other.start(), True
            break
    before = clause[start:m.start()]
    from pipeline.extract.indicators import _nameless

    if sibling_after and not _nameless(before) and _has_noun(before):
        # `X chiếm Y%, Z chiếm W%`: the words before the number name it and the next value's own
        # words follow, so the stretch ends at the comma or `và` after it
        tail = _AFTER_NAMED.search(clause, m.end(), end)
        end = tail.start() if tail else end
    return re.sub(r"^(?:và|hoặc|còn)\s+", "", clause[start:end].strip(" ,"), flags=re.IGNORECASE) or None
