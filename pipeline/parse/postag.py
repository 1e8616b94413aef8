"""underthesea's POS tagger with a linear-cost featurizer.

`underthesea.pos_tag` builds its CRF features in pure Python (`tagged_feature.template2features`):
for every token and every one of its 22 templates it re-parses the template and rebuilds every
column of the clause, so a clause of n words costs n², and a clause of the targets reader ~3 ms.
`pos_tag` here uses the same word segmentation, the same model and the same templates (read from
underthesea's predictor, not copied), and builds the features with underthesea_core's Rust
`CRFFeaturizer` (the one word_tokenize uses). The Rust featurizer yields the same word and word
pair features, but its functions of a word differ from underthesea's: `.istitle` calls a word
opening with a non-letter (`%`, `80`) a title, and `.lower` follows a newer Unicode than Python's.
So every feature that applies a function is recomputed with the function underthesea's
`apply_function` calls, and the CRF sees exactly underthesea's features and returns exactly its tags.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

_TEMPLATE = re.compile(r"T\[(?P<index1>-?\d+)(,(?P<index2>-?\d+))?\](\[(?P<column>.*)\])?(\.(?P<function>.*))?")
"""underthesea's own template syntax (`T[-1,0]`, `T[-3][1]`, `T[0].istitle`), as
`tagged_feature.template2features` reads it."""


@dataclass(frozen=True)
class _Tagger:
    """The POS model, a featurizer for its templates, underthesea's functions of a word that the
    templates apply (`lower`, `istitle`), and those templates: `(position in a token's
    features, template, word offset, index of the function)`."""

    model: Any
    featurizer: Any
    functions: tuple[Callable[[str], object], ...]
    applied: tuple[tuple[int, str, int, int], ...]


@cache
def _tagger() -> _Tagger:
    """Loaded once, on the first call: the model file and underthesea's dictionary take a while."""
    from underthesea.pipeline.pos_tag import tagged_feature
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor
    from underthesea_core import CRFFeaturizer

    predictor = CRFPOSTagPredictor.Instance()
    templates = list(predictor.transformer.template)
    names: list[str] = []
    applied = []
    for position, template in enumerate(templates):
        matched = _TEMPLATE.fullmatch(template)
        if matched is None:
            raise ValueError(f"unexpected POS template {template!r}")
        name = matched.group("function")
        if name is not None:
            if matched.group("index2") is not None or matched.group("column"):
                raise ValueError(f"unexpected POS template {template!r}: a function of several words or columns")
            if name not in names:
                names.append(name)
            applied.append((position, template, int(matched.group("index1")), names.index(name)))
    # the function `apply_function(name, word)` calls, without the dict of every function it
    # builds per call (the features test states they equal underthesea's own)
    functions = tuple(getattr(tagged_feature, f"text_{name}") for name in names)
    return _Tagger(predictor.model, CRFFeaturizer(templates, set()), functions, tuple(applied))


def pos_tag(text: str) -> tuple[tuple[str, str], ...]:
    """`tuple(underthesea.pos_tag(text))`: underthesea's words and POS tags of `text`, at a cost
    linear in its length."""
    from underthesea import word_tokenize

    words = word_tokenize(text)
    if not words:
        return ()
    return tuple(zip(words, _tagger().model.tag(_features(words))))


def _features(words: list[str]) -> list[list[str]]:
    """Per word, the feature strings of underthesea's `TaggedTransformer` (`T[-1,0]=Tỷ lệ`,
    `T[0].istitle=False`, `T[-2]=BOS`). (word_tokenize's words are never empty nor open with a
    space, the two inputs on which the Rust featurizer panics.)"""
    tagger = _tagger()
    features = tagger.featurizer.process([[[word, "X"] for word in words]])[0]
    values = [[function(word) for word in words] for function in tagger.functions]
    size = len(words)
    for position, template, offset, function in tagger.applied:
        column = values[function]
        for i in range(max(0, -offset), min(size, size - offset)):  # the words with a word at the offset
            features[i][position] = f"{template}={column[i + offset]}"
    return features
