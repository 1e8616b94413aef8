"""Writing results: atomic, deterministic, in the formats of the record contract.

An interrupted batch must never leave a half-written file under its final name, and the
same input must give byte-identical output (so that diffs between runs mean something):
every file is written to a temporary name in the same folder and renamed into place,
records are sorted by `doc_id`, and nothing time- or machine-dependent is written.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import tempfile
import typing
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
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
    with atomic_open(path, binary=True) as fh:
        fh.write(data)


def safe_name(doc_id: str) -> str:
    """A file name derived from `doc_id` that cannot leave the output folder."""
    name = re.sub(r"[^\w.-]+", "_", doc_id, flags=re.UNICODE).lstrip(".-_") or "document"
    return name[:200]


def file_names(doc_ids: Iterable[str]) -> dict[str, str]:
    """A file name for each doc_id of a batch, distinct even where sanitising makes two
    alike (`plan with spaces`, `plan_with_spaces`) or a case-insensitive file system would
    (`Plan`, `plan`): a name shared that way gets a short hash of its doc_id appended, so one
    document never overwrites another. A name no other id shares stays `safe_name(doc_id)`."""
    groups: dict[str, list[str]] = {}
    for doc_id in sorted(set(doc_ids)):
        groups.setdefault(safe_name(doc_id).casefold(), []).append(doc_id)
    names = {group[0]: safe_name(group[0]) for group in groups.values() if len(group) == 1}
    taken = {name.casefold() for name in names.values()}
    for group in groups.values():
        if len(group) == 1:
            continue
        for doc_id in group:
            digest = hashlib.sha256(doc_id.encode("utf-8")).hexdigest()
            size = 8
            while (name := f"{safe_name(doc_id)[:190]}-{digest[:size]}").casefold() in taken:
                size += 4  # only a hostile name equal to another's suffixed one gets here
            taken.add(name.casefold())
            names[doc_id] = name
    return names


OUTPUT_MARK = ".kehoach-output"
"""The file that marks a folder kehoach wrote (extract, report, compare): a later
`extract` over a folder that contains it does not read kehoach's own outputs as plans."""


def mark_output_folder(folder: Path) -> None:
    atomic_write(folder / OUTPUT_MARK, b"written by kehoach: kehoach extract skips this folder inside an input\n")


def pretty_json(compact: str) -> str:
    """A Document's compact JSON (as cached) in the indented form of `<doc_id>.json`."""
    return json.dumps(json.loads(compact), ensure_ascii=False, indent=2) + "\n"


@contextmanager
def atomic_open(path: Path, binary: bool = False) -> Iterator[typing.IO[Any]]:
    """A file that appears under `path` only once it is completely written and synced;
    the temporary name is hidden (`.name.*.part`) and removed on failure."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    umask = os.umask(0)
    os.umask(umask)
    os.fchmod(fd, 0o666 & ~umask)  # mkstemp makes 0600; outputs are ordinary files
    try:
        with os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
        row[prefix] = json.dumps(  # `metadata.sources` holds records
            {k: v.model_dump(mode="json") if isinstance(v, BaseModel) else v for k, v in value.items()},
            ensure_ascii=False, sort_keys=True,
        )
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


def document_row(doc: Document) -> dict[str, Any]:
    row: dict[str, Any] = {"doc_id": doc.doc_id}
    _flatten("source", doc.source, row)
    _flatten("", doc.metadata, row)
    for name in RECORD_LISTS:
        row[f"n_{name}"] = len(getattr(doc, name))
    row["warnings"] = "; ".join(doc.warnings)
    return row


def write_assembled(
    fmt: str, docs: Iterable[str], out: Path, names: Mapping[str, str] | None = None
) -> Counter[str]:
    """Write the outputs of format `fmt` from compact Document JSON, one document at a
    time and in the given (doc_id) order; returns the record counts. `names` gives each
    doc_id its JSON file name (see `file_names`; default `safe_name`)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; valid: {', '.join(FORMATS)}")
    counts: Counter[str] = Counter()
    with ExitStack() as stack:
        jsonl = stack.enter_context(atomic_open(out / "documents.jsonl")) if fmt == "jsonl" else None
        tables: dict[str, tuple[csv.DictWriter, list[str]]] = {}
        if fmt == "csv":
            for table, columns in _table_columns().items():
                fh = stack.enter_context(atomic_open(out / f"{table}.csv"))
                writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="raise", lineterminator="\n")
                writer.writeheader()
                tables[table] = (writer, columns)
        for compact in docs:
            data = json.loads(compact)
            for name in RECORD_LISTS:
                counts[name] += len(data[name])
            if fmt == "json":
                doc_id = data["doc_id"]
                path = out / f"{names[doc_id] if names else safe_name(doc_id)}.json"
                body = pretty_json(compact)
                if not path.exists() or path.read_text(encoding="utf-8") != body:
                    atomic_write(path, body.encode("utf-8"))
            elif jsonl is not None:
                jsonl.write(compact + "\n")
            else:
                doc = Document.model_validate(data)
                for table, rows in _rows(doc).items():
                    writer, columns = tables[table]
                    for row in rows:
                        writer.writerow({c: csv_cell(row.get(c)) for c in columns})
    return counts


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
"""First characters that make Excel, LibreOffice Calc and Google Sheets read a cell as a
formula (OWASP's CSV injection list): `=HYPERLINK(…)` in a plan's text or a file name must
not run when an analyst opens the table."""


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell: empty for null; text that starts like a formula gets a leading
    `'`, which spreadsheets read as "this is text" and hide (OWASP's advice). Numbers are
    left alone (a negative number is not text); JSON and JSONL keep every raw value."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _table_columns() -> dict[str, list[str]]:
    columns = {
        "documents": [
            "doc_id", *_columns(Source, "source"), *_columns(Metadata), *(f"n_{n}" for n in RECORD_LISTS), "warnings"
        ]
    }
    for table, model in _TABLE_MODELS.items():
        columns[table] = ["doc_id", *_columns(model)]  # a null nested record leaves its columns empty
    columns["tasks"].insert(1, "task")
    columns["task_agencies"] = list(_TASK_AGENCY_COLUMNS)
    return columns


_TASK_AGENCY_COLUMNS = ("doc_id", "task", "role", "agency", "generic", "level", "place", "section",
                        "timeframe_kind", "timeframe_start", "timeframe_end", "timeframe_due")
"""`task_agencies.csv`: one row per task and agency it names, so "what does Công an tỉnh
lead, and by when" is a filter and a pivot, with no splitting of `; `-joined cells."""


def _task_agency_rows(doc: Document) -> list[dict[str, Any]]:
    by_name = {a.canonical: a for a in doc.agencies}
    rows = []
    for i, task in enumerate(doc.tasks):
        tf = task.timeframe
        for role, names in (("lead", task.lead), ("partner", task.partners), ("advisor", task.advisors)):
            for name in names:
                agency = by_name.get(name)
                rows.append({
                    "doc_id": doc.doc_id, "task": i, "role": role, "agency": name,
                    "generic": agency.generic if agency else None, "level": agency.level if agency else None,
                    "place": agency.place if agency else None, "section": task.section,
                    "timeframe_kind": tf.kind if tf else None, "timeframe_start": tf.start if tf else None,
                    "timeframe_end": tf.end if tf else None, "timeframe_due": tf.due if tf else None,
                })
    return rows


def _rows(doc: Document) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {"documents": [document_row(doc)]}
    for table in _TABLE_MODELS:
        rows[table] = []
        for record in getattr(doc, table):
            row: dict[str, Any] = {"doc_id": doc.doc_id}
            _flatten("", record, row)
            rows[table].append(row)
    for i, row in enumerate(rows["tasks"]):
        row["task"] = i
    rows["task_agencies"] = _task_agency_rows(doc)
    return rows


def write_errors(errors: Iterable[dict[str, str]], out: Path) -> Path:
    """`errors.jsonl`, always written (empty when all went well), one line per failed input."""
    path = out / "errors.jsonl"
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in sorted(errors, key=lambda e: e["path"])]
    atomic_write(path, "".join(lines).encode("utf-8"))
    return path
