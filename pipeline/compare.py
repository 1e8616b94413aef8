"""Line up targets across plans, and plans with the plans they implement.

Researchers compare how ambitious each locality is (Thanh Hóa: at least 80 % of communes;
Chi Lăng: 20 %). `compare(OUT, DEST)` writes, from any `extract` output folder:

- `targets_tidy.csv` / `.parquet`: one row per target — indicator, locality, admin level,
  plan year, value, value_max, comparator, unit, subject, the evidence text, doc_id and span.
  Targets with no indicator are rows too (indicator empty), never dropped;
- `targets_wide.csv`: indicator × locality and year, each cell the commitment as written in
  short (`≥ 80 %`, `3–5 %`, `5/11 huyện`);
- `charts/<indicator>.png` and `.svg` for each indicator present in two plans or more: the
  committed values by locality and year, the comparator drawn with the value (`≥ 80 %` is an
  open bar, not a point);
- `lineage.csv`: each citation resolved to the document of the batch it names (same number
  and symbol, issuer and year), and `lineage_targets.csv`, a child plan's targets beside its
  parent's on the indicators they share (a district's 20 % against its province's 80 %).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from pipeline.evaluate import load_predictions
from pipeline.models import Document
from pipeline.outputs import atomic_write

_SYMBOLS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "", "range": ""}


def locality(doc: Document) -> str:
    """The place a plan is for, most local first (`Chi Lăng`, `Thanh Hóa`), else its issuer."""
    meta = doc.metadata
    return meta.commune or meta.district or meta.province or meta.place or meta.issuer or doc.doc_id


def short(value: float | None, value_max: float | None, denominator: float | None, comparator: str | None,
          unit: str | None) -> str:
    """A commitment in a few characters, comparator kept: `≥ 80 %`, `3–5 %`, `5/11 huyện`."""
    if value is None:
        return "(no number)"
    text = f"{value:g}" + (f"–{value_max:g}" if value_max is not None else "")
    if denominator is not None:
        text += f"/{denominator:g}"
    symbol = _SYMBOLS.get(comparator or "=", "")
    unit_text = "" if not unit else (" %" if unit == "%" else f" {unit}")
    return f"{symbol + ' ' if symbol else ''}{text}{unit_text}"


def tidy_targets(docs: dict[str, Document]) -> pd.DataFrame:
    rows = []
    for doc_id in sorted(docs):
        doc = docs[doc_id]
        for t in doc.targets:
            rows.append({
                "indicator": t.indicator, "locality": locality(doc), "admin_level": doc.metadata.admin_level,
                "plan_year": doc.metadata.plan_year or (doc.metadata.period.end if doc.metadata.period else None),
                "value": t.value, "value_max": t.value_max, "denominator": t.denominator,
                "comparator": t.comparator, "unit": t.unit, "kind": t.kind, "subject": t.subject,
                "commitment": short(t.value, t.value_max, t.denominator, t.comparator, t.unit),
                "evidence": t.text, "doc_id": doc_id, "span_start": t.span[0], "span_end": t.span[1], "page": t.page,
            })
    columns = ["indicator", "locality", "admin_level", "plan_year", "value", "value_max", "denominator", "comparator",
               "unit", "kind", "subject", "commitment", "evidence", "doc_id", "span_start", "span_end", "page"]
    return pd.DataFrame(rows, columns=columns)


def wide_targets(tidy: pd.DataFrame) -> pd.DataFrame:
    known = tidy[tidy.indicator.notna()].copy()
    if known.empty:
        return pd.DataFrame(columns=["indicator"])
    known["plan"] = known.locality + " " + known.plan_year.map(lambda y: "" if pd.isna(y) else f"{int(y)}")
    wide = known.pivot_table(index="indicator", columns="plan", values="commitment",
                             aggfunc=lambda cells: "; ".join(cells))
    return wide.reset_index()


def _canonical_number(doc: Document) -> str | None:
    number = doc.metadata.doc_number
    return re.sub(r"\s+", "", number).casefold() if number else None


def lineage(docs: dict[str, Document]) -> pd.DataFrame:
    """Citations resolved to documents of the same batch: same number and symbol
    (`76/KH-UBND`), the same issuer when both say one, and the same year when both say one."""
    by_number: dict[str, list[Document]] = {}
    for doc in docs.values():
        key = _canonical_number(doc)
        if key:
            by_number.setdefault(key, []).append(doc)
    rows = []
    for child_id in sorted(docs):
        child = docs[child_id]
        for c in child.citations:
            if not c.canonical_id:
                continue
            for parent in by_number.get(re.sub(r"\s+", "", c.canonical_id).casefold(), []):
                if parent.doc_id == child_id:
                    continue
                issuer_ok = not (c.issuer and parent.metadata.issuer) or \
                    c.issuer.casefold() == parent.metadata.issuer.casefold()
                year = int(c.date[:4]) if c.date else c.year
                parent_year = int(parent.metadata.issue_date[:4]) if parent.metadata.issue_date else None
                if issuer_ok and (year is None or parent_year is None or year == parent_year):
                    rows.append({"child": child_id, "child_locality": locality(child), "relation": c.relation,
                                 "parent": parent.doc_id, "parent_locality": locality(parent),
                                 "citation": c.text, "canonical_id": c.canonical_id, "span_start": c.span[0],
                                 "span_end": c.span[1]})
    return pd.DataFrame(rows, columns=["child", "child_locality", "relation", "parent", "parent_locality", "citation",
                                       "canonical_id", "span_start", "span_end"])


def lineage_targets(tidy: pd.DataFrame, links: pd.DataFrame) -> pd.DataFrame:
    """A child plan's targets beside its parent's, on the indicators both set."""
    rows = []
    for link in links.itertuples():
        child = tidy[(tidy.doc_id == link.child) & tidy.indicator.notna()]
        parent = tidy[(tidy.doc_id == link.parent) & tidy.indicator.notna()]
        for indicator in sorted(set(child.indicator) & set(parent.indicator)):
            rows.append({"indicator": indicator, "child": link.child, "child_locality": link.child_locality,
                         "child_commitment": "; ".join(child[child.indicator == indicator].commitment),
                         "parent": link.parent, "parent_locality": link.parent_locality,
                         "parent_commitment": "; ".join(parent[parent.indicator == indicator].commitment)})
    return pd.DataFrame(rows, columns=["indicator", "child", "child_locality", "child_commitment", "parent",
                                       "parent_locality", "parent_commitment"])


def chart(indicator: str, rows: pd.DataFrame, dest: Path) -> list[Path]:
    """Committed values by plan: a bar per commitment, hatched when the commitment is a
    floor (`≥`), a range drawn as its span, the commitment written on top. One axis holds
    one unit: commitments in another unit are named in the title, not drawn."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = rows[rows.value.notna()]
    units = rows.unit.fillna("").value_counts()
    others = [u or "no unit" for u in units.index[1:]]
    rows = rows[rows.unit.fillna("") == units.index[0]].sort_values(["plan_year", "locality"])  # one axis, one unit
    labels = [f"{r.locality}\n{'' if pd.isna(r.plan_year) else int(r.plan_year)}" for r in rows.itertuples()]
    fig, ax = plt.subplots(figsize=(max(4.0, 1.6 * len(rows)), 3.6))
    for i, r in enumerate(rows.itertuples()):
        low = r.value
        high = r.value_max if not pd.isna(r.value_max) else r.value
        floor = r.comparator in (">=", ">")
        ax.bar(i, high if r.comparator == "range" else low, color="#4C72B0" if not floor else "#DD8452",
               hatch="//" if floor else None, edgecolor="black")
        if r.comparator == "range":
            ax.vlines(i, low, high, color="black", linewidth=3)
        ax.annotate(r.commitment, (i, high), ha="center", va="bottom", fontsize=9)
    ax.set_xticks(range(len(rows)), labels, fontsize=8)
    ax.set_ylabel(units.index[0] or "value")
    note = f"; also set in {', '.join(others)}: see targets_wide.csv" if others else ""
    ax.set_title(f"{indicator} (hatched: at least{note})", fontsize=9)
    fig.tight_layout()
    dest.mkdir(parents=True, exist_ok=True)
    paths = []
    for suffix in ("png", "svg"):
        path = dest / f"{re.sub(r'[^A-Za-z0-9_.-]+', '_', indicator)}.{suffix}"
        fig.savefig(path, dpi=150, metadata={"Date": None} if suffix == "svg" else None)
        paths.append(path)
    plt.close(fig)
    return paths


def _write_csv(frame: pd.DataFrame, path: Path) -> None:
    atomic_write(path, frame.to_csv(index=False, lineterminator="\n").encode("utf-8"))


def compare(out: Path, dest: Path) -> dict[str, object]:
    """Write the comparison tables and charts of the batch in `out` into `dest`."""
    docs = load_predictions(out)
    if not docs:
        raise FileNotFoundError(f"{out}: no kehoach output (no *.json or documents.jsonl)")
    dest.mkdir(parents=True, exist_ok=True)
    tidy = tidy_targets(docs)
    _write_csv(tidy, dest / "targets_tidy.csv")
    tidy.to_parquet(dest / "targets_tidy.parquet", index=False)
    _write_csv(wide_targets(tidy), dest / "targets_wide.csv")
    links = lineage(docs)
    _write_csv(links, dest / "lineage.csv")
    _write_csv(lineage_targets(tidy, links), dest / "lineage_targets.csv")
    charts = []
    for indicator, rows in tidy[tidy.indicator.notna()].groupby("indicator"):
        if rows.doc_id.nunique() >= 2:
            charts += chart(str(indicator), rows, dest / "charts")
    return {"documents": len(docs), "targets": len(tidy), "without_indicator": int(tidy.indicator.isna().sum()),
            "charts": charts, "links": len(links)}
