"""An `extract` output folder as pandas DataFrames, for Python users and notebooks.

`to_frames(OUT)` gives the same tables, with the same columns, as `--format csv` and
`--format parquet` write (`documents`, `texts`, `sections`, `targets`, `tasks`,
`task_agencies`, `agencies`, `deadlines`, `citations`), from whichever format the folder
holds (json, jsonl, csv or parquet), so an analysis written against the tables runs
unchanged on any batch.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.outputs import _rows, _table_columns
from pipeline.readers import load_documents


def to_frames(out: str | Path) -> dict[str, pd.DataFrame]:
    """Every table of the batch in `out`, one row per record, documents in doc_id order;
    a `UsageError` saying why when `out` is not an `extract` output folder."""
    docs = load_documents(out)
    columns = _table_columns()
    rows: dict[str, list[dict]] = {table: [] for table in columns}
    for doc in docs.values():
        for table, table_rows in _rows(doc).items():
            rows[table].extend(table_rows)
    return {table: pd.DataFrame(rows[table], columns=columns[table]) for table in columns}
