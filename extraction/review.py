"""A displaCy span view of what the pipeline found, for a reviewer.

displaCy's span renderer puts a space after every token, which turns single-character
Chinese tokens into "2 6 年". The view is therefore rendered from manual data whose tokens
are the longest runs of text between span boundaries: the text reads as written and every
span still starts and ends on a token edge.
"""
from __future__ import annotations

import html

from spacy import displacy
from spacy.language import Language

from .components import SPAN_KEYS

COLORS = {
    "MEASURE": "#dbe7fb", "AMOUNT_YUAN": "#ffd166", "AMOUNT_PERCENT": "#f9c74f", "AMOUNT_RATIO": "#f8961e",
    "AMOUNT_SQM": "#ffe8a3", "AMOUNT_YUAN_PER_SQM_MONTH": "#ffe8a3", "AMOUNT_OTHER": "#ffe8a3",
    "AGENCY": "#90be6d", "AGENCY_ADMIN": "#b5d99c", "FUNDING_MATCH": "#f94144", "SUPERSEDES": "#577590",
    "BASED_ON": "#4d908e", "SHELL_NOTICE": "#eeeeee", "SHELL_REPEAL": "#eeeeee", "SHELL_TITLED": "#eeeeee",
    "SHELL_INTERPRETATION": "#eeeeee", "DOC_NUMBER": "#9d4edd", "POLICY_TITLE": "#48cae4",
}
SHOWN = tuple(k for k in SPAN_KEYS if k != "policies")


def _manual(text: str, spans: list[tuple[int, int, str]]) -> dict:
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    tokens, index = [], {}
    for a, b in zip(cuts, cuts[1:]):
        index[a] = len(tokens)
        tokens.append(text[a:b])
    index[len(text)] = len(tokens)
    return {
        "text": text, "tokens": tokens,
        "spans": [{"start_token": index[s], "end_token": index[e], "label": label} for s, e, label in spans],
    }


def _summary(doc) -> str:
    """What the shell said and why each clause is or is not a measure, as two small tables."""
    work = doc._.policykg
    rows = []
    for p in work.policies:
        shell = p.shell
        facts = {"shell": shell.kind if shell is not None else "none", "title": p.title,
                 "title inferred": p.title_inferred, "region": p.region.name if p.region else None,
                 "文号": p.facts.get("doc_number"), "issuers": "、".join(shell.issuers) if shell is not None else "",
                 "issued": shell.issue_date if shell is not None else None,
                 "effective": p.facts.get("effective_from"), "expires": p.facts.get("expires_on")}
        rows.append("<table>" + "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(str(v))}</td></tr>"
                                          for k, v in facts.items()) + "</table>")
        if p.decisions:
            rows.append("<table><tr><th>clause</th><th>measure</th><th>reason</th><th>score</th><th>text</th></tr>" + "".join(
                f"<tr><td>{html.escape(d.clause.path)}</td><td>{'yes' if d.measure else 'no'}</td>"
                f"<td>{html.escape(d.reason)}</td><td>{d.score:.2f}</td>"
                f"<td>{html.escape(work.source[d.start:d.start + 40])}…</td></tr>" for d in p.decisions) + "</table>")
    return "".join(rows)


def review_html(texts: list[tuple[str, str]], nlp: Language) -> str:
    """One HTML page: for each (name, text), the text with every span the pipeline set."""
    parts = []
    for name, text in texts:
        doc = nlp(text)
        spans = [(s.start_char, s.end_char, s.label_) for key in SHOWN for s in doc.spans[key] if s.end_char > s.start_char]
        colors = dict(COLORS)
        colors.update({label: "#cdb4db" for _, _, label in spans if label.startswith("SECTOR_")})
        colors.update({label: "#b7e4c7" if label.startswith("MEASURE ") else "#dddddd"
                       for _, _, label in spans if label.startswith(("MEASURE ", "NOT "))})
        body = displacy.render(_manual(text, sorted(spans)), style="span", manual=True,
                               options={"colors": colors}, page=False)
        parts.append(f"<section><h2>{html.escape(name)}</h2>{_summary(doc)}{body}</section>")
    return (
        "<!doctype html><html lang='zh'><head><meta charset='utf-8'><title>policykg review</title>"
        "<style>body{font-family:sans-serif;max-width:1100px;margin:auto} h2{border-bottom:1px solid #ccc}"
        "table{border-collapse:collapse;margin:.5em 0;font-size:90%} td,th{border:1px solid #ddd;padding:2px 6px;"
        "text-align:left}</style>"
        "</head><body><h1>policykg: what extraction found</h1>" + "".join(parts) + "</body></html>"
    )
