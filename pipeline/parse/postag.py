"""underthesea's POS tagger with a linear-cost featurizer.

`underthesea.pos_tag` builds its CRF features in pure Python (`tagged_feature.template2features`):
for every token and every one of its 22 templates it re-parses the template and rebuilds every
column of the clause, so a clause of n words costs n² and a short clause ~5 ms, most of it there.
`pos_tag` here uses the same word segmentation, the same model and the same templates (read from
underthesea's predictor, not copied), and builds the features with underthesea_core's Rust
`CRFFeaturizer` (the one word_tokenize uses). The Rust featurizer yields the same word and word
pair features, but its functions of a word differ from underthesea's: `.istitle` calls a word
opening with a non-letter (`%`, `80`) a title, and `.lower` follows a newer Unicode than Python's.
So every feature that applies a function is recomputed with underthesea's own `apply_function`,
and the CRF sees exactly underthesea's features and returns exactly its tags.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from typing import Any

_TEMPLATE = re.compile(r"T\[(?P<index1>-?\d+)(,(?P<index2>-?\d+))?\](\[(?P<column>.*)\])?(\.(?P<function>.*))?")
"""underthesea's own template syntax (`T[-1,0]`, `T[-3][1]`, `T[0].istitle`), as
`tagged_feature.template2features` reads it."""


@dataclass(frozen=True)
class _Tagger:
    """The POS model, a featurizer for its templates, and the templates that apply a function to
    one word: `(position in a token's features, template, word offset, function)`."""

    model: Any
    featurizer: Any
    functions: tuple[tuple[int, str, int, Callable[[str], object]], ...]


@cache
def _tagger() -> _Tagger:
    """Loaded once, on the first call: the model file and underthesea's dictionary take a while."""
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor
    from underthesea.pipeline.pos_tag.tagged_feature import apply_function
    from underthesea_core import CRFFeaturizer

    predictor = CRFPOSTagPredictor.Instance()
    templates = list(predictor.transformer.template)
    functions = []
    for position, template in enumerate(templates):
        matched = _TEMPLATE.fullmatch(template)
        if matched is None:
            raise ValueError(f"unexpected POS template {template!r}")
        if matched.group("function") is not None:
            if matched.group("index2") is not None or matched.group("column"):
                raise ValueError(f"unexpected POS template {template!r}: a function of several words or columns")
            offset = int(matched.group("index1"))
            functions.append((position, template, offset, partial(apply_function, matched.group("function"))))
    return _Tagger(predictor.model, CRFFeaturizer(templates, set()), tuple(functions))


def pos_tag(text: str) -> tuple[tuple[str, str], ...]:
    """`tuple(underthesea.pos_tag(text))`: underthesea's words and POS tags of `text`, at a cost
    linear in its length. (word_tokenize's words are never empty nor open with a space, the two
    inputs on which the Rust featurizer panics.)"""
    from underthesea import word_tokenize

    words = word_tokenize(text)
    if not words:
        return ()
    tagger = _tagger()
    features = tagger.featurizer.process([[[word, "X"] for word in words]])[0]
    size = len(words)
    for i, row in enumerate(features):
        for position, template, offset, function in tagger.functions:
            if 0 <= i + offset < size:
                row[position] = f"{template}={function(words[i + offset])}"
    return tuple(zip(words, tagger.model.tag(features)))
