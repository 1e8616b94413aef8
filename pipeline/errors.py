"""Errors a user can act on: each names the pipeline stage and the cause in plain words."""

from __future__ import annotations


class KehoachError(Exception):
    """A document could not be processed; `stage` says where, the message says why."""

    def __init__(self, stage: str, cause: str) -> None:
        super().__init__(cause)
        self.stage = stage
        self.cause = cause


class UnsupportedInput(KehoachError):
    """The file is readable but of a kind this version cannot turn into text yet."""


class UnknownStage(ValueError):
    """A pipeline was asked for a stage that does not exist."""
