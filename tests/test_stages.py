"""The pipeline is an explicit, ordered list of named stages."""

from __future__ import annotations

import pytest

from pipeline.errors import UnknownStage
from pipeline.stages import DEFAULT_STAGES, STAGES, build


def test_default_pipeline_builds_in_order() -> None:
    assert [s.name for s in build()] == list(DEFAULT_STAGES)


def test_unknown_stage_lists_the_valid_ones() -> None:
    with pytest.raises(UnknownStage) as info:
        build(["load", "normalize"])
    for name in STAGES:
        assert name in str(info.value)


def test_a_stage_needs_its_inputs_first() -> None:
    with pytest.raises(UnknownStage, match="needs load"):
        build(["normalise", "load"])


# --- extractors as components: several producers of one record list, merged once ---------

from pathlib import Path  # noqa: E402

from pipeline.models import Target  # noqa: E402
from pipeline.stages import Component, Registry, builtin_registry, load_registry, run  # noqa: E402

PLAN = ("KẾ HOẠCH\nPhòng, chống mại dâm năm 2024\nI. MỤC TIÊU\n"
        "1. Chỉ tiêu\n- Phấn đấu ít nhất 80% số xã, phường tổ chức tuyên truyền.\n")


def _model_targets(work: object) -> list[Target]:
    """A stand-in for a trained model: it finds the clause the rules find (surer, and a few
    characters longer) and one the rules do not."""
    text = work.mapped.text  # type: ignore[attr-defined]
    start = text.index("Phấn đấu")
    clause = text.index("80%")
    return [Target(span=(start, text.index(".", start)), text=text[start:text.index(".", start)], kind="share",
                   value=80, rule="model:targets", confidence=0.99),
            Target(span=(clause - 4, clause + 3), text=text[clause - 4:clause + 3], kind="share", value=80,
                   rule="model:targets", confidence=0.1),
            Target(span=(0, 8), text=text[0:8], kind="qualitative", rule="model:targets", confidence=0.6)]


def _rules_only() -> Registry:
    """The built-in components without the shipped trained ones, so these tests do not depend
    on a model being trained."""
    return Registry([c for c in builtin_registry() if c.kind != "model"])


def _with_model(**overrides: object) -> Registry:
    registry = _rules_only()
    fields: dict = {"name": "targets_model", "run": _model_targets, "requires": ("mapped", "metadata", "sections"),
                    "assigns": ("targets",), "kind": "model", "doc": "a trained target finder"}
    fields.update(overrides)
    registry.add(Component(**fields))
    return registry


@pytest.mark.parametrize(("extractors", "expected"), [
    ("rules", ["citations", "targets", "indicators", "deadlines", "tasks", "agencies"]),
    ("model", ["citations", "targets_model", "indicators", "deadlines", "tasks", "agencies"]),
    ("both", ["citations", "targets", "targets_model", "indicators", "deadlines", "tasks", "agencies"]),
], ids=["rules-only", "model-where-there-is-one", "both-merged"])
def test_extractors_choose_the_producers_of_each_record_list(extractors: str, expected: list[str]) -> None:
    names = _with_model().default_names(extractors)
    assert list(names[:4]) == ["load", "normalise", "metadata", "sections"]
    assert list(names[4:]) == expected


def test_asking_for_models_when_none_is_installed_names_the_installed_extractors() -> None:
    with pytest.raises(UnknownStage, match="no model components.*citations, targets"):
        _rules_only().default_names("model")


@pytest.mark.parametrize(("auto", "expected"), [
    (False, ["citations", "targets", "indicators", "deadlines", "tasks", "agencies"]),
    (True, ["citations", "targets", "targets_model", "indicators", "deadlines", "tasks", "agencies"]),
], ids=["rules-where-the-merge-did-not-win", "merged-where-it-won"])
def test_auto_merges_a_model_only_where_it_is_marked_to(auto: bool, expected: list[str]) -> None:
    assert list(_with_model(auto=auto).default_names("auto")[4:]) == expected


def test_auto_without_models_is_the_rules() -> None:
    assert _rules_only().default_names("auto") == _rules_only().default_names("rules")


def test_both_producers_are_merged_once_the_rules_target_staying_where_they_overlap(tmp_path: Path) -> None:
    """Targets merge rules first (`pipeline.merge`): a model's target is read without its region's
    lead-in, so it only adds what the rules did not read, however sure it is."""
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    registry = _with_model()
    rules_only = run(path, stages=build(registry.default_names("rules"), registry))
    merged = run(path, stages=build(registry.default_names("both"), registry))
    [rules_target] = rules_only.targets  # the rules find the 80 % clause
    assert rules_target.rule != "model:targets"
    assert [(t.rule, t.value) for t in merged.targets] == [("model:targets", None), (rules_target.rule, 80)]
    assert merged.targets[1].indicator == rules_target.indicator  # annotated after the merge
    assert merged.targets[1].confidence == rules_target.confidence  # neither the 0.99 nor the 0.1 record replaced it


def test_a_component_added_by_a_registry_call_runs_without_editing_the_core(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    registry = _with_model()
    doc = run(path, stages=build(registry.default_names("model"), registry))
    assert {t.rule for t in doc.targets} == {"model:targets"}


def test_installed_packages_add_components_through_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    class EntryPoint:
        value = "kehoach_extra:register"

        def load(self) -> object:
            return lambda registry: registry.add(Component("targets_plugin", _model_targets,
                                                           ("mapped", "metadata", "sections"), ("targets",), "model"))

    monkeypatch.setattr("pipeline.stages.entry_points", lambda group: [EntryPoint()] if group == "kehoach.components"
                        else [])
    assert "targets_plugin" in load_registry().names()


def test_a_broken_plugin_is_named_in_the_error(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken:
        value = "kehoach_broken:register"

        def load(self) -> object:
            raise ImportError("no module named kehoach_broken")

    monkeypatch.setattr("pipeline.stages.entry_points", lambda group: [Broken()])
    with pytest.raises(UnknownStage, match="kehoach_broken:register.*ImportError"):
        load_registry()


def test_an_extractor_cannot_fill_a_list_that_an_earlier_component_has_read() -> None:
    registry = _with_model(name="tasks_model", assigns=("tasks",))  # agencies read the tasks
    order = [*registry.default_names("rules"), "tasks_model"]
    with pytest.raises(UnknownStage, match="tasks_model.*assigns tasks after 'agencies'"):
        build(order, registry)


@pytest.mark.parametrize(("change", "message"), [
    ({"name": "targets"}, "already registered"),
    ({"assigns": ("targets", "tasks")}, "exactly one of"),
    ({"assigns": ("paragraphs",)}, "exactly one of"),
], ids=["duplicate-name", "two-record-lists", "unknown-record-list"])
def test_a_component_that_cannot_be_wired_is_refused_when_added(change: dict, message: str) -> None:
    with pytest.raises(UnknownStage, match=message):
        _with_model(**change)


from pipeline.models import Evidence  # noqa: E402
from pipeline.parse.normalize import normalize  # noqa: E402
from pipeline.parse.textmap import Located, PageIndex  # noqa: E402
from pipeline.stages import Work  # noqa: E402


def test_locate_hands_records_the_fields_and_values_of_evidence() -> None:
    """`Work.locate` hands a plain tuple on into each record's fields (no model built only to be
    unpacked): it has `Evidence`'s fields, and its values are those a validated `Evidence` holds."""
    source = "**KẾ HOẠCH**\r\nTriển khai   thực hiện\fnăm 2025 trên địa bàn tỉnh"
    work = Work(Path("plan.txt"), source.encode(), "doc")
    work.mapped = normalize(source)
    work.pages = PageIndex((0, source.index("\f") + 1))
    assert Located._fields == tuple(Evidence.model_fields)
    text = work.mapped.text
    for start, end in [(0, 8), (9, 20), (12, 12), (text.index("năm"), len(text))]:
        located = work.locate(start, end)
        assert Evidence(**located._asdict()).model_dump() == located._asdict()
    assert [work.locate(0, 8).page, work.locate(len(text) - 4, len(text)).page] == [1, 2]
