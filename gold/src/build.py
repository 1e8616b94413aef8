"""Write gold/<doc_id>.json from the hand-written labels_*.py files (run from anywhere):

    python gold/src/build.py

The JSON files are what `kehoach gold check` and `kehoach evaluate` read."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from pipeline.gold import GoldDocument, gold_json  # noqa: E402


def main() -> None:
    for module_path in sorted(HERE.glob("labels_*.py")):
        module = importlib.import_module(module_path.stem)
        for raw in getattr(module, "DOCS", None) or [module.DOC]:
            write(GoldDocument.model_validate(raw))


def write(doc: GoldDocument) -> None:
    out = HERE.parent / f"{doc.doc_id}.json"
    out.write_text(gold_json(doc), encoding="utf-8")
    print(f"{out.relative_to(HERE.parents[1])}: " + ", ".join(
        f"{len(getattr(doc, k))} {k}" for k in ("sections", "targets", "tasks", "agencies", "deadlines", "citations")))


if __name__ == "__main__":
    main()
