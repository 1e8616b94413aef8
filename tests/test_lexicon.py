"""Every lexicon loads, and every entry and its examples agree both ways (as eyecite's
reporters-db does): each example is matched by its entry, each variant shows in an example."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

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


def _longest_by_every_length(name: str, folded: str) -> tuple[str, int] | None:
    """The plain reading of `longest_variant`: every variant length of the lexicon, longest first."""
    index, lengths = lexicon.variant_index(name)
    for n in lengths:
        if n <= len(folded) and (n == len(folded) or not folded[n].isalnum()) and folded[:n] in index:
            return index[folded[:n]], n
    return None


LONGEST_VARIANT = [
    pytest.param("issuers", "Bộ Văn hóa, Thể thao và Du lịch ban hành", ("Bộ Văn hóa, Thể thao và Du lịch", 31),
                 id="issuer-with-commas"),
    pytest.param("issuers", "Thủ tướng Chính phủ về việc", ("Thủ tướng Chính phủ", 19), id="issuer-then-words"),
    pytest.param("issuers", "Bộ Văn", None, id="issuer-cut-short"),
    pytest.param("issuers", "Thủ tướngg", None, id="issuer-inside-a-longer-word"),
    pytest.param("doc_types", "Kế hoạch số 12", ("Kế hoạch", 8), id="doc-type-then-number"),
    pytest.param("doc_types", "QUYẾT ĐỊNH_2", ("Quyết định", 10), id="doc-type-then-underscore"),
    pytest.param("doc_types", "Kế hoạchs", None, id="doc-type-inside-a-longer-word"),
    pytest.param("section_kinds", "Mục tiêu cụ thể đến năm 2035", ("targets", 15), id="kind-longest-wins"),
    pytest.param("section_kinds", "MỤC TIÊU_2", ("purpose", 8), id="kind-then-underscore"),
    pytest.param("section_kinds", "", None, id="empty"),
]


@pytest.mark.parametrize(("name", "text", "expected"), LONGEST_VARIANT)
def test_the_longest_variant_a_text_opens_with_as_a_whole_word(name: str, text: str,
                                                               expected: tuple[str, int] | None) -> None:
    """Issuers after `của`, document types opening a title, section kinds opening a heading:
    the longest variant that ends where a word ends, looked up at the word ends only — the same
    answer as trying every variant length."""
    folded = lexicon.fold(text)
    assert lexicon.longest_variant(name, folded) == expected
    assert _longest_by_every_length(name, folded) == expected


def test_a_word_ends_at_every_character_that_is_not_alphanumeric() -> None:
    """`longest_variant` finds word ends with one class (`[\\W_]`): it must be `not str.isalnum()`."""
    from pipeline.lexicon import _NOT_ALNUM

    for code in range(0x3000):
        c = chr(code)
        assert bool(_NOT_ALNUM.match(c)) is not c.isalnum(), hex(code)


@pytest.mark.parametrize("path", sorted((Path(lexicon.__file__).parent / "data").glob("*.yaml"))
                         + sorted((Path(lexicon.__file__).parent / "extract" / "indicators").glob("*.yaml")),
                         ids=lambda p: p.name)
def test_a_data_file_reads_as_the_pure_python_safe_loader_reads_it(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert lexicon.read_yaml(text) == yaml.safe_load(text)


def test_read_yaml_reads_the_safe_schema_as_safe_load_does() -> None:
    text = "- on: yes\n  at: 2024-05-01\n  n: 1_000\n  ratio: 8e-1\n  nothing: ~\n"
    assert lexicon.read_yaml(text) == yaml.safe_load(text)


@pytest.mark.parametrize("text", ["a: !!python/object/apply:os.system [ls]\n", "- [unclosed\n"],
                         ids=["no-python-tags", "broken"])
def test_read_yaml_refuses_what_safe_load_refuses(text: str) -> None:
    with pytest.raises(yaml.YAMLError):
        yaml.safe_load(text)
    with pytest.raises(yaml.YAMLError):
        lexicon.read_yaml(text)
