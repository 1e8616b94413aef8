"""Indicator taxonomy (data in indicators.yaml): codes that line up targets across plans.

A researcher's question decides which indicators matter, so the taxonomy is data a user can
extend without touching the package: `Taxonomy.load(extra=[my.yaml])` adds their entries
(same schema, validated the same way) to the bundled ones, and `kehoach compare` /
`kehoach indicators --taxonomy my.yaml` re-match the targets of an output folder with it.

Matching runs from safe to risky, and the target says which step found its code
(`indicator_rule`) and how sure it is (`indicator_confidence`). Text and variants are compared
as lemmas (`lemma`: `tỷ`/`tỉ`, `kỹ`/`kĩ`), and `annotate` first narrows a clause to the words
its number measures (`subject.py`: `X chiếm a%, Y chiếm b%` gives each share its own words):

1. `variant`: a variant stands word for word in the target (case-folded, whole words; the
   one that starts first wins — a plan names what it counts first — and of two starting
   together the longer, so `hộ cận nghèo` beats `hộ nghèo`; a hit that starts inside a
   variant of another kind is that phrase: `bội chi ngân sách` is no spending);
2. `unaccented`: the same with tone marks and old/new tone placement set aside (`hoà`/`hòa`,
   web copies that lost their marks), word boundaries taken from underthesea's segmentation
   so that `xã` never matches inside the word `xã hội`;
3. `words`: every syllable of a variant of three or more, in order, with at most `MAX_GAP`
   other syllables between them (`giải ngân đạt 100% kế hoạch vốn đầu tư công` states
   `giải ngân vốn đầu tư`; `kim ngạch hàng hóa xuất khẩu` states `kim ngạch xuất khẩu`);
4. `fuzzy`: rapidfuzz `partial_ratio` of a variant against the clause, its window scored
   again on whole words, at least `THRESHOLD` (a typo, a comma, a word split by a PDF layer;
   never a missing word);
5. `row_label`, `row_column`, `parent_row`, `column` (in `annotate`, `tables.py`): a table
   cell that names nothing (`100%`, `7.5`) takes the indicator of its row's label, the label
   under its column's header, its parent row, its column's header — in a unit that fits;
6. `lead_in` and `heading` (in `annotate`): a target whose own words name nothing
   (`tăng trên 15,5%)`, `phấn đấu đạt 100% kế hoạch`), or whose clause was cut right after
   its number (`8,8%, trong đó, ngành nông …`), takes the indicator of the words before it in
   its sentence, else of its section's heading (`Chi ngân sách địa phương`);
7. `unit` (in `annotate`): a count whose unit only one indicator counts (`02 công trình`).

A target with no code says why in `indicator_reason`, never a forced guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import yaml
from pydantic import ValidationError

from pipeline import lexicon
from pipeline.lexicon import IndicatorEntry, LexiconError
from pipeline.extract.indicators import tables
from pipeline.extract.indicators.subject import measured_words, number_at
from pipeline.models import Target

THRESHOLD = 88
"""rapidfuzz partial_ratio a target's clause needs with a variant to get its code."""

REASON_FLOOR = 70
"""The partial_ratio below which no closest indicator is named in `below_threshold`."""

MEMO_SIZE = 65536
"""Answers a Taxonomy keeps (each a few short strings); the memo starts again when full."""

FUZZY_MIN_LENGTH = 20
"""Characters a variant needs to be tried fuzzily."""

MAX_GAP = 3
"""Syllables the `words` step lets stand between a variant's own (`kim ngạch [hàng hóa] xuất khẩu`)."""

CONFIDENCE = {"variant": 0.95, "unaccented": 0.85, "words": 0.8, "row_label": 0.8, "inherited": 0.75,
              "row_column": 0.75, "parent_row": 0.75, "lead_in": 0.7, "unit": 0.7, "column": 0.7, "heading": 0.65}
"""How sure each step is; a fuzzy match scales its score into [0.6, 0.8]."""


def unaccent(text: str) -> str:
    """Folded text without tone marks or vowel hats (`đ` kept as `d`): the form a web copy that
    lost its marks, or an old tone placement (`hoà`), shares with the standard spelling."""
    decomposed = unicodedata.normalize("NFD", lemma(text).replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_WORD = re.compile(r"\w+")
r"""A whole word of folded text, as the variants' `(?<!\w)…(?!\w)` bound it."""

_Y_TO_I = str.maketrans("yýỳỷỹỵ", "iíìỉĩị")
_FINAL_Y = re.compile(r"(?<!\w)[bcdđghklmnprstvx]{1,3}[yýỳỷỹỵ](?!\w)")


def lemma(text: str) -> str:
    """Folded text with one spelling per word: a final `y` after a consonant written `i`
    (`tỷ lệ`/`tỉ lệ`, `kỹ năng`/`kĩ năng`, `lý`/`lí`, `mỹ`/`mĩ` — both spellings are standard and
    plans use both). Same length as the folded text, so positions still line up."""
    return _FINAL_Y.sub(lambda m: m.group(0).translate(_Y_TO_I), lexicon.fold(text))


@lru_cache(maxsize=65536)
def _words(text: str) -> str:
    """The unaccented text with underthesea's word boundaries: the syllables of one word joined
    by `_` (`xa_hoi`), words by spaces, so a variant matches whole words only."""
    from underthesea import word_tokenize

    tokens = word_tokenize(lexicon.fold(text))
    return " " + " ".join(unaccent(t).replace(" ", "_") for t in tokens) + " "


@dataclass(frozen=True)
class IndicatorMatch:
    """The code a target states (or None), how it was found and how sure, or why none."""

    code: str | None
    confidence: float | None = None
    rule: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class _Variant:
    code: str
    kinds: tuple[str, ...] | None
    folded: str
    pattern: re.Pattern[str]
    bare: str
    syllables: tuple[str, ...]

    def fits(self, kind: str | None) -> bool:
        """Whether a target of `kind` may take this variant: a variant of no kind fits every
        target, a target of no kind every variant."""
        return kind is None or self.kinds is None or kind in self.kinds


@dataclass(frozen=True)
class Taxonomy:
    """Indicator entries, each variant folded once."""

    variants: tuple[_Variant, ...]
    codes: frozenset[str]
    entries: tuple[IndicatorEntry, ...] = ()
    by_first_word: dict[str, tuple[int, ...]] = field(init=False, repr=False, compare=False, hash=False)
    """Indices of the variants by the word they open with (`tỉ` for `tỉ lệ hộ nghèo`), and under
    `""` those that open with no word (`(gdp)`): a variant stands word for word in a text only
    where the text has that word (`standing`)."""
    _allowed: dict[str | None, tuple[_Variant, ...]] = field(default_factory=dict, init=False, repr=False,
                                                              compare=False, hash=False)
    """The variants a kind of target may take, per kind (a handful of kinds: the same answer for
    every target of a kind, so it is worked out once)."""
    _memo: dict[tuple[str | None, ...], IndicatorMatch] = field(default_factory=dict, init=False, repr=False,
                                                                compare=False, hash=False)
    """`match_detail`'s answers: the targets extractor and the indicators stage ask the same
    question of each target, and a table repeats its row labels. Bounded by `MEMO_SIZE`."""

    def __post_init__(self) -> None:
        by_first_word: dict[str, list[int]] = {}
        for k, v in enumerate(self.variants):
            opening = _WORD.match(v.folded)
            by_first_word.setdefault(opening.group(0) if opening else "", []).append(k)
        object.__setattr__(self, "by_first_word", {word: tuple(ks) for word, ks in by_first_word.items()})

    @classmethod
    def of(cls, entries: Sequence[IndicatorEntry]) -> Taxonomy:
        variants = []
        for e in entries:
            for v in dict.fromkeys(e.variants):  # in file order: a set would change ties from run to run
                folded = lemma(v)
                variants.append(_Variant(e.canonical, tuple(e.kinds) if e.kinds else None, folded,
                                         re.compile(r"(?<!\w)" + re.escape(folded) + r"(?!\w)"), unaccent(v),
                                         tuple(_syllables(folded))))
        variants.sort(key=lambda v: len(v.folded), reverse=True)
        return cls(tuple(variants), frozenset(e.canonical for e in entries), tuple(entries))

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> Taxonomy:
        """The bundled taxonomy plus the entries of each `extra` YAML file (a list of entries
        with `canonical`, `variants`, `examples`, optional `name`, `unit`, `kinds`, `source`,
        `nsis_code`, `vsdg_code`); a user entry with a bundled code replaces it. A file that
        does not parse or validate raises LexiconError naming it."""
        entries: dict[str, IndicatorEntry] = {e.canonical: e for e in lexicon.load("indicators")}  # type: ignore[misc]
        for path in extra:
            try:
                data = lexicon.read_yaml(Path(path).read_text(encoding="utf-8"))
            except (OSError, yaml.YAMLError) as exc:
                raise LexiconError(f"{path}: cannot read the taxonomy: {exc}") from None
            if not isinstance(data, list):
                raise LexiconError(f"{path}: a taxonomy file is a list of entries")
            for item in data:
                try:
                    entry = IndicatorEntry.model_validate(item)
                except ValidationError as exc:
                    raise LexiconError(f"{path}: {exc}") from None
                pattern = entry.pattern()
                missing = [x for x in entry.examples if not pattern.search(lexicon.fold(x))]
                if missing:
                    raise LexiconError(f"{path}: {entry.canonical}: example not matched by its variants: {missing[0]!r}")
                entries[entry.canonical] = entry
        return cls.of(list(entries.values()))

    def entry(self, code: str) -> IndicatorEntry | None:
        return next((e for e in self.entries if e.canonical == code), None)

    def name(self, code: str | None) -> str | None:
        """The Vietnamese name of a code (the code itself for an entry without one)."""
        entry = self.entry(code) if code else None
        return (entry.name or entry.canonical) if entry else code

    def match(self, subject: str | None, activity: str | None = None, clause: str | None = None,
              kind: str | None = None) -> str | None:
        """The code of the indicator the target states, or None when nothing fits well enough."""
        return self.match_detail(subject, activity, clause, kind).code

    def match_detail(self, subject: str | None, activity: str | None = None, clause: str | None = None,
                     kind: str | None = None) -> IndicatorMatch:
        """The indicator a target states, the step that found it and its confidence; or none, and why."""
        key = (subject, activity, clause, kind)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            found = self._memo[key] = self._match_detail(subject, activity, clause, kind)
        return found

    def forget(self) -> None:
        """Empty the memo of `match_detail` (a benchmark of documents new to the process)."""
        self._memo.clear()

    def allowed(self, kind: str | None) -> tuple[_Variant, ...]:
        """The variants a target of `kind` may take (those of no kind, or of its kind), in taxonomy order."""
        found = self._allowed.get(kind)
        if found is None:
            found = self._allowed[kind] = tuple(v for v in self.variants if v.fits(kind))
        return found

    def standing(self, text: str) -> list[tuple[int, re.Match[str]]]:
        """(index, first match) of every variant that stands word for word in the folded `text`,
        in taxonomy order. Only the variants opening with a word of the text are tried: a whole-word
        match opens on a whole word of the text, so the others cannot match."""
        words = set(_WORD.findall(text))
        words.add("")
        tried = sorted(k for word in words for k in self.by_first_word.get(word, ()))
        return [(k, m) for k in tried
                if (v := self.variants[k]).folded in text and (m := v.pattern.search(text))]

    def _match_detail(self, subject: str | None, activity: str | None, clause: str | None,
                      kind: str | None) -> IndicatorMatch:
        raw = " ".join(x for x in (clause, subject, activity) if x)
        text = lemma(raw)
        if not re.search(r"[^\W\d_]{2,}", text):
            return IndicatorMatch(None, reason="no_subject")
        allowed = self.allowed(kind)
        standing = self.standing(text)
        # 1. word for word. A plan names what it counts first (`Tỷ lệ <who> <does what>`: `100% cơ
        # sở cai nghiện ma túy công lập … theo Luật Phòng, chống ma túy` counts rehab centres), so
        # the variant that starts first wins, and of two starting together the longer, more
        # specific one (`lớp tập huấn nâng cao năng lực cho cán bộ` over `lớp tập huấn`), and of
        # two equal the one first in the taxonomy
        hits = [(m.start(), -len(v.folded), k) for k, m in standing if (v := self.variants[k]).fits(kind)]
        if hits and len(allowed) < len(self.variants):
            # a hit that starts inside a variant of another kind is part of that phrase, which is
            # what the text says (`bội chi ngân sách địa phương` is a deficit, not `chi ngân sách
            # địa phương` spending)
            held = [(m.start(), m.end()) for k, m in standing
                    if (v := self.variants[k]).kinds and kind not in v.kinds]
            kept = [h for h in hits if not any(a <= h[0] < b and (a, b) != (h[0], h[0] - h[1]) for a, b in held)]
            if not kept:
                return IndicatorMatch(None, reason="kind_mismatch")
            hits = kept
        if hits:
            return IndicatorMatch(self.variants[min(hits)[2]].code, CONFIDENCE["variant"], "variant")
        # 2. without tone marks, on underthesea's word boundaries (first, then longest, as above)
        bare = unaccent(raw)
        candidates = [v for v in allowed if v.bare in bare]
        if candidates:
            words = _words(raw)
            found = [(at, -len(v.bare), k) for k, v in enumerate(candidates)
                     if (at := _word_position(v.bare, words)) is not None]
            if found:
                return IndicatorMatch(candidates[min(found)[2]].code, CONFIDENCE["unaccented"], "unaccented")
        # 3. the variant's syllables in order with a few others between them: plans put a
        # qualifier or the value inside the phrase (`giải ngân đạt 100% kế hoạch vốn đầu tư công`,
        # `kim ngạch hàng hóa xuất khẩu`); two-syllable variants are one word and are left out
        syllables = _syllables(text)
        present = set(syllables)
        spread = [(at, -len(v.folded), k) for k, v in enumerate(allowed)
                  if len(v.syllables) >= 3 and present.issuperset(v.syllables)
                  and (at := _gapped_position(v.syllables, syllables)) is not None]
        if spread:
            return IndicatorMatch(allowed[min(spread)[2]].code, CONFIDENCE["words"], "words")
        # 4. fuzzy: a typo or a dropped word
        from rapidfuzz import fuzz, process

        # short variants are left out (two syllables off by one letter are another word), and so
        # are variants longer than the clause: `11.400 doanh nghiệp` is not `doanh nghiệp công nghệ số`
        long_enough = [v for v in allowed if FUZZY_MIN_LENGTH <= len(v.folded) <= len(text)]
        best = process.extractOne(text, [v.folded for v in long_enough], scorer=fuzz.partial_ratio,
                                  processor=None, score_cutoff=REASON_FLOOR) if long_enough else None
        if best is not None and best[1] >= THRESHOLD:
            # partial_ratio aligns characters, not words: the window it found is widened to whole
            # words and scored again, so `ma tú` (cut inside `ma túy`) or a variant ending inside
            # another word (`xã` in `xã hội`) is judged on the words the text really has
            v = long_enough[best[2]]
            where = fuzz.partial_ratio_alignment(v.folded, text, processor=None)
            windows = _whole_word_windows(text, where.dest_start, where.dest_end) if where else []
            score = max((fuzz.ratio(v.folded, w) for w in windows if _same_words(w, v.folded, text)), default=0)
            if score >= THRESHOLD:
                return IndicatorMatch(v.code, round(0.6 + 0.2 * (score - THRESHOLD) / (100 - THRESHOLD), 3), "fuzzy")
        if kind is not None and standing:
            return IndicatorMatch(None, reason="kind_mismatch")
        if best is not None:
            return IndicatorMatch(None, reason=f"below_threshold: {long_enough[best[2]].code} {best[1]:.0f}")
        return IndicatorMatch(None, reason="no_variant")


def _same_words(window: str, variant: str, text: str) -> bool:
    """Whether a fuzzy window says what the variant says: as many words (a typo is forgiven), one
    more that is a word split in two, or one fewer whose missing word stands elsewhere in the clause (`tốc độ tăng tổng sản phẩm trong
    nước (GDP)` for `tổng sản phẩm trong nước (gdp) tăng`). A word missing from the clause makes
    another indicator: `chi ngân sách nhà nước` is no `bội chi ngân sách nhà nước`."""
    have, want = re.findall(r"[^\W\d_]+", window), re.findall(r"[^\W\d_]+", variant)
    if len(have) == len(want):
        return True
    if len(have) == len(want) + 1:
        # a word split by a stray space (PDF text layers: `G DP`, `l ĩnh vực`)
        from rapidfuzz import fuzz

        return fuzz.ratio("".join(have), "".join(want)) >= THRESHOLD
    missing = list(want)
    for word in have:
        if word in missing:
            missing.remove(word)
    return len(have) == len(want) - 1 >= 3 and len(missing) == 1 and missing[0] in re.findall(r"[^\W\d_]+", text)


def _whole_word_windows(text: str, start: int, end: int) -> list[str]:
    """`text[start:end]` widened to the word boundaries on either side, and narrowed to the whole
    words inside it: partial_ratio may stop inside a word (`ma tú` of `ma túy`) or start inside
    one (`ng tổng sản phẩm` of `trưởng tổng sản phẩm`)."""
    wide_start, wide_end = start, end
    while wide_start > 0 and text[wide_start - 1].isalnum():
        wide_start -= 1
    while wide_end < len(text) and text[wide_end].isalnum():
        wide_end += 1
    narrow_start = start if start == wide_start else text.find(" ", start, end) + 1 or end
    narrow_end = end if end == wide_end else text.rfind(" ", start, end)
    windows = [text[wide_start:wide_end]]
    if narrow_start < narrow_end:
        windows.append(text[narrow_start:narrow_end].strip())
    return windows


def _syllables(text: str) -> list[str]:
    """The folded syllables of a text and its punctuation marks (a clause boundary no gap may
    cross: `tăng trưởng, dự kiến đạt 41,1% GDP` is no `tăng trưởng GDP`); numbers left out."""
    return re.findall(r"[^\W\d_]+|[,;:()]|\.(?!\d)", re.sub(r"\d[\d.,]*\d", " ", text))


def _gapped_position(wanted: Sequence[str], syllables: Sequence[str]) -> int | None:
    """Where `wanted` starts in `syllables` as a subsequence spanning at most len(wanted) +
    MAX_GAP syllables (the earliest such start), or None."""
    limit = len(wanted) + MAX_GAP
    for start, first in enumerate(syllables):
        if first != wanted[0]:
            continue
        k, at = 1, start + 1
        while k < len(wanted) and at < len(syllables) and at - start < limit:
            if syllables[at] == wanted[k]:
                k += 1
            elif not syllables[at][0].isalpha():
                break  # a gap never crosses a punctuation mark
            at += 1
        if k == len(wanted):
            return start
    return None


def _word_position(variant: str, words: str) -> int | None:
    """Where the unaccented variant starts on word boundaries of the segmented text (its
    syllables joined by either a space or `_`, a space on each side), or None."""
    syllables = [re.escape(s) for s in re.findall(r"\w+|[^\w\s]", variant)]
    found = re.search(r"(?<= )" + r"[ _]".join(syllables) + r"(?= )", words)
    return found.start() if found else None


_BARE_CELL = re.compile(r"^[\s\d.,%/≥≤<>=+\-–~]*$")
_UNIT_CELL = re.compile(r"^\s*(?:%|‰|người|hộ|xã|lượt|đơn vị|tỷ đồng|triệu đồng|USD|giường|bác sĩ)?\s*$", re.IGNORECASE)


def _row_label(text: str, start: int) -> str | None:
    """The label of the table row a bare cell stands in: the nearest paragraph before it that is
    neither a number nor a unit cell (`Tỉ lệ dịch vụ công trực tuyến …` / `%` / `100%`)."""
    lines = text[max(0, start - 1200):start].split("\n")
    # a number inside prose (`…, dịch vụ khoảng 8,5%`) is no table cell; a cell may say how it
    # is met as long as it names nothing (`Đạt 100%`, `≥ 80%`)
    if not (_BARE_CELL.match(lines[-1]) or _nameless(lines[-1])):
        return None
    lines = lines[:-1]
    for line in reversed(lines[-6:]):
        if not line.strip() or _BARE_CELL.match(line) or _UNIT_CELL.match(line) or _nameless(line):
            continue
        return line.strip()
    return None


_GENERIC = frozenset(lemma(
    "kế hoạch dự toán chỉ tiêu mục tiêu nhiệm vụ so với cùng kỳ năm tháng trở lên giao trung ương tỉnh thành phố "
    "trong đó khoảng đạt tăng giảm còn trên dưới từ đến tối thiểu ít nhất tối đa phấn đấu bình quân mỗi hằng hàng "
    "là và của cả được đề ra nghị quyết thủ tướng chính phủ cụ thể như sau ước vượt lên xuống mức tỷ lệ trung bình "
    "giai đoạn đồng").split())
"""Syllables that name no indicator: what a value is compared with (`kế hoạch`, `dự toán`,
`so với cùng kỳ`), how it moves (`tăng`, `giảm`), the bounds and the time."""

_SEGMENT = re.compile(r"[,;:(|]|\.\s|\s[-–]\s")


def _nameless(clause: str, unit: str | None = None) -> bool:
    """Whether a target's own words name nothing but its unit (`tăng trên 15,5%)`, `phấn đấu đạt
    100% kế hoạch`, `11.400 doanh nghiệp`): its subject is then in the words before it or in its
    section's heading."""
    own = set(_syllables(lemma(unit))) if unit else set()
    return all(s in _GENERIC or s in own for s in _syllables(lemma(clause)) if s[0].isalpha())


def _lead_in(text: str, start: int) -> str:
    """The words of a target's sentence before it: back to a blank line, a line ending a
    sentence or an item, or a full stop — a hard-wrapped line (web copies wrap mid-sentence:
    `Tổng số doanh nghiệp đạt khoảng` / `11.400 doanh nghiệp`) does not end it."""
    before = text[max(0, start - 400):start]
    before = before[before.rfind("\n\n") + 1:]
    ends = [m.end() for m in re.finditer(r"[.;:!?]\s*\n|\n\s*(?:[-+•*]|\d+[.)]|[a-zđ]\))\s", before)]
    before = before[ends[-1]:] if ends else before
    return re.split(r"[.;!?](?!\d)\s", before)[-1].replace("\n", " ")[-300:]


_QUALIFIER = re.compile(r"(?:[-+•]\s*)?(?:tăng|giảm|so với|tỉ lệ so với|tỉ trọng|trong đó|tổng số|bình quân|cộng)\b")
"""A sub-row label that measures its parent rather than naming an item (`Tăng so với năm trước`,
`Tỉ lệ so với GDP`, `Trong đó: …`)."""


def _unit_class(unit: str | None) -> str | None:
    """What kind of quantity a unit measures: `percent`, `rate` (per something: `Giường/vạn
    dân`, `per 10,000 people`, `triệu đồng/người`), `money` (`triệu đồng`, `tỷ USD`), `count`."""
    if not unit or not unit.strip():
        return None
    folded = lemma(unit)
    if "%" in folded or "‰" in folded or "phần trăm" in folded:
        return "percent"
    if "/" in folded or re.search(r"\bper\b|\btrên\b", folded):
        return "rate"
    if re.search(r"đồng|\busd\b|\bvnd\b", folded):
        return "money"
    return "count"


def _units_fit(cell_unit: str | None, entry_unit: str | None) -> bool:
    """Whether a table cell in `cell_unit` can state an indicator measured in `entry_unit`: a
    percentage can state any (a share, or a change of anything); otherwise the kinds agree."""
    have, want = _unit_class(cell_unit), _unit_class(entry_unit)
    if want == "rate" and entry_unit and "/" in entry_unit and have == _unit_class(entry_unit.split("/")[0]):
        return True  # `GRDP bình quân đầu người | Triệu đồng`: the table leaves `/người` to the label
    return have is None or want is None or have == "percent" or have == want


def _from_table(taxonomy: Taxonomy, target: Target, text: str) -> IndicatorMatch | None:
    """The indicator of a bare table cell from what names it, nearest first: its row's label;
    the label read with its column's header (`Trường mầm non` under `Tỷ lệ đạt chuẩn quốc
    gia`); the parent row of an indented sub-row (`- Mầm non` under `Tỷ lệ trường đạt chuẩn`);
    the column's header alone (rows that are localities, a column that is the indicator).
    Outside a table, the label of a wrapped line (`Tổng số doanh nghiệp đạt
    khoảng` / `11.400 doanh nghiệp`)."""
    cell = tables.cell_context(text, target.span[0]) if 0 <= target.span[0] <= len(text) else None
    pieces: list[tuple[str, str]] = []
    if cell is not None:
        label, column, parent = cell.row_label, cell.column, cell.parent
        pieces += [("row_label", label)] if label else []
        if label and column:
            # the header first, as a plan writes the measure before what it is of (`Tỷ lệ đạt
            # chuẩn` / `Trường mầm non`); the other order let `Chi khác` under `Ngân sách địa
            # phương` read as `chi … ngân sách địa phương`
            pieces += [("row_column", f"{column} {label}")]
        if label and parent and (_QUALIFIER.match(lemma(label)) or len(_syllables(lemma(label))) <= 3):
            # a sub-row that only qualifies its parent (`Tăng so với năm trước`, `- Mầm non`,
            # `Nông thôn`); one that names its own item (`- Sulfua tổng số (Phân tích trong
            # phòng)` under `Vùng nuôi trồng thủy sản nước ngọt`) is not its parent's indicator
            pieces += [("parent_row", f"{parent} {label}"), ("parent_row", parent)]
        pieces += [("column", column)] if column else []
        # the caption is not read: it names the table's programme (`Dự toán kinh phí dự án tin
        # học hóa`), not what each value is — 351 cells of the non-test tables matched one, most wrongly
    if not pieces and (label := _row_label(text, target.span[0])):
        pieces.append(("row_label", label))
    first: IndicatorMatch | None = None
    # what the cell counts: its own `%`, else the unit its row or table states
    unit = target.unit if target.unit and _unit_class(target.unit) == "percent" else (cell.unit if cell else None)
    for rule, words in pieces:
        if _nameless(words):
            continue
        found = taxonomy.match_detail(words, None, None, target.kind)
        entry = taxonomy.entry(found.code) if found.code else None
        if entry is not None and not _units_fit(unit, entry.unit):
            # `Tổng dư nợ` in triệu đồng is no share of loans, `Số giường bệnh` no beds per 10,000
            found = IndicatorMatch(None, reason=f"unit_mismatch: {found.code} {unit}")
        if found.code:
            return IndicatorMatch(found.code, round(min(found.confidence or 0, CONFIDENCE[rule]), 3), rule)
        first = first or found
    # nothing matched: why its row names no indicator (`annotate` says so rather than `no_subject`)
    return IndicatorMatch(None, reason=first.reason) if first else None


_CUT_AFTER = re.compile(r"(?:\s*(?:trở lên|trở xuống|so với cùng kỳ|so cùng kỳ))?\s*[,;.)]", re.IGNORECASE)
"""What ends a clause right after its number: a comma, `;`, `.` or `)`, after a bound (`trở lên`)."""


def _named_before(taxonomy: Taxonomy, target: Target, text: str) -> IndicatorMatch | None:
    """The indicator of a target whose clause opens with its number and ends right after it
    (`8,8%, trong đó, ngành nông, lâm, ngư nghiệp tăng khoảng` — the extractor cut a report's
    `X đạt A%, Y tăng B%` after each number): what follows belongs to the next value, so the
    number measures the words before it in its sentence, back to the previous value."""
    m = number_at(target.text, target.value)
    start = target.span[0]
    if m is None or not 0 < start <= len(text) or not _nameless(target.text[:m.start()]) \
            or not _CUT_AFTER.match(target.text, m.end()):
        return None
    lead = _lead_in(text, start)
    words = measured_words(lead + target.text[:m.end()], target.value, len(lead))
    if not words or _nameless(words, target.unit):
        # `tăng trưởng kinh tế cả năm 2025 đạt trên 8% và năm 2026 đạt từ 10% trở lên,`: a value
        # joined to the one before it measures what that one does
        return _from_context(taxonomy, target, text)
    found = taxonomy.match_detail(words, None, None, target.kind)
    return IndicatorMatch(found.code, round(min(found.confidence or 0, CONFIDENCE["lead_in"]), 3), "lead_in") \
        if found.code else None


def _from_context(taxonomy: Taxonomy, target: Target, text: str) -> IndicatorMatch | None:
    """The indicator of a nameless target from its context, nearest first: the words before it
    on its line, one comma-separated piece at a time going back (`giá trị tăng thêm ngành công
    nghiệp tăng 10,5%, giá trị sản xuất tăng 15,5%` — the nearest named thing is what grows),
    then its section's heading (`Chi ngân sách địa phương` / `phấn đấu đạt 100% kế hoạch`)."""
    start = target.span[0]
    if 0 < start <= len(text):
        line = _lead_in(text, start)
        pieces = _SEGMENT.split(line)
        for piece in reversed(pieces):
            if _nameless(piece):
                continue
            found = taxonomy.match_detail(piece, None, None, target.kind)
            if found.code:
                return IndicatorMatch(found.code, round(min(found.confidence or 0, CONFIDENCE["lead_in"]), 3), "lead_in")
            break  # the nearest piece that names something names something else
    if target.theme:
        found = taxonomy.match_detail(target.theme, None, None, target.kind)
        if found.code:
            return IndicatorMatch(found.code, round(min(found.confidence or 0, CONFIDENCE["heading"]), 3), "heading")
    return None


def _by_unit(taxonomy: Taxonomy, unit: str) -> IndicatorMatch | None:
    """A count's indicator from what it counts, when exactly one indicator counts that (`02
    công trình`, `01 mô hình`): a unit many indicators share (`người`, `hộ`) decides nothing, and
    neither does a one-syllable measure (`km`, `điểm`, `cuộc`, `năm`), which counts anything."""
    folded = lexicon.fold(unit).strip() + " "  # the counted noun leads the unit: `công trình cùng dịp`
    owners = [e.canonical for e in taxonomy.entries
              if e.unit and len(_syllables(lexicon.fold(e.unit))) >= 2
              and folded.startswith(lexicon.fold(e.unit) + " ") and (not e.kinds or "count" in e.kinds)]
    return IndicatorMatch(owners[0], CONFIDENCE["unit"], "unit") if len(owners) == 1 else None


def annotate(targets: Sequence[Target], text: str, taxonomy: Taxonomy | None = None) -> list[Target]:
    """Each target with its indicator, `indicator_confidence` and `indicator_rule`, or with
    `indicator_reason` when none fits. A code the extractor gave by context (`… cấp tỉnh và 15%
    ở các huyện` inherits its neighbour's) is kept when matching finds nothing better."""
    taxonomy = taxonomy or bundled()
    out = []
    for t in targets:
        from_table: IndicatorMatch | None = None
        # the stretch of the clause its number measures, when the clause says more than that
        # (`…chiếm 34,86%, công nghiệp - xây dựng chiếm 24,23%`): what else the clause names is
        # another value's, so it is not read again when the stretch names something unmatched
        words = measured_words(t.text, t.value)
        if words and words != t.text.strip(" ,") and not _nameless(words, t.unit):
            found = taxonomy.match_detail(words, None, None, t.kind)
        else:
            found = taxonomy.match_detail(t.subject, t.activity, t.text, t.kind)
        before = _named_before(taxonomy, t, text)
        if before is not None:
            found = before
        if found.code is None and (found.reason == "no_subject" or (found.reason != "kind_mismatch"
                                                                    and _nameless(t.text, t.unit))):
            from_table = _from_table(taxonomy, t, text)
            if from_table is not None and from_table.code:
                found = from_table
        if found.code is None and found.reason != "kind_mismatch" and _nameless(t.text, t.unit):
            found = _from_context(taxonomy, t, text) or found
        if found.code is None and found.reason != "kind_mismatch" and t.kind == "count" and t.unit:
            found = _by_unit(taxonomy, t.unit) or found
        if found.code is None and found.reason == "no_subject" and from_table is not None:
            found = from_table  # the cell has a subject after all (its row): why that names nothing
        if found.code is None and t.indicator in taxonomy.codes \
                and taxonomy.match(t.subject, t.activity, t.text, t.kind) != t.indicator:
            # a code its own words do not give came from a neighbour (`… cấp tỉnh và 15% ở các
            # huyện`); one they do give is the whole clause's, which the steps above set aside
            found = IndicatorMatch(t.indicator, CONFIDENCE["inherited"], "inherited")
        out.append(t.model_copy(update={"indicator": found.code, "indicator_confidence": found.confidence,
                                        "indicator_rule": found.rule, "indicator_reason": found.reason}))
    return out


@cache
def bundled() -> Taxonomy:
    """The taxonomy shipped with the package (computed once)."""
    return Taxonomy.load()


def match_indicator(subject: str | None, activity: str | None = None, clause: str | None = None,
                    kind: str | None = None) -> str | None:
    """The bundled taxonomy's code for a target, or None."""
    return bundled().match(subject, activity, clause, kind)
