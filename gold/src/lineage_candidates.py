"""Candidate lineage links of an `extract` output folder, to judge by hand into gold/lineage/*.yaml.

A candidate is a citation whose number and symbol are another document's own number, read
from that document's `Số:` line (not from extracted metadata, so a wrong metadata field does
not hide a candidate), whatever the issuer, year and type: every link a number-only rule
would make, and every true link, is among them. Judge each by reading both documents.

    python gold/src/lineage_candidates.py OUT/
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pipeline.compare import _evidence, _number_key
from pipeline.evaluate import load_predictions

_OWN_NUMBER = re.compile(r"Số\s*:?\s*(?P<number>\d+\s*/\s*(?:(?:19|20)\d\d\s*/\s*)?[\wĐđ-]+)", re.I)


def own_number(text: str) -> tuple[int, int | None, str] | None:
    """The number on a document's own `Số:` line, in its first 1,000 characters."""
    m = _OWN_NUMBER.search(text[:1000])
    return _number_key(re.sub(r"\s+", "", m["number"])) if m else None


def main(folder: Path) -> None:
    docs = load_predictions(folder)
    numbers: dict[tuple[int, str], list[str]] = {}
    for doc_id, doc in docs.items():
        key = own_number(doc.text)
        if key:
            numbers.setdefault((key[0], key[2]), []).append(doc_id)
    for doc_id in sorted(docs):
        doc = docs[doc_id]
        for c in doc.citations:
            key = _number_key(c.number, c.year, c.symbol) or _number_key(c.canonical_id)
            for parent in numbers.get((key[0], key[2]), []) if key else []:
                if parent != doc_id:
                    meta = docs[parent].metadata
                    print(f"- child: {doc_id}\n  parent: {parent}\n  canonical_id: {c.canonical_id}\n"
                          f"  # cited: {c.relation}, issuer {c.issuer}, date {c.date}\n"
                          f"  # parent: {meta.doc_number}, {meta.issuer}, {meta.issue_date}, {meta.province}\n"
                          f"  # evidence: {_evidence(doc, c.span)[:300]}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
