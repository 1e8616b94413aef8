"""Every lexicon loads, and every entry and its examples agree both ways (as eyecite's
reporters-db does): each example is matched by its entry, each variant shows in an example."""

from __future__ import annotations

import pytest

from pipeline import lexicon

ENTRIES = [(name, entry) for name in lexicon.LEXICONS for entry in lexicon.load(name)]


@pytest.mark.parametrize(("name", "entry"), ENTRIES, ids=[f"{n}:{e.canonical}" for n, e in ENTRIES])
def test_every_example_is_matched_by_its_entry(name: str, entry: lexicon.LexiconEntry) -> None:
    for example in entry.examples:
        assert entry.pattern().search(lexicon.fold(example)), f"{example!r} not matched by {entry.canonical}"


@pytest.mark.parametrize(("name", "entry"), ENTRIES, ids=[f"{n}:{e.canonical}" for n, e in ENTRIES])
def test_every_variant_has_an_example(name: str, entry: lexicon.LexiconEntry) -> None:
    folded = [lexicon.fold(e) for e in entry.examples]
    for variant in entry.variants:
        assert any(lexicon.fold(variant) in ex for ex in folded), f"no example shows {variant!r}"


def test_section_kinds_are_kinds_of_the_contract() -> None:
    from typing import get_args

    from pipeline.models import SectionKind

    assert {e.canonical for e in lexicon.load("section_kinds")} <= set(get_args(SectionKind))


def test_unknown_lexicon_names_the_valid_ones() -> None:
    with pytest.raises(lexicon.LexiconError, match="valid: agencies, count_units, doc_types"):
        lexicon.load("agencys")


def test_fold_unifies_case_dashes_and_spaces() -> None:
    assert lexicon.fold("Lao động – Thương  binh") == lexicon.fold("lao động - thương binh")
