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
import types
import typing
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pydantic_core
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

FORMATS = ("json", "jsonl", "csv", "parquet")
"""json: one `<doc_id>.json` per document; jsonl: `documents.jsonl`; csv and parquet: one
table per record type (`documents`, `texts`, `sections`, … see `table_columns`)."""
_TABLE_MODELS: dict[str, type[BaseModel]] = {
    "sections": Section,
    "targets": Target,
    "tasks": Task,
    "agencies": Agency,
    "deadlines": Deadline,
    "citations": Citation,
}


def parse_formats(value: str | Iterable[str]) -> tuple[str, ...]:
    """`json,csv,parquet` (or a list of names) as a tuple of formats, each once, in the order
    given; an unknown or empty list is a ValueError naming the valid formats."""
    names = value.split(",") if isinstance(value, str) else list(value)
    formats = tuple(dict.fromkeys(n.strip().lower() for n in names if n.strip()))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ValueError(f"unknown format {', '.join(unknown) or repr(value)}; valid: {', '.join(FORMATS)} "
                         "(several joined with commas, e.g. json,csv,parquet)")
    return formats


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
    """A Document's compact JSON (as cached) in the indented form of `<doc_id>.json`: the bytes
    of `json.dumps(…, ensure_ascii=False, indent=2)`, written by pydantic-core's Rust encoder
    (with `indent` the standard library falls back to its pure-Python one, three times slower).
    The two agree on layout, escapes and every float Python writes without an exponent; a
    document holding a float Python writes with one (`1e-05`, `1e+16`; Rust writes `1e-5`), or
    a value the Rust encoder refuses, takes the standard library's path."""
    odd = False

    def parse_float(text: str) -> float:
        nonlocal odd
        value = float(text)
        odd = odd or "e" in repr(value) or "n" in repr(value)  # 1e-05, inf
        return value

    def parse_constant(text: str) -> float:  # NaN, Infinity
        nonlocal odd
        odd = True
        return float(text)

    data = json.loads(compact, parse_float=parse_float, parse_constant=parse_constant)
    if not odd:
        try:
            return pydantic_core.to_json(data, indent=2).decode("utf-8") + "\n"
        except (pydantic_core.PydanticSerializationError, UnicodeDecodeError, ValueError):
            pass
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


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
            row[prefix] = join_strings(value)
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


LIST_SEPARATOR = "; "


def join_strings(items: list[str]) -> str:
    """A list of strings as one cell: `Công an tỉnh; Sở Y tế`, readable and easy to filter.
    When that would be ambiguous (an item containing `; `, an empty item, an item starting
    with `[`), the cell is the JSON array instead, so `split_strings` always gives the list back."""
    if any(not item or LIST_SEPARATOR in item or item.startswith("[") for item in items):
        return json.dumps(items, ensure_ascii=False)
    return LIST_SEPARATOR.join(items)


def split_strings(cell: str | None) -> list[str]:
    """The list `join_strings` wrote."""
    if not cell:
        return []
    if cell.startswith("["):
        return list(json.loads(cell))
    return cell.split(LIST_SEPARATOR)


def _record_type(annotation: Any) -> type[BaseModel] | None:
    """The record model inside `X | None`, if the field holds one."""
    for candidate in (annotation, *typing.get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def is_span(annotation: Any) -> bool:
    return bool(annotation == Span or Span in typing.get_args(annotation))


def nested_record(annotation: Any) -> type[BaseModel] | None:
    """The record a field holds inline (`period`, `signer`, `timeframe`): its fields become
    `<field>_<name>` columns. Lists and dicts of records are one JSON cell instead."""
    nested = _record_type(annotation)
    return nested if nested is not None and typing.get_origin(annotation) not in (list, dict) else None


def cell_kind(annotation: Any) -> str:
    """How a field's value is kept in a table cell: str, int, float, bool, strings (a list
    joined by `join_strings`) or json (lists of numbers or records, dicts)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(annotation) if a is not type(None)]
        return cell_kind(inner[0]) if len(inner) == 1 else "json"
    if origin is list:
        (item,) = typing.get_args(annotation)
        return "strings" if cell_kind(item) == "str" else "json"
    if origin is typing.Literal or annotation is str:
        return "str"
    if annotation in (bool, int, float):
        return annotation.__name__
    return "json"


def _column_kinds(model: type[BaseModel], prefix: str = "") -> dict[str, str]:
    """Columns of a table, even one with no rows, in the order `_flatten` fills them, each
    with its `cell_kind`."""
    columns: dict[str, str] = {}
    for name, field in model.model_fields.items():
        key = f"{prefix}_{name}" if prefix else name
        nested = nested_record(field.annotation)
        if is_span(field.annotation):
            columns |= {f"{key}_start": "int", f"{key}_end": "int"}
        elif nested is not None:
            columns |= _column_kinds(nested, key)
        else:
            columns[key] = cell_kind(field.annotation)
    return columns


def _columns(model: type[BaseModel], prefix: str = "") -> list[str]:
    return list(_column_kinds(model, prefix))


def document_row(doc: Document) -> dict[str, Any]:
    row: dict[str, Any] = {"doc_id": doc.doc_id}
    _flatten("source", doc.source, row)
    _flatten("", doc.metadata, row)
    for name in RECORD_LISTS:
        row[f"n_{name}"] = len(getattr(doc, name))
    row["warnings"] = join_strings(doc.warnings)
    row["schema_version"] = doc.schema_version
    return row


class _TableWriter:
    """One table of the csv or parquet output, written as documents stream by: CSV row by
    row, Parquet in row groups of `ROW_GROUP` rows (so memory stays flat and the bytes do
    not depend on how the batch was scheduled)."""

    ROW_GROUP = 10_000

    def __init__(self, stack: ExitStack, path: Path, kinds: dict[str, str]) -> None:
        self.kinds = kinds
        fh = stack.enter_context(atomic_open(path, binary=path.suffix == ".parquet"))
        self.rows: list[dict[str, Any]] = []
        if path.suffix == ".csv":
            self.csv: csv.DictWriter | None = csv.DictWriter(fh, fieldnames=list(kinds), extrasaction="raise",
                                                             lineterminator="\n")
            self.csv.writeheader()
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            self.csv = None
            self.schema = pa.schema([(column, _arrow_type(kind)) for column, kind in kinds.items()])
            self.parquet = pq.ParquetWriter(fh, self.schema)
            stack.callback(self._close)  # runs before the file is synced and renamed

    def write(self, row: dict[str, Any]) -> None:
        if self.csv is not None:
            self.csv.writerow({c: csv_cell(row.get(c)) for c in self.kinds})
            return
        self.rows.append({c: row.get(c) for c in self.kinds})
        if len(self.rows) >= self.ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            self.parquet.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def _close(self) -> None:
        self._flush()
        self.parquet.close()


def _arrow_type(kind: str) -> Any:
    """A cell kind's Parquet type: lists and records keep the CSV's text form, so both tables
    hold the same values and one reader rebuilds Documents from either."""
    import pyarrow as pa

    return {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}.get(kind, pa.string())


def write_assembled(
    fmt: str | Sequence[str], docs: Iterable[str], out: Path, names: Mapping[str, str] | None = None
) -> Counter[str]:
    """Write the outputs of the formats `fmt` (`json,csv,parquet` or a list) from compact
    Document JSON, in one pass, one document at a time and in the given (doc_id) order;
    returns the record counts. `names` gives each doc_id its JSON file name (see
    `file_names`; default `safe_name`)."""
    formats = parse_formats(fmt)
    counts: Counter[str] = Counter()
    with ExitStack() as stack:
        jsonl = stack.enter_context(atomic_open(out / "documents.jsonl")) if "jsonl" in formats else None
        tables = [{table: _TableWriter(stack, out / f"{table}.{suffix}", kinds) for table, kinds in table_kinds().items()}
                  for suffix in ("csv", "parquet") if suffix in formats]
        for compact in docs:
            data = json.loads(compact)
            for name in RECORD_LISTS:
                counts[name] += len(data[name])
            if "json" in formats:
                doc_id = data["doc_id"]
                path = out / f"{names[doc_id] if names else safe_name(doc_id)}.json"
                body = pretty_json(compact)
                if not path.exists() or path.read_text(encoding="utf-8") != body:
                    atomic_write(path, body.encode("utf-8"))
            if jsonl is not None:
                jsonl.write(compact + "\n")
            if tables:
                doc = Document.model_validate(data)
                for table, rows in _rows(doc).items():
                    for writers in tables:
                        for row in rows:
                            writers[table].write(row)
    return counts


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
"""First characters that make Excel, LibreOffice Calc and Google Sheets read a cell as a
formula (OWASP's CSV injection list): `=HYPERLINK(…)` in a plan's text or a file name must
not run when an analyst opens the table."""


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell: empty for null; text that starts like a formula gets a leading
    `'`, which spreadsheets read as "this is text" and hide (OWASP's advice), and so does
    text that starts with `'` itself, so that a reader strips exactly one `'` from any cell
    that has one and gets the value back. Numbers are left alone (a negative number is not
    text); JSON, JSONL and Parquet keep every raw value."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith((*FORMULA_STARTS, "'")):
        return "'" + value
    return value


def table_kinds() -> dict[str, dict[str, str]]:
    """Every table of the csv and parquet outputs: its columns, in order, each with its
    `cell_kind`. `documents` has one row per document (its source, metadata, record counts
    and warnings), `texts` its normalised text (kept apart so `documents` opens in a
    spreadsheet), then one table per record type; `tasks` numbers its rows (`task`), which
    `task_agencies` refers to."""
    kinds: dict[str, dict[str, str]] = {
        "documents": {"doc_id": "str", **_column_kinds(Source, "source"), **_column_kinds(Metadata),
                      **{f"n_{n}": "int" for n in RECORD_LISTS}, "warnings": "strings", "schema_version": "str"},
        "texts": {"doc_id": "str", "text": "str"},
    }
    for table, model in _TABLE_MODELS.items():
        kinds[table] = {"doc_id": "str", **_column_kinds(model)}  # a null nested record leaves its columns empty
    kinds["tasks"] = {"doc_id": "str", "task": "int", **_column_kinds(Task)}
    kinds["task_agencies"] = dict(_TASK_AGENCY_COLUMNS)
    return kinds


def _table_columns() -> dict[str, list[str]]:
    return {table: list(kinds) for table, kinds in table_kinds().items()}


_TASK_AGENCY_COLUMNS = (("doc_id", "str"), ("task", "int"), ("role", "str"), ("agency", "str"), ("generic", "bool"),
                        ("level", "str"), ("place", "str"), ("section", "str"), ("timeframe_kind", "str"),
                        ("timeframe_start", "str"), ("timeframe_end", "str"), ("timeframe_due", "str"))
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
    rows: dict[str, list[dict[str, Any]]] = {"documents": [document_row(doc)],
                                             "texts": [{"doc_id": doc.doc_id, "text": doc.text}]}
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
