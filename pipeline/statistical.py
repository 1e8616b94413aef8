"""Statistical extractors beside the rules: a small spaCy span categoriser.

The rules only find what they were written for: an agency outside the lexicon without a head
word, a deadline in a wording no pattern knows. A span categoriser trained on the gold (dev
split) and on the rules' surest output over unseen plans (silver, see `pipeline.train`)
generalises from context instead. It only *finds* spans; what they mean is still decided by
the rules' own code, so there is one canonicaliser and one date parser:

- `AGENCY` spans go through `find_agency_names` (the lexicon and head-word passes) for their
  canonical name; a span in which it finds no name is dropped;
- `DEADLINE` spans are parsed by `extract_deadlines` as the value of a `Thời gian thực hiện:`
  line (the form in which it takes the whole value as the bound); one it cannot normalise is
  dropped, since a deadline without a value would be a guess.

The pipeline is a blank Vietnamese spaCy pipeline (no download), tokenised into syllables and
punctuation by spaCy's own rule tokenizer, which keeps character offsets; a CNN tok2vec and a
`spancat` of a few MB. It ships in `pipeline/trained/` and is loaded once per process, lazily,
so that `kehoach extract --extractors rules` never imports spaCy.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.extract.agency_names import Place, find_agency_names
from pipeline.extract.context import DocContext
from pipeline.extract.deadlines import extract_deadlines
from pipeline.models import Agency, Deadline, Evidence, Mention

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
        opening = frozenset(openers)

        def suggest(docs: Any, *, ops: Any = None) -> Any:
            import numpy
            from thinc.api import Ragged, get_current_ops

            ops = ops or get_current_ops()
            rows: list[tuple[int, int]] = []
            lengths = []
            for doc in docs:
                before = len(rows)
                words = [t.lower_ for t in doc]
                for i, word in enumerate(words):
                    if word not in opening:
                        continue
                    for end in range(i + 1, min(len(words), i + max_size) + 1):
                        last = doc[end - 1]
                        if last.is_space or last.text in _BREAKS:
                            break
                        if words[end - 1] not in _NO_END:
                            rows.append((i, end))
                        if "\n" in last.whitespace_:
                            break
                lengths.append(len(rows) - before)
            data = numpy.asarray(rows, dtype="i").reshape((-1, 2)) if rows else numpy.zeros((0, 0), dtype="i")
            return Ragged(ops.asarray2i(data) if rows else ops.xp.zeros((0, 0), dtype="i"),
                          ops.asarray1i(lengths))

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


def spans_in(nlp: Language, text: str) -> list[Found]:
    """The labelled spans of `text` above `THRESHOLD`, each kept once (the higher-scoring one
    of two overlapping spans of a label), in reading order."""
    doc = nlp(text)
    group = doc.spans.get(SPANS_KEY)
    if group is None:
        return []
    labels = list(nlp.get_pipe("spancat").labels)
    scored = sorted(
        (Found(span.start_char, span.end_char, span.label_, float(score)) for span, score
         in zip(group, group.attrs["scores"]) if float(score) >= THRESHOLD and span.label_ in labels),
        key=lambda f: (-f.score, f.start))
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
        for name in find_agency_names(ctx.text, f.start, f.end, place):
            evidence = ctx.locate(name.start, name.end)
            mention = Mention(span=evidence.span, page=evidence.page, source_span=evidence.source_span, text=name.text)
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

        def locate(s: int, e: int, shift: int = shift) -> Evidence:
            return ctx.locate(s + shift, e + shift)

        sub = DocContext(_VALUE_LABEL + value, locate, ctx.metadata)
        for deadline in extract_deadlines(sub):
            if deadline.span[0] < f.start:
                continue  # only what lies inside the span
            out.append(deadline.model_copy(update={
                "text": ctx.text[deadline.span[0]:deadline.span[1]], "section": ctx.section_at(deadline.span[0]),
                "rule": "model:deadlines", "confidence": round(f.score, 4)}))
    return out
