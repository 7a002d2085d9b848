"""spaCy components, registered with namespaced, versioned names.

Each component matches on the document's length-preserving view (regexes on doc.text, as
spaCy's Chinese tokens are single characters) and then sets annotations: spans in
doc.spans[KEY] for reviewers and displaCy, and typed results on doc._.policykg for the
record builder. The structure component must run first; the others read its measures.
"""
from __future__ import annotations

import re
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc

from . import agencies as agency_rules
from .amounts import find_amounts
from .conditions import find_conditions
from .division_of_labour import units_from_division_list
from .clauses import cut_tail, heading_of, paragraph_clauses, parse_clauses
from .measures import Decision, decide, genre_of
from .funding import find_funding_matches
from .layout import split_policies
from .places import issuing_region, region_in, region_of_body, town_in_title, zone_in, zone_of_body
from .shell import Shell, read_shell
from .records import AgencyRef
from .policy_dates import IN_FORCE_WITH, dates_in, dates_of_label
from .policy_facts import (based_on, dedupe_refs, interpreting_agency, issue_date, non_cumulative, own_number,
                           ref_number_as_written, repealed_in_lists, supersedes, title_as_written)
from .textview import matching_view, readable, to_simplified, unglued, unspaced
from .titles import clean_title, infer_title, is_complete_title
from .topics import sector_spans, sectors_in, support_type
from .work import SOURCE, DocumentWork, MeasureWork, PolicyWork

if not Doc.has_extension("policykg"):
    Doc.set_extension("policykg", default=None)

SPAN_KEYS = ("policies", "shell", "clauses", "measures", "amounts", "agencies", "funding", "conditions", "sectors", "policy_refs")


def _add_span(doc: Doc, key: str, start: int, end: int, label: str) -> None:
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is not None:  # None is expected for empty or white-space spans
        doc.spans[key].append(span) if key in doc.spans else doc.spans.__setitem__(key, [span])

# 延长《若干政策》有效期并调整部分条款：1.《若干政策》第二条调整为：对…给予…: an extension notice (or a decision
# that amends some documents and repeals others) that restates articles grants what they say, as an amending decision does
_RESTATES = re.compile(r"第[一二三四五六七八九十百\d]{1,5}条(?:第[一二三四五六七八九十\d]{1,3}[款项])?(?:调整|修改|修订)为\s*[:：]")

class StructureComponent:
    """Policies in the file and the measures of each (layout + clause tree)."""

    def __call__(self, doc: Doc) -> Doc:
        work = self.match(doc)
        self.set_annotations(doc, work)
        return doc

    def match(self, doc: Doc) -> DocumentWork:
        source = doc.user_data.get(SOURCE)
        source = doc.text if source is None else source  # a Doc not made by build_nlp's tokenizer
        view = unglued(matching_view(source), source)
        shell = read_shell(view)
        layout = split_policies(view, shell)
        work = DocumentWork(source=source, view=view,
                            layout=layout.kind if shell.kind == "none" or layout.kind == "compilation" else "single")
        context = view[:3000]
        for block in layout.blocks:
            work.policies.append(self._policy(source, view, block, context, shell))
        return work

    def _policy(self, source: str, view: str, block, context: str, shell: Shell) -> PolicyWork:
        body = view[block.body_start:block.end]
        title = None
        if block.title_start is not None and block.title_end is not None:
            title = clean_title(readable(source, view, block.title_start, block.title_end).lstrip("# "))
        elif block.title:
            title = clean_title(block.title)
        view_title = clean_title(view[block.title_start:block.title_end]) if block.title_start is not None else title
        if shell.kind != "none":
            region = issuing_region(shell.issuers, view_title, body)
            if shell.verb == "转发" and title != clean_title(shell.notice_title or ""):
                region = zone_in(view_title or "", body) or region_in(view_title or "") or region  # 转发《湖北省…》: the province's
        else:
            line_start = view.rfind("\n", 0, block.title_start) + 1 if block.title_start is not None else 0
            head = view[:block.body_start]
            title_line = view[line_start:block.title_end] if block.title_end is not None else view_title
            region = (
                # a policy addressed directly (各镇人民政府…：为…制定如下政策) is signed by its issuer
                (issuing_region(shell.issuers, view_title, body) if shell.issuers else None)
                or (zone_in(title_line, view[block.start:block.end]) or region_in(title_line, view) if title_line else None)
                or issuing_region([u for u in map(unspaced, head.split("\n")) if _ISSUER_LINE.match(u)], None, "")
                or (region_in(block.address, view) if block.address else None)
                or (region_in(block.collection_title, context) if block.collection_title else None)
                or zone_of_body(body)
                or region_of_body(body)
            )
        region = town_in_title(view_title, region, body) or region  # 大朗镇…办法 with 东莞市 in its text: the town
        stated = shell.kind in ("notice", "repeal", "extension", "interpretation", "titled") and bool(title)
        inferred = not stated and not is_complete_title(view_title)
        if inferred:
            title = infer_title(body, region, view_title)
        policy = PolicyWork(block.start, block.end, block.body_start, title, inferred, region,
                            collection_title=block.collection_title, dates_text=block.dates_text, shell=shell)
        if shell.kind in ("repeal", "extension", "interpretation") and not (shell.kind != "interpretation" and _RESTATES.search(body)):
            policy.other_spans.append((block.body_start, block.end, shell.kind))
            return policy  # a repeal notice or an interpretation has no measures of its own
        if block.items is not None:
            for i, item in enumerate(block.items, 1):
                policy.measures.append(MeasureWork(str(i), str(i), item.start, item.end, item.section,
                                                   heading_of(view, item.start, item.end)))
            return policy
        policy.clauses = parse_clauses(view, block.body_start, block.end) or paragraph_clauses(view, block.body_start, block.end)
        first = policy.clauses[0].start if policy.clauses else block.end
        if first > block.body_start:
            policy.other_spans.append((block.body_start, first, "preamble"))
        for node in _sections(policy.clauses):  # text between a section's number and its first child
            if node.children and node.children[0].start > node.body:
                policy.other_spans.append((node.start, node.children[0].start, "section_intro"))
        return policy

    def set_annotations(self, doc: Doc, work: DocumentWork) -> None:
        doc._.policykg = work
        for key in SPAN_KEYS:
            doc.spans[key] = []
        for p in work.policies:
            _add_span(doc, "policies", p.start, p.end, "POLICY")
            shell = p.shell
            if shell is not None and shell.kind != "none":
                _add_span(doc, "shell", 0, shell.body_start, f"SHELL_{shell.kind.upper()}")
                if shell.doc_number_span:
                    _add_span(doc, "shell", *shell.doc_number_span, "DOC_NUMBER")
                if shell.title_span:
                    _add_span(doc, "shell", *shell.title_span, "POLICY_TITLE")
            for m in p.measures:  # compilation items: measures by layout
                _add_span(doc, "measures", m.start, m.end, "MEASURE")


class MeasuresComponent:
    """Which clauses are measures, each decision with its reason and score (measures.py)."""

    def __call__(self, doc: Doc) -> Doc:
        work: DocumentWork = doc._.policykg
        view = work.view
        for p in work.policies:
            if p.measures or not p.clauses:
                continue
            genre = genre_of(to_simplified(p.title or ""))
            if genre == "publication":
                p.other_spans.append((p.body_start, p.end, "publication"))
                continue
            for d in decide(p.clauses, view, lambda s, e: cut_tail(view, s, e), genre):
                p.decisions.append(d)
                label = f"{'MEASURE' if d.measure else 'NOT'} {d.reason} {d.score:.2f}"
                _add_span(doc, "clauses", d.start, d.end, label)
                if not d.measure:
                    p.other_spans.append((d.start, d.end, d.reason))
                    continue
                if d.end < d.clause.end:
                    p.other_spans.append((d.end, d.clause.end, "closing"))
                c = d.clause
                parent = c.parent
                section = f"{parent.number} {parent.heading}".strip() if parent and parent.heading else (parent.number if parent else None)
                number = "" if c.style == "para" else c.number  # a paragraph has no marker of its own
                p.measures.append(MeasureWork(number, c.path, c.start, d.end, section, c.heading))
                _add_span(doc, "measures", c.start, d.end, "MEASURE")
        return doc


_ISSUER_LINE = re.compile(r"^\s*\S{2,20}(?:人民政府|政府办公室|委员会|管委会|管理委员会|局)\s*$")


def _sections(roots):
    stack = list(roots)
    while stack:
        node = stack.pop()
        yield node
        stack.extend(node.children)


class AmountsComponent:
    def __call__(self, doc: Doc) -> Doc:
        work: DocumentWork = doc._.policykg
        for p in work.policies:
            for m in p.measures:
                m.amounts = find_amounts(work.view, work.source, m.start, m.end)
                for a in m.amounts:
                    _add_span(doc, "amounts", a.start, a.end, f"AMOUNT_{a.unit.upper()}")
        return doc


class AgenciesComponent:
    def __call__(self, doc: Doc) -> Doc:
        work: DocumentWork = doc._.policykg
        for p in work.policies:
            for m in p.measures:
                m.agencies = agency_rules.responsible_agencies(work.view, work.source, m.start, m.end, p.region)
            _share_closing_units(work.view, p.measures, _last_items_not_measures(p),
                                 lambda s, e: agency_rules.responsible_agencies(work.view, work.source, s, e, p.region))
            units_from_division_list(work, p)
            for m in p.measures:
                for a in m.agencies:
                    _add_span(doc, "agencies", a.start, a.end, "AGENCY")
            seen = set()
            for s, e, _ in p.other_spans:
                for a in agency_rules.administering_agencies(work.view, work.source, s, e, p.region):
                    if a.name not in seen:
                        seen.add(a.name)
                        p.agencies.append(a)
                        _add_span(doc, "agencies", a.start, a.end, "AGENCY_ADMIN")
        return doc


# the start of the line that holds a clause's units: (省工信厅、省财政厅) / 责任单位：区经信局 / 【牵头单位】
_UNIT_LINE_LEAD = re.compile(r"\n[ \t\u3000]*[(\[]?[ \t\u3000]*(?:[^\n\]:)]{0,6}(?:单位|部门)[ \t\u3000]*[\]:]?)?[ \t\u3000]*$")


def _last_items_not_measures(p: PolicyWork) -> dict[str, Decision]:
    """The last item under each heading, by its heading's path, when it is no measure ((十)各州（市）要
    设立配套资金。): a units line after it may still close the heading."""
    last: dict[str, Decision] = {}
    for d in p.decisions:
        if "/" in d.clause.path:
            last[d.clause.path.rsplit("/", 1)[0]] = d
    return {parent: d for parent, d in last.items() if not d.measure}


def _share_closing_units(view: str, measures: list[MeasureWork], closers: dict[str, Decision],
                         units_of: Callable[[int, int], list]) -> None:
    """Items of one heading (第六条 (一)(二)(三)) followed by a line of units of their own, after the
    last: the line closes the heading, so it names the units of every item (none names its own).
    The last item may be no measure (`closers`): its units line still closes the heading, and
    `units_of` reads those units only when no item names its own."""
    by_parent: dict[str, list[MeasureWork]] = {}
    for m in measures:
        if "/" in m.path:
            by_parent.setdefault(m.path.rsplit("/", 1)[0], []).append(m)
    for parent, items in by_parent.items():
        d = closers.get(parent)
        if d is not None and d.start > items[-1].start:
            if any(m.agencies for m in items):
                continue  # an item names its own units: the line after the last is not the heading's
            closer = MeasureWork(d.clause.number, d.clause.path, d.start, d.end, None, None)
            closer.agencies = units_of(d.start, d.end)
            items = items + [closer]
        last = items[-1]
        if len(items) < 2 or not last.agencies or any(m.agencies for m in items[:-1]):
            continue
        first = min(a.start for a in last.agencies)
        # 一是…，二是…，三是…。责任单位：X: the paragraph's units, after its last item
        if last.number.endswith("是") or _UNIT_LINE_LEAD.search(view, max(last.start, first - 20), first):
            for m in items[:-1]:
                m.agencies = [a.model_copy() for a in last.agencies]


class FundingComponent:
    def __call__(self, doc: Doc) -> Doc:
        work: DocumentWork = doc._.policykg
        for p in work.policies:
            for m in p.measures:
                m.funding = find_funding_matches(work.view, work.source, m.start, m.end, m.amounts)
                for f in m.funding:
                    _add_span(doc, "funding", f.start, f.end, "FUNDING_MATCH")
        return doc


class ConditionsComponent:
    """What a recipient must be or have for each measure (conditions.py), after the amounts."""

    def __call__(self, doc: Doc) -> Doc:
        work: DocumentWork = doc._.policykg
        for p in work.policies:
            for m in p.measures:
                m.conditions = find_conditions(work.view, work.source, m.start, m.end, m.amounts, p.region,
                                               work.view[p.start:p.end])
                for c in m.conditions:
                    _add_span(doc, "conditions", c.start, c.end, f"CONDITION_{c.type.upper()}")
        return doc


class SectorsComponent:
    def __call__(self, doc: Doc) -> Doc:
        work: DocumentWork = doc._.policykg
        for p in work.policies:
            for m in p.measures:
                text = work.view[m.start:m.end]
                m.sectors = sectors_in(text)
                m.support_type = "funding_match" if m.funding else support_type(m.heading, text)
                for s, e, name in sector_spans(text):
                    _add_span(doc, "sectors", m.start + s, m.start + e, f"SECTOR_{name}")
            p.sectors = sectors_in(p.title)
            for m in p.measures:
                p.sectors.extend(s for s in m.sectors if s not in p.sectors)
        return doc


class PolicyFactsComponent:
    def __call__(self, doc: Doc) -> Doc:
        work: DocumentWork = doc._.policykg
        view = work.view
        for p in work.policies:
            whole = view[p.start:p.end]
            other = [(s, e) for s, e, _ in p.other_spans]
            shell = p.shell
            several = len(work.policies) > 1 and work.layout != "single"  # a listing or compilation
            issued = issue_date(view, p.body_start, p.end, p.title, shell.issue_date if shell is not None else None)
            dates = dates_in(p.dates_text or " ".join(view[s:e] for s, e in other) or whole, issued)
            if not (dates.effective_from or dates.expires_on) and not p.dates_text and other:
                # …三、对…给予补助。\n本通知自2025年6月1日起执行，至2025年12月31日止。 read into the last item
                dates = dates_in(whole, issued)
            if not (dates.effective_from or dates.expires_on) and shell is not None and shell.kind == "notice" \
                    and not several and shell.body_start > 0:
                # 本政策清单自2025年7月1日起施行…: a policy with no validity of its own, given by its notice
                dates = dates_in(view[:shell.body_start], issued)
            if not (dates.effective_from or dates.expires_on) and shell is not None and shell.meta.get("validity") \
                    and not several:
                dates = dates_of_label(shell.meta["validity"])  # 有效期：2025-07-01 至 2027-06-30 among the page's labels
            if shell is not None and shell.kind == "repeal":
                dates.expires_on = None  # a repeal has no validity of its own (…继续兑现至2026年6月30日 is the old policy's)
            p.facts = {
                "effective_from": dates.effective_from, "expires_on": dates.expires_on,
                "effective_rule": dates.effective_rule, "validity_years": dates.validity_years, "issued_on": issued,
                "non_cumulative": non_cumulative(whole if p.dates_text is None else ""),
                "doc_number": own_number(work.source, view, p.start, p.end, p.body_start, p.title,
                                         shell if not several or p.title == shell.notice_title else None),
                "interpreting_agency": None, "interpreting_agencies": [],
            }
            for s, e in other:
                found = interpreting_agency(view[s:e])
                if found:
                    name, where = found  # where: each character's offset (a name may be broken by a line end)
                    p.facts["interpreting_agency"] = agency_rules.canonical(name, p.region)
                    p.facts["interpreting_agencies"] = [
                        AgencyRef(name=agency_rules.canonical(part, p.region), raw=work.source[start:end],
                                  role="interpreting", start=start, end=end,
                                  rule="policy_facts.interprets" if part == name else "agencies.split_joined")
                        for part, at in agency_rules.split_joined(name)
                        for start, end in ((s + where[at], s + where[at + len(part) - 1] + 1),)]
            for s, e in other:
                p.based_on.extend(based_on(view[s:e], s))
            for s, e in _joined(other, view):  # 下列文件同时废止： / (1)《X》(…号)； (2)《Y》…: a heading and its items
                p.supersedes.extend(supersedes(view[s:e], s))
            if shell is not None and shell.kind == "repeal":
                p.supersedes.extend(repealed_in_lists(view[p.body_start:p.end], p.body_start))
            if shell is not None and shell.kind == "notice" and not several and 0 < shell.body_start <= p.body_start:
                # 《X》自印发之日起施行，原《Y》（…号）同时废止 in the notice's text: what the policy replaces
                p.supersedes.extend(supersedes(view[:shell.body_start], 0))
            p.supersedes = [r for r in dedupe_refs(p.supersedes) if not _is_self(r, p, view)]
            p.based_on = [r for r in dedupe_refs(p.based_on) if not _is_self(r, p, view)]
            for r in p.supersedes + p.based_on:
                r.title = title_as_written(work.source, view, r)
                r.doc_number = ref_number_as_written(work.source, view, r)
                _add_span(doc, "policy_refs", r.start, r.end, r.rule.split(".")[0].upper())
        _in_force_with_the_other(work)
        return doc


def _in_force_with_the_other(work: DocumentWork) -> None:
    """A file's policy that comes into force with the one other policy that states a start
    (本细则…与《政策》同时施行) starts on that day."""
    dated = [p for p in work.policies if p.facts.get("effective_from")]
    for p in work.policies:
        if len(dated) == 1 and not p.facts.get("effective_from") \
                and any(IN_FORCE_WITH.search(work.view[s:e]) for s, e, _ in p.other_spans):
            p.facts["effective_from"], p.facts["effective_rule"] = dated[0].facts["effective_from"], "with_another"


def _joined(spans: list[tuple[int, int]], view: str) -> list[tuple[int, int]]:
    """Spans with only white space between them as one: a list's heading and its items are
    separate clauses, but one sentence (下列文件同时废止：(1)《X》…；(2)《Y》…)."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and not view[out[-1][1]:s].strip():
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _is_self(ref, p: PolicyWork, view: str) -> bool:
    """A policy never refers to itself: same title and no document number that tells them apart,
    unless it says 原《X》 (the former X, a namesake it replaces)."""
    if ref.title is None or view[max(0, ref.start - 2):ref.start].endswith("原"):
        return False
    same = clean_title(ref.title) == p.title
    return same and ref.doc_number is None and ref.rule != "supersedes.amends"


@Language.factory("policykg_structure_v1")
def make_structure(nlp: Language, name: str) -> StructureComponent:
    return StructureComponent()


@Language.factory("policykg_measures_v1")
def make_measures(nlp: Language, name: str) -> MeasuresComponent:
    return MeasuresComponent()


@Language.factory("policykg_amounts_v1")
def make_amounts(nlp: Language, name: str) -> AmountsComponent:
    return AmountsComponent()


@Language.factory("policykg_agencies_v1")
def make_agencies(nlp: Language, name: str) -> AgenciesComponent:
    return AgenciesComponent()


@Language.factory("policykg_funding_v1")
def make_funding(nlp: Language, name: str) -> FundingComponent:
    return FundingComponent()


@Language.factory("policykg_conditions_v1")
def make_conditions(nlp: Language, name: str) -> ConditionsComponent:
    return ConditionsComponent()


@Language.factory("policykg_sectors_v1")
def make_sectors(nlp: Language, name: str) -> SectorsComponent:
    return SectorsComponent()


@Language.factory("policykg_policy_facts_v1")
def make_policy_facts(nlp: Language, name: str) -> PolicyFactsComponent:
    return PolicyFactsComponent()

