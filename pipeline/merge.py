"""One list per record type, however many components produced it.

A record type may have several producers — the hand-written rules and a trained model —
and they will often find the same clause. Overlaps are resolved here, in one place, rather
than inside each extractor: where two records cover the same evidence, the surer one stays
(ties go to the producer that runs first, the rules), and everything else is kept. Each
record still says which producer made it (`rule`) and how sure it was (`confidence`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Produced = Sequence[tuple[str, list[Any]]]
"""(component name, its records), in pipeline order."""

OVERLAP = 0.5
"""Two records are the same finding when their spans share at least this share of the
shorter span: a model's span is often a few words longer or shorter than a rule's."""


def merge(record_type: str, produced: Produced) -> list[Any]:
    """The records of `record_type` from all its producers, overlaps resolved."""
    if len(produced) == 1:
        return list(produced[0][1])
    if record_type == "agencies":
        return _merge_agencies(produced)
    if record_type in ("tasks", "targets"):
        return _merge_first(produced)
    return _merge_spans(produced)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shared > 0 and shared >= OVERLAP * max(shorter, 1)


def _merge_spans(produced: Produced) -> list[Any]:
    ranked = sorted(
        ((record, order) for order, (_, records) in enumerate(produced) for record in records),
        key=lambda item: (-(item[0].confidence or 0.0), item[1], item[0].span[0]),
    )
    kept: list[Any] = []
    for record, _ in ranked:
        if not any(_overlaps(record.span, other.span) for other in kept):
            kept.append(record)
    return sorted(kept, key=lambda r: (r.span[0], r.span[1]))


def _merge_first(produced: Produced) -> list[Any]:
    """Tasks and targets: where producers overlap, the first one's record stays whatever the
    confidences. A rule reads who leads a task from the document's structure (a table's column, a
    label, the item's heading); a model only says that a clause is a duty and borrows its actor
    from the wording, so it adds the duties the rules missed and never replaces one they read.
    A model's target is read by the rules' own value parser, but without what the rules know of
    the region it stands in (the year its lead-in gives, a qualitative bullet), so it too only
    adds the clauses the rules did not read."""
    kept: list[Any] = []
    for _, records in produced:
        own = [r for r in records if not any(_overlaps(r.span, other.span) for other in kept)]
        kept.extend(own)
    return sorted(kept, key=lambda r: (r.span[0], r.span[1]))


def _merge_agencies(produced: Produced) -> list[Any]:
    """Agencies are one record per canonical name: a name found by two producers is one
    agency with the roles and mentions of both (the first producer's fields otherwise)."""
    by_name: dict[str, Any] = {}
    for _, records in produced:
        for agency in records:
            seen = by_name.get(agency.canonical)
            if seen is None:
                by_name[agency.canonical] = agency
                continue
            spans = {m.span for m in seen.mentions}
            by_name[agency.canonical] = seen.model_copy(update={
                "roles": seen.roles + [r for r in agency.roles if r not in seen.roles],
                "mentions": sorted(seen.mentions + [m for m in agency.mentions if m.span not in spans],
                                   key=lambda m: m.span),
            })
    return list(by_name.values())
