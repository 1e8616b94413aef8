"""A static evidence viewer and analyst's workbench: every record beside the sentence it came from.

Analysts must check a number against its sentence before they quote it, and find, across a
batch of plans, every task one agency leads. `write_report(OUT, DEST)` writes a self-contained
site (no server, no network, opens from a file:// URL; the data is embedded in each page as
JSON, the script and style sheet are files beside them):

- `index.html`: one row per document (province, issuer, level, type, number, date, topics,
  record counts) and one row per record, both sortable, paginated, narrowed by a search over
  titles and record texts (accents optional) and by filters (province, level, type, year,
  record type, agency and its role); the plan lineage of the batch, one row per link with its
  evidence;
- `docs/<doc>.html`: the document's metadata, its normalised text with every target, task,
  deadline, citation and agency mention highlighted by type (a legend with a toggle per type),
  and its records grouped by section, each with its rule, confidence and a link to its source
  file and page. A click on a record lights its span; a click on highlighted text lights its
  record. Spans overlap (a task's paragraph holds a deadline), so the text is cut at every span
  boundary and each piece knows all the records covering it.

On both, the analyst marks records right or wrong, edits a record's fields or adds a missed one
from selected text, and exports the decisions as a corrections JSON file (format in
gold/README.md) that `kehoach gold import` turns into gold labels; the records in view export as
CSV. Decisions are kept in the browser's local storage, keyed by the report, across pages.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from pipeline.gold import GOLD_RECORDS, gold_fields
from pipeline.models import Document, Section
from pipeline.outputs import atomic_write, file_names, mark_output_folder
from pipeline.readers import load_documents

TYPES = ("targets", "tasks", "deadlines", "citations", "agencies")
"""What is highlighted, outermost last: a click on text lights the shortest record over it."""

ASSETS = Path(__file__).with_name("report_assets")
ASSET_FILES = ("viewer.css", "viewer.js")
"""The style sheet and script every page loads, copied beside index.html (no CDN, no build step)."""

ROLES = ("lead", "partner", "advisor")
"""The roles the agency filter offers besides `any`."""


_BIDI = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _esc(text: str) -> str:
    """HTML-escaped, with bidirectional controls shown as `[U+202E]`: in a file name or any
    field the normaliser did not clean they would make the page display text in a
    misleading order (a name that reads `…txt.exe` backwards)."""
    return html.escape(_BIDI.sub(lambda m: f"[U+{ord(m.group()):04X}]", text))


def _label(kind: str, record: object) -> str:
    if kind == "targets":
        t = record
        value = "" if t.value is None else f" {t.comparator or ''} {t.value:g}{t.unit or ''}"  # type: ignore[attr-defined]
        return f"{t.kind}{value} — {t.indicator or 'no indicator'}"  # type: ignore[attr-defined]
    if kind == "tasks":
        return f"lead: {', '.join(record.lead)}" + (f"; partners: {', '.join(record.partners)}"  # type: ignore[attr-defined]
                                                     if record.partners else "")  # type: ignore[attr-defined]
    if kind == "deadlines":
        d = record
        return f"{d.kind}: {d.due or ''}{d.start or ''}{'–' + d.end if d.end else ''}{d.recurrence or ''}"  # type: ignore[attr-defined]
    if kind == "citations":
        return f"{record.doc_type or ''} {record.canonical_id or ''} ({record.relation})"  # type: ignore[attr-defined]
    return f"{record.canonical} ({', '.join(record.roles)})"  # type: ignore[attr-defined]


def _clean(value: Any) -> Any:
    """Every string of embedded data with bidirectional controls shown, as `_esc` does for HTML."""
    if isinstance(value, str):
        return _BIDI.sub(lambda m: f"[U+{ord(m.group()):04X}]", value)
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def _json_script(element_id: str, data: Any) -> str:
    """Data embedded in the page, readable from file:// without fetch; `<` escaped so that no
    string can close the script element."""
    text = json.dumps(_clean(data), ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return f'<script type="application/json" id="{element_id}">{text}</script>'


def _agency_refs(kind: str, record: Any) -> list[list[str]]:
    """[canonical agency, role] pairs a record names: what the agency filter matches."""
    if kind == "tasks":
        return [[name, role] for role, names in (("lead", record.lead), ("partner", record.partners),
                                                  ("advisor", record.advisors)) for name in names]
    if kind == "deadlines":
        return [[name, role] for role, name in (("responsible", record.responsible), ("recipient", record.recipient))
                if name]
    if kind == "citations":
        return [[record.issuer, "issuer"]] if record.issuer else []
    if kind == "agencies":
        return [[record.canonical, role] for role in record.roles] or [[record.canonical, "mentioned"]]
    return []


def _section_finder(doc: Document) -> Callable[[int], Section | None]:
    """The innermost section holding an offset: citations and agencies carry no section id."""
    ordered = sorted(doc.sections, key=lambda s: s.span[0])

    def find(offset: int) -> Section | None:
        best = None
        for section in ordered:
            if section.span[0] > offset:
                break
            if offset < section.span[1]:
                best = section
        return best

    return find


def records(doc: Document) -> list[dict[str, Any]]:
    """Every highlighted record as the viewer's script sees it: its id (`tasks-3`, the anchor of
    its entry on the document page), evidence, label, section, rule, confidence, the agencies it
    names, and its gold fields (what a correction carries)."""
    find = _section_finder(doc)
    rows = []
    for kind in TYPES:
        for i, record in enumerate(getattr(doc, kind)):
            if kind == "agencies":
                first = record.mentions[0] if record.mentions else None
                span, page, text = (first.span if first else None), (first.page if first else None), record.name
            else:
                span, page, text = record.span, record.page, record.text
            section = getattr(record, "section", None)
            if section is None and span is not None and kind != "agencies":
                found = find(span[0])
                section = found.id if found else None
            rows.append({"id": f"{kind}-{i}", "type": kind, "text": text, "label": _label(kind, record),
                         "span": list(span) if span else None, "page": page, "section": section,
                         "rule": record.rule, "confidence": record.confidence,
                         "agencies": _agency_refs(kind, record), "fields": gold_fields(kind, record)})
    return rows


def _year(doc: Document) -> int | None:
    date = doc.metadata.issue_date
    return int(date[:4]) if date and date[:4].isdigit() else doc.metadata.plan_year


def _document_row(doc: Document, name: str) -> dict[str, Any]:
    meta = doc.metadata
    return {"id": doc.doc_id, "page": f"docs/{name}.html", "title": meta.title, "province": meta.province,
            "issuer": meta.issuer, "level": meta.admin_level, "type": meta.doc_type, "number": meta.doc_number,
            "date": meta.issue_date, "year": _year(doc), "topics": meta.topics, "source": doc.source.path,
            "counts": {kind: len(getattr(doc, kind)) for kind in TYPES}, "warnings": doc.warnings}


def _gold_field_names() -> dict[str, list[str]]:
    """The fields an analyst can edit or fill in per record type: the gold shape's, without the quote."""
    return {kind: [name for name in model.model_fields if name != "quote"] for kind, model in GOLD_RECORDS.items()}


def report_id(docs: dict[str, Document]) -> str:
    """Names the batch, so that decisions kept in the browser for one report never mix with another's."""
    digest = hashlib.sha256()
    for doc_id in sorted(docs):
        digest.update(f"{doc_id}\0{docs[doc_id].source.sha256}\0".encode())
    return digest.hexdigest()[:16]


def _page_head(title: str, prefix: str) -> str:
    return (f'<!doctype html><html lang="vi"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>'
            f'<link rel="stylesheet" href="{prefix}assets/viewer.css"></head>')


def _spans(doc: Document) -> list[tuple[str, int, int, str, str]]:
    """(record id, start, end, type, label) for every highlighted record."""
    out = []
    for kind in TYPES:
        for i, record in enumerate(getattr(doc, kind)):
            rid = f"{kind}-{i}"
            spans = [m.span for m in record.mentions] if kind == "agencies" else [record.span]
            for start, end in spans:
                if 0 <= start < end <= len(doc.text):
                    out.append((rid, start, end, kind, _label(kind, record)))
    return out


def _source_href(doc: Document, docs_dir: Path) -> str:
    """The source file, relative to the document's page so that the site and its inputs move together."""
    path = Path(doc.source.path)
    if not path.is_absolute():
        path = Path.cwd() / path
    try:
        return quote(Path(os.path.relpath(path, docs_dir.resolve())).as_posix())
    except ValueError:  # another drive: no relative path exists
        return path.as_uri()


def _metadata_panel(doc: Document, source: str) -> str:
    meta = doc.metadata
    signer = meta.signer
    period = meta.period
    rows = [
        ("issuer", meta.issuer), ("number", meta.doc_number), ("type", meta.doc_type), ("date", meta.issue_date),
        ("level", meta.admin_level),
        ("place", ", ".join(x for x in (meta.commune, meta.district, meta.province) if x) or meta.place),
        ("period", period and "–".join("" if y is None else str(y) for y in (period.start, period.end))),
        ("plan year", meta.plan_year and str(meta.plan_year)),
        ("signer", signer and " · ".join(x for x in (signer.on_behalf, signer.position, signer.name) if x)),
        ("topics", ", ".join(meta.topics)),
    ]
    cells = "".join(f"<dt>{name}</dt><dd>{_esc(value) if value else '—'}</dd>" for name, value in rows)
    fmt = doc.source.format + (", OCR" if doc.source.ocr else "")
    cells += (f'<dt>source</dt><dd><a id="source-link" href="{source}">{_esc(Path(doc.source.path).name)}</a>'
              f" ({fmt}{f', {doc.source.pages} pages' if doc.source.pages else ''})</dd>")
    if doc.warnings:
        cells += f"<dt>warnings</dt><dd><small>{_esc('; '.join(doc.warnings))}</small></dd>"
    return f'<dl id="metadata">{cells}</dl>'


def _legend(doc: Document) -> str:
    items = "".join(
        f'<span class="lg"><label class="t-{kind}"><input type="checkbox" checked data-toggle="{kind}"> {kind} '
        f"({len(getattr(doc, kind))})</label> <button type=\"button\" data-rest=\"{kind}\" title=\"mark every "
        f'{kind[:-1]} you have not marked as right, and this type as reviewed completely">rest ✓</button></span>'
        for kind in TYPES)
    return f'<div id="legend" role="group" aria-label="Record types">{items}</div>'


def _toolbar() -> str:
    options = "".join(f'<option value="{kind}">{kind[:-1]}</option>' for kind in TYPES)
    return ('<div id="toolbar"><label>New record from selected text: <select id="add-type">'
            f'{options}</select></label> <button type="button" id="add-selection">Add</button> '
            '<button type="button" id="export-corrections">Export corrections</button> '
            '<button type="button" id="export-csv">Export CSV</button> <span id="decisions-count" '
            'aria-live="polite"></span></div><div id="editor" hidden></div>')


def _record_item(row: dict[str, Any], doc: Document, source: str) -> str:
    kind, rid = row["type"], row["id"]
    quote_text = _esc(doc.text[row["span"][0]:row["span"][1]][:200]) if row["span"] else _esc(row["text"])
    meta = [f"rule {_esc(row['rule'] or '—')}",
            f"confidence {'—' if row['confidence'] is None else format(row['confidence'], '.2f')}"]
    if row["page"] is not None:
        meta.append(f'<a href="{source}#page={row["page"]}">p. {row["page"]}</a>')
    buttons = ('<span class="acts"><button type="button" data-act="right" title="right">✓</button>'
               '<button type="button" data-act="wrong" title="wrong">✗</button>'
               '<button type="button" data-act="edit" title="edit fields">✎</button></span>')
    return (f'<li class="rec {kind}" id="r-{rid}" data-rec="{rid}" tabindex="0"><b>{kind[:-1]}</b> '
            f'{_esc(row["label"])}<br><small>{quote_text}</small><div class="meta">{" · ".join(meta)} '
            f"{buttons}</div></li>")


def _section_title(section: Section, by_id: dict[str, Section]) -> str:
    """`1.1. Chỉ tiêu`; an item without a heading (`a)`) after its nearest headed ancestor's title."""
    own = " ".join(x for x in (section.number, section.heading) if x) or section.id
    if section.heading:
        return own if len(own) <= 120 else own[:120].rstrip() + "…"
    parent = by_id.get(section.parent or "")
    while parent is not None and not parent.heading:
        parent = by_id.get(parent.parent or "")
    return f"{_section_title(parent, by_id)} › {own}" if parent else own


def _grouped_records(doc: Document, rows: list[dict[str, Any]], source: str) -> str:
    """The records under the section they stand in, in reading order; agencies (one record for all
    their mentions) last."""
    order = {section.id: i for i, section in enumerate(doc.sections)}
    by_id = {section.id: section for section in doc.sections}
    groups: dict[str | None, list[dict[str, Any]]] = {}
    for row in rows:
        key = "agencies" if row["type"] == "agencies" else row["section"] if row["section"] in order else None
        groups.setdefault(key, []).append(row)
    parts = []
    for key in sorted(groups, key=lambda k: -1 if k is None else len(order) if k == "agencies" else order[k]):
        if key is None:
            title = "Outside any section"
        elif key == "agencies":
            title = "Agencies"
        else:
            title = _section_title(by_id[key], by_id)
        items = "".join(_record_item(row, doc, source) for row in groups[key])
        parts.append(f'<section class="group"><h3>{_esc(title)}</h3><ul>{items}</ul></section>')
    parts.append('<section class="group" id="added-group" hidden><h3>Added by you</h3><ul id="added"></ul></section>')
    return "".join(parts)


def document_page(doc: Document, rid: str = "", docs_dir: Path = Path("docs")) -> str:
    spans = _spans(doc)
    cuts = sorted({0, len(doc.text), *(s for _, s, _, _, _ in spans), *(e for _, _, e, _, _ in spans)})
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        covering = sorted((e - s, rid_, kind) for rid_, s, e, kind, _ in spans if s <= a and b <= e)
        text = _esc(doc.text[a:b])
        if covering:
            ids = " ".join(r for _, r, _ in covering)
            kinds = " ".join(sorted({f"t-{kind}" for _, _, kind in covering}))
            pieces.append(f'<span class="seg {kinds}" data-recs="{ids}" data-a="{a}">{text}</span>')
        else:
            pieces.append(f'<span data-a="{a}">{text}</span>')
    source = _source_href(doc, docs_dir)
    rows = records(doc)
    about = {"id": doc.doc_id, "source": doc.source.path, "province": doc.metadata.province,
             "issuer": doc.metadata.issuer}
    data = {"page": "document", "report": rid, "doc": about,
            "fields": _gold_field_names(), "records": {row["id"]: row for row in rows}}
    title = _esc(doc.metadata.title or doc.doc_id)
    return (f"{_page_head(title, '../')}<body data-page=\"document\"><header><a href=\"../index.html\">← all "
            f"documents</a> · <b>{_esc(doc.doc_id)}</b> · {title}</header>{_metadata_panel(doc, source)}"
            f"{_legend(doc)}{_toolbar()}<main><div id=\"text\" tabindex=\"0\" aria-label=\"document text\">"
            f"{''.join(pieces)}</div><div id=\"records\">{_grouped_records(doc, rows, source)}</div></main>"
            f'{_json_script("data", data)}<script src="../assets/viewer.js"></script></body></html>')


def _doc_link(doc_id: str, label: str, names: dict[str, str], anchor: str = "") -> str:
    return f'<a href="docs/{names[doc_id]}.html{anchor}">{_esc(label)}</a>'


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return _esc(str(value))


def lineage_section(docs: dict[str, Document]) -> str:
    """Which plan of the batch each plan implements, one row per link with every column `lineage`
    gives (its `evidence` included when it has one), the citation linked to its sentence; and where
    a child and its parent share indicators, both commitments side by side."""
    from pipeline.compare import lineage, lineage_targets, tidy_targets

    links = lineage(docs)
    names = file_names(docs)
    if links.empty:
        return '<h2 id="lineage">Plan lineage</h2><p>No plan of this batch cites another plan of the batch.</p>'
    columns = [c for c in links.columns if c not in ("span_start", "span_end")]
    rows = []
    for link in links.to_dict("records"):
        cells = []
        for column in columns:
            value = link[column]
            if column in ("child", "parent") and value in names:
                cells.append(f"<td>{_doc_link(value, value, names)}</td>")
            elif column == "citation" and link.get("child") in names:
                child = docs[link["child"]]
                index = next((i for i, c in enumerate(child.citations)
                              if list(c.span) == [link.get("span_start"), link.get("span_end")]), None)
                anchor = f"#r-citations-{index}" if index is not None else ""
                cells.append(f"<td><small>{_doc_link(link['child'], str(value), names, anchor)}</small></td>")
            else:
                cells.append(f"<td><small>{_cell(value)}</small></td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    head = "".join(f"<th>{_esc(c)}</th>" for c in columns)
    side = lineage_targets(tidy_targets(docs), links)
    shared = "".join(
        f"<tr><td>{_esc(r.indicator)}</td><td>{_esc(r.child_locality)}</td>"
        f"<td>{_esc(r.child_commitment)}</td><td>{_esc(r.parent_locality)}</td>"
        f"<td>{_esc(r.parent_commitment)}</td></tr>" for r in side.itertuples())
    shared_table = (f"<h3>Shared indicators</h3><div class=\"scroll\"><table id=\"shared-table\" class=\"paged\">"
                    f"<tr><th>indicator</th><th>child</th><th>commitment</th><th>parent</th><th>commitment</th></tr>"
                    f"{shared}</table></div>" if shared else "")
    return (f'<h2 id="lineage">Plan lineage</h2><div class="scroll"><table id="lineage-table" class="paged"><tr>{head}'
            f"</tr>{''.join(rows)}</table></div>{shared_table}")


def _select(element_id: str, label: str) -> str:
    return (f'<label for="{element_id}">{label}</label><select id="{element_id}"><option value="">any</option>'
            "</select>")


def index_page(docs: dict[str, Document], rid: str = "") -> str:
    names = file_names(docs)
    documents, all_records = [], []
    for n, doc_id in enumerate(sorted(docs)):
        doc = docs[doc_id]
        documents.append(_document_row(doc, names[doc_id]))
        for row in records(doc):
            row["doc"] = n
            all_records.append(row)
    data = {"page": "index", "report": rid, "types": list(TYPES), "roles": list(ROLES),
            "documents": documents, "records": all_records}
    filters = (
        '<aside id="filters" aria-label="Search and filters"><label for="q">Search titles and records</label>'
        '<input id="q" type="search" placeholder="e.g. công an, tuyên truyền" autocomplete="off">'
        + _select("f-province", "Province") + _select("f-level", "Level") + _select("f-doctype", "Document type")
        + _select("f-year", "Year") + _select("f-type", "Record type")
        + '<label for="f-agency">Agency</label><input id="f-agency" list="agency-list" autocomplete="off" '
        'placeholder="e.g. Công an tỉnh"><datalist id="agency-list"></datalist>'
        + _select("f-role", "Agency's role")
        + '<button type="button" id="clear">Clear filters</button></aside>')
    body = (
        '<main><section aria-labelledby="docs-h"><h2 id="docs-h">Documents <small id="docs-count"></small></h2>'
        '<div class="scroll"><table id="docs-table" class="sortable"></table></div><div class="pager" id="docs-pager">'
        '</div></section><section aria-labelledby="records-h"><h2 id="records-h">Records <small id="records-count">'
        '</small></h2><div class="tools"><button type="button" id="export-csv">Export CSV</button> <button '
        'type="button" id="export-corrections">Export corrections</button> <label>Load corrections <input type="file" '
        'id="load-corrections" accept=".json,application/json"></label> <span id="decisions-count" '
        'aria-live="polite"></span></div><div class="scroll"><table id="records-table" class="sortable"></table>'
        f'</div><div class="pager" id="records-pager"></div></section><section>{lineage_section(docs)}</section>'
        "</main>")
    return (f"{_page_head('kehoach report', '')}<body data-page=\"index\"><header><b>kehoach</b> · {len(docs)} "
            f"documents · <a href=\"#lineage\">plan lineage</a></header><div class=\"layout\">{filters}{body}</div>"
            f'{_json_script("data", data)}<script src="assets/viewer.js"></script></body></html>')


def write_report(out: Path, dest: Path) -> dict[str, int]:
    """The site for the batch in `out`, written into `dest` (index.html, docs/*.html, assets/)."""
    docs = load_documents(out)
    for folder in (dest / "docs", dest / "assets"):
        folder.mkdir(parents=True, exist_ok=True)
        mark_output_folder(folder)
    mark_output_folder(dest)
    for name in ASSET_FILES:
        atomic_write(dest / "assets" / name, (ASSETS / name).read_bytes())
    names = file_names(docs)
    rid = report_id(docs)
    atomic_write(dest / "index.html", index_page(docs, rid).encode("utf-8"))
    for doc_id, doc in docs.items():
        page = document_page(doc, rid, dest / "docs")
        atomic_write(dest / "docs" / f"{names[doc_id]}.html", page.encode("utf-8"))
    atomic_write(dest / "report.json", json.dumps({"documents": sorted(docs), "report": rid},
                                                  ensure_ascii=False).encode("utf-8"))
    return {"documents": len(docs)}
