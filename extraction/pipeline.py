"""Text -> records: the spaCy pipeline built from pipeline.cfg, and the record builder.

    nlp = build_nlp()
    document = extract_text(text, path="a.txt", nlp=nlp)
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Config

from . import components  # noqa: F401  (registers the factories)
from .places import region_in
from .records import Document, Measure, Policy, PolicyRef
from .textview import squash
from .titles import clean_title
from .work import SOURCE, DocumentWork, PolicyWork

CONFIG_PATH = Path(__file__).with_name("pipeline.cfg")


def build_nlp() -> Language:
    """spacy.blank("zh") with policykg's components, from pipeline.cfg."""
    config = Config().from_disk(CONFIG_PATH)
    nlp = spacy.blank("zh", config=config)
    nlp.tokenizer = SourceKeepingTokenizer(nlp.tokenizer)
    return nlp


class SourceKeepingTokenizer:
    """The zh tokenizer, keeping the text it was given on the Doc (user_data[SOURCE]): the
    components read the whole text, and Doc.text joins it again from every token (a sixth of the
    extraction time on a 1,000-character document)."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[SOURCE] = text
        return doc

    def __getattr__(self, name):  # the wrapped tokenizer's config, pipe, to_bytes…
        return getattr(self.tokenizer, name)


@lru_cache(maxsize=1)
def default_nlp() -> Language:
    return build_nlp()


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def extract_text(text: str, path: str, sha256: str | None = None, nlp: Language | None = None) -> Document:
    doc = (nlp or default_nlp())(text)
    return to_document(doc, path, sha256 or sha256_text(text))


def _hid(prefix: str, *parts: str) -> str:
    return f"{prefix}_" + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def policy_key(p: PolicyWork, doc_number: str | None, sha256: str, index: int) -> str:
    """Identity: the document number when the text gives one, else region + title; an
    inferred title is not identity, so such a policy is keyed by its file and position."""
    if doc_number:
        return f"num:{doc_number}"
    if p.title_inferred:
        return f"file:{sha256}:{index}"
    return title_key(p.title, p.region.name if p.region else None)


def title_key(title: str, region: str | None) -> str:
    return f"title:{region or ''}:{squash(clean_title(title))}"


def ref_key(ref: PolicyRef, citing: PolicyWork) -> str:
    """A referenced policy's key, built as its own document would build it: by number, else by
    title within the region the title names (or the citing policy's region)."""
    if ref.doc_number:
        return f"num:{ref.doc_number}"
    named = region_in(ref.title or "")
    region = named or citing.region
    return title_key(ref.title or "", region.name if region else None)


def policy_id(key: str) -> str:
    return _hid("pol", key)


def to_document(doc: Doc, path: str, sha256: str) -> Document:
    work: DocumentWork = doc._.policykg
    policies = []
    numbers = [p.facts["doc_number"] for p in work.policies if p.facts["doc_number"]]
    for index, p in enumerate(work.policies):
        facts = p.facts
        # one notice that issues several policies gives them one 文号: then the title tells them apart
        shared = facts["doc_number"] and numbers.count(facts["doc_number"]) > 1 and not p.title_inferred
        key = title_key(p.title, p.region.name if p.region else None) if shared else \
            policy_key(p, facts["doc_number"], sha256, index)
        pid = policy_id(key)
        for ref in p.supersedes + p.based_on:
            ref.key = ref_key(ref, p)
            ref.id = policy_id(ref.key)
        measures, used = [], set()
        for m in p.measures:
            key = m.path
            while key in used:
                key += "+"
            used.add(key)
            measures.append(Measure(
                id=_hid("mea", pid, key), number=m.number, path=m.path, section=m.section, heading=m.heading,
                text=work.source[m.start:m.end], start=m.start, end=m.end, support_type=m.support_type,
                agencies=m.agencies, sectors=m.sectors, amounts=m.amounts, funding_matches=m.funding,
                conditions=m.conditions,
            ))
        policies.append(Policy(
            id=pid, key=key, title=p.title, title_inferred=p.title_inferred,
            interpretation=p.shell is not None and p.shell.kind == "interpretation",
            region=p.region.name if p.region else None, level=p.region.level if p.region else None,
            doc_number=facts["doc_number"], effective_from=facts["effective_from"], expires_on=facts["expires_on"],
            effective_rule=facts["effective_rule"], validity_years=facts["validity_years"], issued_on=facts["issued_on"],
            interpreting_agency=facts["interpreting_agency"], interpreting_agencies=facts["interpreting_agencies"],
            non_cumulative=facts["non_cumulative"],
            supersedes=p.supersedes, based_on=p.based_on, agencies=p.agencies, sectors=p.sectors,
            measures=measures, start=p.start, end=p.end,
        ))
    return Document(path=path, sha256=sha256, layout=work.layout, policies=policies)
