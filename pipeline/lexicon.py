"""Lexicons kept as data: each entry has a `canonical` form, its `variants` and real `examples`.

Words change more often than code: a new province name after a merger, a heading a
district drafts differently. Keeping them in YAML under `pipeline/data/`, validated by a
pydantic schema on load, lets a user extend them without touching code, and lets the
test suite check every entry against its own examples.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pipeline.models import TargetKind


class LexiconEntry(BaseModel):
    """One canonical form with the surface forms that mean it."""

    model_config = ConfigDict(extra="forbid")

    canonical: str
    variants: list[str] = Field(min_length=1)
    examples: list[str] = Field(min_length=1)

    def pattern(self) -> re.Pattern[str]:
        """Matches any variant as whole words, case-insensitively (longest variant first)."""
        alts = sorted((re.escape(fold(v)) for v in self.variants), key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")


class SectionKindEntry(LexiconEntry):
    """A section kind and the headings that open it (matched at the start of a heading)."""


class DocTypeEntry(LexiconEntry):
    """A document type (`Kế hoạch`) with the symbols that abbreviate it (`KH`)."""

    symbols: list[str] = Field(default_factory=list)
    issuer: str | None = None
    """The body that alone issues this type (a Luật: Quốc hội), when the law fixes one."""


class IssuerEntry(LexiconEntry):
    """An issuing body (`Thủ tướng Chính phủ`) with the symbol parts that name it (`TTg`)."""

    symbols: list[str] = Field(default_factory=list)


class TopicEntry(LexiconEntry):
    """A topic code (`prostitution`) with the words of a title that signal it."""


class PlaceEntry(LexiconEntry):
    """A province or centrally-run city."""

    kind: str = Field(pattern=r"^(tỉnh|thành phố)$")


class PositionEntry(LexiconEntry):
    """A signer's position (`Phó Chủ tịch`) as printed in capitals."""


class AgencyEntry(LexiconEntry):
    """An agency with its abbreviations and spellings; `qualified` names take a level or a
    place after them (`Công an tỉnh`); `generic` entries match collective references by
    `regex` (written in folded, lower-case form)."""

    abbreviation: str | None = None
    type: str | None = None
    level: Literal["national", "province", "district", "commune"] | None = None
    qualified: bool = False
    local: bool = False
    """One exists at every level, and a bare name means the document's own level: `Đài Phát
    thanh và Truyền hình` in a provincial plan is the province's station."""
    generic: bool = False
    regex: str | None = None
    not_followed_by: str | None = None
    """Words that, right after the name, make it something else (`Chính phủ số` is a
    programme): a regex over the folded text."""
    not_preceded_by: str | None = None
    """Words that, right before it, do (`phi Chính phủ`, non-governmental)."""

    def pattern(self) -> re.Pattern[str]:
        """Any variant as whole words, `-`, `–`, `,` and `&` between its words alike."""
        if self.regex:
            return re.compile(r"(?<!\w)(?:" + self.regex.replace(" ", r"\s+") + r")(?!\w)")
        alts = sorted({name_key(v) for v in self.variants}, key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(NAME_GAP.join(map(re.escape, a.split(" "))) for a in alts) + r")(?!\w)")


class TimeWordEntry(LexiconEntry):
    """A kind of Vietnamese time word; `canonical` is one of the fixed keys."""

    canonical: Literal[  # type: ignore[assignment]
        "label", "before", "continuous", "whole_year", "first_half", "second_half", "yearly", "quarterly",
        "monthly", "half_yearly", "following_years", "from_signing", "quarter_end_month", "periodic", "obligation",
        "budget", "quarter", "value_opener", "noun_yearly",
    ]


class SubjectWordEntry(LexiconEntry):
    """Words that bound a target's subject; `canonical` is one of the fixed keys."""

    canonical: Literal["ends_subject", "beneficiary", "opens_clause", "not_a_target"]  # type: ignore[assignment]


class IndicatorEntry(LexiconEntry):
    """An indicator of the taxonomy; `kinds` are the target kinds that can state it (a share of
    communes holding propaganda is not a count of conferences), none listed = any.

    Provenance: `source` says where the indicator is defined — `nsis` the national statistical
    indicator system (Hệ thống chỉ tiêu thống kê quốc gia, annex of the Statistics Law 2015 as
    amended), `vsdg` the Vietnamese SDG indicators, `plans` the plans themselves; `nsis_code` /
    `vsdg_code` keep that system's code when it is known for certain, else null (never guessed)."""

    name: str | None = None
    """The Vietnamese name charts and tables show (`Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều`)."""
    unit: str | None = None
    """What the value counts once normalised: `%`, `per 10,000 people`, `communes`, `people` …"""
    kinds: list[TargetKind] | None = None
    source: Literal["nsis", "vsdg", "plans"] | None = None
    nsis_code: str | None = None
    vsdg_code: str | None = None


E = TypeVar("E", bound=LexiconEntry)

LEXICONS: dict[str, type[LexiconEntry]] = {
    "section_kinds": SectionKindEntry,
    "doc_types": DocTypeEntry,
    "issuers": IssuerEntry,
    "topics": TopicEntry,
    "provinces": PlaceEntry,
    "positions": PositionEntry,
    "time_words": TimeWordEntry,
    "agencies": AgencyEntry,
    "count_units": LexiconEntry,
    "subject_words": SubjectWordEntry,
    "indicators": IndicatorEntry,
}
"""Every lexicon file under `pipeline/data/` and the schema its entries follow."""


class LexiconError(ValueError):
    pass


_DASHES = re.compile(r"[–—‐-]")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case-folded NFC with one kind of dash and single spaces: the form lexicons match on."""
    text = unicodedata.normalize("NFC", text).casefold()
    return _SPACES.sub(" ", _DASHES.sub("-", text)).strip()


_NAME_SEPARATORS = re.compile(r"\s*[-,&]\s*|\s+")
NAME_GAP = r"(?:\s*[-,&]\s*|\s+)"
"""What stands between two words of a name in the text, where `name_key` has a single space
(the agency names regex reads a key's spaces as this too)."""


def name_key(text: str) -> str:
    """The form two spellings of one name share: folded, separators as single spaces
    (`Sở LĐ-TB&XH` → `sở lđ tb xh`, `Văn hóa - Thể thao` = `Văn hóa, Thể thao`)."""
    return _NAME_SEPARATORS.sub(" ", fold(text)).strip()


@cache
def folded_variants(name: str) -> tuple[tuple[LexiconEntry, tuple[str, ...]], ...]:
    """Each entry of a lexicon with its variants folded, longest first (computed once)."""
    return tuple(
        (entry, tuple(sorted({fold(v) for v in entry.variants}, key=len, reverse=True))) for entry in load(name)
    )


@cache
def variant_index(name: str) -> tuple[dict[str, str], tuple[int, ...]]:
    """Each folded variant of a lexicon with the canonical of the first entry that lists it, and
    the variants' lengths, longest first: a text is looked up by its prefixes, not matched
    against every variant (section kinds, issuers, document types)."""
    index: dict[str, str] = {}
    for entry, variants in folded_variants(name):
        for variant in variants:
            index.setdefault(variant, entry.canonical)
    return index, tuple(sorted({len(v) for v in index}, reverse=True))


_NOT_ALNUM = re.compile(r"[\W_]")
"""A character that is not `str.isalnum()` (`\\w` is alphanumeric or `_`): where a word ends."""


def longest_variant(name: str, folded: str) -> tuple[str, int] | None:
    """The canonical of the longest variant of lexicon `name` that `folded` (already `fold`ed)
    opens with as a whole word, and that variant's length. Only the prefixes that end where a
    word does are looked up, longest first: a text has a few word ends within reach, a lexicon
    dozens of variant lengths."""
    index, lengths = variant_index(name)
    if not lengths:
        return None
    word_ends = [m.start() for m in _NOT_ALNUM.finditer(folded, 0, lengths[0] + 1)]
    if len(folded) <= lengths[0]:
        word_ends.append(len(folded))
    for n in reversed(word_ends):
        canonical = index.get(folded[:n])
        if canonical is not None:
            return canonical, n
    return None


@cache
def patterns(name: str) -> tuple[tuple[LexiconEntry, re.Pattern[str]], ...]:
    """Each entry of a lexicon with its compiled whole-word pattern (computed once)."""
    return tuple((entry, entry.pattern()) for entry in load(name))


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(text: str) -> Any:
    """`yaml.safe_load(text)`, parsed by libyaml's C parser where PyYAML was built with it (the
    same safe schema, the same data): every worker process parses the bundled lexicons when it
    starts, 0.35 s with the pure-Python parser, 0.06 s with libyaml."""
    return yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader, C or Python


@cache
def load(name: str) -> tuple[LexiconEntry, ...]:
    """The validated entries of `pipeline/data/<name>.yaml`."""
    if name not in LEXICONS:
        raise LexiconError(f"unknown lexicon {name!r}; valid: {', '.join(sorted(LEXICONS))}")
    model = LEXICONS[name]
    package = "pipeline.extract.indicators" if name == "indicators" else "pipeline.data"
    raw = resources.files(package).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    data = read_yaml(raw)
    if not isinstance(data, list):
        raise LexiconError(f"{name}.yaml must be a list of entries")
    try:
        entries = tuple(model.model_validate(item) for item in data)
    except ValidationError as exc:
        raise LexiconError(f"{name}.yaml: {exc}") from exc
    seen: set[str] = set()
    for entry in entries:
        if entry.canonical in seen and model is not SectionKindEntry:
            raise LexiconError(f"{name}.yaml: duplicate canonical {entry.canonical!r}")
        seen.add(entry.canonical)
    return entries
