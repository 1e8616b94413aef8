"""Statistical extractors beside the rules: a small spaCy span categoriser and a duty-clause
text classifier.

The rules only find what they were written for: an agency outside the lexicon without a head
word, a deadline in a wording no pattern knows. A span categoriser trained on the gold (dev
split) and on the rules' surest output over unseen plans (silver, see `pipeline.train`)
generalises from context instead. It only *finds* spans; what they mean is still decided by
the rules' own code, so there is one canonicaliser and one date parser:

- `AGENCY` spans go through `find_agency_names` (the lexicon and head-word passes) for their
  canonical name; a span in which it finds no name is dropped;
- `DEADLINE` spans are parsed by `extract_deadlines` as the value of a `Thời gian thực hiện:`
  line (the form in which it takes the whole value as the bound); one it cannot normalise is
  dropped, since a deadline without a value would be a guess;
- a body line (`clauses`) the `textcat` calls a `DUTY` becomes a task when the lead scorer
  (`leadcat`, a second text classifier) is sure enough of who leads it: the rules' agency code
  lists the candidates (`lead_candidates`: the names the clause opens with, those after
  `giao`/`đề nghị` or after an opening time phrase, each name in it, the agency headings of
  the items holding it, a lead-in line ending in a colon), the scorer ranks them from what
  surrounds each (`lead_view`). No sure lead, no task. (A model without `leadcat` falls back
  to `actor`: the names the clause opens with, or the body its item's heading names.);
- a body sentence or table cell with a digit (`target_units`) the `textcat_targets` calls a
  `TARGET` is read by the targets module's value parser (`targets_in_span`): a unit in which it
  finds no number of a target gives no target;
- the `textcat_kinds` names the kind of a top-level section whose heading the section-kind
  words do not read (`unknown_kind`; the rules call it `other`), when the dev split says it is
  right more often than that `other` (`meta.json` `kinds_help`).

The pipeline is a blank Vietnamese spaCy pipeline (no download), tokenised into syllables and
punctuation by spaCy's own rule tokenizer, which keeps character offsets; a CNN tok2vec and a
`spancat` of a few MB, and a bag-of-n-grams `textcat` over clauses. It ships in `pipeline/trained/` and is loaded once per process, lazily,
so that `kehoach extract --extractors rules` never imports spaCy.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.extract.agency_names import Place, find_agency_names
from pipeline.extract.context import DocContext
from pipeline.extract.deadlines import extract_deadlines
from pipeline.models import Agency, Deadline, Mention, Section, Task
from pipeline.parse.textmap import Located

if TYPE_CHECKING:
    from spacy.language import Language

TRAINED = Path(__file__).parent / "trained"
"""The shipped pipeline (`config.cfg`, weights) and its `meta.json`."""
SPANS_KEY = "sc"
LABELS = ("AGENCY", "DEADLINE")
TOKENIZER = "kehoach.syllables.v1"
THRESHOLD = 0.5
"""A span is kept when the categoriser gives its label at least this probability."""
_VALUE_LABEL = "Thời gian thực hiện: "
"""The line form in which the deadlines module reads a whole value as one bound."""


def _register_tokenizer() -> None:
    """Register the syllable tokenizer under its config name (idempotent): a saved pipeline's
    `config.cfg` names it, so it must exist before `spacy.load`."""
    from spacy.util import registry

    if TOKENIZER in registry.tokenizers:
        return

    @registry.tokenizers(TOKENIZER)
    def make_syllable_tokenizer() -> Callable[[Any], Any]:
        """Vietnamese written syllable by syllable, punctuation split off by spaCy's generic
        prefix/suffix/infix rules (`15/12/2025.` → `15/12/2025` `.`); offsets are kept."""
        from spacy.lang.punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
        from spacy.tokenizer import Tokenizer
        from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

        def create(nlp: Any) -> Any:
            return Tokenizer(nlp.vocab, prefix_search=compile_prefix_regex(TOKENIZER_PREFIXES).search,
                             suffix_search=compile_suffix_regex(TOKENIZER_SUFFIXES).search,
                             infix_finditer=compile_infix_regex(TOKENIZER_INFIXES).finditer)

        return create


SUGGESTER = "kehoach.opener_suggester.v1"
_BREAKS = frozenset({".", ";", ":", "!", "?", "\n"})
_NO_END = frozenset({",", "(", "-", "–", "/", "và", "của", "các"})


def _register_suggester() -> None:
    """Register the candidate-span suggester (idempotent; a saved config names it).

    Scoring every n-gram of a plan (`spacy.ngram_range_suggester`) costs five times the rules;
    names and time bounds open with few words (`Sở`, `Ủy`, `Công`, `trước`, `Quý`, `hằng` …),
    so only n-grams that open with a word that opened a span in the training data, and that
    do not run over a sentence break or end on a comma or a connector, are scored."""
    from spacy.util import registry

    if SUGGESTER in registry.misc:
        return

    @registry.misc(SUGGESTER)
    def make_opener_suggester(openers: list[str], max_size: int) -> Callable[..., Any]:
        from spacy.strings import get_string_id

        # compared as the string hashes spaCy stores, read for a whole doc at once (`to_array`),
        # not through one `Token` object per word (that was most of the model's cost; numpy
        # over the candidates is slower still, the docs being single lines)
        opening = frozenset(get_string_id(w) for w in openers)
        breaks = frozenset(get_string_id(w) for w in _BREAKS)
        no_end = frozenset(get_string_id(w) for w in _NO_END)

        def candidates(doc: Any) -> Any:
            """(start, end) rows in reading order: each opener, then each length; a span stops
            before a break (a space token — spaCy's newline — or `.;:!?`) and never ends on a
            comma or a connector (`và`, `của`, `các`)."""
            import numpy
            from spacy.attrs import IS_SPACE, LOWER, ORTH

            n = len(doc)
            if not n:
                return numpy.zeros((0, 2), dtype="i")
            lower, orth, space = doc.to_array([LOWER, ORTH, IS_SPACE]).T.tolist()
            rows = []
            for i, word in enumerate(lower):
                if word not in opening:
                    continue
                for end in range(i + 1, min(n, i + max_size) + 1):
                    if space[end - 1] or orth[end - 1] in breaks:
                        break
                    if lower[end - 1] not in no_end:
                        rows.append((i, end))
            return numpy.asarray(rows, dtype="i").reshape((-1, 2))

        def suggest(docs: Any, *, ops: Any = None) -> Any:
            import numpy
            from thinc.api import Ragged, get_current_ops

            ops = ops or get_current_ops()
            found = [candidates(doc) for doc in docs]
            lengths = [len(rows) for rows in found]
            if not sum(lengths):
                return Ragged(ops.xp.zeros((0, 0), dtype="i"), ops.asarray1i(lengths))
            return Ragged(ops.asarray2i(numpy.concatenate(found)), ops.asarray1i(lengths))

        return suggest


def blank() -> Language:
    """An empty Vietnamese pipeline with the syllable tokenizer (no pyvi, nothing downloaded)."""
    import spacy

    _register_tokenizer()
    _register_suggester()
    return spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})


@cache
def meta(folder: Path = TRAINED) -> dict[str, Any]:
    """Our part (`kehoach`) of the shipped model's `meta.json`, read without importing spaCy: its
    labels, training-data hash, dev scores, and the record types where merging it with the
    rules wins on the test split (`auto`)."""
    path = folder / "meta.json"
    return json.loads(path.read_text(encoding="utf-8")).get("kehoach", {}) if path.exists() else {}


def available(folder: Path = TRAINED) -> bool:
    return (folder / "config.cfg").exists()


@cache
def load(folder: Path = TRAINED) -> Language:
    """The trained pipeline, loaded once per process, offline."""
    import spacy

    _register_tokenizer()
    _register_suggester()
    return spacy.load(folder)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    label: str
    score: float


@cache
def _openers(nlp: Language) -> frozenset[int] | None:
    """The suggester's opening words as string hashes, from the saved config (None: every
    n-gram is scored)."""
    from spacy.strings import get_string_id

    suggester = nlp.config["components"]["spancat"]["suggester"]
    return frozenset(get_string_id(w) for w in suggester["openers"]) if "openers" in suggester else None


def spans_in(nlp: Language, text: str) -> list[Found]:
    """The labelled spans of `text` above `THRESHOLD`, each kept once (the higher-scoring one
    of two overlapping spans of a label), in reading order.

    The span categoriser reads line by line, as it was trained, and only the lines holding a
    word that can open a span (the suggester would propose nothing elsewhere), batched through
    the `spancat` alone (not the duty classifier). With openers as common as `các` and `trong`
    that skips few lines (2 % of the tokens of 12 dev plans); the width and the suggester are
    what made it cheaper."""
    from spacy.attrs import LOWER

    spancat = nlp.get_pipe("spancat")
    opening = _openers(nlp)
    pieces: list[tuple[int, Any]] = []
    pos = 0
    for raw in text.split("\n"):
        if raw.strip():
            doc = nlp.make_doc(raw)
            if opening is None or not opening.isdisjoint(doc.to_array(LOWER).tolist()):
                pieces.append((pos, doc))
        pos += len(raw) + 1
    labels = set(spancat.labels)
    scored: list[Found] = []
    for (offset, _), doc in zip(pieces, spancat.pipe((d for _, d in pieces), batch_size=128)):
        group = doc.spans.get(SPANS_KEY)
        if group is None:
            continue
        scored += [Found(offset + span.start_char, offset + span.end_char, span.label_, float(score))
                   for span, score in zip(group, group.attrs["scores"])
                   if float(score) >= THRESHOLD and span.label_ in labels]
    scored.sort(key=lambda f: (-f.score, f.start))
    kept: list[Found] = []
    for found in scored:
        if not any(k.label == found.label and k.start < found.end and found.start < k.end for k in kept):
            kept.append(found)
    return sorted(kept, key=lambda f: (f.start, f.end))


@lru_cache(maxsize=4)
def _predict(text: str, folder: Path = TRAINED) -> tuple[Found, ...]:
    """One model pass per document, shared by the agency and deadline components."""
    return tuple(spans_in(load(folder), text))


def predict(text: str, folder: Path = TRAINED) -> tuple[Found, ...]:
    return _predict(text, folder)


def _place(ctx: DocContext) -> Place:
    meta_ = ctx.metadata
    return Place(province=meta_.province, district=meta_.district, commune=meta_.commune, level=meta_.admin_level,
                 issuer=meta_.issuer)


def agencies_from_spans(ctx: DocContext, found: tuple[Found, ...] | list[Found]) -> list[Agency]:
    """One `Agency` per canonical name among the model's `AGENCY` spans of the body, named by
    the rules' canonicaliser; its confidence is the best score of its mentions. The model does
    not say what role a body plays, so `roles` stays empty unless the rules' record for the
    same body brings one in the merge."""
    place = _place(ctx)
    by_canonical: dict[str, tuple[Agency, float]] = {}
    for f in found:
        if f.label != "AGENCY" or (ctx.sections and f.start < ctx.preamble_end):
            continue  # the preamble cites other documents' issuers: they have no role here
        for name in find_agency_names(ctx.text, f.start, f.end, place, index=ctx.agency_names):
            evidence = ctx.locate(name.start, name.end)
            mention = Mention(**evidence._asdict(), text=name.text)
            seen = by_canonical.get(name.canonical)
            if seen is None:
                agency = Agency(name=name.text, canonical=name.canonical, abbreviation=name.abbreviation,
                                type=name.type, level=name.level, generic=name.generic,  # type: ignore[arg-type]
                                place=name.place, mentions=[mention], rule="model:agencies",
                                confidence=round(f.score, 4))
                by_canonical[name.canonical] = (agency, f.score)
            else:
                agency, best = seen
                agency.mentions.append(mention)
                if f.score > best:
                    by_canonical[name.canonical] = (agency.model_copy(update={"confidence": round(f.score, 4)}),
                                                    f.score)
    return [agency for agency, _ in by_canonical.values()]


def deadlines_from_spans(ctx: DocContext, found: tuple[Found, ...] | list[Found]) -> list[Deadline]:
    """The model's `DEADLINE` spans, each normalised by the deadlines module reading it as a
    `Thời gian thực hiện:` value; `rule` says the model found it, `confidence` is its score."""
    out: list[Deadline] = []
    for f in found:
        if f.label != "DEADLINE":
            continue
        value = ctx.text[f.start:f.end].replace("\n", " ")
        shift = f.start - len(_VALUE_LABEL)

        def locate(s: int, e: int, shift: int = shift) -> Located:
            return ctx.locate(s + shift, e + shift)

        sub = DocContext(_VALUE_LABEL + value, locate, ctx.metadata)
        for deadline in extract_deadlines(sub):
            if deadline.span[0] < f.start:
                continue  # only what lies inside the span
            out.append(deadline.model_copy(update={
                "text": ctx.text[deadline.span[0]:deadline.span[1]], "section": ctx.section_at(deadline.span[0]),
                "rule": "model:deadlines", "confidence": round(f.score, 4)}))
    return out


# --- who leads a duty clause (the lead scorer) -------------------------------------------------

LEAD = "LEAD"
NOT_LEAD = "NOT_LEAD"
LEAD_CATS = (LEAD, NOT_LEAD)
LEAD_PIPE = "leadcat"
LEAD_THRESHOLD = 0.5
"""A duty clause becomes a task only when its best candidate lead scores at least this (chosen
by cross-validation across the gold dev documents; see `meta.json` `lead_threshold`)."""
_GIVES = re.compile(r"(?i)(?<!\w)(?:giao(?:\s+cho)?|đề nghị|yêu cầu|đối với)\s+")
"""Words after which a clause names who it gives the work to (`Giao Sở …`, `đề nghị Ủy ban …`)."""
_COMMA = re.compile(r",\s*")
_TIME_REACH = 160
"""A clause opened by a time or a condition before its actor (`Trong 02 ngày làm việc, kể từ
ngày nhận đủ hồ sơ, Ủy ban …`): the names opening what follows the first comma this close to
its start that is followed by names (only in a clause that does not open with names)."""
_WORD_RE = re.compile(r"\w+")


@dataclass(frozen=True)
class LeadCandidate:
    """A set of bodies that may lead a clause, and where the candidate was read (`opening`: the
    names the clause opens with; `heading0`…: the agency heading of the item holding it, inner
    first; `gives`: after `giao`/`đề nghị`; `after_time`: after an opening time phrase; `leadin`:
    the nearest line above ending in a colon (`_leadin`); `single`: any one name in the clause)."""

    names: tuple[Any, ...]
    sources: frozenset[str]
    inside: bool
    """Whether the names are written in the clause itself (else in a heading or the line before)."""

    @property
    def key(self) -> tuple[str, ...]:
        return tuple(sorted({n.canonical.casefold() for n in self.names}))


def lead_candidates(ctx: DocContext, place: Place, start: int, end: int,
                    headings: dict[str, list[Any]] | None = None) -> list[LeadCandidate]:
    """Every set of bodies the text around a clause could put in charge of it, each once (its
    sources merged), in a fixed order: the rules' agency code finds the names, the scorer
    (`lead_scores`) chooses among them."""
    from pipeline.extract import tasks as rules
    from pipeline.extract.agency_names import leading_names

    text = ctx.text
    headings = {} if headings is None else headings
    line_end = text.find("\n", start, end)
    line_end = end if line_end == -1 else line_end
    found: dict[tuple[str, ...], tuple[list[Any], set[str], bool]] = {}

    def add(source: str, names: list[Any], inside: bool = True) -> None:
        if not names:
            return
        key = tuple(sorted({n.canonical.casefold() for n in names}))
        if key in found:
            found[key][1].add(source)
        else:
            found[key] = (list(names), {source}, inside)

    add("opening", rules._prose_lead(ctx, place, start, end))
    names = find_agency_names(text, start, min(line_end, start + 600), place, index=ctx.agency_names)
    bare = rules._bare(ctx, start, line_end)
    opening = leading_names([n for n in names if n.start >= bare], text, bare, line_end)
    add("opening_loose", opening)
    for m in _GIVES.finditer(text, start, min(line_end, start + 600)):
        add("gives", leading_names([n for n in names if n.start >= m.end()], text, m.end(), line_end))
    for m in ([] if opening else _COMMA.finditer(text, bare, min(line_end, bare + _TIME_REACH))):
        after_time = leading_names([n for n in names if n.start >= m.end()], text, m.end(), line_end)
        if after_time:
            add("after_time", after_time)
            break
    for n in names:
        add("single", [n])
    for depth, named in enumerate(_enclosing_heading_actors(ctx, place, start, headings)):
        add(f"heading{min(depth, 2)}", named, inside=False)
    leadin = _leadin(ctx, start, end)
    if leadin is not None:
        before = rules._bare(ctx, *leadin)
        leadin_names = find_agency_names(text, before, leadin[1], place, index=ctx.agency_names)
        add("leadin", leading_names(leadin_names, text, before, leadin[1]), inside=False)
    return [LeadCandidate(tuple(n), frozenset(s), inside) for n, s, inside in found.values()]


_LEADIN_REACH = 60


def _leadin(ctx: DocContext, start: int, end: int) -> tuple[int, int] | None:
    """The nearest line before a clause, in the item that holds its list, that ends in a colon
    (`Đề nghị Thường trực Tỉnh ủy … trong đó lưu ý một số nội dung trọng tâm sau:` over items
    `1.` … `10.`): its opening names give the whole list its lead. Lines of sibling items are
    skipped (their own lead-ins govern their own lists); at most `_LEADIN_REACH` lines back."""
    text = ctx.text
    sid = ctx.section_at(start)
    section = ctx.section(sid)
    if section is not None and start <= section.span[0] < end:  # the clause heads its own item
        sid = section.parent
        section = ctx.section(sid)
    low = section.span[0] if section is not None else ctx.preamble_end
    pos = start
    for _ in range(_LEADIN_REACH):
        line_end = text.rfind("\n", low, pos)
        if line_end < 0:
            return None
        line_start = max(low, text.rfind("\n", low, line_end) + 1)
        pos = line_start
        line = text[line_start:line_end].strip()
        if line and ctx.section_at(line_start) == sid and line.rstrip(" *").endswith(":"):
            return line_start, line_end
        if pos <= low:
            return None
    return None


def _words_of(text: str, limit: int, tail: bool = False) -> list[str]:
    words = _WORD_RE.findall(text.casefold())
    return words[-limit:] if tail else words[:limit]


def lead_view(ctx: DocContext, start: int, end: int, candidate: LeadCandidate) -> str:
    """What the scorer reads about one candidate, as words a bag-of-n-grams classifier can
    weigh: where it was read, how many bodies and of what kind, the words just before and
    after it, and how the clause opens (its verb says whether anyone is being given work)."""
    from pipeline.extract import tasks as rules

    text = ctx.text
    line_end = text.find("\n", start, end)
    line_end = end if line_end == -1 else line_end
    first, last = candidate.names[0], candidate.names[-1]
    bare = rules._bare(ctx, start, line_end)
    feats = [f"src_{s}" for s in sorted(candidate.sources)]
    feats.append("n_1" if len(candidate.names) == 1 else "n_2" if len(candidate.names) == 2 else "n_many")
    feats.append("generic_yes" if any(n.generic for n in candidate.names) else "generic_no")
    feats += [f"head_{w}" for n in candidate.names[:3] for w in _words_of(n.text, 1)]
    if candidate.inside and start <= first.start < line_end:
        feats.append("at_opening" if first.start <= bare + 1 else "in_clause")
        feats += [f"pre_{w}" for w in _words_of(text[max(start, first.start - 40):first.start], 2, tail=True)]
        after = text[last.end:min(line_end, last.end + 60)]
        feats += [f"post_{w}" for w in _words_of(after, 3)]
        feats.append("later_lead" if re.search(r"(?i)chủ trì|có trách nhiệm|chịu trách nhiệm", after) else "no_later")
    else:
        feats.append("outside")
    feats += [f"cl_{w}" for w in _words_of(text[bare:line_end], 3)]
    section = ctx.section(ctx.section_at(start))
    feats.append(f"kind_{section.kind if section is not None else None}")
    return " ".join(feats)


def lead_scores(nlp: Language, views: list[str]) -> list[float]:
    """P(`LEAD`) for each candidate view."""
    return cat_scores(nlp, LEAD_PIPE, LEAD, views, batch_size=512)


def leads_for(nlp: Language, ctx: DocContext, place: Place,
              spans: list[tuple[int, int]]) -> list[tuple[list[Any], float]]:
    """For each clause, the candidate the scorer ranks first and its score (([], 0.0) without a
    candidate); on a tie the earlier candidate (the clause's own opening names come first).
    All candidates of the document go through the scorer in one batch."""
    headings: dict[str, list[Any]] = {}
    per_clause = [lead_candidates(ctx, place, s, e, headings) for s, e in spans]
    views = [lead_view(ctx, s, e, c) for (s, e), cands in zip(spans, per_clause) for c in cands]
    scores = iter(lead_scores(nlp, views))
    out: list[tuple[list[Any], float]] = []
    for cands in per_clause:
        scored = [next(scores) for _ in cands]
        if not cands:
            out.append(([], 0.0))
            continue
        i = max(range(len(cands)), key=lambda k: (scored[k], -k))
        out.append((list(cands[i].names), scored[i]))
    return out


# --- duty clauses (tasks) --------------------------------------------------------------------

DUTY = "DUTY"
NOT_DUTY = "NOT_DUTY"
DUTY_CATS = (DUTY, NOT_DUTY)
DUTY_THRESHOLD = 0.4
"""A clause is a task when the classifier gives `DUTY` at least this probability (the held-out
dev documents chose it; see `meta.json` `duty_threshold`)."""
_MIN_WORDS = 4
_SKIP_KINDS = frozenset({"purpose", "requirements", "targets", "recipients", "signature"})
"""Parts of a plan that state aims, principles, numbers or the distribution list: a clause there
is not an assigned duty, whatever its wording (`Tổ chức tốt công tác tuyên truyền …` as an aim)."""


_RESPONSIBLE = re.compile(r"(?i)(?:có trách nhiệm|chịu trách nhiệm|chủ trì|trách nhiệm của|nhiệm vụ của)")
"""A heading that names one body and says it answers for what follows (`Nội dung Sở X có trách
nhiệm chủ trì`, `Trách nhiệm của Công an tỉnh`), though the name does not open it."""


def clauses(ctx: DocContext) -> list[tuple[int, int]]:
    """The units the duty classifier reads: the body's lines (after the preamble) of at least
    `_MIN_WORDS` words, outside table rows (the rules read tables by their header) and outside
    the parts that state aims (`_SKIP_KINDS`). The same function cuts the training data."""
    kinds = {s.id: s.kind for s in ctx.sections}
    out: list[tuple[int, int]] = []
    pos = ctx.preamble_end
    for raw in ctx.text[ctx.preamble_end:].split("\n"):
        start = pos + len(raw) - len(raw.lstrip())
        end = pos + len(raw.rstrip())
        pos += len(raw) + 1
        line = ctx.text[start:end]
        if end - start < 12 or line.startswith("|") or len(line.split()) < _MIN_WORDS:
            continue
        sid = ctx.section_at(start)
        if sid is not None and kinds.get(sid) in _SKIP_KINDS:
            continue
        out.append((start, end))
    return out


def cat_scores(nlp: Language, pipe: str, cat: str, texts: list[str], batch_size: int = 256) -> list[float]:
    """P(`cat`) from the text classifier `pipe` for each text, in one batched pass of it alone
    (the span categoriser and the other classifiers are not run)."""
    if not texts:
        return []
    textcat = nlp.get_pipe(pipe)
    return [float(doc.cats.get(cat, 0.0))
            for doc in textcat.pipe((nlp.make_doc(t) for t in texts), batch_size=batch_size)]


def duty_scores(nlp: Language, texts: list[str]) -> list[float]:
    """P(`DUTY`) for each text."""
    return cat_scores(nlp, "textcat", DUTY, texts)


def actor(ctx: DocContext, place: Place, start: int, end: int,
          headings: dict[str, list[Any]] | None = None) -> list[Any]:
    """Who carries out the duty of `text[start:end]`, found by the rules' own agency code:
    the names the clause opens with when a verb phrase follows them (`Sở Y tế chủ trì …`,
    `Giao Sở …`); else the agencies that head the item the clause sits in (`1.2. Công an tỉnh`
    over its numbered duties, `Điều 5. Nội dung Sở X có trách nhiệm chủ trì`). Empty when none:
    a duty with no actor is not guessed. (A name opening the clause's main part after a time —
    `Trước ngày 20/12, UBND xã lập danh sách` — was tried and cost precision on every fold of
    the dev split: it also names the object of a preceding clause.) `headings` keeps each
    section's heading actor for the next clause of the same document."""
    from pipeline.extract import tasks as rules

    headings = {} if headings is None else headings
    lead = rules._prose_lead(ctx, place, start, end)
    if lead:
        return lead
    return next((named for named in _enclosing_heading_actors(ctx, place, start, headings) if named), [])


def _enclosing_heading_actors(ctx: DocContext, place: Place, start: int,
                              headings: dict[str, list[Any]]) -> Iterator[list[Any]]:
    """The heading actors of the items holding `start`, innermost first (an item the clause
    itself opens does not head it); `headings` keeps each item's answer for the next clause."""
    sid = ctx.section_at(start)
    while sid is not None:
        section = ctx.section(sid)
        if section is None:
            break
        if section.span[0] != start:
            if sid not in headings:
                headings[sid] = _heading_actor(ctx, place, section)
            yield headings[sid]
        sid = section.parent


def _heading_actor(ctx: DocContext, place: Place, section: Section) -> list[Any]:
    """The agencies an item's heading puts in charge of what it holds, or none."""
    from pipeline.extract import tasks as rules

    headed = rules._heading_agencies(ctx, section, place)
    if headed:
        return headed[0]
    if _RESPONSIBLE.search(section.heading or "") and section.heading_span:
        named = find_agency_names(ctx.text, section.heading_span[0], section.heading_span[1], place,
                                   index=ctx.agency_names)
        if len(named) == 1:
            return named  # `Điều 5. Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì`
    return []


def tasks_from_clauses(ctx: DocContext, deadlines: list[Deadline], spans: list[tuple[int, int]],
                       scores: list[float], threshold: float = DUTY_THRESHOLD,
                       leads: list[tuple[list[Any], float]] | None = None,
                       lead_threshold: float = LEAD_THRESHOLD) -> list[Task]:
    """A `Task` for each clause the classifier calls a duty and whose lead is named: by the lead
    scorer's first candidate when `leads` are given (scored at least `lead_threshold`), else
    by the rules' agency code (`actor`); partners are the names after `phối hợp (với)`, the
    timeframe the deadline inside the clause, as the rules read them. `rule` says the model
    found it; `confidence` is the lesser of the duty and lead scores."""
    from pipeline.extract import tasks as rules

    place = _place(ctx)
    out: list[Task] = []
    headings: dict[str, list[Any]] = {}
    indexed = rules._Deadlines(deadlines)
    for k, ((start, end), score) in enumerate(zip(spans, scores)):
        if score < threshold:
            continue
        if leads is not None:
            lead, lead_score = leads[k]
            if lead_score < lead_threshold:
                continue
            score = min(score, lead_score)
        else:
            lead = actor(ctx, place, start, end, headings)
        if not lead:
            continue
        partners = rules._partners_in(ctx, place, start, end)
        out.append(rules._task(ctx, (start, end), lead, partners, [], rules._timeframe(indexed, (start, end)),
                               "model:tasks", round(score, 4)))
    return out


def predict_tasks(ctx: DocContext, deadlines: list[Deadline], folder: Path = TRAINED) -> list[Task]:
    nlp = load(folder)
    spans = clauses(ctx)
    scores = duty_scores(nlp, [ctx.text[s:e] for s, e in spans])
    if LEAD_PIPE not in nlp.pipe_names:
        return tasks_from_clauses(ctx, deadlines, spans, scores)
    threshold = meta(folder).get("duty_threshold", DUTY_THRESHOLD)
    duties = [(span, p) for span, p in zip(spans, scores) if p >= threshold]
    leads = leads_for(nlp, ctx, _place(ctx), [span for span, _ in duties])
    return tasks_from_clauses(ctx, deadlines, [span for span, _ in duties], [p for _, p in duties], threshold,
                              leads, meta(folder).get("lead_threshold", LEAD_THRESHOLD))


# --- target clauses (targets) ----------------------------------------------------------------

TARGET = "TARGET"
NOT_TARGET = "NOT_TARGET"
TARGET_CATS = (TARGET, NOT_TARGET)
TARGET_PIPE = "textcat_targets"
TARGET_THRESHOLD = 0.5
"""A candidate clause holds targets when the classifier gives `TARGET` at least this probability
(chosen on the held-out dev documents; `meta.json` `target_threshold` is what `make train` chose)."""
_DIGIT = re.compile(r"\d")
_SENTENCE_CUT = re.compile(r"\.\s+(?=[A-ZĐÀ-Ỹ])")
"""A sentence ends at a full stop before a capital: a paragraph of prose states its aims in one
sentence (`…, phấn đấu đạt 20% xã …`) and its means in the next."""


def target_units(ctx: DocContext) -> list[tuple[int, int]]:
    """The candidate target clauses the classifier reads: the body's sentences (after the
    preamble, whose numbers are citations) and table cells (`| 100% xã được kiểm tra |`) that
    hold a digit, since a span with no number is not a target the value parser can read. The
    same function cuts the training data."""
    out: list[tuple[int, int]] = []
    pos = ctx.preamble_end
    for raw in ctx.text[ctx.preamble_end:].split("\n"):
        line_start = pos
        pos += len(raw) + 1
        if not _DIGIT.search(raw):
            continue
        if raw.lstrip().startswith("|"):
            pieces = [(m.start(), m.end()) for m in re.finditer(r"[^|]+", raw)]
        else:
            cuts = [0, *(m.end() for m in _SENTENCE_CUT.finditer(raw)), len(raw)]
            pieces = list(zip(cuts, cuts[1:]))
        for a, b in pieces:
            piece = raw[a:b]
            start = line_start + a + len(piece) - len(piece.lstrip())
            end = line_start + a + len(piece.rstrip())
            if end > start and _DIGIT.search(ctx.text[start:end]):
                out.append((start, end))
    return out


def targets_from_units(ctx: DocContext, units: list[tuple[int, int]], scores: list[float],
                       threshold: float = TARGET_THRESHOLD) -> list[Any]:
    """The targets of each unit the classifier calls a `TARGET`, read by the rules' own value
    parser (`targets_in_span`: numbers only, so a unit whose numbers are not a target's — a
    year, an article — gives none); `rule` says the model found them, `confidence` is its score."""
    from pipeline.extract.targets import targets_in_span

    out = []
    for (start, end), score in zip(units, scores):
        if score < threshold:
            continue
        out += [t.model_copy(update={"rule": "model:targets", "confidence": round(score, 4)})
                for t in targets_in_span(ctx, start, end) if not _YEAR_AFTER_SLASH.search(t.text)]
    return out


_YEAR_AFTER_SLASH = re.compile(r"\d/(?:19|20)\d\d(?![\d.,])")
"""`Quyết định số 15/2025`, `Quý III/2025`, `ngày 05/3/2025`: a year after a slash makes a
document number or a date, not a ratio (a count of thousands is written `2.000`). The rules read
numbers only in target regions, where such a number seldom stands; a model unit may hold one."""


def predict_targets(ctx: DocContext, folder: Path = TRAINED) -> list[Any]:
    units = target_units(ctx)
    scores = cat_scores(load(folder), TARGET_PIPE, TARGET, [ctx.text[s:e] for s, e in units])
    return targets_from_units(ctx, units, scores, float(meta(folder).get("target_threshold", TARGET_THRESHOLD)))


# --- section kinds ---------------------------------------------------------------------------

KIND_PIPE = "textcat_kinds"
KINDS = ("purpose", "requirements", "targets", "tasks", "solutions", "budget", "organisation", "reporting",
         "recipients", "signature", "other")
"""The section kinds of the record contract."""
_NOT_NUMBERED = ("-", "+", "•", "–")
_KIND_CHARS = 300


def kind_span(text: str, section: Section) -> tuple[int, int]:
    """What the kind classifier reads of a section: its heading line and the line after it (a
    heading says `Về một số kiến nghị`; the first line of what it holds says whose and what),
    at most `_KIND_CHARS` characters, inside the section."""
    start, end = section.span
    first = text.find("\n", start, end)
    second = text.find("\n", first + 1, end) if first >= 0 else -1
    stop = end if first < 0 else (second if second >= 0 else end)
    return start, min(stop, start + _KIND_CHARS)


def kind_sections(sections: list[Section] | tuple[Section, ...]) -> list[Section]:
    """The sections whose kind is read at all: numbered ones (a bullet is part of its item)."""
    return [s for s in sections if s.number and s.number not in _NOT_NUMBERED]


def unknown_kind(section: Section) -> bool:
    """The rules say nothing of this section's kind: it stands at the top, its heading names no
    kind (`pipeline/data/section_kinds.yaml`), so it was called `other` for want of a parent."""
    from pipeline.parse.sections import heading_kind

    return section.parent is None and section.kind == "other" and heading_kind(section.heading) is None


def kinds_where_unknown(sections: list[Section], predicted: dict[str, str]) -> list[Section]:
    """`sections` with the classifier's kind (`predicted`, by section id) where the rules have
    none (`unknown_kind`); the parts of such a section whose own headings name no kind follow
    it, as they follow a heading the rules read."""
    from pipeline.parse.sections import heading_kind

    old = {s.id: s.kind for s in sections}
    new_kind: dict[str, str] = {}
    out: list[Section] = []
    for section in sections:
        kind = section.kind
        if section.id in predicted and unknown_kind(section):
            kind = predicted[section.id]
        elif (section.parent in new_kind and heading_kind(section.heading) is None
              and section.kind == old.get(section.parent) and section.kind not in ("recipients", "signature")):
            kind = new_kind[section.parent]  # type: ignore[index]
        new_kind[section.id] = kind
        out.append(section if kind == section.kind else section.model_copy(update={"kind": kind}))
    return out


def predict_kinds(text: str, sections: list[Section], folder: Path = TRAINED) -> list[Section]:
    """The sections with the kind classifier's reading where the rules' heading words say nothing."""
    asked = [s for s in kind_sections(sections) if unknown_kind(s)]
    if not asked:
        return sections
    return kinds_where_unknown(sections, dict(zip((s.id for s in asked), kind_of(load(folder), text, asked))))


def kind_of(nlp: Language, text: str, sections: list[Section]) -> list[str]:
    """The classifier's kind for each section (the likeliest of `KINDS`), in one batched pass."""
    textcat = nlp.get_pipe(KIND_PIPE)
    docs = textcat.pipe((nlp.make_doc(text[a:b]) for a, b in (kind_span(text, s) for s in sections)), batch_size=64)
    return [max(doc.cats, key=doc.cats.get) for doc in docs]
