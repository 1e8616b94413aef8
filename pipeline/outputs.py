"""Writing results: atomic, deterministic, in the formats of the record contract.

An interrupted batch must never leave a half-written file under its final name, and the
same input must give byte-identical output (so that diffs between runs mean something):
every file is written to a temporary name in the same folder and renamed into place,
records are sorted by `doc_id`, and nothing time- or machine-dependent is written.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
import typing
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from pipeline.models import (
    RECORD_LISTS,
    Agency,
    Citation,
    Deadline,
    Document,
    Metadata,
    Section,
    Source,
    Span,
    Target,
    Task,
)

FORMATS = ("json", "jsonl", "csv")
_TABLE_MODELS: dict[str, type[BaseModel]] = {
    "sections": Section,
    "targets": Target,
    "tasks": Task,
    "agencies": Agency,
    "deadlines": Deadline,
    "citations": Citation,
}


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def safe_name(doc_id: str) -> str:
    """A file name derived from `doc_id` that cannot leave the output folder."""
    name = re.sub(r"[^\w.-]+", "_", doc_id, flags=re.UNICODE).lstrip(".-_") or "document"
    return name[:200]


def document_json(doc: Document) -> str:
    return doc.model_dump_json(indent=2) + "\n"


def write_json(docs: Iterable[Document], out: Path) -> list[Path]:
    written = []
    for doc in docs:
        path = out / f"{safe_name(doc.doc_id)}.json"
        atomic_write(path, document_json(doc).encode("utf-8"))
        written.append(path)
    return written


def write_jsonl(docs: Iterable[Document], out: Path) -> list[Path]:
    path = out / "documents.jsonl"
    body = "".join(doc.model_dump_json() + "\n" for doc in sorted(docs, key=lambda d: d.doc_id))
    atomic_write(path, body.encode("utf-8"))
    return [path]


def _flatten(prefix: str, value: Any, row: dict[str, Any]) -> None:
    """Nested records become `parent_field` columns; spans become `_start`/`_end`; lists `; `."""
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            _flatten(f"{prefix}{name}" if not prefix else f"{prefix}_{name}", getattr(value, name), row)
    elif isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) for v in value):
        row[f"{prefix}_start"], row[f"{prefix}_end"] = value
    elif isinstance(value, list):
        if all(isinstance(v, str) for v in value):
            row[prefix] = "; ".join(value)
        else:
            row[prefix] = json.dumps(
                [v.model_dump(mode="json") if isinstance(v, BaseModel) else v for v in value], ensure_ascii=False
            )
    elif isinstance(value, dict):
        row[prefix] = json.dumps(value, ensure_ascii=False, sort_keys=True)
    else:
        row[prefix] = value


def _record_type(annotation: Any) -> type[BaseModel] | None:
    """The record model inside `X | None`, if the field holds one."""
    for candidate in (annotation, *typing.get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def _columns(model: type[BaseModel], prefix: str = "") -> list[str]:
    """Columns of a table, even one with no rows, in the order `_flatten` fills them."""
    columns: list[str] = []
    for name, field in model.model_fields.items():
        key = f"{prefix}_{name}" if prefix else name
        nested = _record_type(field.annotation)
        if field.annotation == Span or Span in typing.get_args(field.annotation):
            columns += [f"{key}_start", f"{key}_end"]
        elif nested is not None and typing.get_origin(field.annotation) is not list:
            columns += _columns(nested, key)
        else:
            columns.append(key)
    return columns


def _csv_bytes(columns: list[str], rows: list[dict[str, Any]]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="raise", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return buf.getvalue().encode("utf-8")


def document_row(doc: Document) -> dict[str, Any]:
    row: dict[str, Any] = {"doc_id": doc.doc_id}
    _flatten("source", doc.source, row)
    _flatten("", doc.metadata, row)
    for name in RECORD_LISTS:
        row[f"n_{name}"] = len(getattr(doc, name))
    row["warnings"] = "; ".join(doc.warnings)
    return row


def write_csv(docs: Iterable[Document], out: Path) -> list[Path]:
    """`documents.csv` and one table per record type, each row carrying `doc_id`."""
    ordered = sorted(docs, key=lambda d: d.doc_id)
    written = []
    doc_columns = [
        "doc_id", *_columns(Source, "source"), *_columns(Metadata), *(f"n_{n}" for n in RECORD_LISTS), "warnings"
    ]
    doc_rows = [{c: row.get(c) for c in doc_columns} for row in map(document_row, ordered)]
    path = out / "documents.csv"
    atomic_write(path, _csv_bytes(doc_columns, doc_rows))
    written.append(path)
    for table, model in _TABLE_MODELS.items():
        columns = ["doc_id", *_columns(model)]  # a null nested record leaves its columns empty
        rows = []
        for doc in ordered:
            for record in getattr(doc, table):
                row: dict[str, Any] = {"doc_id": doc.doc_id}
                _flatten("", record, row)
                rows.append({c: row.get(c) for c in columns})
        path = out / f"{table}.csv"
        atomic_write(path, _csv_bytes(columns, rows))
        written.append(path)
    return written


WRITERS = {"json": write_json, "jsonl": write_jsonl, "csv": write_csv}


def write_errors(errors: Iterable[dict[str, str]], out: Path) -> Path:
    """`errors.jsonl`, always written (empty when all went well), one line per failed input."""
    path = out / "errors.jsonl"
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in sorted(errors, key=lambda e: e["path"])]
    atomic_write(path, "".join(lines).encode("utf-8"))
    return path
