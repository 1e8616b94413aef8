"""An `extract` output folder as pandas DataFrames, for Python users and notebooks.

`to_frames(OUT)` gives the same tables, with the same columns, as `--format csv` writes
(`documents`, `sections`, `targets`, `tasks`, `task_agencies`, `agencies`, `deadlines`,
`citations`), from whichever format the folder holds (JSON or JSONL), so an analysis written
against the CSV files runs unchanged on a JSON batch.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.evaluate import load_predictions
from pipeline.outputs import _rows, _table_columns


def to_frames(out: str | Path) -> dict[str, pd.DataFrame]:
    """Every table of the batch in `out`, one row per record, documents in doc_id order."""
    folder = Path(out)
    docs = load_predictions(folder)
    if not docs:
        raise FileNotFoundError(f"{folder}: no kehoach output (no *.json or documents.jsonl)")
    columns = _table_columns()
    rows: dict[str, list[dict]] = {table: [] for table in columns}
    for doc_id in sorted(docs):
        for table, table_rows in _rows(docs[doc_id]).items():
            rows[table].extend(table_rows)
    return {table: pd.DataFrame(rows[table], columns=columns[table]) for table in columns}
