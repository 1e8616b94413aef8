"""The project file: a folder's defaults for `kehoach`, so a team shares one set-up.

`kehoach.toml` in the current directory, or else the `[tool.kehoach]` table of its
`pyproject.toml`:

    formats = ["json", "csv", "parquet"]   # or "json,csv,parquet"
    jobs = 4
    taxonomy = ["my_indicators.yaml"]      # paths relative to the project file
    [limits]                               # [tool.kehoach.limits] in pyproject.toml
    timeout = 120
    max_pages = 500

Options given on the command line win over the file. An unknown key is an error listing the
valid ones (a misspelt `job = 4` must not be silently ignored). Read by the command line
only: the Python API takes its settings as arguments.
"""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline.errors import UsageError
from pipeline.limits import Limits
from pipeline.outputs import parse_formats

LIMIT_KEYS = tuple(f.name for f in dataclasses.fields(Limits) if f.name != "ocr_threads")
"""The `[limits]` keys: the fields of `pipeline.limits.Limits` (ocr_threads follows --jobs)."""


class Project(BaseModel):
    """The settings a project file may give."""

    model_config = ConfigDict(extra="forbid")

    formats: tuple[str, ...] | None = Field(default=None, description="output formats, as --format")
    jobs: int | None = Field(default=None, ge=1, description="worker processes, as --jobs")
    taxonomy: list[Path] = Field(default_factory=list, description="indicator files, as --taxonomy")
    limits: dict[str, float | int | None] = Field(default_factory=dict, description="per-document limits")
    file: Path | None = Field(default=None, exclude=True, description="where the settings were read")

    @field_validator("formats", mode="before")
    @classmethod
    def _formats(cls, value: Any) -> tuple[str, ...] | None:
        return None if value is None else parse_formats(value)

    @field_validator("limits")
    @classmethod
    def _limits(cls, value: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(value) - set(LIMIT_KEYS))
        if unknown:
            raise ValueError(f"unknown limit {', '.join(unknown)}; valid: {', '.join(LIMIT_KEYS)}")
        return value

    def limits_with(self, **given: Any) -> Limits:
        """`Limits` from the defaults, then this file, then the options given (not None)."""
        values = {**self.limits, **{k: v for k, v in given.items() if v is not None}}
        return dataclasses.replace(Limits(), **values)


VALID_KEYS = ("formats", "jobs", "taxonomy", "limits")


def load_project(folder: Path | None = None) -> Project:
    """The settings of `kehoach.toml`, or of `[tool.kehoach]` in `pyproject.toml`, in
    `folder` (default: the current directory); empty settings when neither is there."""
    folder = folder or Path.cwd()
    own, pyproject = folder / "kehoach.toml", folder / "pyproject.toml"
    if own.is_file():
        path, table = own, _toml(own)
    elif pyproject.is_file():
        path, table = pyproject, _toml(pyproject).get("tool", {}).get("kehoach")
        if table is None:
            return Project()
    else:
        return Project()
    where = f"{path}" + (" [tool.kehoach]" if path == pyproject else "")
    unknown = sorted(set(table) - set(VALID_KEYS))
    if unknown:
        raise UsageError(f"{where}: unknown key {', '.join(unknown)}; valid keys: {', '.join(VALID_KEYS)} "
                         f"(limits: {', '.join(LIMIT_KEYS)})")
    try:
        project = Project.model_validate(table)
    except ValidationError as exc:
        first = exc.errors()[0]
        at = ".".join(str(p) for p in first["loc"])
        raise UsageError(f"{where}: {at}: {first['msg'].removeprefix('Value error, ')}") from None
    taxonomy = [p if p.is_absolute() else path.parent / p for p in project.taxonomy]
    return project.model_copy(update={"taxonomy": taxonomy, "file": path})


def _toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: not valid TOML ({exc})") from None
