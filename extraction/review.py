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
    "BASED_ON": "#4d908e",
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


def review_html(texts: list[tuple[str, str]], nlp: Language) -> str:
    """One HTML page: for each (name, text), the text with every span the pipeline set."""
    parts = []
    for name, text in texts:
        doc = nlp(text)
        spans = [(s.start_char, s.end_char, s.label_) for key in SHOWN for s in doc.spans[key] if s.end_char > s.start_char]
        colors = dict(COLORS)
        colors.update({label: "#cdb4db" for _, _, label in spans if label.startswith("SECTOR_")})
        body = displacy.render(_manual(text, sorted(spans)), style="span", manual=True,
                               options={"colors": colors}, page=False)
        parts.append(f"<section><h2>{html.escape(name)}</h2>{body}</section>")
    return (
        "<!doctype html><html lang='zh'><head><meta charset='utf-8'><title>policykg review</title>"
        "<style>body{font-family:sans-serif;max-width:1100px;margin:auto} h2{border-bottom:1px solid #ccc}</style>"
        "</head><body><h1>policykg: what extraction found</h1>" + "".join(parts) + "</body></html>"
    )
