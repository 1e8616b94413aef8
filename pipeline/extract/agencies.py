"""One record per agency named in the document, with its roles and every place it is named.

An analyst asks what Công an tỉnh is responsible for across 200 plans; that needs one
canonical name per body however each plan spells it, and its roles: `lead`, `partner` and
`advisor` come from the tasks; `issuer` from the document's own header; `reports_to` from
`báo cáo …` / `gửi … về …` clauses (who receives the reports); `recipient` from `Nơi nhận`.
Every specific body the document names is an agency, with or without a role (`Kho bạc Nhà
nước khu vực XI` in a list of bodies asked to act, `Phòng An ninh chính trị nội bộ` that
receives reports), except a body named only as the issuer of a cited document (`Nghị định
… của Chính phủ`: that is the citation's issuer). A collective reference (`các sở, ban,
ngành`) gets a record only with a role.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from pipeline.extract.agency_names import AgencyName, Place, find_agency_names, leading_names
from pipeline.extract.context import DocContext
from pipeline.extract.citations import extract_citations
from pipeline.models import Agency, Citation, Mention, Task

_REPORTS_TO = re.compile(r"[bBgG](?<!\w[bBgG])(?i:(?<=b)áo cáo|(?<=g)ửi(?:\s+(?:báo cáo|kết quả))?(?:\s+[^.;\n]{0,80}?)?\s+về)\s+")
r"""`(?i)\b(?:báo cáo|gửi(?:\s+(?:báo cáo|kết quả))?(?:\s+[^.;\n]{0,80}?)?\s+về)\s+`, written with
its first letters as a plain class (`\b` checked after it): `re` skips ahead to a `b` or `g`,
where a pattern opening with `\b` or a case-insensitive word is tried at every character."""
_BARE = {"UBND", "HĐND"}
"""A council named without its level or place (`TM. ỦY BAN NHÂN DÂN` over the signature) is
no body of its own: the issuer's, or any."""
_ROLE_ORDER = ("lead", "partner", "advisor", "issuer", "recipient", "reports_to")


def _place(ctx: DocContext) -> Place:
    meta = ctx.metadata
    return Place(province=meta.province, district=meta.district, commune=meta.commune, level=meta.admin_level,
                 issuer=meta.issuer)


def extract_agencies(ctx: DocContext, tasks: Sequence[Task] = (),
                     citations: Sequence[Citation] | None = None) -> list[Agency]:
    """Every agency named, in order of first mention. `citations` are the document's (read
    here when not given): a body named only inside one is its issuer, not an agency."""
    place = _place(ctx)
    roles: dict[str, set[str]] = {}

    def give(canonical: str, role: str) -> None:
        if canonical not in _BARE:
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

    # the whole body, bodies the lexicon does not know by their head word too
    names = find_agency_names(ctx.text, ctx.body_start, len(ctx.text), place, index=ctx.agency_names)
    cited = sorted(c.span for c in (extract_citations(ctx) if citations is None else citations))
    for name in names:
        if not name.generic and name.canonical not in _BARE and not _inside(cited, name.start, name.end):
            roles.setdefault(name.canonical, set())
    names = [n for n in names if n.start >= ctx.preamble_end or n.canonical in roles]
    for m in _REPORTS_TO.finditer(ctx.text, ctx.preamble_end):
        window = min(len(ctx.text), m.end() + 300)
        if not ctx.agency_names.may_lead(m.end(), window):
            continue  # (`báo cáo kết quả …`: no name opens what follows, nothing to search)
        named = find_agency_names(ctx.text, m.end(), window, place, index=ctx.agency_names)
        for name in leading_names(named, ctx.text, m.end(), window):
            give(name.canonical, "reports_to")
    for section in ctx.sections:
        if section.kind == "recipients":
            for name in find_agency_names(ctx.text, section.span[0], section.span[1], place, index=ctx.agency_names):
                give(name.canonical, "recipient")

    by_canonical: dict[str, list[AgencyName]] = {}
    for name in names:
        by_canonical.setdefault(name.canonical, []).append(name)
    for canonical in roles.keys() - by_canonical.keys():
        by_canonical[canonical] = _written(ctx.text, canonical, ctx.preamble_end)
    header = find_agency_names(ctx.text, 0, ctx.body_start, place, unknown=False, index=ctx.agency_names)  # the letterhead
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


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether `[start, end)` lies inside one of the (sorted) spans."""
    i = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


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
    return Mention(**evidence._asdict(), text=name.text)
