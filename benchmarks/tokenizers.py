"""Which tokenizer the span categoriser uses: syllables or underthesea's words.

    python -m benchmarks.tokenizers --data build/train-data.json

spaCy's `blank("vi")` without pyvi splits on white space only (`trì,` stays one token), so
the choice is between spaCy's rule tokenizer splitting punctuation off syllables (what ships,
`pipeline.statistical`) and underthesea's word segmentation (`Lao động` one token) mapped
back to character offsets. Both are timed on the same texts, and a small AGENCY-only model is
trained with each on the gold dev documents (not the silver, to keep this short), 6 epochs,
and scored on the held-out dev documents.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path
from typing import Any

from pipeline.statistical import TOKENIZER, _register_tokenizer

WORDS = "kehoach.underthesea_words.v1"


class UndertheseaTokenizer:
    """underthesea's word segmentation as spaCy tokens, each at its place in the text."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Any:
        from spacy.tokens import Doc
        from underthesea import word_tokenize

        words: list[str] = []
        spaces: list[bool] = []
        pos = 0

        def gap(g: str) -> None:
            if not g:
                return
            if g == " " and words:
                spaces[-1] = True
                return
            words.append(g[:-1] if g.endswith(" ") and len(g) > 1 else g)
            spaces.append(g.endswith(" ") and len(g) > 1)

        for word in word_tokenize(text):
            i = text.find(word, pos)
            if i < 0:
                continue  # a word underthesea rewrote: its characters stay in the next gap
            gap(text[pos:i])
            words.append(word)
            spaces.append(False)
            pos = i + len(word)
        gap(text[pos:])
        return Doc(self.vocab, words=words, spaces=spaces)


def _register_words() -> None:
    from spacy.util import registry

    if WORDS not in registry.tokenizers:
        registry.tokenizers(WORDS)(lambda: (lambda nlp: UndertheseaTokenizer(nlp.vocab)))


def _nlp(tokenizer: str) -> Any:
    import spacy

    from pipeline.train import make_nlp

    _register_tokenizer()
    _register_words()
    nlp = make_nlp(max_tokens=10 if tokenizer == TOKENIZER else 6)
    if tokenizer != TOKENIZER:
        fresh = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": tokenizer}}})
        fresh.add_pipe("spancat", config={k: v for k, v in nlp.get_pipe_config("spancat").items()
                                            if k not in ("factory", "@factories")})
        nlp = fresh
    return nlp


def main(argv: list[str] | None = None) -> None:
    from spacy.util import fix_random_seed, minibatch

    from pipeline.train import SEED, Annotated, examples, score

    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("build/train-data.json"))
    parser.add_argument("--epochs", type=int, default=6)
    args = parser.parse_args(argv)
    docs = [Annotated(**{**d, "spans": [tuple(s) for s in d["spans"] if s[2] == "AGENCY"]})
            for d in json.loads(args.data.read_text(encoding="utf-8")) if d["source"] == "gold"]
    texts = [d.text for d in docs]
    print("| tokenizer | tokens | tokenise CPU s (gold dev texts) | held-out AGENCY P / R / F1 |\n|---|---|---|---|")
    for tokenizer in (TOKENIZER, WORDS):
        nlp = _nlp(tokenizer)
        started = time.process_time()
        tokens = sum(len(nlp.make_doc(t)) for t in texts)
        cpu = time.process_time() - started
        fix_random_seed(SEED)
        rng = random.Random(SEED)
        train_examples = examples(nlp, [d for d in docs if not d.held_out], rng)
        optimizer = nlp.initialize(lambda: train_examples)
        for _ in range(args.epochs):
            rng.shuffle(train_examples)
            for batch in minibatch(train_examples, size=32):
                nlp.update(batch, sgd=optimizer, drop=0.1, losses={})
        agency = score(nlp, [d for d in docs if d.held_out])["per_type"].get("AGENCY", {})
        print(f"| {tokenizer} | {tokens} | {cpu:.2f} | {agency.get('p', 0):.3f} / {agency.get('r', 0):.3f} / "
              f"{agency.get('f', 0):.3f} |")


if __name__ == "__main__":
    main()
