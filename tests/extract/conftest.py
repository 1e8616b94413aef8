"""Shared fixtures for the extractor tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pipeline.extract.spans import Taken


@pytest.fixture
def overlap_probes(monkeypatch: pytest.MonkeyPatch) -> Callable[[object], Callable[[], int]]:
    """Count the overlap comparisons an extractor module makes through `spans.Taken`: call it
    with the module, run the extractor, then the returned function gives the count so far.
    The count, not a clock, is what shows that a long repetitive line costs linear work."""

    def install(module: object) -> Callable[[], int]:
        made: list[Taken] = []

        class Counting(Taken):
            def __init__(self) -> None:
                super().__init__()
                made.append(self)

        monkeypatch.setattr(module, "Taken", Counting)
        return lambda: sum(t.probes for t in made)

    return install
