"""Indicator taxonomy (data in indicators.yaml): codes that line up targets across plans."""

from __future__ import annotations

from functools import cache

from pipeline import lexicon
from pipeline.lexicon import IndicatorEntry

THRESHOLD = 88
"""rapidfuzz partial_ratio a target's clause needs with a variant to get its code."""


@cache
def _variants() -> tuple[tuple[str, tuple[str, ...] | None, str], ...]:
    return tuple((entry.canonical, tuple(entry.kinds) if isinstance(entry, IndicatorEntry) and entry.kinds else None, v)
                 for entry, variants in lexicon.folded_variants("indicators") for v in variants)


def match_indicator(subject: str | None, activity: str | None = None, clause: str | None = None,
                    kind: str | None = None) -> str | None:
    """The code of the indicator the target states, or None when nothing fits well enough."""
    from rapidfuzz import fuzz

    text = lexicon.fold(" ".join(x for x in (clause, subject, activity) if x))
    if not text:
        return None
    best_code, best = None, 0.0
    for code, kinds, variant in _variants():
        if kind is not None and kinds is not None and kind not in kinds:
            continue
        score = fuzz.partial_ratio(variant, text) if len(variant) <= len(text) else fuzz.partial_ratio(text, variant)
        if score > best:
            best_code, best = code, score
    return best_code if best >= THRESHOLD else None
