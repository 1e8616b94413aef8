"""A static evidence viewer: every record beside the sentence it came from.

Analysts must check a number against its sentence before they quote it. `write_report(OUT,
DEST)` writes a self-contained site (no server, no network, opens from a file:// URL):
`index.html` lists the documents with their record counts and warnings, and the plan
lineage of the batch (which plan implements which, shared indicators side by side); each document page
shows the normalised text with every target, task, deadline, citation and agency mention
highlighted by type, and the records beside it. A click on a record scrolls to its span and
lights it; a click on highlighted text lights its record. Spans overlap (a task's paragraph
holds a deadline), so the text is cut at every span boundary and each piece knows all the
records covering it.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from pipeline.models import Document
from pipeline.outputs import atomic_write, file_names, mark_output_folder
from pipeline.readers import load_documents

TYPES = ("targets", "tasks", "deadlines", "citations", "agencies")
"""What is highlighted, outermost last: a click on text lights the shortest record over it."""

_CSS = """
body{font-family:system-ui,sans-serif;margin:0;color:#222}
header{padding:.6em 1em;background:#f3f3f3;border-bottom:1px solid #ccc}
main{display:flex;height:calc(100vh - 3.2em)}
#text{flex:3;overflow:auto;padding:1em;white-space:pre-wrap;line-height:1.5;font-family:Georgia,serif}
#records{flex:2;overflow:auto;padding:1em;border-left:1px solid #ccc;font-size:.9em}
.seg{cursor:pointer;border-bottom:2px solid transparent}
.t-targets{background:#fde2b8}.t-tasks{background:#d6ecd2}.t-deadlines{background:#d5e5f7}
.t-citations{background:#eadcf5}.t-agencies{border-bottom-color:#c0392b}
.active{outline:2px solid #c0392b;background:#ffef5e !important}
li.rec{margin:.3em 0;padding:.2em .4em;cursor:pointer;border-left:4px solid #ccc;list-style:none}
li.rec.active{outline:2px solid #c0392b}
li.targets{border-color:#e6a23c}li.tasks{border-color:#67c23a}li.deadlines{border-color:#409eff}
li.citations{border-color:#9b59b6}li.agencies{border-color:#c0392b}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left}
"""

_JS = """
function light(id){
  document.querySelectorAll('.active').forEach(e=>e.classList.remove('active'));
  const rec=document.getElementById('r-'+id);
  const segs=document.querySelectorAll('.seg[data-recs~="'+id+'"]');
  segs.forEach(s=>s.classList.add('active'));
  if(rec){rec.classList.add('active');}
  return {rec, segs};
}
document.querySelectorAll('li.rec').forEach(li=>li.addEventListener('click',()=>{
  const {segs}=light(li.dataset.rec); if(segs.length){segs[0].scrollIntoView({block:'center'});}
}));
if(location.hash.startsWith('#r-')){  // opened from a chart's bar: light that record and its sentence
  const {segs}=light(location.hash.slice(3)); if(segs.length){segs[0].scrollIntoView({block:'center'});}
}
document.querySelectorAll('.seg').forEach(s=>s.addEventListener('click',()=>{
  const id=s.dataset.recs.split(' ')[0]; const {rec}=light(id); if(rec){rec.scrollIntoView({block:'center'});}
}));
"""


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


def document_page(doc: Document) -> str:
    spans = _spans(doc)
    cuts = sorted({0, len(doc.text), *(s for _, s, _, _, _ in spans), *(e for _, _, e, _, _ in spans)})
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        covering = sorted((e - s, rid, kind) for rid, s, e, kind, _ in spans if s <= a and b <= e)
        text = _esc(doc.text[a:b])
        if covering:
            ids = " ".join(rid for _, rid, _ in covering)
            kinds = " ".join(sorted({f"t-{kind}" for _, _, kind in covering}))
            pieces.append(f'<span class="seg {kinds}" data-recs="{ids}">{text}</span>')
        else:
            pieces.append(text)
    items = []
    seen = set()
    for rid, start, end, kind, label in spans:
        if rid in seen:
            continue
        seen.add(rid)
        quote = _esc(doc.text[start:end][:160])
        items.append(f'<li class="rec {kind}" id="r-{rid}" data-rec="{rid}"><b>{kind[:-1]}</b> '
                     f'{_esc(label)}<br><small>{quote}</small></li>')
    title = _esc(doc.metadata.title or doc.doc_id)
    return (f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>'
            f"<style>{_CSS}</style></head><body><header><a href=\"../index.html\">← all documents</a> · "
            f"<b>{_esc(doc.doc_id)}</b> · {title}</header><main><div id=\"text\">{''.join(pieces)}</div>"
            f"<ul id=\"records\">{''.join(items)}</ul></main><script>{_JS}</script></body></html>")


def _doc_link(doc_id: str, label: str, names: dict[str, str]) -> str:
    return f'<a href="docs/{names[doc_id]}.html">{_esc(label)}</a>'


def lineage_section(docs: dict[str, Document]) -> str:
    """Which plan of the batch each plan implements (the citation that says so), and where a
    child and its parent share indicators, both commitments side by side."""
    from pipeline.compare import lineage, lineage_targets, tidy_targets

    links = lineage(docs)
    names = file_names(docs)
    if links.empty:
        return '<h2 id="lineage">Plan lineage</h2><p>No plan of this batch cites another plan of the batch.</p>'
    rows = "".join(
        f"<tr><td>{_doc_link(r.child, f'{r.child_locality} ({r.child})', names)}</td><td>{_esc(r.relation)}</td>"
        f"<td>{_doc_link(r.parent, f'{r.parent_locality} ({r.parent})', names)}</td><td><small>{_esc(r.citation)}"
        f"</small></td></tr>" for r in links.itertuples())
    side = lineage_targets(tidy_targets(docs), links)
    shared = "".join(
        f"<tr><td>{_esc(r.indicator)}</td><td>{_esc(r.child_locality)}</td>"
        f"<td>{_esc(r.child_commitment)}</td><td>{_esc(r.parent_locality)}</td>"
        f"<td>{_esc(r.parent_commitment)}</td></tr>" for r in side.itertuples())
    shared_table = (f"<h3>Shared indicators</h3><table><tr><th>indicator</th><th>child</th><th>commitment</th>"
                    f"<th>parent</th><th>commitment</th></tr>{shared}</table>") if shared else ""
    return (f'<h2 id="lineage">Plan lineage</h2><table><tr><th>plan</th><th>relation</th><th>plan it cites</th>'
            f"<th>citation</th></tr>{rows}</table>{shared_table}")


def index_page(docs: dict[str, Document]) -> str:
    rows = []
    names = file_names(docs)
    for doc_id in sorted(docs):
        doc = docs[doc_id]
        counts = "".join(f"<td>{len(getattr(doc, kind))}</td>" for kind in TYPES)
        warnings = _esc("; ".join(doc.warnings))
        rows.append(f'<tr><td><a href="docs/{names[doc_id]}.html">{_esc(doc_id)}</a></td>'
                    f"<td>{_esc(doc.metadata.title or '')}</td><td>{_esc(doc.metadata.issuer or '')}</td>"
                    f"{counts}<td>{len(doc.warnings)}</td><td><small>{warnings}</small></td></tr>")
    head = "".join(f"<th>{kind}</th>" for kind in TYPES)
    return (f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>kehoach report</title>'
            f"<style>{_CSS}</style></head><body><header><b>kehoach</b> · {len(docs)} documents</header>"
            f"<div style=\"padding:1em\"><table><tr><th>document</th><th>title</th><th>issuer</th>{head}"
            f"<th>warnings</th><th></th></tr>{''.join(rows)}</table>{lineage_section(docs)}</div></body></html>")


def write_report(out: Path, dest: Path) -> dict[str, int]:
    """The site for the batch in `out`, written into `dest` (index.html, docs/*.html)."""
    docs = load_documents(out)
    (dest / "docs").mkdir(parents=True, exist_ok=True)
    mark_output_folder(dest)
    mark_output_folder(dest / "docs")
    names = file_names(docs)
    atomic_write(dest / "index.html", index_page(docs).encode("utf-8"))
    for doc_id, doc in docs.items():
        atomic_write(dest / "docs" / f"{names[doc_id]}.html", document_page(doc).encode("utf-8"))
    atomic_write(dest / "report.json", json.dumps({"documents": sorted(docs)}, ensure_ascii=False).encode("utf-8"))
    return {"documents": len(docs)}
