"""One record per agency with a role in the document, with every place it is named.

An analyst asks what Công an tỉnh is responsible for across 200 plans; that needs one
canonical name per body however each plan spells it, and its roles: `lead`, `partner` and
`advisor` come from the tasks; `issuer` from the document's own header; `reports_to` from
`báo cáo …` / `gửi … về …` clauses (who receives the reports); `recipient` from `Nơi nhận`.
A body named only in passing (`của Bộ Chính trị` in a citation) has no role and no record:
issuers of cited documents are not agencies of this document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.agency_names import AgencyName, Place, find_agency_names, leading_names
from pipeline.extract.context import DocContext
from pipeline.models import Agency, Mention, Task

_REPORTS_TO = re.compile(r"(?i)\b(?:báo cáo|gửi(?:\s+(?:báo cáo|kết quả))?(?:\s+[^.;\n]{0,80}?)?\s+về)\s+")
_ROLE_ORDER = ("lead", "partner", "advisor", "issuer", "recipient", "reports_to")


def _place(ctx: DocContext) -> Place:
    meta = ctx.metadata
    return Place(province=meta.province, district=meta.district, commune=meta.commune, level=meta.admin_level,
                 issuer=meta.issuer)


def _kind_at(ctx: DocContext, offset: int) -> str | None:
    sid = ctx.section_at(offset)
    return next((s.kind for s in ctx.sections if s.id == sid), None)


def extract_agencies(ctx: DocContext, tasks: Sequence[Task] = ()) -> list[Agency]:
    """Every agency with a role, in order of first mention."""
    place = _place(ctx)
    roles: dict[str, set[str]] = {}

    def give(canonical: str, role: str) -> None:
        roles.setdefault(canonical, set()).add(role)

    for task in tasks:
        for name in task.lead:
            give(name, "lead")
        for name in task.partners:
            give(name, "partner")
        for name in task.advisors:
            give(name, "advisor")
    if ctx.metadata.issuer:
        issuer = find_agency_names(ctx.metadata.issuer, place=place)
        if issuer:
            give(issuer[0].canonical, "issuer")

    # the whole body through the lexicon only (the head-word pass costs a word segmentation
    # per capitalised head); bodies the lexicon does not know are found where tasks named them
    names = find_agency_names(ctx.text, ctx.preamble_end, len(ctx.text), place, unknown=False)
    for m in _REPORTS_TO.finditer(ctx.text, ctx.preamble_end):
        window = min(len(ctx.text), m.end() + 300)
        for name in leading_names(find_agency_names(ctx.text, m.end(), window, place), ctx.text, m.end(), window):
            give(name.canonical, "reports_to")
    for section in ctx.sections:
        if section.kind == "recipients":
            for name in find_agency_names(ctx.text, section.span[0], section.span[1], place):
                give(name.canonical, "recipient")

    by_canonical: dict[str, list[AgencyName]] = {}
    for name in names:
        by_canonical.setdefault(name.canonical, []).append(name)
    for canonical in roles.keys() - by_canonical.keys():
        by_canonical[canonical] = _written(ctx.text, canonical, ctx.preamble_end)
    header = find_agency_names(ctx.text, 0, ctx.preamble_end, place, unknown=False)
    for name in header:
        if name.canonical in roles:
            by_canonical.setdefault(name.canonical, []).insert(0, name)

    agencies: list[Agency] = []
    for canonical, its_roles in roles.items():
        mentions = sorted(by_canonical.get(canonical, []), key=lambda n: n.start)
        first = mentions[0] if mentions else None
        agencies.append(Agency(
            name=first.text if first else canonical,
            canonical=canonical,
            abbreviation=first.abbreviation if first else None,
            type=first.type if first else None,
            level=first.level if first else None,  # type: ignore[arg-type]
            generic=first.generic if first else canonical.casefold().startswith("các "),
            place=first.place if first else None,
            roles=[r for r in _ROLE_ORDER if r in its_roles],  # type: ignore[misc]
            mentions=[_mention(ctx, n) for n in mentions],
        ))
    agencies.sort(key=lambda a: a.mentions[0].span[0] if a.mentions else len(ctx.text))
    return agencies


def _written(text: str, name: str, start: int) -> list[AgencyName]:
    """Where a name the lexicon does not know is written, as written (`Báo Thanh Hóa`)."""
    out, pos = [], text.find(name, start)
    while pos != -1:
        out.append(AgencyName(pos, pos + len(name), name, name, generic=name.casefold().startswith("các "),
                              rule="head_word"))
        pos = text.find(name, pos + len(name))
    return out


def _mention(ctx: DocContext, name: AgencyName) -> Mention:
    evidence = ctx.locate(name.start, name.end)
    return Mention(span=evidence.span, page=evidence.page, source_span=evidence.source_span, text=name.text)
