"""Train the statistical extractors: span categoriser, duty classifier and lead scorer (`make train`).

Training data, never a test document:

- **gold (dev split)**: the `gold/*.json` files whose `split` is `dev`. Each document goes
  through the parse stages and the rules (`kehoach extract`), and every gold quote is found in
  the normalised text the way `pipeline.gold.squash` compares them (markup and runs of white
  space as one space). `DEADLINE` spans are the deadline quotes; gold agencies carry no quote,
  so `AGENCY` spans are the places the agency-name finder names a body of the gold's list.
  A record type the file does not label falls back to silver for that document.
- **silver**: plans of the real corpus (`--silver`) minus the 12 test files, sampled in a fixed
  order, read by the rules, and filtered to what the rules are surest of: documents without
  warnings; deadlines of confidence ≥ `SILVER_DEADLINE_CONFIDENCE`; agencies found through
  the lexicon (not the head-word guess) that the rules gave a role.

**Duty clauses** (the `textcat`): the clauses (`statistical.clauses`) of gold dev documents
that label tasks are duties when they state a gold task's quote; in silver documents, clauses
of the rules' structural tasks (`SILVER_TASK_CONFIDENCE`) are duties and clauses no task
touches are not, in documents where the rules found enough such tasks (`SILVER_MIN_TASKS`).

**Leads** (the `leadcat`): each candidate (`statistical.lead_candidates`) of each duty clause,
right when its set of canonical names is the lead of the gold task the clause states (gold dev)
or of the rules' sure task it belongs to (silver); clauses none of whose candidates is right
are left out. `--cv` chooses the duty and lead thresholds by scoring the rules merged with the
model's tasks on the gold dev documents, each by models trained without it (4 folds).
**Target clauses** (the `textcat_targets`): the candidate units (`statistical.target_units`) of
gold dev documents that label targets are targets when a gold target quote lies in them; in
silver documents, units of the rules' sure numeric targets are (`SILVER_TARGET_CONFIDENCE`) and
units no rules target touches are not, in documents where the rules found enough
(`SILVER_TARGET_MIN`), sampled down (`SILVER_TARGET_NEGATIVES`). **Section kinds** (the
`textcat_kinds`): the numbered sections of gold dev documents that label sections, with the gold
kind; in silver documents, sections whose heading the section-kind words read. Both are scored
by folds of the gold dev documents (`cross_validate_cats`), which choose the target threshold and
whether the kind classifier is used.

Documents are cut at line breaks into examples; a line with no span is kept one time in
`NEGATIVE_KEEP` (seeded), enough to learn what is not a name without drowning the rest.
A few gold documents are held out (`is_held_out`) to give the dev scores in `meta.json`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.extract.agency_names import Place, find_agency_names
from pipeline.gold import GoldDocument, load_gold
from pipeline.models import Document
from pipeline.statistical import DUTY_THRESHOLD, LABELS, LEAD_PIPE, LEAD_THRESHOLD, SPANS_KEY, TRAINED, blank

SEED = 7
SILVER_DEADLINE_CONFIDENCE = 0.7
SILVER_TASK_CONFIDENCE = 0.9
"""Silver duties: tasks of the structural rules (tables, labelled blocks, agency headings),
not the prose rule's (0.75–0.8), which guesses from wording as the model does."""
SILVER_MIN_TASKS = 5
"""A silver document teaches what is *not* a duty only where the rules read its structure
(at least this many sure tasks): elsewhere an unmatched clause is as likely a missed duty."""
NEGATIVE_KEEP = 0.25
OPENER_MIN_COUNT = 3
WIDTH = 32
"""The tok2vec's width (and the span reducer's): at 64 the span categoriser cost as much CPU
as every rule together; at 32 it costs 2.6× less (0.69 against 1.8 CPU s on 12 dev plans) for
0.04 less AGENCY F on the held-out dev documents."""
DEPTH = 2
"""Convolution layers over the syllables (one costs about as much as the other at width 32;
one layer lost 0.02 AGENCY F on the held-out dev documents)."""
_MARKUP = re.compile(r"[*_|#\s]")


@dataclass
class Annotated:
    """One document's text and its labelled spans, and where they came from."""

    doc_id: str
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    source: str = "silver"
    held_out: bool = False
    duties: list[tuple[int, int, int]] = field(default_factory=list)
    """Clauses (`statistical.clauses`) with 1 for an assigned duty, 0 for none."""
    leads: list[tuple[int, int, str, int]] = field(default_factory=list)
    """Lead candidates of duty clauses: (clause start, clause end, `statistical.lead_view`, 1
    when the candidate is who leads it)."""
    targets: list[tuple[int, int, int]] = field(default_factory=list)
    """Candidate target units (`statistical.target_units`) with 1 when they hold a target."""
    kinds: list[tuple[int, int, str, int]] = field(default_factory=list)
    """Numbered sections' heading lines (`statistical.kind_span`) with their kind; last, for a gold
    kind 1 where the rules know none for the section (`statistical.unknown_kind`), else 0, and -1
    for a silver kind (trained on, never scored)."""


def squashed_index(text: str) -> tuple[str, list[int]]:
    """`text` in `squash` form (markup and white space runs → one space, stripped) with, for
    each character of it, its offset in `text`, so a quote found there maps back exactly."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if _MARKUP.match(ch):
            if chars and chars[-1] != " ":
                chars.append(" ")
                index.append(i)
            continue
        chars.append(ch)
        index.append(i)
    while chars and chars[-1] == " ":
        chars.pop()
        index.pop()
    return "".join(chars), index


def find_quote(text: str, quote: str, squashed: tuple[str, list[int]] | None = None,
               after: int = 0) -> tuple[int, int] | None:
    """The span of `text` a gold quote stands for (the first at or after `after`), or None."""
    from pipeline.gold import squash

    flat, index = squashed or squashed_index(text)
    q = squash(quote)
    if not q:
        return None
    pos = flat.find(q, next((k for k, i in enumerate(index) if i >= after), len(flat)))
    if pos < 0:
        pos = flat.find(q)
    if pos < 0:
        return None
    return index[pos], index[pos + len(q) - 1] + 1


def _place(doc: Document) -> Place:
    m = doc.metadata
    return Place(province=m.province, district=m.district, commune=m.commune, level=m.admin_level, issuer=m.issuer)


def _body_start(doc: Document) -> int:
    return doc.sections[0].span[0] if doc.sections else len(doc.text)


def _agency_spans(doc: Document, canonicals: set[str], lexicon_only: bool) -> list[tuple[int, int, str]]:
    """Where the body names one of `canonicals` (compared case-folded)."""
    names = find_agency_names(doc.text, _body_start(doc), len(doc.text), _place(doc), unknown=not lexicon_only)
    return [(n.start, n.end, "AGENCY") for n in names if n.canonical.casefold() in canonicals]


def silver_spans(doc: Document) -> list[tuple[int, int, str]]:
    """The rules' surest records of one document (see the module docstring)."""
    spans = [(d.span[0], d.span[1], "DEADLINE") for d in doc.deadlines
             if (d.confidence or 0) >= SILVER_DEADLINE_CONFIDENCE]
    with_role = {a.canonical.casefold() for a in doc.agencies if a.roles}
    return spans + _agency_spans(doc, with_role, lexicon_only=True)


def gold_spans(doc: Document, gold: GoldDocument) -> list[tuple[int, int, str]]:
    """Gold spans for the record types the file labels, silver for the others."""
    silver = silver_spans(doc)
    spans: list[tuple[int, int, str]] = []
    flat = squashed_index(doc.text)
    if "deadlines" in gold.labelled:
        after = 0
        for record in gold.deadlines:
            span = find_quote(doc.text, record.quote, flat, after)
            if span:
                spans.append((*span, "DEADLINE"))
                after = span[0] + 1
    else:
        spans += [s for s in silver if s[2] == "DEADLINE"]
    if "agencies" in gold.labelled:
        spans += _agency_spans(doc, {a.canonical.casefold() for a in gold.agencies}, lexicon_only=False)
    else:
        spans += [s for s in silver if s[2] == "AGENCY"]
    return spans


def _context(doc: Document) -> Any:
    from pipeline.extract.context import DocContext
    from pipeline.parse.textmap import spans_only

    return DocContext(doc.text, spans_only, doc.metadata, tuple(doc.sections))


def _words_overlap(a: str, b: str) -> float:
    from pipeline.evaluate import overlap

    return overlap(a, b)


def duty_labels(doc: Document, quotes: list[str]) -> list[tuple[int, int, int]]:
    """Each clause of `doc` with 1 when it states one of the task `quotes` (they share text
    and half the words of the shorter, the way the scorer pairs a task with its quote)."""
    from pipeline.statistical import clauses

    flat = squashed_index(doc.text)
    spans = [(span, q) for q in quotes if (span := find_quote(doc.text, q, flat)) is not None]
    out = []
    for start, end in clauses(_context(doc)):
        text = doc.text[start:end]
        duty = any(s < end and start < e and _words_overlap(q, text) >= 0.5 for (s, e), q in spans)
        out.append((start, end, int(duty)))
    return out


def silver_duties(doc: Document) -> list[tuple[int, int, int]]:
    """Clauses of the rules' sure tasks (`SILVER_TASK_CONFIDENCE`) as duties, clauses no task
    touches as not, in documents whose structure the rules read (`SILVER_MIN_TASKS`); clauses
    of the rules' less sure tasks are left out either way."""
    from pipeline.statistical import clauses

    sure = [t for t in doc.tasks if (t.confidence or 0) >= SILVER_TASK_CONFIDENCE]
    if len(sure) < SILVER_MIN_TASKS:
        return []
    out = []
    for start, end in clauses(_context(doc)):
        text = doc.text[start:end]
        touching = [t for t in doc.tasks if t.span[0] < end and start < t.span[1]]
        if not touching:
            out.append((start, end, 0))
        elif any(t in sure and _words_overlap(t.text, text) >= 0.5 for t in touching):
            out.append((start, end, 1))
    return out


def _lead_examples(doc: Document, clause_leads: list[tuple[int, int, tuple[str, ...]]]) -> list[tuple[int, int, str, int]]:
    """Each candidate (`statistical.lead_candidates`) of each clause, labelled 1 when its set of
    canonical names is the clause's lead; a clause none of whose candidates is its lead teaches
    no ranking and is left out."""
    from pipeline.statistical import _place, lead_candidates, lead_view

    ctx = _context(doc)
    place = _place(ctx)
    headings: dict[str, list[Any]] = {}
    out = []
    for start, end, lead in clause_leads:
        candidates = lead_candidates(ctx, place, start, end, headings)
        if not any(c.key == lead for c in candidates):
            continue
        out += [(start, end, lead_view(ctx, start, end, c), int(c.key == lead)) for c in candidates]
    return out


def _lead_key(names: Iterable[str]) -> tuple[str, ...]:
    from pipeline.evaluate import _names

    return tuple(sorted(_names(names)))


def gold_leads(doc: Document, gold: GoldDocument) -> list[tuple[int, int, str, int]]:
    """Lead examples from the gold: each clause that states a gold task (as `duty_labels`
    pairs them) with that task's lead."""
    from pipeline.statistical import clauses

    flat = squashed_index(doc.text)
    located = [(span, t) for t in gold.tasks if (span := find_quote(doc.text, t.quote, flat)) is not None]
    clause_leads = []
    for start, end in clauses(_context(doc)):
        text = doc.text[start:end]
        task = next((t for (s, e), t in located if s < end and start < e and _words_overlap(t.quote, text) >= 0.5),
                    None)
        if task is not None and task.lead:
            clause_leads.append((start, end, _lead_key(task.lead)))
    return _lead_examples(doc, clause_leads)


def silver_leads(doc: Document) -> list[tuple[int, int, str, int]]:
    """Lead examples from the rules' sure tasks (`SILVER_TASK_CONFIDENCE`: a table's column, a
    label, an agency heading say who leads): each clause of one, with its lead."""
    from pipeline.statistical import clauses

    sure = [t for t in doc.tasks if (t.confidence or 0) >= SILVER_TASK_CONFIDENCE and t.lead]
    clause_leads = []
    for start, end in clauses(_context(doc)):
        text = doc.text[start:end]
        task = next((t for t in sure if t.span[0] < end and start < t.span[1] and _words_overlap(t.text, text) >= 0.5),
                    None)
        if task is not None:
            clause_leads.append((start, end, _lead_key(task.lead)))
    return _lead_examples(doc, clause_leads)


def is_held_out(doc_id: str) -> bool:
    """A fixed quarter of the gold dev documents, scored but not trained on."""
    return int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % 4 == 0


def test_ids(gold_dir: Path) -> set[str]:
    """The file stems of the test split's documents (the gold says which), so that no silver
    document is a test document under its original name (`shared/corpus-real/<stem>.md`)."""
    return {Path(gold.source).stem for gold in load_gold(gold_dir) if gold.split == "test"}


def _extract(path: Path) -> Document | None:
    from pipeline.errors import KehoachError
    from pipeline.stages import build, builtin_registry, run

    try:
        return run(path, stages=build(builtin_registry().default_names("rules"), builtin_registry()))
    except KehoachError:
        return None


def collect(gold_dir: Path, root: Path, silver_dir: Path | None, n_silver: int,
            max_chars: int = 60_000, log: Any = sys.stderr) -> list[Annotated]:
    """Gold dev documents and up to `n_silver` silver documents, never a test document."""
    excluded = test_ids(gold_dir)
    out: list[Annotated] = []
    for gold in load_gold(gold_dir):
        if gold.split != "dev" or Path(gold.source).stem in excluded:
            continue
        if not {"deadlines", "agencies", "tasks", "targets", "sections"} & set(gold.labelled):
            continue
        doc = _extract(root / gold.source)
        if doc is None:
            continue
        duties = (duty_labels(doc, [t.quote for t in gold.tasks]) if "tasks" in gold.labelled
                  else silver_duties(doc))
        leads = gold_leads(doc, gold) if "tasks" in gold.labelled else silver_leads(doc)
        out.append(Annotated(gold.doc_id, doc.text, sorted(set(gold_spans(doc, gold))), "gold",
                             is_held_out(gold.doc_id), duties, leads, *gold_units(doc, gold)))
    print(f"gold (dev): {len(out)} documents", file=log)
    if silver_dir is not None and n_silver > 0:
        paths = sorted(p for p in silver_dir.iterdir() if p.is_file() and p.stem not in excluded)
        random.Random(SEED).shuffle(paths)
        taken = 0
        for path in paths:
            if taken >= n_silver:
                break
            if path.stat().st_size > 3 * max_chars:
                continue
            doc = _extract(path)
            if doc is None or doc.warnings or len(doc.text) > max_chars:
                continue
            out.append(Annotated(path.stem, doc.text, sorted(set(silver_spans(doc))), "silver",
                                 duties=silver_duties(doc), leads=silver_leads(doc),
                                 targets=silver_targets(doc), kinds=silver_kinds(doc)))
            taken += 1
        print(f"silver: {taken} documents from {silver_dir}", file=log)
    return out


def data_hash(docs: Iterable[Annotated]) -> str:
    h = hashlib.sha256()
    for d in docs:
        h.update(json.dumps([d.doc_id, d.source, d.held_out, d.text, d.spans, d.duties, d.leads, d.targets,
                            d.kinds],
                            ensure_ascii=False).encode())
    return h.hexdigest()


def _lines(doc: Annotated) -> Iterator[tuple[int, int]]:
    start = 0
    for m in re.finditer(r"\n", doc.text):
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if start < len(doc.text):
        yield start, len(doc.text)


def examples(nlp: Any, docs: Iterable[Annotated], rng: random.Random | None, max_tokens: int = 12) -> list[Any]:
    """One spaCy `Example` per line; lines without a span are kept one time in NEGATIVE_KEEP
    when `rng` is given (training), all of them otherwise (scoring)."""
    from spacy.training import Example

    out = []
    for doc in docs:
        for start, end in _lines(doc):
            inside = [(s - start, e - start, label) for s, e, label in doc.spans if s >= start and e <= end]
            if not inside and rng is not None and rng.random() > NEGATIVE_KEEP:
                continue
            predicted = nlp.make_doc(doc.text[start:end])
            reference = predicted.copy()
            spans = []
            for s, e, label in inside:
                span = reference.char_span(s, e, label=label, alignment_mode="expand")
                if span is not None and len(span) <= max_tokens:
                    spans.append(span)
            reference.spans[SPANS_KEY] = spans
            out.append(Example(predicted, reference))
    return out


def openers(docs: Iterable[Annotated], tokenizer: Any, min_count: int = OPENER_MIN_COUNT) -> list[str]:
    """The words (lower case) that open at least `min_count` labelled spans in `docs`: the
    suggester's vocabulary. A word that opened one span only is mostly a silver span cut in
    the wrong place (`(`, `6`, `a`), and each extra opener costs candidates on every line."""
    from collections import Counter

    found: Counter[str] = Counter()
    for doc in docs:
        for s, e, _ in doc.spans:
            tokens = tokenizer(doc.text[s:e])
            if len(tokens):
                found[tokens[0].lower_] += 1
    return sorted(w for w, n in found.items() if n >= min_count)


def tok2vec(width: int, depth: int) -> dict[str, Any]:
    """The CNN both the span categoriser and the target classifier read syllables with: hashed
    embeddings of the form, its affixes and shape (no static vectors, nothing downloaded), and a
    window-1 maxout encoder."""
    return {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": width,
                  "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "rows": [5000, 1000, 2500, 500],
                  "include_static_vectors": False},
        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": width, "depth": depth,
                   "window_size": 1, "maxout_pieces": 3},
    }


def make_nlp(opening: list[str] | None = None, max_tokens: int = 12, width: int = WIDTH, depth: int = DEPTH,
             hidden: int = WIDTH) -> Any:
    """A blank pipeline with one small `spancat` (CNN tok2vec) scoring the n-grams of up to
    `max_tokens` tokens that open with one of `opening` (`pipeline.statistical.SUGGESTER`);
    without `opening`, every n-gram."""
    from pipeline.statistical import SUGGESTER

    nlp = blank()
    suggester = ({"@misc": SUGGESTER, "openers": opening, "max_size": max_tokens} if opening is not None
                 else {"@misc": "spacy.ngram_range_suggester.v1", "min_size": 1, "max_size": max_tokens})
    nlp.add_pipe("spancat", config={
        "spans_key": SPANS_KEY,
        "threshold": 0.5,
        "suggester": suggester,
        "model": {
            "@architectures": "spacy.SpanCategorizer.v1",
            "reducer": {"@layers": "spacy.mean_max_reducer.v1", "hidden_size": hidden},
            "scorer": {"@layers": "spacy.LinearLogistic.v1"},
            "tok2vec": tok2vec(width, depth),
        },
    })
    return nlp


def duty_examples(nlp: Any, docs: Iterable[Annotated]) -> list[Any]:
    """One `Example` per labelled clause: cats `DUTY` / `NOT_DUTY` (exclusive)."""
    from spacy.training import Example

    from pipeline.statistical import DUTY, NOT_DUTY

    return [Example.from_dict(nlp.make_doc(doc.text[s:e]), {"cats": {DUTY: float(y), NOT_DUTY: float(1 - y)}})
            for doc in docs for s, e, y in doc.duties]


def make_duty_nlp() -> Any:
    """A blank pipeline with one `textcat` over the clause's words and word pairs (a bag of
    n-grams: the verbs and labels that make a duty — `chủ trì`, `tổ chức`, `Thời gian` — are
    words, and it costs next to nothing per clause)."""
    from pipeline.statistical import DUTY_CATS

    nlp = blank()
    textcat = nlp.add_pipe("textcat", config={"threshold": 0.5, "model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
        "no_output_layer": False, "length": 262144}})
    for cat in DUTY_CATS:
        textcat.add_label(cat)
    return nlp


def score_duties(nlp: Any, docs: list[Annotated], threshold: float) -> dict[str, Any]:
    """P/R/F of `DUTY` over the labelled clauses of `docs` at `threshold`."""
    from pipeline.statistical import duty_scores

    tp = predicted = gold = 0
    for doc in docs:
        scores = duty_scores(nlp, [doc.text[s:e] for s, e, _ in doc.duties])
        for (_, _, y), p in zip(doc.duties, scores):
            tp += int(y == 1 and p >= threshold)
            predicted += int(p >= threshold)
            gold += y
    p = tp / predicted if predicted else None
    r = tp / gold if gold else None
    return {"p": p, "r": r, "f": 2 * p * r / (p + r) if p and r else None, "clauses": sum(len(d.duties) for d in docs)}


def train_duties(docs: list[Annotated], epochs: int, seed: int = SEED, log: Any = sys.stderr) -> Any:
    """The duty classifier, trained on the clauses of the documents not held out."""
    return fit(make_duty_nlp, lambda nlp: duty_examples(nlp, [d for d in docs if not d.held_out]), epochs, seed,
               log, "duties", "textcat")


def fit(make: Callable[[], Any], examples_of: Callable[[Any], list[Any]], epochs: int, seed: int, log: Any,
        name: str, pipe: str) -> Any:
    """Every text classifier is trained the same way: the seed fixed before the pipeline is made,
    examples shuffled by a seeded generator, minibatches of 32, dropout 0.1 — so `make train`
    gives the same weights on a rerun. With no examples (a fixture without that label) the labels
    alone size the model: it loads, and says little."""
    from spacy.util import fix_random_seed

    fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = make()
    train_examples = examples_of(nlp)
    optimizer = nlp.initialize(lambda: train_examples) if train_examples else nlp.initialize()
    _epochs(nlp, train_examples, optimizer, rng, epochs, log, pipe, f"{name} ")
    return nlp


def _epochs(nlp: Any, train_examples: list[Any], optimizer: Any, rng: random.Random, epochs: int, log: Any,
            pipe: str, prefix: str = "") -> None:
    """The epochs every model here is trained with: examples shuffled by the seeded `rng`,
    minibatches of 32, dropout 0.1, the pipe's loss printed after each."""
    from spacy.util import minibatch

    for epoch in range(epochs):
        rng.shuffle(train_examples)
        losses: dict[str, float] = {}
        for batch in minibatch(train_examples, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.1, losses=losses)
        print(f"{prefix}epoch {epoch + 1}/{epochs}: loss {losses.get(pipe, 0):.2f}", file=log)


def make_lead_nlp() -> Any:
    """A blank pipeline with one `textcat` named `leadcat` over a candidate's view
    (`statistical.lead_view`): a bag of its feature words and their pairs."""
    from pipeline.statistical import LEAD_CATS, LEAD_PIPE

    nlp = blank()
    leadcat = nlp.add_pipe("textcat", name=LEAD_PIPE, config={"threshold": 0.5, "model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
        "no_output_layer": False, "length": 65536}})
    for cat in LEAD_CATS:
        leadcat.add_label(cat)
    return nlp


def lead_examples(nlp: Any, docs: Iterable[Annotated]) -> list[Any]:
    from spacy.training import Example

    from pipeline.statistical import LEAD, NOT_LEAD

    return [Example.from_dict(nlp.make_doc(view), {"cats": {LEAD: float(y), NOT_LEAD: float(1 - y)}})
            for doc in docs for _, _, view, y in doc.leads]


def train_leads(docs: list[Annotated], epochs: int, seed: int = SEED, log: Any = sys.stderr) -> Any:
    """The lead scorer, trained on the lead candidates of the documents not held out."""
    from pipeline.statistical import LEAD_PIPE

    return fit(make_lead_nlp, lambda nlp: lead_examples(nlp, [d for d in docs if not d.held_out]), epochs, seed,
               log, "leads", LEAD_PIPE)


def score_leads(nlp: Any, docs: list[Annotated]) -> dict[str, Any]:
    """How often the scorer ranks the right candidate first, over the clauses of `docs` that
    have one (the `opening`/heading order breaks ties as `statistical.leads_for` does)."""
    from pipeline.statistical import lead_scores

    right = total = 0
    for doc in docs:
        groups: dict[tuple[int, int], list[tuple[str, int]]] = {}
        for s, e, view, y in doc.leads:
            groups.setdefault((s, e), []).append((view, y))
        for group in groups.values():
            scores = lead_scores(nlp, [v for v, _ in group])
            best = max(range(len(group)), key=lambda k: (scores[k], -k))
            right += group[best][1]
            total += 1
    return {"top1": right / total if total else None, "clauses": total}


def _fold(doc_id: str, folds: int) -> int:
    return int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % folds


def cross_validate(gold_dir: Path, root: Path, docs: list[Annotated], epochs: int, folds: int = 4,
                   duty_thresholds: tuple[float, ...] = (0.3, 0.4, 0.5, 0.6, 0.7),
                   lead_thresholds: tuple[float, ...] = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8),
                   log: Any = sys.stderr) -> dict[str, Any]:
    """Tasks (lead) and partners of the rules merged with the model's tasks, on the gold dev
    documents that label tasks, each scored by a duty classifier and a lead scorer trained
    without it (`folds` folds by document): the lead scorer at each threshold, and the rules'
    `actor` code in its place (`actor`), at each duty threshold. Decides the thresholds."""
    from dataclasses import replace

    from pipeline.evaluate import Score, score_tasks
    from pipeline.merge import merge
    from pipeline.statistical import _place, clauses, duty_scores, leads_for, tasks_from_clauses

    labelled = [g for g in load_gold(gold_dir) if g.split == "dev" and "tasks" in g.labelled]
    extracted = {g.doc_id: _extract(root / g.source) for g in labelled}
    configs: dict[str, tuple[Score, Score]] = {}
    rules_score, rules_partners = Score(0, 0, 0), Score(0, 0, 0)

    def add(name: str, result: Any, partners: Any) -> None:
        total, part = configs.setdefault(name, (Score(0, 0, 0), Score(0, 0, 0)))
        total.add(result.score)
        part.add(partners.score)

    for f in range(folds):
        held = {g.doc_id for g in labelled if _fold(g.doc_id, folds) == f}
        if not held:
            continue
        fold_docs = [replace(d, held_out=d.source == "gold" and d.doc_id in held) for d in docs]
        if not any(d.duties for d in fold_docs if not d.held_out) or not any(d.leads for d in fold_docs
                                                                              if not d.held_out):
            continue  # nothing left to train on (a tiny gold set)
        duties = train_duties(fold_docs, epochs, log=log)
        leads_nlp = train_leads(fold_docs, epochs, log=log)
        for gold in labelled:
            doc = extracted[gold.doc_id]
            if gold.doc_id not in held or doc is None:
                continue
            ctx = _context(doc)
            result, partners = score_tasks(gold, doc)
            rules_score.add(result.score)
            rules_partners.add(partners.score)
            spans = clauses(ctx)
            scores = duty_scores(duties, [doc.text[s:e] for s, e in spans])
            leads = leads_for(leads_nlp, ctx, _place(ctx), spans)
            for dt in duty_thresholds:
                variants = {f"actor@{dt}": tasks_from_clauses(ctx, doc.deadlines, spans, scores, dt)}
                for lt in lead_thresholds:
                    variants[f"lead@{dt}/{lt}"] = tasks_from_clauses(ctx, doc.deadlines, spans, scores, dt, leads, lt)
                for name, model_tasks in variants.items():
                    merged = merge("tasks", [("tasks", doc.tasks), ("tasks_model", model_tasks)])
                    add(name, *score_tasks(gold, doc.model_copy(update={"tasks": merged})))

    def row(score: Score) -> dict[str, Any]:
        return {"p": score.precision, "r": score.recall, "f1": score.f1, "tp": score.tp,
                "predicted": score.predicted, "gold": score.gold}

    table = {name: {"tasks (lead)": row(t), "tasks: partners": row(p)} for name, (t, p) in configs.items()}
    lead_configs = {k: v for k, v in table.items() if k.startswith("lead@")}
    best = max(lead_configs, key=lambda k: (lead_configs[k]["tasks (lead)"]["f1"] or 0, k), default=None)
    duty, lead = ((float(x) for x in best[len("lead@"):].split("/")) if best
                  else (DUTY_THRESHOLD, LEAD_THRESHOLD))
    return {"folds": folds, "documents": len(labelled), "rules": {"tasks (lead)": row(rules_score),
                                                                 "tasks: partners": row(rules_partners)},
            "merged": table, "best": best, "duty_threshold": duty, "lead_threshold": lead}


def score(nlp: Any, docs: list[Annotated]) -> dict[str, Any]:
    """Span P/R/F per label on whole lines of `docs` (exact span match)."""
    if not docs:
        return {}
    scores = nlp.evaluate(examples(nlp, docs, None))
    per_type = scores.get(f"spans_{SPANS_KEY}_per_type", {})
    return {"p": scores.get(f"spans_{SPANS_KEY}_p"), "r": scores.get(f"spans_{SPANS_KEY}_r"),
            "f": scores.get(f"spans_{SPANS_KEY}_f"), "per_type": per_type}


def train(docs: list[Annotated], out: Path, epochs: int = 8, seed: int = SEED, log: Any = sys.stderr,
          extra_meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """Train on the documents not held out, score on the held-out ones, save to `out`."""
    from spacy.training import Example  # noqa: F401  (spaCy must be importable before timing starts)
    from spacy.util import fix_random_seed

    fix_random_seed(seed)
    rng = random.Random(seed)
    trainable = [d for d in docs if not d.held_out]
    nlp = make_nlp(openers(trainable, blank().tokenizer))
    held_out = [d for d in docs if d.held_out]
    train_examples = examples(nlp, trainable, rng)
    optimizer = nlp.initialize(lambda: train_examples)
    started = time.perf_counter()
    _epochs(nlp, train_examples, optimizer, rng, epochs, log, "spancat")
    dev = score(nlp, held_out)
    duties = train_duties(docs, epochs, seed, log)
    nlp.add_pipe("textcat", source=duties)
    dev_duties = score_duties(nlp, held_out, DUTY_THRESHOLD)
    leads = train_leads(docs, epochs, seed, log)
    nlp.add_pipe(LEAD_PIPE, source=leads)
    cv = (extra_meta or {}).get("lead_cv") or {}
    targets_and_kinds = add_targets_and_kinds(nlp, docs, CATS_EPOCHS, seed, log)
    meta = {
        "labels": list(LABELS),
        "spacy": __import__("spacy").__version__,
        "seed": seed, "epochs": epochs, "width": WIDTH, "depth": DEPTH, "opener_min_count": OPENER_MIN_COUNT,
        "tokenizer": "syllables (spaCy rule tokenizer, punctuation split)",
        "training_data_sha256": data_hash(docs),
        "documents": {"gold_dev_trained": sum(d.source == "gold" for d in trainable),
                      "gold_dev_held_out": len(held_out), "silver": sum(d.source == "silver" for d in docs)},
        "held_out": [d.doc_id for d in held_out],
        "examples": len(train_examples),
        "train_seconds": round(time.perf_counter() - started, 1),
        "dev_scores": dev,
        "duty_threshold": cv.get("duty_threshold", DUTY_THRESHOLD),
        "lead_threshold": cv.get("lead_threshold", LEAD_THRESHOLD),
        "lead_dev_scores": score_leads(nlp, held_out),
        "lead_examples": sum(len(d.leads) for d in trainable),
        "duty_dev_scores": dev_duties,
        "duty_examples": sum(len(d.duties) for d in trainable),
        "silver_filter": {"deadline_confidence_min": SILVER_DEADLINE_CONFIDENCE,
                          "agencies": "lexicon names (no head-word guesses) of bodies the rules gave a role",
                          "documents": "no warnings, at most 60,000 characters, never a test file",
                          "duties": f"clauses of rules tasks of confidence >= {SILVER_TASK_CONFIDENCE} (tables, "
                                    f"labelled blocks, agency headings) as duties; clauses no rules task touches as "
                                    f"not, only in documents with >= {SILVER_MIN_TASKS} such tasks",
                          "leads": "candidates of the clauses of those same sure tasks, the rules' lead as the "
                                   "right one"},
        **targets_and_kinds,
        **(extra_meta or {}),
    }
    # spaCy reads `meta.json` itself (lang, pipeline): ours sits beside its keys under `kehoach`
    nlp.meta.update({"name": "kehoach_spans", "version": "0.1.0", "kehoach": meta})
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    return meta


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=Path("gold"))
    parser.add_argument("--root", type=Path, default=Path("."), help="where gold `source` paths start")
    parser.add_argument("--silver", type=Path, default=Path("/work/shared/corpus-real"))
    parser.add_argument("--n-silver", type=int, default=60)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--out", type=Path, default=TRAINED)
    parser.add_argument("--data", type=Path, default=None, help="cache of the collected training data (JSON)")
    parser.add_argument("--cv", action="store_true",
                        help="choose the duty and lead thresholds by cross-validation across the gold dev documents")
    parser.add_argument("--cv-only", action="store_true", help="print the cross-validation and save nothing")
    args = parser.parse_args(argv)
    if args.data and args.data.exists():
        lists = ("spans", "duties", "leads", "targets", "kinds")
        docs = [Annotated(**{**d, **{k: [tuple(x) for x in d.get(k, [])] for k in lists}})
                for d in json.loads(args.data.read_text(encoding="utf-8"))]
    else:
        docs = collect(args.gold, args.root, args.silver if args.silver.exists() else None, args.n_silver)
        if args.data:
            args.data.parent.mkdir(parents=True, exist_ok=True)
            args.data.write_text(json.dumps([d.__dict__ for d in docs], ensure_ascii=False), encoding="utf-8")
    keep = {}
    old = args.out / "meta.json"
    if old.exists():  # the benchmark's verdict outlives a retraining until the benchmark is run again
        ours = json.loads(old.read_text(encoding="utf-8")).get("kehoach", {})
        keep = {k: v for k, v in ours.items() if k in ("auto", "benchmark")}
    if args.cv or args.cv_only:
        keep["lead_cv"] = cross_validate(args.gold, args.root, docs, args.epochs)
        print(json.dumps({k: v for k, v in keep["lead_cv"].items() if k != "merged"}, indent=2))
        if args.cv_only:
            print(json.dumps(keep["lead_cv"]["merged"], indent=1))
            return
    meta = train(docs, args.out, epochs=args.epochs, extra_meta=keep)
    print(json.dumps(meta["dev_scores"], indent=2))



# --- target clauses (the `textcat_targets`) --------------------------------------------------

SILVER_TARGET_CONFIDENCE = 0.8
"""Silver target clauses: units holding a rules target of a numeric kind read with at least this
confidence (shares, ratios, per-people counts, frequencies, counts; not count words)."""
SILVER_TARGET_MIN = 3
"""A silver document teaches what is *not* a target only where the rules found at least this many
sure targets (they read its target region): elsewhere an unmatched number is as likely a missed
target. Below it, only its positive units are kept."""
SILVER_TARGET_NEGATIVES = 3
"""At most this many silver non-target units per silver target unit (a seeded sample): one long
table of figures otherwise gave a thousand negatives against twelve targets, and the classifier
learnt to say `NOT_TARGET` (on the folds of the dev split: 0.44 target-unit F without the cap,
0.62 with it)."""
TARGET_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def target_labels(doc: Document, quotes: list[str]) -> list[tuple[int, int, int]]:
    """Each candidate unit (`statistical.target_units`) of a gold document with 1 when one of the
    gold target `quotes` lies in it (shares a character with it), 0 otherwise."""
    from pipeline.statistical import target_units

    flat = squashed_index(doc.text)
    spans = [span for q in quotes if (span := find_quote(doc.text, q, flat)) is not None]
    return [(s, e, int(any(a < e and s < b for a, b in spans))) for s, e in target_units(_context(doc))]


def silver_targets(doc: Document) -> list[tuple[int, int, int]]:
    """Units holding a sure rules target (`SILVER_TARGET_CONFIDENCE`) as targets; units no rules
    target touches as not, in documents with at least `SILVER_TARGET_MIN` sure targets, at most
    `SILVER_TARGET_NEGATIVES` per target; units holding only less sure targets are left out."""
    from pipeline.statistical import target_units

    sure = [t.span for t in doc.targets if t.kind != "qualitative" and (t.confidence or 0) >= SILVER_TARGET_CONFIDENCE]
    spans = [t.span for t in doc.targets]
    positive: list[tuple[int, int, int]] = []
    negative: list[tuple[int, int, int]] = []
    for s, e in target_units(_context(doc)):
        if any(a < e and s < b for a, b in sure):
            positive.append((s, e, 1))
        elif not any(a < e and s < b for a, b in spans):
            negative.append((s, e, 0))
    if len(sure) < SILVER_TARGET_MIN:
        return positive
    keep = SILVER_TARGET_NEGATIVES * len(positive)
    if len(negative) > keep:
        negative = random.Random(f"{SEED}:{doc.doc_id}").sample(negative, keep)
    return sorted(positive + negative)


CATS_EPOCHS = 8
"""Passes over the target and kind examples (in the tuning runs on the folds of the dev split: 6
gave 0.60 target-unit F, 8 gave 0.62, 12 gave 0.56)."""


def make_cats_nlp(cats: tuple[str, ...]) -> Any:
    """A blank pipeline with one `textcat` over `cats` (exclusive: each text is one of them): the
    span categoriser's small CNN tok2vec (word, prefix, suffix and shape: `80%`, `05/11` look
    alike to it) pooled by mean and max. On the folds of the dev split it found target clauses at
    0.62 F where a bag of words and word pairs (the duty classifier's kind), on the same units,
    reached 0.56: a bag of words learns `Tỷ lệ … đạt 80%` only from the words it has seen."""
    nlp = blank()
    textcat = nlp.add_pipe("textcat", config={"threshold": 0.5, "model": {
        "@architectures": "spacy.TextCatReduce.v1", "exclusive_classes": True, "use_reduce_first": False,
        "use_reduce_last": False, "use_reduce_max": True, "use_reduce_mean": True,
        "tok2vec": tok2vec(WIDTH, DEPTH)}})
    for cat in cats:
        textcat.add_label(cat)
    return nlp


def train_cats(labelled: list[tuple[str, str]], cats: tuple[str, ...], epochs: int, seed: int = SEED,
               log: Any = sys.stderr, name: str = "textcat") -> Any:
    """A text classifier trained on (text, category) pairs, seeded and in a fixed order."""
    from spacy.training import Example

    return fit(lambda: make_cats_nlp(cats),
               lambda nlp: [Example.from_dict(nlp.make_doc(text), {"cats": {c: float(c == cat) for c in cats}})
                            for text, cat in labelled],
               epochs, seed, log, name, "textcat")


def _target_pairs(docs: Iterable[Annotated]) -> list[tuple[str, str]]:
    from pipeline.statistical import NOT_TARGET, TARGET

    return [(doc.text[s:e], TARGET if y else NOT_TARGET) for doc in docs for s, e, y in doc.targets]


def _prf_by_threshold(units: list[tuple[int, float]]) -> dict[str, dict[str, Any]]:
    """P/R/F of the positive class over (label, score) pairs, at each of `TARGET_THRESHOLDS`."""
    gold = sum(y for y, _ in units)
    out = {}
    for threshold in TARGET_THRESHOLDS:
        tp = sum(1 for y, p in units if y and p >= threshold)
        predicted = sum(1 for _, p in units if p >= threshold)
        pr = tp / predicted if predicted else None
        rc = tp / gold if gold else None
        out[str(threshold)] = {"p": pr, "r": rc, "f": 2 * pr * rc / (pr + rc) if pr and rc else None}
    return out


def score_targets_units(nlp: Any, docs: list[Annotated], pipe: str = "textcat") -> dict[str, dict[str, Any]]:
    """P/R/F of `TARGET` over the labelled units of `docs`, at each of `TARGET_THRESHOLDS`."""
    from pipeline.statistical import TARGET, cat_scores

    return _prf_by_threshold([(y, p) for doc in docs for (_, _, y), p in zip(
        doc.targets, cat_scores(nlp, pipe, TARGET, [doc.text[s:e] for s, e, _ in doc.targets]))])


def train_targets(docs: list[Annotated], epochs: int, seed: int = SEED, log: Any = sys.stderr) -> Any:
    """The target-clause classifier, trained on the units of the documents not held out."""
    from pipeline.statistical import TARGET_CATS

    return train_cats(_target_pairs(d for d in docs if not d.held_out), TARGET_CATS, epochs, seed, log, "targets")


# --- section kinds (the `textcat_kinds`) -----------------------------------------------------

def gold_kinds(doc: Document, gold: GoldDocument) -> list[tuple[int, int, str, int]]:
    """The numbered sections of `doc` a gold section stands for (same number, and its quote
    shares most words with the first line, as `evaluate.score_sections` pairs them), each with
    the gold kind, read at `statistical.kind_span`."""
    from pipeline.evaluate import overlap
    from pipeline.statistical import kind_sections, kind_span, unknown_kind

    free = kind_sections(doc.sections)
    out = []
    for g in gold.sections:
        for p in free:
            if g.number.strip() == (p.number or "").strip() and overlap(
                    g.quote, doc.text[p.span[0]:p.span[1]].split("\n", 1)[0]) >= 0.6:
                out.append((*kind_span(doc.text, p), g.kind, int(unknown_kind(p))))
                free.remove(p)
                break
    return out


def silver_kinds(doc: Document) -> list[tuple[int, int, str, int]]:
    """Numbered sections whose heading the rules' section-kind words name (not a kind inherited
    from a parent, nor the `other` given for want of one), with that kind."""
    from pipeline.parse.sections import heading_kind
    from pipeline.statistical import kind_sections, kind_span

    return [(*kind_span(doc.text, s), kind, -1) for s in kind_sections(doc.sections)
            if (kind := heading_kind(s.heading)) is not None]


def gold_units(doc: Document, gold: GoldDocument) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, str, int]]]:
    """A gold document's target units and section kinds: gold where the file labels them, silver
    otherwise."""
    targets = (target_labels(doc, [t.quote for t in gold.targets]) if "targets" in gold.labelled
               else silver_targets(doc))
    kinds = gold_kinds(doc, gold) if "sections" in gold.labelled else silver_kinds(doc)
    return targets, kinds


def _kind_pairs(docs: Iterable[Annotated]) -> list[tuple[str, str]]:
    return [(doc.text[s:e], kind) for doc in docs for s, e, kind, _ in doc.kinds]


def train_kinds(docs: list[Annotated], epochs: int, seed: int = SEED, log: Any = sys.stderr) -> Any:
    """The section-kind classifier, trained on the sections of the documents not held out."""
    from pipeline.statistical import KINDS

    return train_cats(_kind_pairs(d for d in docs if not d.held_out), KINDS, epochs, seed, log, "kinds")


def cross_validate_cats(docs: list[Annotated], epochs: int, folds: int = 4, seed: int = SEED,
                   log: Any = sys.stderr) -> dict[str, Any]:
    """Target-unit P/R/F at each threshold and section-kind accuracy on the gold dev documents,
    each fold of them (by document) scored by classifiers trained on the other folds and all the
    silver: the dev numbers that choose the target threshold and whether kinds are used."""
    from pipeline.statistical import KINDS, TARGET, TARGET_CATS, cat_scores

    gold = [d for d in docs if d.source == "gold"]
    silver = [d for d in docs if d.source != "gold"]
    units: list[tuple[int, float]] = []
    right = asked = unknown_right = unknown_other = unknown = 0
    for k in range(folds):
        test = [d for d in gold if _fold(d.doc_id, folds) == k]
        train_docs = silver + [d for d in gold if _fold(d.doc_id, folds) != k]
        if not test:
            continue
        if any(d.targets for d in test):
            nlp = train_cats(_target_pairs(train_docs), TARGET_CATS, epochs, seed, log, f"targets fold {k}")
            for d in test:
                scores = cat_scores(nlp, "textcat", TARGET, [d.text[s:e] for s, e, _ in d.targets])
                units += [(y, p) for (_, _, y), p in zip(d.targets, scores)]
        labelled = [d for d in test if any(row[3] >= 0 for row in d.kinds)]
        if labelled:
            nlp = train_cats(_kind_pairs(train_docs), KINDS, epochs, seed, log, f"kinds fold {k}")
            for d in labelled:
                rows = [row for row in d.kinds if row[3] >= 0]  # gold kinds only
                texts = [d.text[s:e] for s, e, _, _ in rows]
                for (_, _, kind, rules_unknown), doc in zip(rows, nlp.get_pipe("textcat").pipe(
                        nlp.make_doc(t) for t in texts)):
                    hit = int(max(doc.cats, key=doc.cats.get) == kind)
                    right += hit
                    asked += 1
                    if rules_unknown:  # the rules said `other` for want of a kind
                        unknown += 1
                        unknown_right += hit
                        unknown_other += int(kind == "other")
    return {"targets": _prf_by_threshold(units), "target_units": len(units),
            "kinds": {"sections": asked, "model_alone_accuracy": right / asked if asked else None,
                      "unknown_to_rules": unknown, "unknown_model_right": unknown_right,
                      "unknown_rules_right": unknown_other}}


def add_targets_and_kinds(nlp: Any, docs: list[Annotated], epochs: int, seed: int = SEED,
                          log: Any = sys.stderr) -> dict[str, Any]:
    """Train the target-clause and section-kind classifiers on the documents not held out, add
    them to `nlp` (`statistical.TARGET_PIPE`, `KIND_PIPE`), and say in the returned meta what the
    folds of the gold dev split chose: the target threshold (best unit F1) and whether the kind
    classifier is worth asking where the rules know no kind (`kinds_help`: it must be right more
    often than the rules' `other` on those sections)."""
    from pipeline.statistical import KIND_PIPE, TARGET_PIPE

    folds = cross_validate_cats(docs, epochs, seed=seed, log=log)
    best = max(TARGET_THRESHOLDS, key=lambda t: (folds["targets"][str(t)]["f"] or 0.0, t))
    nlp.add_pipe("textcat", name=TARGET_PIPE, source=train_targets(docs, epochs, seed, log))
    nlp.add_pipe("textcat", name=KIND_PIPE, source=train_kinds(docs, epochs, seed, log))
    kinds = folds["kinds"]
    trainable = [d for d in docs if not d.held_out]
    return {
        "target_threshold": best,
        "target_dev_folds": folds["targets"], "target_dev_units": folds["target_units"],
        "target_examples": {"gold": sum(len(d.targets) for d in trainable if d.source == "gold"),
                            "silver": sum(len(d.targets) for d in trainable if d.source != "gold"),
                            "positive": sum(y for d in trainable for *_, y in d.targets)},
        "kind_dev_folds": kinds,
        "kinds_help": kinds["unknown_model_right"] > kinds["unknown_rules_right"],
        "kind_examples": {"gold": sum(row[3] >= 0 for d in trainable for row in d.kinds),
                          "silver": sum(row[3] < 0 for d in trainable for row in d.kinds)},
        "silver_filter_targets": f"units (body sentences and table cells with a digit) holding a rules target of a "
                                 f"numeric kind and confidence >= {SILVER_TARGET_CONFIDENCE} as targets; units no "
                                 f"rules target touches as not, only in documents with >= {SILVER_TARGET_MIN} such "
                                 f"targets, at most {SILVER_TARGET_NEGATIVES} per target (seeded sample)",
        "silver_filter_kinds": "numbered sections whose heading the section-kind words name, with that kind",
        "cats_epochs": epochs,
    }


if __name__ == "__main__":
    main()
