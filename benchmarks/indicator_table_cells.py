"""Every bare numeric table cell of an output folder, read as a target and annotated.

    python -m benchmarks.indicator_table_cells OUT... > cells.jsonl

The targets extractor emits few table cells, so the table mechanisms of the indicator matching
(`pipeline/extract/indicators/tables.py`) are measured on every number that stands alone in a
table cell — a `| … |` row's cell (not its first, the row number) or a paragraph between blank
lines that is not a row number — whether or not it is a commitment. One JSON line per cell
(`doc`, `span`, `text`, `indicator`, `rule`, `reason`). To compare two versions of the
matching, run it with each on the path (`PYTHONPATH=<a checkout> python …/indicator_table_cells.py`
from outside the worktree) and join the lines on (doc, span).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from pipeline.extract.indicators import annotate
from pipeline.models import Target

CELL = re.compile(r"^\s*(\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?)\s*(%?)\s*$")


def _cells(text: str) -> list[tuple[int, re.Match[str]]]:
    found, pos = [], 0
    for line in text.split("\n"):
        if line.lstrip().startswith("|") and line.count("|") >= 3:
            at = pos
            for k, cell in enumerate(line.split("|")):
                m = CELL.match(cell)
                if m and k > 1 and re.search(r"[^\W\d_]{2,}", line):  # not the row-number cell
                    found.append((at + cell.index(m.group(1)), m))
                at += len(cell) + 1
        else:
            m = CELL.match(line)
            following = text[pos + len(line):pos + len(line) + 200].lstrip("\n").split("\n")[0]
            row_number = m is not None and not m.group(2) and re.fullmatch(r"\d{1,3}", m.group(1)) \
                and re.search(r"[^\W\d_]{3,}", following)
            alone = text[max(0, pos - 2):pos] == "\n\n" and text[pos + len(line):pos + len(line) + 2] in ("\n\n", "")
            if m and not row_number and alone:
                found.append((pos + line.index(m.group(1)), m))
        pos += len(line) + 1
    return found


def _value(raw: str) -> float | None:
    try:
        return float(raw.replace(".", "").replace(",", ".")) if "," in raw or raw.count(".") != 1 else float(raw)
    except ValueError:
        return None


def main() -> None:
    for out in sys.argv[1:]:
        for path in sorted(Path(out).glob("*.json")):
            doc = json.loads(path.read_text(encoding="utf-8"))
            text = doc["text"]
            made = []
            for start, m in _cells(text):
                raw, share = m.group(1), bool(m.group(2))
                value = _value(raw)
                if value is None or (not share and re.fullmatch(r"(?:19|20)\d\d", raw)):
                    continue
                written = m.group(0).strip()
                made.append(Target(span=(start, start + len(written)), text=written, kind="share" if share else "count",
                                   value=value, unit="%" if share else None))
            for t in annotate(made, text):
                print(json.dumps({"doc": path.stem, "span": t.span, "text": t.text, "indicator": t.indicator,
                                  "rule": t.indicator_rule, "reason": t.indicator_reason}, ensure_ascii=False))


if __name__ == "__main__":
    main()
