"""The record contract in `docs/` and the JSON Schema say what the models hold, field by field."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from pipeline import models
from pipeline.cli import app

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = ROOT / "docs" / "records.md"
RECORDS = [m for m in vars(models).values()
           if isinstance(m, type) and issubclass(m, models.Record) and m is not models.Record]


def _schema() -> dict:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    return json.loads(result.stdout)


def test_the_schema_names_its_dialect_id_and_version() -> None:
    schema = _schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"urn:kehoach:schema:{models.SCHEMA_VERSION}:Document"
    assert schema["version"] == models.SCHEMA_VERSION == models.Document.model_fields["schema_version"].default
    jsonschema.Draft202012Validator.check_schema(schema)


OBJECTS = ["Document", *models.json_schema(models.Document)["$defs"]]


@pytest.mark.parametrize("name", OBJECTS)
def test_every_field_of_the_schema_has_a_description(name: str) -> None:
    schema = _schema()
    objects = {"Document": schema, **schema["$defs"]}
    for field, prop in objects[name]["properties"].items():
        description = prop.get("description", "")
        assert description and description != "(added)", f"{name}.{field}"


def test_the_schema_file_in_docs_is_what_kehoach_schema_prints() -> None:
    assert json.loads((ROOT / "docs" / "document.schema.json").read_text(encoding="utf-8")) == _schema()


def _sections() -> dict[str, str]:
    """`## Name …` heading → the words inside the code spans of its section."""
    text = CONTRACT.read_text(encoding="utf-8")
    parts = re.split(r"^## ", text, flags=re.M)[1:]
    return {part.split()[0]: " ".join(re.findall(r"`([^`]+)`", part)) for part in parts}


@pytest.mark.parametrize("model", RECORDS, ids=lambda m: m.__name__)
def test_every_model_field_is_documented_in_its_section_of_the_contract(model: type[models.Record]) -> None:
    inherited = {f for base in model.__mro__[1:] if hasattr(base, "model_fields") for f in base.model_fields}
    own = [f for f in model.model_fields if f not in inherited]
    if not own:
        return
    sections = _sections()
    assert model.__name__ in sections, f"docs/records.md has no '## {model.__name__}' section"
    words = set(re.findall(r"\w+", sections[model.__name__]))
    assert [f for f in own if f not in words] == []


def test_the_readme_links_the_contract() -> None:
    assert "docs/records.md" in (ROOT / "README.md").read_text(encoding="utf-8")
