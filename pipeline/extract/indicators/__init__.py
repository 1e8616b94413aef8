"""Indicator taxonomy (data in indicators.yaml): codes that line up targets across plans.

A researcher's question decides which indicators matter, so the taxonomy is data a user can
extend without touching the package: `Taxonomy.load(extra=[my.yaml])` adds their entries
(same schema, validated the same way) to the bundled ones, and `kehoach compare` /
`kehoach indicators --taxonomy my.yaml` re-match the targets of an output folder with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from pydantic import ValidationError

from pipeline import lexicon
from pipeline.lexicon import IndicatorEntry, LexiconError

THRESHOLD = 88
"""rapidfuzz partial_ratio a target's clause needs with a variant to get its code."""


@dataclass(frozen=True)
class Taxonomy:
    """Indicator entries, each variant folded once."""

    variants: tuple[tuple[str, tuple[str, ...] | None, str], ...]
    codes: frozenset[str]

    @classmethod
    def of(cls, entries: Sequence[IndicatorEntry]) -> Taxonomy:
        return cls(tuple((e.canonical, tuple(e.kinds) if e.kinds else None, lexicon.fold(v))
                         for e in entries for v in sorted(set(e.variants), key=len, reverse=True)),
                   frozenset(e.canonical for e in entries))

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> Taxonomy:
        """The bundled taxonomy plus the entries of each `extra` YAML file (a list of entries
        with `canonical`, `variants`, `examples`, optional `kinds`); a user entry with a bundled
        code replaces it. A file that does not parse or validate raises LexiconError naming it."""
        entries: dict[str, IndicatorEntry] = {e.canonical: e for e in lexicon.load("indicators")}  # type: ignore[misc]
        for path in extra:
            try:
                data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
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

    def match(self, subject: str | None, activity: str | None = None, clause: str | None = None,
              kind: str | None = None) -> str | None:
        """The code of the indicator the target states, or None when nothing fits well enough."""
        from rapidfuzz import fuzz

        text = lexicon.fold(" ".join(x for x in (clause, subject, activity) if x))
        if not text:
            return None
        best_code, best = None, 0.0
        for code, kinds, variant in self.variants:
            if kind is not None and kinds is not None and kind not in kinds:
                continue
            score = fuzz.partial_ratio(variant, text) if len(variant) <= len(text) else fuzz.partial_ratio(text, variant)
            if score > best:
                best_code, best = code, score
        return best_code if best >= THRESHOLD else None


@cache
def bundled() -> Taxonomy:
    """The taxonomy shipped with the package (computed once)."""
    return Taxonomy.load()


def match_indicator(subject: str | None, activity: str | None = None, clause: str | None = None,
                    kind: str | None = None) -> str | None:
    """The bundled taxonomy's code for a target, or None."""
    return bundled().match(subject, activity, clause, kind)
