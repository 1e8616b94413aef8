"""An `extract` output folder read back as Documents, whatever formats it was written in.

Every command that reads an output folder (`compare`, `report`, `indicators`, `evaluate`)
and `pipeline.load_documents` / `pipeline.to_frames` go through `load_documents`, so a
folder written with `--format csv` (or parquet, jsonl, json) serves them all. The csv and
parquet tables are flat (see `outputs.table_kinds`); they are rebuilt into the same
Documents the JSON holds: every cell kind is written so that it reads back exactly
(`csv_cell`'s quote, `join_strings`). A folder that is not a kehoach output is a
`UsageError` saying why.
"""

from __future__ import annotations

import csv
import json
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from pipeline.errors import UsageError
from pipeline.models import RECORD_LISTS, Document, Metadata, Source
from pipeline.outputs import (
    _TABLE_MODELS,
    _column_kinds,
    cell_kind,
    is_span,
    nested_record,
    split_strings,
    table_kinds,
)

NOT_DOCUMENTS = frozenset({"report.json"})
"""JSON files kehoach writes that are not Documents (`kehoach report`'s index)."""
PREFERENCE = ("json", "jsonl", "parquet", "csv")
"""Which format is read when a folder holds several (one run can write json,csv,parquet):
the one closest to the Document first; they hold the same documents."""


def load_documents(out: str | Path) -> dict[str, Document]:
    """The Documents of an `extract` output folder, by doc_id in doc_id order; a `UsageError`
    with the reason when `out` is not such a folder or holds no document."""
    folder = Path(out)
    if not folder.exists():
        raise UsageError(f"{folder}: no such folder")
    if not folder.is_dir():
        raise UsageError(f"{folder}: a file, not a kehoach output folder")
    fmt = output_format(folder)
    if fmt == "json":
        docs = dict(_json_documents(folder))
    elif fmt == "jsonl":
        docs = dict(_jsonl_documents(folder / "documents.jsonl"))
    else:
        docs = _table_documents(folder, fmt)
    if not docs:
        raise UsageError(f"{folder}: a kehoach output without any document (see {folder / 'errors.jsonl'} for "
                         "the inputs that failed)")
    return {doc_id: docs[doc_id] for doc_id in sorted(docs)}


def output_format(folder: Path) -> str:
    """The format `load_documents` reads in `folder` (see PREFERENCE)."""
    if _json_files(folder):
        return "json"
    for fmt, name in (("jsonl", "documents.jsonl"), ("parquet", "documents.parquet"), ("csv", "documents.csv")):
        if (folder / name).is_file():
            return fmt
    raise UsageError(f"{folder}: not a kehoach extract output: it holds no <doc_id>.json, documents.jsonl, "
                     "documents.parquet or documents.csv (`kehoach extract … -o FOLDER` writes them)")


def _json_files(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.glob("*.json")) if p.name not in NOT_DOCUMENTS and not p.name.startswith(".")]


def _invalid(where: str, exc: ValidationError) -> UsageError:
    first = exc.errors()[0]
    at = ".".join(str(part) for part in first["loc"])
    return UsageError(f"{where}: not a kehoach Document ({at}: {first['msg']}; {exc.error_count()} problem(s))")


def _json_documents(folder: Path) -> Iterator[tuple[str, Document]]:
    for path in _json_files(folder):
        try:
            doc = Document.model_validate_json(path.read_bytes())
        except ValidationError as exc:
            raise _invalid(str(path), exc) from None
        yield doc.doc_id, doc


def _jsonl_documents(path: Path) -> Iterator[tuple[str, Document]]:
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                doc = Document.model_validate_json(line)
            except ValidationError as exc:
                raise _invalid(f"{path}, line {number}", exc) from None
            yield doc.doc_id, doc


TABLES = ("documents", "texts", *RECORD_LISTS)
"""The tables a csv or parquet output needs to rebuild its Documents (`task_agencies` is
derived from `tasks` and `agencies`)."""


def _table_documents(folder: Path, fmt: str) -> dict[str, Document]:
    kinds = table_kinds()
    missing = [f"{t}.{fmt}" for t in TABLES if not (folder / f"{t}.{fmt}").is_file()]
    if missing:
        raise UsageError(f"{folder}: documents.{fmt} without {', '.join(missing)}: not a complete kehoach output")
    read = _csv_rows if fmt == "csv" else _parquet_rows
    tables = {t: read(folder / f"{t}.{fmt}", kinds[t]) for t in TABLES}
    texts = {row["doc_id"]: row["text"] or "" for row in tables["texts"]}
    records: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for table in RECORD_LISTS:
        model = _TABLE_MODELS[table]
        for row in tables[table]:
            records.setdefault(row["doc_id"], {}).setdefault(table, []).append(_unflatten(model, row, ""))
    docs: dict[str, Document] = {}
    for number, row in enumerate(tables["documents"], 2):
        doc_id = row["doc_id"]
        if doc_id not in texts:
            raise UsageError(f"{folder / f'texts.{fmt}'}: no text for document {doc_id!r}")
        data = {"schema_version": row["schema_version"], "doc_id": doc_id, "source": _unflatten(Source, row, "source"),
                "text": texts[doc_id], "metadata": _unflatten(Metadata, row, ""),
                "warnings": split_strings(row["warnings"]), **records.get(doc_id, {})}
        try:
            docs[doc_id] = Document.model_validate(data)
        except ValidationError as exc:
            raise _invalid(f"{folder / f'documents.{fmt}'}, row {number} ({doc_id})", exc) from None
    return docs


def _check_columns(path: Path, found: list[str], kinds: dict[str, str]) -> None:
    missing = [c for c in kinds if c not in found]
    if missing:
        raise UsageError(f"{path}: not a kehoach table: no column {', '.join(missing[:5])}"
                         + (f" (and {len(missing) - 5} more)" if len(missing) > 5 else ""))


def _csv_rows(path: Path, kinds: dict[str, str]) -> list[dict[str, Any]]:
    """Rows with typed values: an empty cell is null, one leading `'` (see `csv_cell`) is
    dropped, numbers and booleans are parsed by their column's kind."""
    csv.field_size_limit(sys.maxsize)  # a document's text is one cell of texts.csv
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        _check_columns(path, list(reader.fieldnames or []), kinds)
        rows = []
        for number, raw in enumerate(reader, 2):
            try:
                rows.append({c: _csv_value(raw[c], kind) for c, kind in kinds.items()})
            except ValueError as exc:
                raise UsageError(f"{path}, row {number}: {exc}") from None
        return rows


def _csv_value(cell: str | None, kind: str) -> Any:
    if not cell:
        return None
    if cell.startswith("'"):
        cell = cell[1:]
    if kind == "int":
        return int(cell)
    if kind == "float":
        return float(cell)
    if kind == "bool":
        if cell not in ("True", "False"):
            raise ValueError(f"{cell!r} is not True or False")
        return cell == "True"
    return cell


def _parquet_rows(path: Path, kinds: dict[str, str]) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError … for a file that is not Parquet
        raise UsageError(f"{path}: not a Parquet file ({exc})") from None
    _check_columns(path, table.column_names, kinds)
    return table.select(list(kinds)).to_pylist()


def _optional(annotation: Any) -> bool:
    return type(None) in typing.get_args(annotation)


def _unflatten(model: type[BaseModel], row: dict[str, Any], prefix: str) -> dict[str, Any]:
    """The fields of `model` from a flat row, as `outputs._flatten` spread them."""
    data: dict[str, Any] = {}
    for name, field in model.model_fields.items():
        key = f"{prefix}_{name}" if prefix else name
        annotation = field.annotation
        if is_span(annotation):
            start, end = row.get(f"{key}_start"), row.get(f"{key}_end")
            data[name] = None if start is None and end is None else (start, end)
        elif (nested := nested_record(annotation)) is not None:
            empty = all(row.get(c) is None for c in _column_kinds(nested, key))
            data[name] = None if empty and _optional(annotation) else _unflatten(nested, row, key)
        else:
            kind, value = cell_kind(annotation), row.get(key)
            if kind == "strings":
                value = split_strings(value)
            elif kind == "json":
                empty = {list: [], dict: {}}.get(typing.get_origin(annotation))  # type: ignore[call-overload]
                value = json.loads(value) if value else empty
            elif value is None and kind == "str" and not _optional(annotation):
                value = ""  # a required text that was empty
            data[name] = value
    return data
