"""Deadlines and timeframes: every time expression that bounds an obligation, normalised.

Plans bound work in two ways. A labelled line gives an item its timeframe
(`- Thời gian thực hiện: Cả năm.`, `- Tiến độ thực hiện: Từ tháng 3 đến tháng 12 năm
2017.`); and prose sets due dates (`báo cáo 6 tháng (trước ngày 15/6/2023)`, `trước ngày
15 tháng cuối quý`, `trong Quý I/2023`). A date that is not a bound — the issue date, the
date of a cited document, `trẻ em từ 06 tháng đến 36 tháng tuổi` — has no label and no
trigger word, and is left alone. Dates without a year take the plan's year.

The words live in `pipeline/data/time_words.yaml`. Rules run from safe to risky: labelled
values first (the label says it is a timeframe), then due dates after `trước ngày` and its
kin, then quarters, month and date ranges, halves of the year, and last the recurring
reports (`định kỳ 6 tháng`, `báo cáo … hằng năm`).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from pipeline import lexicon
from pipeline.extract.context import DocContext
from pipeline.extract.spans import Taken
from pipeline.models import Deadline
from pipeline.parse.scan import head_positions, matches_at

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


@dataclass(frozen=True)
class _Time:
    """A parsed time expression: offsets are relative to the string it was parsed from."""

    start: int
    end: int
    kind: str
    begin: str | None = None
    finish: str | None = None
    due: str | None = None
    recurrence: str | None = None


@cache
def _words() -> dict[str, str]:
    """Each time-word key as a regex alternation of its variants (longest first)."""
    out: dict[str, list[str]] = {}
    for entry in lexicon.load("time_words"):
        out.setdefault(entry.canonical, []).extend(entry.variants)
    return {k: "|".join(re.escape(v) for v in sorted(vs, key=len, reverse=True)) for k, vs in out.items()}


def _iso(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_end(year: int | None, month: int) -> str | None:
    if year is None or not 1 <= month <= 12:
        return None
    return _iso(year, month, calendar.monthrange(year, month)[1])


def _year_of(text: str | None, default: int | None) -> int | None:
    return int(text) if text else default


# --- the parts every time expression is composed of -----------------------------------
# A year (`/2026`, `-2026`, ` năm 2026`), a date with its month and year optional (`05`,
# `05/3`, `05 tháng 3 năm 2026`), a quarter (`Quý III/2026`, `Quí III-2026`), and the words
# that open (`từ`) and close (`đến`, `-`, `đến hết`) a range. Rules are these parts composed.
_Y = r"(?P<{n}>(?:19|20)\d\d)(?!\d)"
_YEAR_SEP = r"(?:\s*[/\-–]\s*|\s+năm\s+)"
_TO = r"\s*(?:đến|tới|-|–)\s*(?:hết\s+)?"


def _year(n: str = "y") -> str:
    return _YEAR_SEP + _Y.format(n=n)


def _date(n: str = "", month: bool = True) -> str:
    """`05/3/2026`, `05 tháng 3 năm 2026`, `05-3`; the month optional unless `month`."""
    tail = rf"\s*(?:/|-|\s+tháng\s+)(?P<m{n}>\d{{1,2}})(?!\d)(?:{_year('y' + n)})?"
    return rf"(?:mồng\s+)?(?P<d{n}>\d{{1,2}})(?!\d)(?:{tail}){'' if month else '?'}"


def _quarter(n: str = "", words: str = "quý") -> str:
    return rf"(?i:{words})\s+(?P<q{n}>IV|I{{1,3}}|[1-4])(?![\w\d])(?:{_year('y' + n)})?"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    w = _words()
    year = _year()
    dmy = _date()
    quarter_words = w["quarter"]
    recur = rf"(?:\s*(?P<rec>{w['yearly']}|{w['monthly']}|{w['quarterly']}))?"
    return {
        "label": re.compile(
            rf"^(?:[-+•*]|\d{{1,2}}(?:\.\d{{1,2}})*\.?|[a-zđ][.)])?\s*(?P<label>{w['label']})(?P<what>[^:\n]{{0,60}}?)\s*:\s*(?P<value>[^\n]+)",
            re.M | re.I,
        ),
        "value_opener": re.compile(rf"(?i:{w['value_opener']})\s+"),
        # `trước ngày 10/6 và 10/12 hằng năm`: a list of dates shares the trigger and the recurrence
        "before": re.compile(
            rf"(?i:{w['before']})\s+{dmy}(?P<more>(?:\s*(?:,|và)\s*(?:ngày\s+)?\d{{1,2}}\s*(?:/|-|\s+tháng\s+)\d{{1,2}}"
            rf"(?:{_YEAR_SEP}(?:19|20)\d\d)?)*)(?:\s+(?P<qe>{w['quarter_end_month']}))?{recur}"),
        "before_monthly": re.compile(rf"(?i:{w['before']})\s+(?P<d>\d{{1,2}})\s+(?P<rec>{w['monthly']})"),
        "quarter_end": re.compile(rf"(?i:{w['before']})\s+(?P<d>\d{{1,2}})\s+(?:{w['quarter_end_month']})"),
        "quarter_range": re.compile(rf"(?<!\w)(?i:từ)\s+{_quarter('1', quarter_words)}{_TO}{_quarter('', quarter_words)}"),
        "from_quarter": re.compile(rf"(?<!\w)(?i:từ)\s+{_quarter('', quarter_words)}(?:\s+trở đi)?(?!{_TO}(?i:{quarter_words}))"),
        "quarter": re.compile(
            rf"(?<!\w)(?i:{quarter_words})\s+(?P<q>IV|I{{1,3}}|[1-4])(?![\w\d])"
            rf"(?:\s*(?:,|và|-|–)\s*(?P<q2>IV|I{{1,3}}|[1-4])(?![\w\d]))*"
            rf"(?:{year})?(?P<fy>\s+(?:{w['following_years']}))?"
        ),
        "month_range": re.compile(
            rf"(?i:từ)\s+(?i:tháng)\s+(?P<m1>\d{{1,2}})(?:{_year('y1')})?\s+(?:đến|-|–)\s+(?:hết\s+)?"
            rf"(?i:tháng)\s+(?P<m2>\d{{1,2}})(?:{year})?{recur}"
        ),
        # `tần suất: Tháng 3, 4`, `tháng 5 đến tháng 8 tần suất 4 đợt/năm`: the months a monitoring
        # schedule runs in, every year
        "season": re.compile(
            r"(?i:tháng)\s+(?P<m1>\d{1,2})(?!\d|\s*/)(?:\s*,\s*\d{1,2}(?!\d))*(?:\s*(?:đến|-|–)\s*(?:(?i:tháng)\s+)?(?P<m2>\d{1,2})(?!\d|\s*/))?"
        ),
        "from_month": re.compile(rf"(?i:từ)\s+(?i:tháng)\s+(?P<m>\d{{1,2}})(?:{year})?(?:\s+trở đi)?"),
        # `từ ngày 05 tháng 3 năm 2026 đến ngày 20 tháng 4 năm 2026`, `từ ngày 12 đến ngày 14 tháng 5`:
        # the first date borrows the month and year the second one writes
        "date_range": re.compile(
            rf"(?i:từ)\s+(?i:ngày)\s+{_date('1', month=False)}{_TO}(?i:ngày\s+)?{_date('2')}(?!\s+âm lịch){recur}"
        ),
        # `từ 01/4/2026 đến 30/6/2026`: without `ngày` both dates write their month
        "date_range_bare": re.compile(
            rf"(?<!\w)(?i:từ)\s+(?=\d{{1,2}}\s*/){_date('1')}{_TO}(?i:ngày\s+)?(?=\d{{1,2}}\s*/){_date('2')}{recur}"
        ),
        "year_range": re.compile(
            r"(?i:(?:từ\s+)?năm\s+|giai đoạn\s+|từ\s+)?(?P<y1>(?:19|20)\d\d)\s*(?:-|–|(?i:đến)(?:\s+hết)?(?:\s+năm)?)\s*"
            r"(?P<y2>(?:19|20)\d\d)"
        ),
        "until": re.compile(r"(?i:từ nay\s+đến\s+(?:hết\s+)?(?:năm\s+)?)(?P<y>(?:19|20)\d\d)(?!\s+(?i:và những năm|và các năm))"),
        "in_month": re.compile(
            rf"(?i:trong\s+)?(?i:tháng)\s+(?P<m>\d{{1,2}})(?:\s*,\s*(?P<m2>\d{{1,2}}))*(?:{year})?(?:\s*(?P<rec>{w['yearly']}))?"
        ),
        "in_year": re.compile(r"(?i:vào|trong)\s+năm\s+(?P<y>(?:19|20)\d\d)(?!\s*[-–])|\((?i:năm)\s+(?P<y2>(?:19|20)\d\d)\b"),
        "from_year_range": re.compile(
            r"(?i:từ\s+năm)\s+(?P<y1>(?:19|20)\d\d)\s*(?:-|–|(?i:đến)(?:\s+hết)?(?:\s+năm)?)\s*(?P<y2>(?:19|20)\d\d)"
        ),
        # `Từ năm 2027`: a period that only starts (not `từ năm 2021 đến …`, not `từ năm học …`)
        "from_year": re.compile(rf"(?<!\w)(?i:từ\s+năm)\s+{_Y.format(n='y')}(?:\s+(?i:trở đi))?(?!{_TO}(?:năm\s+)?\d)"),
        # `từ ngày 01 tháng 01 năm 2026`, `Từ 15/3/2026`: a start date with its year written
        "from_date": re.compile(
            r"(?<!\w)(?i:từ)\s+(?:(?i:ngày)\s+(?P<d>\d{1,2})\s*(?:/|\s+tháng\s+)(?P<m>\d{1,2})\s*(?:/|\s+năm\s+)"
            r"|(?P<d_>\d{1,2})/(?P<m_>\d{1,2})/)(?P<y>(?:19|20)\d\d)(?!\d)(?!\s*(?:đến|-|–))"
        ),
        "value_recurrences": re.compile(
            rf"(?P<items>(?:{w['half_yearly']}|{w['yearly']}|{w['quarterly']}|{w['monthly']})"
            rf"(?:\s*,\s*(?:{w['half_yearly']}|{w['yearly']}|{w['quarterly']}|{w['monthly']}))*)",
            re.I,
        ),
        "recurring_obligation": re.compile(rf"(?P<rec>(?i:{w['yearly']}|{w['quarterly']}|{w['monthly']}))"),
        "periodic_list": re.compile(
            rf"(?i:{w['periodic']})\s+(?:theo\s+)?(?P<items>(?:quý|{w['half_yearly']}|{w['yearly']}|{w['quarterly']}|"
            rf"{w['monthly']}|năm)(?:\s*,\s*(?:quý|{w['half_yearly']}|{w['yearly']}|{w['quarterly']}|{w['monthly']}|năm))*)",
            re.I,
        ),
        "half": re.compile(rf"(?P<h>{w['first_half']}|{w['second_half']})(?:\s+(?P<y>(?:19|20)\d\d))?", re.I),
        "year": re.compile(rf"(?i:năm)\s+(?P<y>(?:19|20)\d\d)(?P<fy>\s+(?:{w['following_years']}))?"),
        "whole_year": re.compile(rf"(?i:{w['whole_year']})(?:\s+(?:năm\s+)?(?P<y>(?:19|20)\d\d))?"),
        "continuous": re.compile(rf"(?i:{w['continuous']})"),
        "periodic": re.compile(
            rf"(?i:{w['periodic']})\s+(?:(?P<h>{w['half_yearly']})|(?P<rec>{w['yearly']}|{w['quarterly']}|{w['monthly']}))"
        ),
        "from_signing": re.compile(rf"(?i:{w['from_signing']})"),
        "relative": re.compile(r"(?i:trong\s+(?:thời hạn\s+)?|chậm nhất\s+(?:sau\s+)?)(?P<n>\d{1,3})\s+ngày(?:\s+làm việc)?"
                               r"(?:,)?\s+(?:kể\s+)?từ\s+ngày[^.;\n]{0,60}"),
        "noun_yearly": re.compile(rf"(?i:{w['noun_yearly']})\s*$"),
    }


@cache
def _triggers() -> dict[str, tuple[str, ...]]:
    """Words one of which a prose rule's match must contain (lowercase)."""
    v = {key: tuple(x.lower() for x in _variants(key)) for key in
         ("before", "monthly", "quarter_end_month", "yearly", "quarterly", "first_half", "second_half",
          "from_signing", "periodic")}
    return {
        "before": v["before"], "before_monthly": v["monthly"], "quarter_end": v["quarter_end_month"],
        "recurring_obligation": v["yearly"] + v["quarterly"] + v["monthly"], "half": v["first_half"] + v["second_half"],
        "from_signing": v["from_signing"], "periodic_list": v["periodic"], "periodic": v["periodic"],
        "quarter": ("quý", "quí"), "quarter_range": ("từ quý", "từ quí"), "from_quarter": ("từ quý", "từ quí"),
        "from_year": ("từ năm",), "season": ("tần suất",), "relative": ("kể từ ngày", "từ ngày"), "in_year": ("trong năm", "vào năm", "(năm"),
        "from_year_range": ("từ năm",), "until": ("từ nay",), "from_date": ("từ",), "date_range": ("từ ngày",),
        "month_range": ("từ tháng",), "date_range_bare": ("từ",),
    }


_REC = {"yearly": "yearly", "monthly": "monthly", "quarterly": "quarterly"}


def _recurrence(word: str | None) -> str | None:
    if not word:
        return None
    folded = lexicon.fold(word)
    for key in ("yearly", "monthly", "quarterly"):
        if any(lexicon.fold(v) == folded for v in _variants(key)):
            return _REC[key]
    return None


@cache
def _variants(key: str) -> tuple[str, ...]:
    return tuple(v for e in lexicon.load("time_words") if e.canonical == key for v in e.variants)


def _quarter_range(q_first: int, q_last: int, year: int | None) -> tuple[str | None, str | None]:
    return _iso(year, 3 * q_first - 2, 1), _month_end(year, 3 * q_last)


def _quarter_number(q: str) -> int:
    return _ROMAN.get(q.upper()) or int(q)


_LISTED_DATE = re.compile(r"(?P<d>\d{1,2})\s*(?:/|-|\s+tháng\s+)(?P<m>\d{1,2})(?:(?:\s*[/\-–]\s*|\s+năm\s+)(?P<y>(?:19|20)\d\d))?")


def _before_all(m: re.Match[str], year: int | None) -> list[_Time]:
    """`trước ngày 10/6 và 10/12 hằng năm`: one bound per listed date, the first with the trigger."""
    g = m.groupdict()
    rec = _recurrence(g.get("rec"))
    if g.get("qe"):
        return [_Time(m.start(), m.end(), "recurring", due=_iso(_year_of(g.get("y"), year), 3, int(g["d"])),
                      recurrence="quarterly")]
    listed = [(m.start(), m.end("y") if g.get("y") else m.end("m"), g.get("d"), g.get("m"), g.get("y"))]
    if g.get("more"):
        for item in _LISTED_DATE.finditer(m.string, m.start("more"), m.end("more")):
            listed.append((item.start(), item.end(), item.group("d"), item.group("m"), item.group("y")))
    out = []
    for k, (s, e, d, mo, y) in enumerate(listed):
        end = m.end() if k == len(listed) - 1 else e
        due = _iso(_year_of(y, year), int(mo), int(d))
        out.append(_Time(s, end, "recurring", due=due, recurrence=rec) if rec else _Time(s, end, "due", due=due))
    return out


def _parse(rule: str, m: re.Match[str], year: int | None, issue_date: str | None) -> _Time | None:
    """Normalise one match of `rule`; None when it is not a time bound after all."""
    g = m.groupdict()
    s, e = m.start(), m.end()
    if rule == "before":
        return _before_all(m, year)[0]
    if rule == "quarter_range":
        y2 = _year_of(g.get("y"), year)
        y1 = _year_of(g.get("y1"), y2)
        return _Time(s, e, "period", begin=_quarter_range(_quarter_number(g["q1"]), 1, y1)[0],
                     finish=_quarter_range(1, _quarter_number(g["q"]), y2)[1])
    if rule == "from_quarter":
        return _Time(s, e, "period", begin=_quarter_range(_quarter_number(g["q"]), 1, _year_of(g.get("y"), year))[0])
    if rule == "from_year":
        return _Time(s, e, "period", begin=_iso(int(g["y"]), 1, 1))
    if rule == "before_monthly":
        return _Time(s, e, "recurring", due=_iso(year, 1, int(g["d"])), recurrence="monthly")
    if rule == "quarter_end":
        return _Time(s, e, "recurring", due=_iso(year, 3, int(g["d"])), recurrence="quarterly")
    if rule == "quarter":
        listed = m.string[m.start("q") : m.start("y") if g.get("y") else m.end("q2") if g.get("q2") else m.end("q")]
        quarters = [_quarter_number(q) for q in re.findall(r"(?<!\w)(?:IV|I{1,3}|[1-4])(?!\w)", listed, re.I)]
        if not quarters:
            return None
        y = _year_of(g.get("y"), year)
        begin, finish = _quarter_range(min(quarters), max(quarters), y)
        if g.get("fy"):
            return _Time(s, e, "period", begin=begin, recurrence="yearly")
        return _Time(s, e, "quarter", begin=begin, finish=finish)
    if rule == "month_range":
        y2 = _year_of(g.get("y"), year)
        y1 = _year_of(g.get("y1"), y2)
        begin, finish = _iso(y1, int(g["m1"]), 1), _month_end(y2, int(g["m2"]))
        rec = _recurrence(g.get("rec"))
        return _Time(s, e, "recurring" if rec else "period", begin=begin, finish=finish, recurrence=rec)
    if rule == "season":
        months = [int(x) for x in re.findall(r"\d{1,2}", m.group(0))]
        if not all(1 <= x <= 12 for x in months):
            return None
        return _Time(s, e, "recurring", begin=_iso(year, months[0], 1), finish=_month_end(year, months[-1]),
                     recurrence="yearly")
    if rule == "from_month":
        return _Time(s, e, "period", begin=_iso(_year_of(g.get("y"), year), int(g["m"]), 1))
    if rule in ("date_range", "date_range_bare"):
        y2 = _year_of(g.get("y2"), year)
        y1 = _year_of(g.get("y1"), y2)
        m1 = int(g["m1"]) if g.get("m1") else int(g["m2"])
        begin, finish = _iso(y1, m1, int(g["d1"])), _iso(y2, int(g["m2"]), int(g["d2"]))
        rec = _recurrence(g.get("rec"))
        return _Time(s, e, "recurring" if rec else "period", begin=begin, finish=finish, recurrence=rec)
    if rule == "year_range":
        return _Time(s, e, "period", begin=_iso(int(g["y1"]), 1, 1), finish=_iso(int(g["y2"]), 12, 31))
    if rule == "until":
        return _Time(s, e, "period", finish=_iso(int(g["y"]), 12, 31))
    if rule == "in_month":
        y = _year_of(g.get("y"), year)
        months = [int(x) for x in re.findall(r"\d{1,2}", m.group(0)[: (m.start("y") - s) if g.get("y") else None])]
        if not months or not all(1 <= x <= 12 for x in months):
            return None
        rec = _recurrence(g.get("rec"))
        return _Time(s, e, "recurring" if rec else "period", begin=_iso(y, months[0], 1),
                     finish=_month_end(y, months[-1]), recurrence=rec)
    if rule == "in_year":
        y = int(g.get("y") or g["y2"])
        return _Time(s, e, "year", begin=_iso(y, 1, 1), finish=_iso(y, 12, 31))
    if rule == "from_year_range":
        return _Time(s, e, "period", begin=_iso(int(g["y1"]), 1, 1), finish=_iso(int(g["y2"]), 12, 31))
    if rule == "from_date":
        return _Time(s, e, "period", begin=_iso(int(g["y"]), int(g["m"] or g["m_"]), int(g["d"] or g["d_"])))
    if rule == "recurring_obligation":
        rec = _recurrence(g.get("rec"))
        return _Time(s, e, "recurring", recurrence=rec) if rec else None
    if rule == "half":
        y = _year_of(g.get("y"), year)
        first = "đầu" in g["h"]
        return _Time(s, e, "period", begin=_iso(y, 1 if first else 7, 1), finish=_month_end(y, 6 if first else 12))
    if rule == "year":
        y = int(g["y"])
        if g.get("fy"):
            return _Time(s, e, "period", begin=_iso(y, 1, 1), recurrence="yearly")
        return _Time(s, e, "year", begin=_iso(y, 1, 1), finish=_iso(y, 12, 31))
    if rule == "whole_year":
        y = _year_of(g.get("y"), year)
        return _Time(s, e, "year", begin=_iso(y, 1, 1), finish=_iso(y, 12, 31))
    if rule == "continuous":
        return _Time(s, e, "ongoing", recurrence="continuous")
    if rule == "periodic":
        rec = "half_yearly" if g.get("h") else _recurrence(g.get("rec"))
        return _Time(s, e, "recurring", recurrence=rec) if rec else None
    if rule == "from_signing":
        return _Time(s, e, "period", begin=issue_date if issue_date and len(issue_date) == 10 else None)
    if rule == "relative":
        return _Time(s, e, "due")
    return None


def _case_classes() -> dict[int, str]:
    """Characters the regex engine takes for one another under IGNORECASE beyond their
    lowercase (`ı`/`i`, `ſ`/`s`, `ẛ`/`ṡ` …), each mapped to one of its class, so that text
    lowercased and mapped this way holds a word at exactly the offsets `(?i:word)` matches."""
    import re._casefix as casefix  # the table `re` itself compiles IGNORECASE literals with

    table: dict[int, str] = {}
    for lower, extra in casefix._EXTRA_CASES.items():
        members = (lower, *extra)
        for code in members:
            if code != min(members):
                table[code] = chr(min(members))
    return table


_CASE_CLASSES = _case_classes()
_CASE_CLASS_CHAR = re.compile("[" + "".join(re.escape(chr(c)) for c in _CASE_CLASSES) + "]")


def _fold_case(text: str, lowered: str | None = None) -> str:
    lowered = text.lower() if lowered is None else lowered
    # `str.translate` looks every character up in Python: only text that holds one of the
    # characters (Greek, Cyrillic, `ı`, `ſ` … rare in a plan) is translated
    return lowered.translate(_CASE_CLASSES) if _CASE_CLASS_CHAR.search(lowered) else lowered


@cache
def _heads() -> dict[str, tuple[str, ...]]:
    """For each prose rule, the words one of which every match of its pattern opens with (the
    first word of the pattern's leading alternation, case-folded by `_fold_case`): each
    rule's pattern is tried only where one of them stands, instead of at every character
    (a case-insensitive alternation at the front of a pattern keeps `re` from skipping ahead)."""
    def first_words(*keys: str) -> tuple[str, ...]:
        return tuple(sorted({_fold_case(v.split(" ")[0]) for key in keys for v in _variants(key)}))

    before = first_words("before")
    quarter = first_words("quarter")
    return {
        "before": before, "before_monthly": before, "quarter_end": before,
        "quarter_range": ("từ",), "from_quarter": ("từ",), "month_range": ("từ",), "date_range": ("từ",),
        "date_range_bare": ("từ",), "from_date": ("từ",), "from_year_range": ("từ",), "from_year": ("từ",),
        "until": ("từ",), "quarter": quarter, "season": ("tháng",), "in_month": ("trong", "tháng"),
        "in_year": ("vào", "trong", "("), "half": first_words("first_half", "second_half"),
        "periodic_list": first_words("periodic"), "periodic": first_words("periodic"),
        "recurring_obligation": first_words("yearly", "quarterly", "monthly"),
        "from_signing": first_words("from_signing"), "relative": ("trong", "chậm"),
        "label": first_words("label"),  # not a prose rule: the labelled values' (`Thời gian: …`)
    }


class _HeadIndex:
    """Where each rule's head words stand in one document's case-folded text (found once per
    set of heads: many rules open with `từ`)."""

    def __init__(self, text: str, lowered: str | None = None) -> None:
        folded = _fold_case(text, lowered)
        self.folded = folded if len(folded) == len(text) else None  # `İ` lowercases to two characters
        self._at: dict[tuple[str, ...], list[int]] = {}

    def positions(self, heads: tuple[str, ...]) -> list[int]:
        assert self.folded is not None
        if heads not in self._at:
            self._at[heads] = head_positions(self.folded, heads)
        return self._at[heads]


def _prose_matches(rule: str, text: str, index: _HeadIndex) -> Iterable[re.Match[str]]:
    """The matches `_patterns()[rule].finditer(text)` yields, found by trying the pattern only
    where one of the rule's head words stands (every match opens with one)."""
    pattern = _patterns()[rule]
    if index.folded is None:
        return pattern.finditer(text)
    return matches_at(pattern, text, index.positions(_heads()[rule]))


# In a labelled value the whole value is the bound: these are tried there, in this order.
_VALUE_RULES = ("before", "before_monthly", "quarter_end", "quarter_range", "from_quarter", "month_range", "from_month",
                "date_range", "date_range_bare", "from_date", "from_year_range", "from_year", "year_range", "until", "quarter", "half",
                "whole_year", "continuous", "in_month", "year", "from_signing")
# In prose only expressions that announce themselves as bounds are taken.
_PROSE_RULES = ("before", "before_monthly", "quarter_end", "quarter_range", "month_range", "date_range", "date_range_bare",
                "from_date",
                "from_quarter", "quarter", "half", "season", "in_month", "from_year_range", "from_year", "until", "in_year",
                "periodic_list", "periodic", "recurring_obligation", "from_signing", "relative")
# Rules whose year may be a target's year (`đến năm 2030 đạt 50%`, `từ năm 2027 trở đi 100% …`):
# in a clause that sets a target they are not read as bounds.
_YEARS_OF_TARGETS = ("in_year", "from_year", "from_year_range", "until", "from_quarter")
_RULE_CONFIDENCE = {"label": 0.95, "before": 0.95, "before_monthly": 0.9, "quarter_end": 0.9, "month_range": 0.9,
                    "quarter_range": 0.9, "from_quarter": 0.8, "from_year": 0.75, "season": 0.7,
                    "date_range": 0.9, "date_range_bare": 0.85, "from_date": 0.8, "in_month": 0.85, "in_year": 0.7, "from_year_range": 0.85, "until": 0.8,
                    "periodic_list": 0.75, "recurring_obligation": 0.6, "quarter": 0.85, "half": 0.85, "periodic": 0.75,
                    "from_signing": 0.7, "relative": 0.7}
_VALUE_END = re.compile(r"\s+[a-zđ][.)]\s+[A-ZĐ]|[.;]\s*$|\.\s")
_RECIPIENT = re.compile(r"(?:gửi|về)\s+(?:về\s+)?(?P<r>(?:Sở|Phòng|UBND|Ủy ban|Bộ|Công an|Văn phòng|Ban)[^,;.()\n]{2,80})")
_CLAUSE_START = re.compile(r"[.;:\n(]\s*")


def _what_before(text: str, start: int) -> str | None:
    """The obligation a prose bound belongs to: its clause, up to the bound."""
    boundary = max((m.end() for m in _CLAUSE_START.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
    what = text[boundary:start].strip(" ,-–(")
    if not what and boundary > 1 and text[boundary - 1 : boundary].strip() in ("(", ""):
        # `báo cáo 6 tháng (trước ngày 15/6/2023)`: the obligation stands before the bracket
        return _what_before(text, text.rfind("(", 0, boundary) if "(" in text[max(0, boundary - 2) : boundary] else boundary - 1)
    return what[-150:] or None


def _recipient_after(text: str, end: int) -> str | None:
    m = _RECIPIENT.search(text, end, min(len(text), end + 120))
    if not m or re.search(r"[.;\n]", text[end : m.start()]):
        return None
    return " ".join(m.group("r").split()).rstrip(" ,")


_CLAUSE_END = re.compile(r"[.;\n]")


_SENTENCE_START = re.compile(r"[.;\n]\s*")


def _clause(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in _SENTENCE_START.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
    right_match = _CLAUSE_END.search(text, end, min(len(text), end + 160))
    return lexicon.fold(text[left : right_match.start() if right_match else min(len(text), end + 160)])


def _budget_clause(text: str, start: int, end: int) -> bool:
    return re.search(_words()["budget"].casefold(), _clause(text, start, end)) is not None


_SCHEDULE = re.compile(r"(?i)tần suất")
_TAKES_EFFECT = re.compile(r"(?i)hiệu lực(?: thi hành)?(?:\s+kể)?\s*$")


def _target_clause(clause: str) -> bool:
    """A clause that sets a target (`đến năm 2030 đạt 50%`): its year is the target's."""
    return "%" in clause or "phấn đấu" in clause or re.search(r"(?<!\w)(?:đạt|trên|dưới)\s+\d", clause) is not None


def _obligation_clause(text: str, start: int, end: int) -> bool:
    """A bare `hằng năm` or `trong năm 2025` bounds an obligation only in a clause that says
    what is due (a report, a review, a plan to issue), and not in a budget or target clause,
    nor where it qualifies a noun (`theo lộ trình hằng năm`)."""
    clause = _clause(text, start, end)
    if re.search(_words()["budget"].casefold(), clause) or _target_clause(clause):
        return False
    if _patterns()["noun_yearly"].search(text, max(0, start - 30), start):
        return False
    return re.search(_words()["obligation"].casefold(), clause) is not None


_ITEM = {"quý": "quarterly", "năm": "yearly"}


def _periodic_items(m: re.Match[str]) -> Iterable[_Time]:
    """`định kỳ theo quý, 6 tháng, hằng năm`: one recurring bound per item."""
    offset = m.start("items")
    for item in re.finditer(r"[^,]+", m.group("items")):
        word = item.group(0).strip()
        start = offset + item.start() + (len(item.group(0)) - len(item.group(0).lstrip()))
        folded = lexicon.fold(word)
        rec = _ITEM.get(folded) or ("half_yearly" if folded in ("6 tháng", "sáu tháng") else _recurrence(word))
        if rec:
            yield _Time(start, start + len(word), "recurring", recurrence=rec)


def _task_of(ctx: DocContext, line_start: int) -> str | None:
    """What a labelled line bounds: the item it sits under (its own bullet is the label)."""
    section_id = ctx.section_at(line_start - 1) if line_start else None
    section = ctx.section(section_id)
    if section is None:
        return None
    if section.heading:
        return section.heading
    body = ctx.text[section.span[0] : min(section.span[1], section.span[0] + 200)].split("\n", 1)[0]
    return body[len(section.number or "") :].strip()[:150] or None


def _value_times(value: str, year: int | None, issue_date: str | None) -> list[_Time]:
    """The bounds a time value states as a whole (a labelled value, a table's time cell), with
    offsets into `value`: `Quý IV/2025`, `Thường xuyên`, `Hoàn thành trong năm 2026` (the verb
    the time bounds may open the value), `6 tháng, hằng năm` (one bound per item)."""
    cut = _VALUE_END.search(value)
    value = value[: cut.start()] if cut else value
    opener = _patterns()["value_opener"].match(value.lstrip(" -+•*"))
    skip = len(value) - len(value.lstrip(" -+•*")) + (opener.end() if opener else 0)
    for rule in _VALUE_RULES:
        vm = _patterns()[rule].search(value, skip)
        if vm and vm.start() <= skip + 6:  # the value opens with the expression
            if rule == "before":
                times = _before_all(vm, year)
            else:
                parsed = _parse(rule, vm, year, issue_date)
                times = [parsed] if parsed else []
            if len(times) == 1:  # the whole value is the evidence: `Năm 2025 và các năm tiếp theo`
                return [replace(times[0], end=max(times[0].end, len(value.rstrip(" ."))))]
            if times:  # `trước ngày 10/6 và 10/12 hằng năm`: each date its own evidence
                return times
    items = _patterns()["value_recurrences"].match(value, skip)
    if items:  # `Thời gian thực hiện: 6 tháng, hằng năm và định kỳ`: one bound per item
        return list(_periodic_items(items))
    return []


def parse_timeframe(ctx: DocContext, start: int, end: int, section: str | None = None) -> list[Deadline]:
    """The deadlines a time value states, read from `ctx.text[start:end]` — a table's time cell
    (`Thường xuyên`, `Quý IV/2025`, `Từ quý III/2026`) or a labelled value — with spans into the
    document. Empty when the value states no time (`Theo kế hoạch`)."""
    found = [(replace(t, start=start + t.start, end=start + t.end), "label", None)
             for t in _value_times(ctx.text[start:end], ctx.plan_year, ctx.metadata.issue_date)]
    return [_record(ctx, timed, rule, what, section) for timed, rule, what in _not_before_the_plan(found, ctx)]


def _label_starts(text: str, heads: list[int]) -> list[int]:
    """Where a `label` match can start, given where its label words stand (`heads`): the line
    starts before a label word with only a list marker (`-`, `2.1.`, `a)`: no white space in one)
    and white space, line breaks too, between. The pattern opens with `^` under `re.M`, which
    `re` tries at every character of the text."""
    starts: set[int] = set()
    for i in heads:
        j = i
        while j > 0 and text[j - 1].isspace():
            j -= 1
        starts.add(text.rfind("\n", 0, j) + 1)  # the marker's line (or the label's, with no marker)
        k = text.find("\n", j, i)
        while k >= 0:  # a line start inside the white space before the label
            starts.add(k + 1)
            k = text.find("\n", k + 1, i)
    return sorted(starts)


def _label_matches(text: str, index: _HeadIndex) -> Iterable[re.Match[str]]:
    """The matches `_patterns()["label"].finditer(text)` yields, tried only at `_label_starts`."""
    pattern = _patterns()["label"]
    if index.folded is None:
        return pattern.finditer(text)
    return matches_at(pattern, text, _label_starts(text, index.positions(_heads()["label"])))


def _labelled(ctx: DocContext, year: int | None, heads: _HeadIndex) -> list[tuple[_Time, str, str | None]]:
    """The times written as a labelled value (`Thời gian thực hiện: Quý III/2025`), each with the
    task it belongs to: read before the prose rules, which then leave their spans alone."""
    out = []
    for m in _label_matches(ctx.text, heads):
        value_start = m.start("value")
        what = _task_of(ctx, m.start())
        for timed in _value_times(m.group("value"), year, ctx.metadata.issue_date):
            out.append((replace(timed, start=value_start + timed.start, end=value_start + timed.end), "label", what))
    return out


_ONE_OBLIGATION_GAP = re.compile(r"[\s(,]*(?:(?:và|gửi|nộp|về)\s+[^.;\n()]{0,40}?)?[\s(,]*")


def _merge_recurring_with_due(
    found: list[tuple[_Time, str, str | None]], text: str
) -> list[tuple[_Time, str, str | None]]:
    """A report and its deadline are one record: `Định kỳ hằng năm (trước ngày 15 tháng 12)`,
    `báo cáo hằng quý, gửi trước ngày 20 tháng cuối quý` — a recurrence with no due date
    followed in its clause by the due date of the same obligation."""
    out: list[tuple[_Time, str, str | None]] = []
    for item in found:
        if out:
            prev, prev_rule, prev_what = out[-1]
            nxt = item[0]
            gap = text[prev.end : nxt.start]
            same_clause = prev.end <= nxt.start and _ONE_OBLIGATION_GAP.fullmatch(gap) is not None
            if (prev.kind == "recurring" and prev.due is None and same_clause and (
                    nxt.kind == "due" or (nxt.kind == "recurring" and nxt.due and nxt.recurrence == prev.recurrence))):
                merged = replace(prev, end=nxt.end, due=nxt.due)
                out[-1] = (merged, prev_rule, prev_what)
                continue
        out.append(item)
    return out


_STEP = {"monthly": 1, "quarterly": 3, "half_yearly": 6, "yearly": 12}


def _not_before_the_plan(found: list[tuple[_Time, str, str | None]], ctx: DocContext
                         ) -> list[tuple[_Time, str, str | None]]:
    """A recurrence's first occurrence falls on or after the plan's own date: `trước ngày 20
    hằng tháng` in a plan signed on 6 March is first due on 20 March, not 20 January."""
    issued = ctx.metadata.issue_date
    if not issued or len(issued) != 10:
        return found
    out = []
    for timed, rule, what in found:
        if timed.kind == "recurring" and timed.due and timed.recurrence in _STEP and timed.due < issued:
            due = date.fromisoformat(timed.due)
            months = due.year * 12 + due.month - 1
            while due.isoformat() < issued:
                months += _STEP[timed.recurrence]
                y, mo = divmod(months, 12)
                day = min(due.day, calendar.monthrange(y, mo + 1)[1])
                due = date(y, mo + 1, day)
            timed = replace(timed, due=due.isoformat())
        out.append((timed, rule, what))
    return out


def _record(ctx: DocContext, timed: _Time, rule: str, what: str | None, section: str | None = None) -> Deadline:
    text = ctx.text
    evidence = ctx.locate(timed.start, timed.end)
    return Deadline(
        text=text[timed.start : timed.end],
        kind=timed.kind,  # type: ignore[arg-type]
        start=timed.begin,
        end=timed.finish,
        due=timed.due,
        recurrence=timed.recurrence,  # type: ignore[arg-type]
        what=what,
        recipient=_recipient_after(text, timed.end),
        section=section or ctx.section_at(timed.start),
        rule=rule,
        confidence=_RULE_CONFIDENCE.get(rule, 0.7),
        **evidence._asdict(),
    )


def extract_deadlines(ctx: DocContext) -> list[Deadline]:
    """Every bound on an obligation, in reading order."""
    text = ctx.text
    year = ctx.plan_year
    lowered = text.lower()
    heads = _HeadIndex(text, lowered)
    found: list[tuple[_Time, str, str | None]] = _labelled(ctx, year, heads)
    taken = Taken()
    for t, _, _ in found:
        taken.claim(t.start, t.end)
    for rule in _PROSE_RULES:
        triggers = _triggers().get(rule)
        if triggers and not any(t in lowered for t in triggers):
            continue  # a cheap substring test spares a slow case-insensitive scan of the whole text
        for m in _prose_matches(rule, text, heads):
            if taken.overlaps(m.start(), m.end()):
                continue
            if rule == "in_month" and not m.group(0)[:5].lower().startswith("trong"):
                continue  # in prose a month is a bound only as `trong tháng …`
            if rule == "until" and m.start() < ctx.body_start:
                continue  # `… ĐẾN NĂM 2030` in the title is the plan's period, not a bound of one task
            if rule == "season" and not (_SCHEDULE.search(_clause(text, m.start(), m.end()))
                                         or _SCHEDULE.search(text, max(0, m.start() - 60), m.start())):
                continue  # months repeat yearly only in a monitoring schedule (`tần suất`)
            if rule in ("from_year", "from_date") and (year is None or int(m.group("y")) < year - 1):
                continue  # `Từ năm 1994, Đài Truyền hình …` tells history, it bounds no duty (nor in a text with no year)
            if rule == "recurring_obligation" or (rule == "in_year" and m.group(0)[:5].lower() == "trong"):
                if not _obligation_clause(text, m.start(), m.end()):
                    continue
            elif rule not in ("before", "before_monthly", "quarter_end") and _budget_clause(text, m.start(), m.end()):
                continue  # `Dự toán kinh phí … từ năm 2026 -2030: 1.500.000.000 đồng/năm` is money, not a bound
            if rule in _YEARS_OF_TARGETS and _target_clause(_clause(text, m.start(), m.end())):
                continue  # `… 60% vào năm 2027`: the year is the target's, not a deadline
            if rule == "from_date" and _TAKES_EFFECT.search(text, max(0, m.start() - 30), m.start()):
                continue  # when a law takes effect is a fact, not an obligation
            if rule == "periodic_list":
                items = list(_periodic_items(m))
                found.extend((t, rule, _what_before(text, m.start())) for t in items)
                taken.claim(m.start(), m.end())
                continue
            if rule == "before":
                times = _before_all(m, year)
            else:
                parsed = _parse(rule, m, year, ctx.metadata.issue_date)
                times = [parsed] if parsed else []
            if not times:
                continue
            what = _what_before(text, times[0].start)
            found.extend((t, rule, what) for t in times)
            taken.claim(m.start(), m.end())
    merged = _merge_recurring_with_due(sorted(found, key=lambda f: f[0].start), text)
    return [_record(ctx, timed, rule, what) for timed, rule, what in _not_before_the_plan(merged, ctx)]
