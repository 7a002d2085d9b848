"""Extraction quality on the seed corpus against the hand-checked gold (tests/gold)."""
from extraction.pipeline import extract_text
from tests.scoring import score, table

BARS = {"measures": 0.97, "amounts": 0.97, "agencies": 0.95, "funding": 0.90}
EXACT = ("supersedes", "doc_numbers", "policies")


def test_seed_corpus_meets_quality_bars(nlp, seed_texts, capsys):
    predicted = {path: extract_text(text, path, nlp=nlp) for path, text in seed_texts.items()}
    scores = {s.field: s for s in score(predicted)}
    with capsys.disabled():
        print("\nextraction quality on seed/ (tests/gold):\n" + table(list(scores.values())))
    for field, bar in BARS.items():
        assert scores[field].f1 >= bar, f"{field} F1 {scores[field].f1:.3f} < {bar}"
    for field in EXACT:
        s = scores[field]
        assert s.fp == 0 and s.fn == 0, f"{field} must be exact: {s}"
