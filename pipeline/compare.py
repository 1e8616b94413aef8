"""Line up targets across plans, and plans with the plans they implement.

Researchers compare how ambitious each locality is (Thanh Hóa: at least 80 % of communes;
Chi Lăng: 20 %). `compare(OUT, DEST)` writes, from any `extract` output folder:

- `targets_tidy.csv` / `.parquet`: one row per target — indicator, locality, admin level,
  plan year, value, value_max, comparator, unit, subject, the evidence text, doc_id and span.
  Targets with no indicator are rows too (indicator empty), never dropped;
- `targets_wide.csv`: indicator × locality and year, each cell the commitment as written in
  short (`≥ 80 %`, `3–5 %`, `5/11 huyện`);
- `charts/<indicator>.png` and `.svg` for each indicator present in two plans or more: the
  committed values by locality and year, the comparator drawn with the value (`≥ 80 %` is a
  hatched bar, not a point), and `charts/overview.png|svg`, chosen indicators stacked with each
  plan in the same column of every panel;
- `lineage.csv`: each citation resolved to the document of the batch it names (same number
  and symbol, issuer and year), and `lineage_targets.csv`, a child plan's targets beside its
  parent's on the indicators they share (a district's 20 % against its province's 80 %).
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pandas as pd

from pipeline.evaluate import load_predictions
from pipeline.extract.indicators import Taxonomy
from pipeline.models import Document, Target
from pipeline.outputs import atomic_write, csv_cell, mark_output_folder

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


def _indicator(t: Target, taxonomy: Taxonomy | None) -> str | None:
    """The target's indicator under `taxonomy` (a user's extended one), matched as extraction
    matches it; a code extraction gave by context (`… cấp tỉnh và 15% ở các huyện` inherits its
    neighbour's) is kept when the new taxonomy has nothing better and still has the code."""
    if taxonomy is None:
        return t.indicator
    found = taxonomy.match(t.subject, t.activity, t.text, t.kind)
    if found is None and t.indicator in taxonomy.codes:
        return t.indicator
    return found


def tidy_targets(docs: dict[str, Document], taxonomy: Taxonomy | None = None) -> pd.DataFrame:
    rows = []
    for doc_id in sorted(docs):
        doc = docs[doc_id]
        for t in doc.targets:
            rows.append({
                "indicator": _indicator(t, taxonomy), "locality": locality(doc), "admin_level": doc.metadata.admin_level,
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


def _plan_label(row: object) -> str:
    year = getattr(row, "plan_year")
    return f"{getattr(row, 'locality')}\n{'' if pd.isna(year) else int(year)}"


def _axis_value(row: object) -> tuple[float, float, str]:
    """(low, high, unit) a commitment is drawn at: a ratio of units (`5/11 huyện`) as the share
    it is, so it stands on a % axis beside shares, labelled with what the plan wrote."""
    value, value_max, denominator = (getattr(row, n) for n in ("value", "value_max", "denominator"))
    high = value_max if not pd.isna(value_max) else value
    if not pd.isna(denominator) and denominator:
        return 100 * value / denominator, 100 * high / denominator, "%"
    return value, high, getattr(row, "unit") if isinstance(getattr(row, "unit"), str) else ""


def _panel(ax: object, indicator: str, rows: pd.DataFrame, plans: list[str]) -> None:
    """One indicator across `plans`, one column per plan in the same order in every panel. The
    axis holds the unit most of its commitments share; a bar is hatched when the commitment is
    a floor (`≥`), a range is drawn as its span, and the commitment is written on top as the plan
    states it. A commitment in another unit (`2 lớp` beside shares of staff) is written in its
    column with no bar: lined up, not drawn to a scale it does not share."""
    rows = rows[rows.value.notna()]
    marks = [(_plan_label(r), *_axis_value(r), r) for r in rows.itertuples()]
    units = pd.Series([m[3] for m in marks]).value_counts()
    axis_unit = units.index[0] if len(units) else ""
    width = 0.8
    top = max([m[2] for m in marks if m[3] == axis_unit] or [1.0])
    for plan in plans:
        mine = [m for m in marks if m[0] == plan]
        for k, (_, low, high, unit, r) in enumerate(mine):
            x = plans.index(plan) - width / 2 + width * (k + 0.5) / len(mine)
            if unit != axis_unit:
                ax.annotate(r.commitment, (x, top * 0.04), ha="center", va="bottom", fontsize=8, style="italic",
                            rotation=90 if len(mine) > 1 else 0)
                continue
            floor = r.comparator in (">=", ">")
            ax.bar(x, high, width=width / len(mine) * 0.9, color="#DD8452" if floor else "#4C72B0",
                   hatch="//" if floor else None, edgecolor="black")
            if r.comparator == "range":
                ax.vlines(x, low, high, color="black", linewidth=3)
            ax.annotate(r.commitment, (x, high), ha="center", va="bottom", fontsize=8)
    ax.set_xticks(range(len(plans)), plans, fontsize=8)
    ax.set_xlim(-0.6, len(plans) - 0.4)
    ax.set_ylim(0, top * 1.2)
    ax.set_ylabel(axis_unit or "value")
    ax.set_title(indicator, fontsize=9)


def _save(fig: object, dest: Path, name: str) -> list[Path]:
    """PNG for reading, SVG with its text kept as text (editable, searchable)."""
    import matplotlib.pyplot as plt

    dest.mkdir(parents=True, exist_ok=True)
    paths = []
    for suffix in ("png", "svg"):
        path = dest / f"{re.sub(r'[^A-Za-z0-9_.-]+', '_', name)}.{suffix}"
        buffer = io.BytesIO()
        with plt.rc_context({"svg.fonttype": "none"}):
            fig.savefig(buffer, format=suffix, dpi=150, metadata={"Date": None} if suffix == "svg" else None)
        atomic_write(path, buffer.getvalue())
        paths.append(path)
    plt.close(fig)
    return paths


def _plans(rows: pd.DataFrame) -> list[str]:
    ordered = rows.sort_values(["plan_year", "locality"], na_position="last")
    return list(dict.fromkeys(_plan_label(r) for r in ordered.itertuples()))


def _figure(panels: int, plans: int) -> tuple[object, list[object]]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(panels, 1, figsize=(max(4.0, 1.7 * plans), 3.2 * panels), squeeze=False)
    fig.text(0.01, 0.005, "hatched: at least (≥); italic, no bar: stated in another unit", fontsize=7)
    return fig, [row[0] for row in axes]


def chart(indicator: str, rows: pd.DataFrame, dest: Path) -> list[Path]:
    """`charts/<indicator>.png|svg`: the committed values of one indicator by plan."""
    plans = _plans(rows)
    fig, (ax,) = _figure(1, len(plans))
    _panel(ax, indicator, rows, plans)
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return _save(fig, dest, indicator)


def overview(tidy: pd.DataFrame, indicators: list[str], dest: Path) -> list[Path]:
    """`charts/overview.png|svg`: several indicators stacked, every plan that states any of them
    in the same column of every panel, so that one locality reads down the page (Thanh Hóa's,
    Hòa Bình's and Chi Lăng's propaganda and training commitments side by side)."""
    rows = tidy[tidy.indicator.isin(indicators) & tidy.value.notna()]
    plans = _plans(rows)
    fig, axes = _figure(len(indicators), len(plans))
    for ax, indicator in zip(axes, indicators):
        _panel(ax, indicator, rows[rows.indicator == indicator], plans)
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return _save(fig, dest, "overview")


def csv_text(frame: pd.DataFrame) -> str:
    """A table as CSV; text cells that start like a spreadsheet formula get a leading `'`
    (see `csv_cell`)."""
    safe = frame.map(lambda v: csv_cell(v) if isinstance(v, str) else v)
    safe.columns = [csv_cell(c) for c in frame.columns]
    return safe.to_csv(index=False, lineterminator="\n")


def _write_csv(frame: pd.DataFrame, path: Path) -> None:
    atomic_write(path, csv_text(frame).encode("utf-8"))


def compare(out: Path, dest: Path, indicators: list[str] | None = None,
            taxonomy: Taxonomy | None = None) -> dict[str, object]:
    """Write the comparison tables and charts of the batch in `out` into `dest`; the overview
    chart stacks `indicators` (default: every indicator two plans or more state). With a
    `taxonomy` (the bundled one extended by a user), targets are re-matched to it first."""
    docs = load_predictions(out)
    if not docs:
        raise FileNotFoundError(f"{out}: no kehoach output (no *.json or documents.jsonl)")
    tidy = tidy_targets(docs, taxonomy)
    known = set(tidy.indicator.dropna())
    unknown = [i for i in indicators or [] if i not in known]
    if unknown:
        raise ValueError(f"no target of the batch has indicator {', '.join(unknown)}; "
                         f"the batch has: {', '.join(sorted(known))}")
    dest.mkdir(parents=True, exist_ok=True)
    mark_output_folder(dest)
    _write_csv(tidy, dest / "targets_tidy.csv")
    tidy.to_parquet(dest / "targets_tidy.parquet", index=False)
    _write_csv(wide_targets(tidy), dest / "targets_wide.csv")
    links = lineage(docs)
    _write_csv(links, dest / "lineage.csv")
    _write_csv(lineage_targets(tidy, links), dest / "lineage_targets.csv")
    charts = []
    shared = [str(i) for i, rows in tidy[tidy.indicator.notna()].groupby("indicator") if rows.doc_id.nunique() >= 2]
    for indicator in shared:
        charts += chart(indicator, tidy[tidy.indicator == indicator], dest / "charts")
    if indicators or shared:
        charts += overview(tidy, indicators or shared, dest / "charts")
    return {"documents": len(docs), "targets": len(tidy), "without_indicator": int(tidy.indicator.isna().sum()),
            "charts": charts, "links": len(links)}
