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
