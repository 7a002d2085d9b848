"""Precision/recall of extraction against tests/gold, per field."""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from extraction.records import Document

GOLD_DIR = Path(__file__).parent / "gold"
ROOT = Path(__file__).parent.parent


@dataclass
class Score:
    field: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold() -> list[dict]:
    """The per-document annotations (overlap_pairs.json, also in gold/, is not one)."""
    files = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD_DIR.glob("*.json"))]
    return [g for g in files if "policies" in g]


def _compare(field: str, gold: Counter, pred: Counter) -> Score:
    tp = sum((gold & pred).values())
    return Score(field, tp, sum(pred.values()) - tp, sum(gold.values()) - tp)


def _measure_items(doc_key: str, policies: list[dict]) -> dict[str, Counter]:
    out = {k: Counter() for k in ("measures", "amounts", "agencies", "funding", "funding_source")}
    for i, p in enumerate(policies):
        for m in p["measures"]:
            key = (doc_key, i, m["path"])
            out["measures"][key] += 1
            for value, unit in m["amounts"]:
                out["amounts"][key + (round(float(value), 4), unit)] += 1
            for name in m["agencies"]:
                out["agencies"][key + (name,)] += 1
            for f in m["funding"]:
                out["funding"][key + (f["ratio"],)] += 1
                out["funding_source"][key + (f["ratio"], f["source"])] += 1
    return out


def _policy_items(doc_key: str, policies: list[dict]) -> dict[str, Counter]:
    out = {k: Counter() for k in ("policies", "titles", "doc_numbers", "dates", "supersedes")}
    for i, p in enumerate(policies):
        out["policies"][(doc_key, i)] += 1
        out["titles"][(doc_key, i, p["title"])] += 1
        out["doc_numbers"][(doc_key, i, p["doc_number"])] += 1
        out["dates"][(doc_key, i, p["effective_from"], p["expires_on"])] += 1
        for r in p["supersedes"]:
            out["supersedes"][(doc_key, i, r["title"], r["doc_number"])] += 1
    return out


def as_gold_shape(doc: Document) -> list[dict]:
    return [{
        "title": p.title, "doc_number": p.doc_number, "effective_from": p.effective_from, "expires_on": p.expires_on,
        "supersedes": [{"title": r.title, "doc_number": r.doc_number} for r in p.supersedes],
        "measures": [{"path": m.path, "agencies": [a.name for a in m.agencies],
                      "amounts": [[a.value, a.unit] for a in m.amounts],
                      "funding": [{"ratio": f.ratio, "source": f.source} for f in m.funding_matches]}
                     for m in p.measures],
    } for p in doc.policies]


def score(predicted: dict[str, Document]) -> list[Score]:
    """predicted: seed path (as in the gold files) -> extracted Document."""
    gold_c: dict[str, Counter] = {}
    pred_c: dict[str, Counter] = {}
    for g in load_gold():
        key = g["path"]
        for items, target in ((_measure_items(key, g["policies"]), gold_c), (_policy_items(key, g["policies"]), gold_c)):
            for k, c in items.items():
                target.setdefault(k, Counter()).update(c)
        shape = as_gold_shape(predicted[key])
        for items in (_measure_items(key, shape), _policy_items(key, shape)):
            for k, c in items.items():
                pred_c.setdefault(k, Counter()).update(c)
    fields = ("policies", "titles", "doc_numbers", "dates", "supersedes", "measures", "amounts", "agencies",
              "funding", "funding_source")
    return [_compare(f, gold_c.get(f, Counter()), pred_c.get(f, Counter())) for f in fields]


def table(scores: list[Score]) -> str:
    lines = ["| field | gold | predicted | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|"]
    for s in scores:
        lines.append(f"| {s.field} | {s.tp + s.fn} | {s.tp + s.fp} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |")
    return "\n".join(lines)
