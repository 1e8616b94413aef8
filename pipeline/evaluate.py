"""Scoring extractor output against hand-labelled gold: precision, recall, F1 per record type.

Kept apart from the tests (as price-parser keeps its evaluation): tests check that the
scorer counts right; this module says how good the extractors are. The matching rules,
also written in `gold/README.md`:

- **metadata**: field by field; a field counts as predicted when not null, as gold when the
  gold value is not null, and as a true positive when both agree (strings compared after
  collapsing white space and case; topics as sets; the signer and period by their parts).
- **sections**: numbered sections only (bullets are not labelled); a gold and a predicted
  section match when their numbers are equal and their first lines share ≥ 60 % of words.
  `kind` is scored as accuracy on matched pairs.
- **citations**: by `canonical_id` when the gold has one (laws by name: same type and
  ≥ 60 % shared words); `doc_type`, `date`, `issuer`, `relation` as accuracy on matched pairs.
- **deadlines**: by the normalised value (`kind`, `start`, `end`, `due`, `recurrence`) and
  ≥ 50 % shared words between quote and evidence; a second line scores detection alone.
- **targets**: by ≥ 50 % shared words and the same `value`; `kind`, `value`, `unit`,
  `comparator`, `subject` as accuracy on matched pairs.
- **tasks**: by ≥ 50 % shared words and the same set of leads; partners as set P/R on
  matched pairs.
- **agencies**: the set of canonical names, generic ones excluded.

Each gold record and each prediction is matched at most once, in reading order.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.gold import GoldDocument, squash
from pipeline.models import Document

_WORD = re.compile(r"\w+")


def words(text: str | None) -> set[str]:
    return set(_WORD.findall(squash(text or "").casefold()))


def overlap(a: str | None, b: str | None) -> float:
    """Shared words over the words of the shorter text."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def same_text(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return squash(a).casefold() == squash(b).casefold()
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and abs(float(a) - float(b)) < 1e-9
    return a == b


@dataclass
class Score:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float | None:
        return self.tp / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        """2·tp / (predicted + gold): the harmonic mean of P and R where both exist, 0 when
        gold records were all missed or every prediction is false, undefined only when there
        was nothing to find and nothing was found."""
        total = self.predicted + self.gold
        return 2 * self.tp / total if total else None


@dataclass
class Result:
    """One category's score, attribute accuracies on matched pairs, and its errors."""

    score: Score = field(default_factory=Score)
    attributes: dict[str, list[int]] = field(default_factory=dict)  # name -> [correct, total]
    errors: list[dict[str, str]] = field(default_factory=list)

    def attribute(self, name: str, correct: bool) -> None:
        slot = self.attributes.setdefault(name, [0, 0])
        slot[0] += int(correct)
        slot[1] += 1

    def add(self, other: Result) -> None:
        self.score.add(other.score)
        for name, (c, t) in other.attributes.items():
            slot = self.attributes.setdefault(name, [0, 0])
            slot[0] += c
            slot[1] += t
        self.errors.extend(other.errors)


def _match(
    gold: Sequence[Any], pred: Sequence[Any], pairs: Callable[[Any, Any], bool],
    text_of: Callable[[Any], str] | None = None,
) -> tuple[list[tuple[Any, Any]], list[Any], list[Any]]:
    """Greedy one-to-one matching in reading order: each gold record takes, among the free
    predictions it pairs with, the one whose text shares most words with its quote (the first
    on a tie), so that `Hằng năm` is not taken by the wrong one of two yearly reports."""
    used: set[int] = set()
    matched, missed = [], []
    for g in gold:
        candidates = [i for i, p in enumerate(pred) if i not in used and pairs(g, p)]
        if not candidates:
            missed.append(g)
            continue
        quote = getattr(g, "quote", None)
        best = max(candidates, key=lambda i: (overlap(quote, text_of(pred[i])) if text_of and quote else 0.0, -i))
        used.add(best)
        matched.append((g, pred[best]))
    spurious = [p for i, p in enumerate(pred) if i not in used]
    return matched, missed, spurious


def _scored(doc_id: str, kind: str, gold: Sequence[Any], pred: Sequence[Any],
            pairs: Callable[[Any, Any], bool], text_of: Callable[[Any], str]) -> tuple[Result, list[tuple[Any, Any]]]:
    matched, missed, spurious = _match(gold, pred, pairs, text_of)
    result = Result(Score(len(matched), len(pred), len(gold)))
    for g in missed:
        result.errors.append({"doc_id": doc_id, "type": kind, "error": "missed", "text": g.quote})
    for p in spurious:
        result.errors.append({"doc_id": doc_id, "type": kind, "error": "false positive", "text": text_of(p)})
    return result, matched


def _attribute(result: Result, doc_id: str, kind: str, name: str, gold: Any, pred: Any, correct: bool) -> None:
    """Score one field of a matched pair; a wrong one is listed by `--errors` beside the misses,
    since a wrong unit is as much an error class to fix as a missed target."""
    result.attribute(name, correct)
    if not correct:
        result.errors.append({"doc_id": doc_id, "type": kind, "error": f"wrong {name}",
                              "text": f"gold {gold!r} · predicted {pred!r}"})


# --- categories --------------------------------------------------------------------------

_META_FIELDS = ("doc_number", "doc_type", "issuer", "admin_level", "province", "district", "commune", "place",
                "issue_date", "plan_year", "title", "topics", "period.start", "period.end",
                "signer.name", "signer.position", "signer.on_behalf")


def _field(obj: Any, path: str) -> Any:
    for part in path.split("."):
        obj = None if obj is None else getattr(obj, part, None)
    return obj


def score_metadata(gold: GoldDocument, pred: Document) -> dict[str, Result]:
    out: dict[str, Result] = {}
    for name in _META_FIELDS:
        g, p = _field(gold.metadata, name), _field(pred.metadata, name)
        if name == "topics":
            g, p = (sorted(g) or None) if g is not None else None, (sorted(p) or None) if p is not None else None
        result = Result(Score(int(g is not None and p is not None and same_text(g, p)), int(p is not None),
                              int(g is not None)))
        if not (g is None and p is None) and not same_text(g, p):
            result.errors.append({"doc_id": gold.doc_id, "type": f"metadata.{name}", "error": "wrong",
                                  "text": f"gold {g!r} / predicted {p!r}"})
        out[name] = result
    return out


def _first_line(doc: Document, span: tuple[int, int]) -> str:
    return doc.text[span[0] : span[1]].split("\n", 1)[0]


def score_sections(gold: GoldDocument, pred: Document) -> Result:
    numbered = [s for s in pred.sections if s.number and s.number not in ("-", "+", "•", "–")]
    result, matched = _scored(
        gold.doc_id, "sections", gold.sections, numbered,
        lambda g, p: g.number.strip() == p.number.strip() and overlap(g.quote, _first_line(pred, p.span)) >= 0.6,
        lambda p: _first_line(pred, p.span),
    )
    for g, p in matched:
        _attribute(result, gold.doc_id, "sections", "kind", g.kind, p.kind, g.kind == p.kind)
    return result


def pairs_citation(g: Any, p: Any) -> bool:
    """A gold citation and a prediction are the same record (see gold/README.md, "How `kehoach evaluate` matches")."""
    if g.canonical_id:
        return p.canonical_id is not None and p.canonical_id.casefold() == g.canonical_id.casefold()
    return p.canonical_id is None and same_text(g.doc_type, p.doc_type) and overlap(g.quote, p.text) >= 0.6


def score_citations(gold: GoldDocument, pred: Document) -> Result:
    result, matched = _scored(gold.doc_id, "citations", gold.citations, pred.citations, pairs_citation,
                              lambda p: p.text)
    for g, p in matched:
        for name in ("doc_type", "date", "issuer", "relation"):
            _attribute(result, gold.doc_id, "citations", name, getattr(g, name), getattr(p, name),
                       same_text(getattr(g, name), getattr(p, name)))
    return result


_VALUE = ("kind", "start", "end", "due", "recurrence")


def pairs_deadline(g: Any, p: Any) -> bool:
    return all(getattr(g, f) == getattr(p, f) for f in _VALUE) and overlap(g.quote, p.text) >= 0.5


def score_deadlines(gold: GoldDocument, pred: Document) -> tuple[Result, Result]:
    """(value match — the main score, detection by text alone)."""
    value, _ = _scored(gold.doc_id, "deadlines", gold.deadlines, pred.deadlines, pairs_deadline, lambda p: p.text)
    detection, matched = _scored(gold.doc_id, "deadlines(detected)", gold.deadlines, pred.deadlines,
                                 lambda g, p: overlap(g.quote, p.text) >= 0.5, lambda p: p.text)
    for g, p in matched:
        for name in _VALUE:
            detection.attribute(name, getattr(g, name) == getattr(p, name))
    detection.errors = []
    return value, detection


def pairs_target(g: Any, p: Any) -> bool:
    return overlap(g.quote, p.text) >= 0.5 and (g.value is None or same_text(g.value, p.value))


def score_targets(gold: GoldDocument, pred: Document) -> Result:
    result, matched = _scored(gold.doc_id, "targets", gold.targets, pred.targets, pairs_target, lambda p: p.text)
    for g, p in matched:
        for name in ("kind", "value", "unit", "comparator"):
            _attribute(result, gold.doc_id, "targets", name, getattr(g, name), getattr(p, name),
                       same_text(getattr(g, name), getattr(p, name)))
        _attribute(result, gold.doc_id, "targets", "subject", g.subject, p.subject,
                   overlap(g.subject, p.subject) >= 0.6 if g.subject else p.subject is None)
    return result


def _names(items: Iterable[str]) -> set[str]:
    return {squash(i).casefold() for i in items}


def pairs_task(g: Any, p: Any) -> bool:
    return overlap(g.quote, p.text) >= 0.5 and _names(g.lead) == _names(p.lead)


def pairs_agency(g: Any, p: Any) -> bool:
    return squash(g.canonical).casefold() == squash(p.canonical).casefold()


PAIRS: dict[str, Callable[[Any, Any], bool]] = {
    "citations": pairs_citation, "deadlines": pairs_deadline, "targets": pairs_target, "tasks": pairs_task,
    "agencies": pairs_agency,
}
"""When a gold record and a prediction are the same record, per type: what scoring counts as a match,
and what `kehoach gold import` takes as the gold's label of a record the analyst judged."""


def score_tasks(gold: GoldDocument, pred: Document) -> tuple[Result, Result]:
    """(tasks matched on text and lead, specific partners as set P/R on matched pairs)."""
    result, matched = _scored(gold.doc_id, "tasks", gold.tasks, pred.tasks, pairs_task, lambda p: p.text)
    # generic collectives (`các đơn vị liên quan`) stay on the records but only specific bodies
    # are scored as partners: a collective named either side, by the gold or the extractor
    generic = _names(a.canonical for a in gold.agencies if a.generic) | _names(
        a.canonical for a in pred.agencies if a.generic)
    partners = Result()
    for g, p in matched:
        gs, ps = _names(g.partners) - generic, _names(p.partners) - generic
        partners.score.add(Score(len(gs & ps), len(ps), len(gs)))
    return result, partners


def score_agencies(gold: GoldDocument, pred: Document) -> Result:
    gs = {squash(a.canonical).casefold(): a.canonical for a in gold.agencies if not a.generic}
    ps = {squash(a.canonical).casefold(): a.canonical for a in pred.agencies if not a.generic}
    result = Result(Score(len(gs.keys() & ps.keys()), len(ps), len(gs)))
    for k in gs.keys() - ps.keys():
        result.errors.append({"doc_id": gold.doc_id, "type": "agencies", "error": "missed", "text": gs[k]})
    for k in ps.keys() - gs.keys():
        result.errors.append({"doc_id": gold.doc_id, "type": "agencies", "error": "false positive", "text": ps[k]})
    return result


def evaluate_document(gold: GoldDocument, pred: Document) -> dict[str, Result]:
    """Every scored category of one document; types the gold does not label are left out."""
    out: dict[str, Result] = {}
    labelled = set(gold.labelled)
    if "metadata" in labelled:
        for name, result in score_metadata(gold, pred).items():
            out[f"metadata.{name}"] = result
    if "sections" in labelled:
        out["sections"] = score_sections(gold, pred)
    if "citations" in labelled:
        out["citations"] = score_citations(gold, pred)
    if "deadlines" in labelled:
        out["deadlines"], out["deadlines (detected)"] = score_deadlines(gold, pred)
    if "targets" in labelled:
        out["targets"] = score_targets(gold, pred)
    if "tasks" in labelled:
        out["tasks (lead)"], out["tasks: partners"] = score_tasks(gold, pred)
    if "agencies" in labelled:
        out["agencies"] = score_agencies(gold, pred)
    return out


@dataclass
class Evaluation:
    total: dict[str, Result]
    by_doc: dict[str, dict[str, Result]]
    missing: list[str]
    splits: dict[str, str]

    def macro_f1(self, category: str) -> float | None:
        """The mean of the documents' F1 for `category`: one long table (300 cells of an
        appendix) weighs as much as one short plan, so a single document cannot carry the
        pooled number."""
        scores = [f1 for cats in self.by_doc.values() if category in cats
                  for f1 in [cats[category].score.f1] if f1 is not None]
        return sum(scores) / len(scores) if scores else None

    def as_json(self) -> dict[str, Any]:
        def res(r: Result) -> dict[str, Any]:
            s = r.score
            return {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": s.tp, "predicted": s.predicted,
                    "gold": s.gold, "attributes": {k: {"correct": c, "total": t, "accuracy": c / t if t else None}
                                                   for k, (c, t) in r.attributes.items()}}

        return {"total": {k: res(v) for k, v in self.total.items()},
                "macro_f1": {k: self.macro_f1(k) for k in self.total},
                "by_doc": {d: {k: res(v) for k, v in cats.items()} for d, cats in self.by_doc.items()},
                "split_of": self.splits,
                "missing_predictions": self.missing}


def evaluate(gold_docs: list[GoldDocument], predictions: dict[str, Document]) -> Evaluation:
    total: dict[str, Result] = {}
    by_doc: dict[str, dict[str, Result]] = {}
    missing = []
    for gold in gold_docs:
        pred = predictions.get(gold.doc_id)
        if pred is None:
            missing.append(gold.doc_id)
            pred = Document.model_validate({"doc_id": gold.doc_id, "text": "", "metadata": {},
                                            "source": {"path": gold.source, "sha256": "", "format": "txt"}})
        cats = evaluate_document(gold, pred)
        by_doc[gold.doc_id] = cats
        for name, result in cats.items():
            total.setdefault(name, Result()).add(result)
    return Evaluation(total, by_doc, missing, {gold.doc_id: gold.split for gold in gold_docs})


def dumps(evaluation: Evaluation) -> str:
    return json.dumps(evaluation.as_json(), ensure_ascii=False, indent=2, sort_keys=True)
