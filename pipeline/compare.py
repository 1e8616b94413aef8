"""Line up targets across plans, and plans with the plans they implement.

Researchers compare how ambitious each locality is (Thanh Hóa: at least 80 % of communes;
Chi Lăng: 20 %). `compare(OUT, DEST)` writes, from any `extract` output folder:

- `targets_tidy.csv` / `.parquet`: one row per target — indicator (code, Vietnamese name,
  confidence, how it was matched or why none), locality, province, admin level, plan year,
  target year, value, value_max, comparator, comparable `low`/`high` (`≥ 80 %` → 80/none, `3–5 %`
  → 3/5), unit and normalised unit (`%`, `per 10,000 people`, `people`, `communes`, `schools` …),
  subject, the evidence text, doc_id, span and report record. Targets with no indicator are rows
  too (indicator empty), never dropped;
- `commitments.csv`: one row per plan, indicator, target year and value — an appendix table
  restating a body target is merged into it, both spans kept (`spans`, `records`);
- `targets_wide.csv`: indicator (code, name, target year) × locality and year, each cell the
  commitment as written in short (`≥ 80 %`, `3–5 %`, `5/11 huyện`);
- `charts/<indicator>.png` and `.svg` for each indicator present in two plans or more: the
  committed values by plan (locality, province, level, year), each bar labelled with its
  target year, the comparator drawn with the value (`≥ 80 %` is a hatched bar, not a point),
  each bar in the SVG a link to its sentence in the report (`../../report/docs/<doc>.html#r-targets-<i>`),
  and `charts/overview.png|svg`, chosen indicators stacked with each plan in the same column
  of every panel;
- `lineage.csv`: each citation resolved to the document of the batch it names (type, number
  and symbol, year when written, and issuer agreeing; a local number cited without an issuer
  only to the one such plan of the citing plan's own province), with the citing paragraph as
  `evidence` and the reason as `match`; `lineage_by_document.csv`, one row per cited
  document with the plans (and provinces) that cite or implement it and each one's evidence;
  and `lineage_targets.csv`, a child plan's targets beside its parent's on the indicators
  they share (a district's 20 % against its province's 80 %).
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from pydantic import BaseModel, ConfigDict

from pipeline.evaluate import Score
from pipeline.extract.indicators import Taxonomy, annotate, bundled
from pipeline.models import Document
from pipeline.outputs import atomic_write, csv_cell, file_names, mark_output_folder, safe_name
from pipeline.readers import load_documents

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


_LEVELS = {"national": "trung ương", "province": "tỉnh", "district": "huyện", "commune": "xã"}

_PER = [(re.compile(r"(?:/|trên|mỗi)\s*(?:1\s*)?(?:vạn|10[.,]?000)\s*(?:dân|người)", re.I), "per 10,000 people"),
        (re.compile(r"(?:/|trên|mỗi)\s*100[.,]?000\s*(?:dân|người|trẻ)", re.I), "per 100,000"),
        (re.compile(r"(?:/|trên|mỗi)\s*1[.,]?000\s*(?:dân|người|trẻ)", re.I), "per 1,000")]
_COUNTED = [("people", ("người", "lượt người", "lao động", "học viên", "học sinh", "sinh viên", "đối tượng", "cán bộ",
                        "đảng viên", "hội viên", "đoàn viên", "bệnh nhân", "trẻ", "người dân")),
            ("households", ("hộ", "hộ gia đình", "hộ dân")),
            ("communes", ("xã", "phường", "thị trấn", "xã, phường", "xã, phường, thị trấn", "đơn vị hành chính cấp xã")),
            ("districts", ("huyện", "huyện, thành phố", "huyện, thị xã, thành phố")),
            ("schools", ("trường", "trường học", "cơ sở giáo dục")),
            ("enterprises", ("doanh nghiệp",)),
            ("classes", ("lớp", "lớp tập huấn", "lớp bồi dưỡng"))]


def normalised_unit(unit: str | None, kind: str, text: str, denominator: float | None = None) -> str | None:
    """The unit a value is compared in: `%` for shares (and ratios, drawn as the share they are),
    `per 10,000 people` / `per 100,000` for rates (`giường bệnh/vạn dân`), and counts by what they
    count (`people`, `households`, `communes`, `schools` …); any other unit as the plan wrote it."""
    if kind == "share" or unit == "%" or denominator:
        return "%"
    for pattern, name in _PER:
        if pattern.search(text):
            return name
    if unit:
        folded = unit.casefold().strip()
        for name, words in _COUNTED:
            if folded in words or folded.split(" ")[0] in words and name in ("people", "households", "communes",
                                                                              "schools", "districts"):
                return name
    return unit


def bounds(value: float | None, value_max: float | None, comparator: str | None,
           denominator: float | None = None) -> tuple[float | None, float | None]:
    """(low, high) of a commitment on its comparable scale: `≥ 80 %` is (80, none), `≤ 5 %` is
    (none, 5), `3–5 %` is (3, 5), `= 80 %` is (80, 80); a ratio (`5/11 huyện`) as its share."""
    if value is None:
        return None, None
    scale = 100 / denominator if denominator else 1.0
    low, high = value * scale, (value_max if value_max is not None else value) * scale
    if comparator in (">=", ">"):
        return low, None
    if comparator in ("<=", "<"):
        return None, high
    return low, high


def tidy_targets(docs: dict[str, Document], taxonomy: Taxonomy | None = None) -> pd.DataFrame:
    """One row per target of every plan. With a `taxonomy` (a user's extended one), each target is
    re-matched to it as extraction matches (`annotate`), else extraction's codes are kept."""
    names = taxonomy or bundled()
    rows = []
    for doc_id in sorted(docs):
        doc = docs[doc_id]
        meta = doc.metadata
        targets = annotate(doc.targets, doc.text, taxonomy) if taxonomy is not None else doc.targets
        for i, t in enumerate(targets):
            low, high = bounds(t.value, t.value_max, t.comparator, t.denominator)
            rows.append({
                "indicator": t.indicator, "locality": locality(doc), "admin_level": meta.admin_level,
                "plan_year": meta.plan_year or (meta.period.end if meta.period else None),
                "value": t.value, "value_max": t.value_max, "denominator": t.denominator,
                "comparator": t.comparator, "unit": t.unit, "kind": t.kind, "subject": t.subject,
                "commitment": short(t.value, t.value_max, t.denominator, t.comparator, t.unit),
                "evidence": t.text, "doc_id": doc_id, "span_start": t.span[0], "span_end": t.span[1], "page": t.page,
                "indicator_name": names.name(t.indicator), "indicator_confidence": t.indicator_confidence,
                "indicator_rule": t.indicator_rule, "indicator_reason": t.indicator_reason,
                "province": meta.province, "target_year": t.target_year, "low": low, "high": high,
                "unit_normalised": normalised_unit(t.unit, t.kind, t.text, t.denominator), "record": f"targets-{i}",
            })
    return pd.DataFrame(rows, columns=TIDY_COLUMNS)


TIDY_COLUMNS = ["indicator", "locality", "admin_level", "plan_year", "value", "value_max", "denominator", "comparator",
                "unit", "kind", "subject", "commitment", "evidence", "doc_id", "span_start", "span_end", "page",
                "indicator_name", "indicator_confidence", "indicator_rule", "indicator_reason", "province",
                "target_year", "low", "high", "unit_normalised", "record"]


def commitments(tidy: pd.DataFrame) -> pd.DataFrame:
    """One commitment per plan, indicator and target year: a value an appendix table restates
    (`100%` in a row labelled as the body's target) is merged into the body's row, which keeps
    every span that states it (`spans`, `records`). Different values for one indicator in one
    plan and year (20 % of province staff, 30 % of district staff) stay separate commitments."""
    known = tidy[tidy.indicator.notna()].copy()
    if known.empty:
        return known.assign(spans=pd.Series(dtype=str), records=pd.Series(dtype=str), restated=pd.Series(dtype=int))
    key = ["doc_id", "indicator", "target_year", "low", "high", "comparator", "unit_normalised"]
    known = known.sort_values(["doc_id", "span_start"])
    rows = []
    same = pd.Series(["|".join(map(str, row)) for row in known[key].itertuples(index=False)], index=known.index)
    for _, group in known.groupby(same, sort=False):
        first = group.iloc[0].to_dict()
        first["spans"] = "; ".join(f"{a}-{b}" for a, b in zip(group.span_start, group.span_end))
        first["records"] = "; ".join(group.record)
        first["restated"] = len(group) - 1
        rows.append(first)
    return pd.DataFrame(rows, columns=[*tidy.columns, "spans", "records", "restated"])


def _year_text(year: object) -> str:
    return "" if year is None or pd.isna(year) else f"{int(year)}"


def wide_targets(tidy: pd.DataFrame) -> pd.DataFrame:
    """Indicator (with its Vietnamese name and the target years stated) × plan → the commitment as written,
    restatements merged; a plan's distinct commitments for one indicator and year joined by `; `."""
    known = commitments(tidy)
    if known.empty:
        return pd.DataFrame(columns=["indicator", "indicator_name", "target_year"])
    known["plan"] = known.locality + " " + known.plan_year.map(_year_text)
    known["target_year"] = known.target_year.map(_year_text)
    known["indicator_name"] = known.indicator_name.fillna(known.indicator)
    wide = known.pivot_table(index=["indicator", "indicator_name"], columns="plan",
                             values="commitment", aggfunc=lambda cells: "; ".join(cells)).reset_index()
    years = known.groupby("indicator").target_year.agg(lambda ys: "; ".join(sorted({y for y in ys if y})))
    wide.insert(2, "target_year", wide.indicator.map(years))
    return wide


_NUMBER = re.compile(r"^0*(?P<number>\d+)(?:/(?P<year>(?:19|20)\d\d))?/(?P<symbol>.+)$")


def _number_key(number: str | None, year: int | None = None, symbol: str | None = None
                ) -> tuple[int, int | None, str] | None:
    """(number, year written in it, symbol) of `76/KH-UBND` or `178/2004/NĐ-CP`, the symbol
    without spaces and case-folded; leading zeros do not count (`0130/KH-UBND` is 130)."""
    if not number:
        return None
    compact = re.sub(r"\s+", "", unicodedata.normalize("NFC", number))
    if symbol and "/" not in compact:  # a citation's parts: number `76`, symbol `KH-UBND`
        compact = f"{compact}/{year}/{symbol}" if year else f"{compact}/{symbol}"
    m = _NUMBER.match(compact)
    if not m:
        return None
    return int(m["number"]), int(m["year"]) if m["year"] else None, m["symbol"].casefold()


def _norm_issuer(issuer: str | None) -> str | None:
    if not issuer:
        return None
    text = unicodedata.normalize("NFC", issuer).casefold()
    text = re.sub(r"ủy ban nhân dân|uỷ ban nhân dân", "ubnd", text)
    text = re.sub(r"hội đồng nhân dân", "hđnd", text)
    return " ".join(text.replace(",", " ").split())


_BARE_ISSUER = re.compile(r"^(?:ubnd|hđnd)(?: (?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn))?$")
"""`UBND tỉnh`, `UBND huyện`: the citing plan's own province or district, not named."""


def _issuer_agrees(cited: str | None, child: Document, parent: Document) -> bool | None:
    """True when the citation's issuer is the parent's, False when it is another, None when
    either is not written. A bare `UBND tỉnh` in a plan of Lạng Sơn is UBND tỉnh Lạng Sơn."""
    mine, theirs = _norm_issuer(cited), _norm_issuer(parent.metadata.issuer)
    if mine is None or theirs is None:
        return None
    if _BARE_ISSUER.match(mine):  # only where both provinces are known to be the same one
        return theirs.startswith(mine) and bool(_same_province(child, parent))
    return mine == theirs


def _same_province(child: Document, parent: Document) -> bool | None:
    a, b = child.metadata.province, parent.metadata.province
    if not a or not b:
        return None
    return unicodedata.normalize("NFC", a).casefold() == unicodedata.normalize("NFC", b).casefold()


def _parent_year(parent: Document, key: tuple[int, int | None, str]) -> int | None:
    if key[1] is not None:
        return key[1]
    date = parent.metadata.issue_date
    return int(date[:4]) if date and date[:4].isdigit() else None


def _evidence(doc: Document, span: tuple[int, int], limit: int = 400) -> str:
    """The paragraph that holds the citation (a `Căn cứ …;` or `Thực hiện …` line), cut to
    about `limit` characters around it."""
    text = doc.text
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    end = len(text) if end < 0 else end
    start = max(start, span[0] - limit // 2)
    end = min(end, max(span[1] + limit // 2, start + limit))
    return " ".join(text[start:end].split())


LINEAGE_COLUMNS = ["child", "child_locality", "relation", "parent", "parent_locality", "citation", "canonical_id",
                   "span_start", "span_end", "evidence", "match"]


def lineage(docs: dict[str, Document]) -> pd.DataFrame:
    """Citations resolved to documents of the same batch, one row per citation and document.

    A plan number is only unique within its issuer: every province's People's Committee
    numbers its plans from 1 each year, so `76/KH-UBND` is a plan of Lạng Sơn and another of
    Cần Thơ. A citation therefore links to a document only when the number and symbol agree,
    the type agrees where both say one, the year (and the full date, where both write one)
    agrees where the citation writes one, and
    then either the issuer agrees, or no issuer is written and the document is unambiguous:
    a national document (its number is unique in the country), or the only document of the
    batch with that number in the citing plan's own province. `evidence` is the citing
    paragraph; `match` says which of these decided."""
    by_number: dict[tuple[int, str], list[tuple[Document, tuple[int, int | None, str]]]] = {}
    for doc in docs.values():
        key = _number_key(doc.metadata.doc_number)
        if key:
            by_number.setdefault((key[0], key[2]), []).append((doc, key))
    rows = []
    for child_id in sorted(docs):
        child = docs[child_id]
        for c in child.citations:
            cited = _number_key(c.number, c.year, c.symbol) or _number_key(c.canonical_id)
            if cited is None:
                continue
            year = cited[1] or (int(c.date[:4]) if c.date else c.year)
            candidates = []
            for parent, key in by_number.get((cited[0], cited[2]), []):
                if parent.doc_id == child_id:
                    continue
                if c.doc_type and parent.metadata.doc_type and \
                        c.doc_type.casefold() != parent.metadata.doc_type.casefold():
                    continue
                parent_year = _parent_year(parent, key)
                if year is not None and parent_year is not None and year != parent_year:
                    continue
                issued = parent.metadata.issue_date
                if c.date and issued and len(issued) == 10 and c.date != issued:
                    continue  # both dates written in full, and they differ
                candidates.append(parent)
            for parent, match in _resolve(c.issuer, child, candidates):
                rows.append({"child": child_id, "child_locality": locality(child), "relation": c.relation,
                             "parent": parent.doc_id, "parent_locality": locality(parent),
                             "citation": c.text, "canonical_id": c.canonical_id, "span_start": c.span[0],
                             "span_end": c.span[1], "evidence": _evidence(child, c.span), "match": match})
    return pd.DataFrame(rows, columns=LINEAGE_COLUMNS)


def _resolve(issuer: str | None, child: Document, candidates: list[Document]) -> list[tuple[Document, str]]:
    """The candidates a citation links to, with the reason (see `lineage`)."""
    agreed = [p for p in candidates if _issuer_agrees(issuer, child, p)]
    if agreed:
        return [(p, "number, type, year and issuer") for p in agreed]
    unknown = [p for p in candidates if _issuer_agrees(issuer, child, p) is None]
    national = [p for p in unknown if p.metadata.admin_level == "national"]
    if national:
        return [(p, "number, type and year of a national document") for p in national]
    # a local number with no issuer written: only the one such document of the batch, and
    # only in the citing plan's own province (its own UBND's plan), never another province's
    if len(unknown) == 1 and _same_province(child, unknown[0]):
        return [(unknown[0], "number, type and year; the only such document, in the same province")]
    return []


_LIST_COLUMNS = ("implemented_by", "children", "child_localities", "relations", "evidence")
"""Columns of `lineage_by_document` holding one entry per citing plan (one line each in the CSV)."""


def lineage_by_document(links: pd.DataFrame) -> pd.DataFrame:
    """One row per cited document of the batch: the plans that cite it (a national plan and
    the provinces' plans implementing it), their localities and relations, and the evidence
    paragraph of each link, in the order of the citing plans."""
    rows = []
    for parent, group in links.sort_values(["parent", "child", "span_start"]).groupby("parent", sort=True):
        first = group.drop_duplicates("child")
        rows.append({"parent": parent, "parent_locality": group.parent_locality.iloc[0],
                     "canonical_id": group.canonical_id.iloc[0], "plans": int(first.child.nunique()),
                     "implemented_by": sorted(set(group[group.relation == "implements"].child)),
                     "children": list(first.child), "child_localities": list(first.child_locality),
                     "relations": ["; ".join(sorted(set(group[group.child == c].relation))) for c in first.child],
                     "evidence": list(first.evidence)})
    return pd.DataFrame(rows, columns=["parent", "parent_locality", "canonical_id", "plans", "implemented_by",
                                       "children", "child_localities", "relations", "evidence"])


class GoldLink(BaseModel):
    """One link between two documents of a batch, judged by reading both."""

    model_config = ConfigDict(extra="forbid")
    child: str
    parent: str
    canonical_id: str
    link: bool
    """True when the child really cites the parent document; False for a candidate judged not
    to be one (kept so the judgment is not redone)."""
    note: str


class GoldLineage(BaseModel):
    """Every true link among `documents`, found by reading (gold/README.md, "Lineage")."""

    model_config = ConfigDict(extra="forbid")
    batch: str
    documents: list[str]
    links: list[GoldLink]


@dataclass
class LinkScore(Score):
    """Links found against links judged true: precision and recall as `evaluate.Score` counts them."""

    batch: str = ""
    documents: int = 0
    false_links: tuple[tuple[str, str], ...] = ()
    missed: tuple[tuple[str, str], ...] = ()


def score_lineage(docs: dict[str, Document], gold_file: Path) -> LinkScore | None:
    """Links `lineage` finds among the documents of `gold_file` present in `docs`, against the
    true links judged there; None when none of its documents are in `docs`."""
    import yaml

    gold = GoldLineage.model_validate(yaml.safe_load(gold_file.read_text(encoding="utf-8")))
    scope = set(gold.documents) & set(docs)
    if not scope:
        return None
    links = lineage({d: docs[d] for d in sorted(scope)})
    predicted = set(zip(links.child, links.parent))
    true = {(g.child, g.parent) for g in gold.links if g.link and g.child in scope and g.parent in scope}
    return LinkScore(tp=len(predicted & true), predicted=len(predicted), gold=len(true), batch=gold.batch,
                     documents=len(scope), false_links=tuple(sorted(predicted - true)),
                     missed=tuple(sorted(true - predicted)))


def lineage_targets(tidy: pd.DataFrame, links: pd.DataFrame) -> pd.DataFrame:
    """A child plan's targets beside its parent's, on the indicators both set, with the years
    each commits to."""
    rows = []
    known = commitments(tidy)
    for link in links.itertuples():
        child = known[known.doc_id == link.child]
        parent = known[known.doc_id == link.parent]
        for indicator in sorted(set(child.indicator) & set(parent.indicator)):
            mine, theirs = child[child.indicator == indicator], parent[parent.indicator == indicator]
            rows.append({"indicator": indicator, "child": link.child, "child_locality": link.child_locality,
                         "child_commitment": "; ".join(mine.commitment),
                         "child_target_year": "; ".join(mine.target_year.map(_year_text)),
                         "parent": link.parent, "parent_locality": link.parent_locality,
                         "parent_commitment": "; ".join(theirs.commitment),
                         "parent_target_year": "; ".join(theirs.target_year.map(_year_text))})
    return pd.DataFrame(rows, columns=["indicator", "child", "child_locality", "child_commitment", "child_target_year",
                                       "parent", "parent_locality", "parent_commitment", "parent_target_year"])


def _plan_label(row: object) -> str:
    """The plan's column: its locality, the province it lies in when that is another name, its
    level and year (`Chi Lăng (Lạng Sơn)` / `huyện 2024`)."""
    year, province, place = getattr(row, "plan_year"), getattr(row, "province"), getattr(row, "locality")
    level = _LEVELS.get(getattr(row, "admin_level"), "") if isinstance(getattr(row, "admin_level"), str) else ""
    where = f"{place} ({province})" if isinstance(province, str) and province and province != place else place
    return f"{where}\n{level} {_year_text(year)}".rstrip()


def _axis_value(row: object) -> tuple[float, float, str]:
    """(low, high, unit) a commitment is drawn at: a ratio of units (`5/11 huyện`) as the share
    it is, so it stands on a % axis beside shares, labelled with what the plan wrote."""
    value, value_max, denominator = (getattr(row, n) for n in ("value", "value_max", "denominator"))
    high = value_max if not pd.isna(value_max) else value
    if not pd.isna(denominator) and denominator:
        return 100 * value / denominator, 100 * high / denominator, "%"
    unit = getattr(row, "unit_normalised")
    return value, high, unit if isinstance(unit, str) else ""


def _bar_text(row: object) -> str:
    """The commitment as the plan states it and the year it is for: the target year when the
    target states one (`→ 2025`), else the plan's year (`KH 2023`)."""
    year = getattr(row, "target_year")
    when = f"→ {_year_text(year)}" if not pd.isna(year) else f"KH {_year_text(getattr(row, 'plan_year'))}".rstrip()
    return f"{row.commitment}\n{when}"  # type: ignore[attr-defined]


def _evidence_link(row: object, report: str, pages: Mapping[str, str]) -> str:
    """Where a bar's evidence is: the record's anchor on its document's report page, named as
    `kehoach report` names it (`outputs.file_names`: doc_ids alike once sanitised get a suffix)."""
    doc_id = getattr(row, "doc_id")
    return f"{report}/docs/{pages.get(doc_id) or safe_name(doc_id)}.html#r-{getattr(row, 'record')}"


def _panel(ax: object, title: str, rows: pd.DataFrame, plans: list[str], report: str,
           pages: Mapping[str, str]) -> None:
    """One indicator across `plans`, one column per plan in the same order in every panel. The
    axis holds the unit most of its commitments share; a bar is hatched when the commitment is
    a floor (`≥`), a range is drawn as its span, and the commitment is written on top as the plan
    states it, with its year. A commitment in another unit (`2 lớp` beside shares of staff) is
    written in its column with no bar: lined up, not drawn to a scale it does not share. In the
    SVG every bar and label links to the sentence it came from in the report."""
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
            link = _evidence_link(r, report, pages)
            if unit != axis_unit:
                note = ax.annotate(_bar_text(r), (x, top * 0.04), ha="center", va="bottom", fontsize=7,
                                   style="italic", rotation=90 if len(mine) > 1 else 0)
                note.set_url(link)
                continue
            floor = r.comparator in (">=", ">")
            (bar,) = ax.bar(x, high, width=width / len(mine) * 0.9, color="#DD8452" if floor else "#4C72B0",
                            hatch="//" if floor else None, edgecolor="black")
            bar.set_url(link)
            if r.comparator == "range":
                ax.vlines(x, low, high, color="black", linewidth=3)
            ax.annotate(_bar_text(r), (x, high), ha="center", va="bottom", fontsize=7).set_url(link)
    ax.set_xticks(range(len(plans)), plans, fontsize=7)
    ax.set_xlim(-0.6, len(plans) - 0.4)
    ax.set_ylim(0, top * 1.35)
    ax.set_ylabel(axis_unit or "value")
    ax.set_title(title, fontsize=9)


def _title(rows: pd.DataFrame, indicator: str) -> str:
    """The indicator's Vietnamese name with its code (`Tỷ lệ hộ nghèo … (poverty_rate)`)."""
    names = rows.indicator_name.dropna()
    name = str(names.iloc[0]) if len(names) else indicator
    return f"{name}\n({indicator})" if name != indicator else indicator


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

    fig, axes = plt.subplots(panels, 1, figsize=(max(4.0, 1.9 * plans), 3.4 * panels), squeeze=False)
    fig.text(0.01, 0.003, "hatched: at least (≥); italic, no bar: stated in another unit\n→ year: the target's year; "
             "KH year: the plan's (the target states none); in the SVG each bar links to its sentence", fontsize=6)
    return fig, [row[0] for row in axes]


REPORT = "../../report"
"""Where the evidence viewer (`kehoach report`) is, seen from the charts folder: `make run` writes
out/compare/charts and out/report."""


def chart(indicator: str, rows: pd.DataFrame, dest: Path, report: str = REPORT,
          pages: Mapping[str, str] | None = None) -> list[Path]:
    """`charts/<indicator>.png|svg`: the committed values of one indicator by plan; `pages` maps
    doc_ids to their report page names (`outputs.file_names` of the batch)."""
    plans = _plans(rows)
    fig, (ax,) = _figure(1, len(plans))
    _panel(ax, _title(rows, indicator), rows, plans, report, pages or {})
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    return _save(fig, dest, indicator)


def overview(tidy: pd.DataFrame, indicators: list[str], dest: Path, report: str = REPORT,
             pages: Mapping[str, str] | None = None) -> list[Path]:
    """`charts/overview.png|svg`: several indicators stacked, every plan that states any of them
    in the same column of every panel, so that one locality reads down the page (Thanh Hóa's,
    Hòa Bình's and Chi Lăng's propaganda and training commitments side by side)."""
    rows = tidy[tidy.indicator.isin(indicators) & tidy.value.notna()]
    plans = _plans(rows)
    fig, axes = _figure(len(indicators), len(plans))
    for ax, indicator in zip(axes, indicators):
        mine = rows[rows.indicator == indicator]
        _panel(ax, _title(mine, indicator), mine, plans, report, pages or {})
    fig.tight_layout(rect=(0, 0.04, 1, 1))
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
    docs = load_documents(out)
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
    merged = commitments(tidy)
    _write_csv(merged, dest / "commitments.csv")
    _write_csv(wide_targets(tidy), dest / "targets_wide.csv")
    links = lineage(docs)
    _write_csv(links, dest / "lineage.csv")
    grouped = lineage_by_document(links)
    _write_csv(grouped.assign(**{c: grouped[c].map("\n".join) for c in _LIST_COLUMNS}),
               dest / "lineage_by_document.csv")
    _write_csv(lineage_targets(tidy, links), dest / "lineage_targets.csv")
    charts = []
    pages = file_names(docs)
    shared = [str(i) for i, rows in merged.groupby("indicator") if rows.doc_id.nunique() >= 2]
    for indicator in shared:
        charts += chart(indicator, merged[merged.indicator == indicator], dest / "charts", pages=pages)
    if indicators or shared:
        charts += overview(merged, indicators or shared, dest / "charts", pages=pages)
    return {"documents": len(docs), "targets": len(tidy), "without_indicator": int(tidy.indicator.isna().sum()),
            "charts": charts, "links": len(links)}
