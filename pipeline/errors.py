"""Errors a user can act on: each names the pipeline stage and the cause in plain words."""

from __future__ import annotations

from dataclasses import dataclass


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


class UsageError(KehoachError):
    """The command or call was given something it cannot use: a folder that is not a kehoach
    output, a pattern that matches no file, a project file with an unknown key. The command
    line prints the message and exits 2."""

    def __init__(self, cause: str) -> None:
        super().__init__("usage", cause)


@dataclass(frozen=True)
class Failure:
    """An input that did not become a Document: what its line of `errors.jsonl` says."""

    path: str
    stage: str
    error: str
    traceback: str | None = None

    @classmethod
    def from_line(cls, line: dict[str, str]) -> Failure:
        return cls(line["path"], line["stage"], line["error"], line.get("traceback"))
