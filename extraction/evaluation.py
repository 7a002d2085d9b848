"""Score extraction output against gold annotations in the development-set format.

A gold directory holds NAME.txt and NAME.gold.json (schema: ../shared/devset/README.md).
`score(documents, gold)` takes the `policykg extract --json` documents and the gold files'
contents and returns per-field counts, the per-case measure table and the macro average,
computed exactly as the devset's own score.py does (tests/test_eval.py checks the figures
against it), so `policykg eval` and score.py never disagree. Pure: no file access here.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

BARS = {"measures": 0.95, "amounts": 0.97, "agencies": 0.93, "funding": 0.90,
        "title": 0.90, "region": 0.95, "doc_number": 0.95, "supersedes": 0.95}
FIELDS = ("measures", "amounts", "percent", "ratios", "agencies", "funding",
          "doc_number", "supersedes", "dates", "title", "region")
PROVINCE_LEVEL = {"北京市", "上海市", "天津市", "重庆市"}


def norm(s: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def norm_number(s: str | None) -> str:
    return re.sub(r"[()（）、.．,，:：\[\]【】]", "", norm(s))


def norm_title(s: str | None) -> str:
    return re.sub(r"[《》〈〉“”\"]", "", norm(s))


def norm_docno(s: str | None) -> str:
    return re.sub(r"[〔〕\[\]（）()【】]", "", norm(s))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: list, pred: list) -> None:
        left = list(pred)
        for g in gold:
            if g in left:
                left.remove(g)
                self.tp += 1
            else:
                self.fn += 1
        self.fp += len(left)

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Report:
    fields: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in FIELDS})
    cases: list[tuple[str, Counts]] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def macro_measures_f1(self) -> float:
        return sum(c.prf()[2] for _, c in self.cases) / len(self.cases) if self.cases else 0.0

    def failed(self, bars: dict[str, float] = BARS) -> list[str]:
        return [k for k, b in bars.items() if self.fields[k].prf()[2] < b]

    def as_dict(self) -> dict:
        def row(c: Counts) -> dict:
            p, r, f = c.prf()
            return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": c.tp, "fp": c.fp, "fn": c.fn}

        return {"fields": {k: row(c) for k, c in self.fields.items()},
                "cases": {name: row(c) for name, c in self.cases},
                "measures_macro_f1": round(self.macro_measures_f1, 4),
                "below_bars": self.failed(), "misses": self.misses}


def _amounts_of(measure: dict, unit: str) -> list:
    out = []
    for a in measure.get("amounts") or []:
        if a.get("unit") != unit or a.get("value") is None:
            continue
        v = float(a["value"])
        out.append(int(round(v)) if unit == "yuan" else round(v, 4))
    return out


def _agency_match(gold_names: list[str], pred_agencies: list[dict] | None) -> tuple[int, int, int]:
    """Lenient: a gold raw name matches a predicted agency whose raw or name contains it."""
    preds = [(norm(a.get("raw")), norm(a.get("name"))) for a in pred_agencies or []]
    tp, used = 0, set()
    for g in map(norm, gold_names):
        for i, (raw, name) in enumerate(preds):
            if i not in used and g and (g in raw or g in name or (raw and raw in g)):
                used.add(i)
                tp += 1
                break
    return tp, len(gold_names) - tp, len(preds) - len(used)


def align(gold_measures: list[dict], pred_measures: list[dict]) -> tuple[list, list]:
    """Pair gold measures with predicted ones by number marker and opening text."""
    pairs, used = [], set()
    for g in gold_measures:
        gnum, gstart = norm_number(g["number"]), norm(g["starts_with"])[:8]
        best = None
        for i, p in enumerate(pred_measures):
            if i in used:
                continue
            ptext = norm((p.get("heading") or "") + (p.get("text") or ""))
            if gstart and gstart not in ptext[:80]:
                continue
            if norm_number(p.get("number")) == gnum:
                best = i
                break
            if best is None:
                best = i
        if best is not None:
            used.add(best)
        pairs.append((g, pred_measures[best] if best is not None else None))
    return pairs, [p for i, p in enumerate(pred_measures) if i not in used]


def _region_ok(gold: str, pred: str | None) -> bool:
    if not pred:
        return False
    g, p = norm(gold), norm(pred)
    return p == g or (g.endswith(p) and len(p) >= 3 and p not in PROVINCE_LEVEL) or p.endswith(g)


def score(documents: dict[str, dict], gold: dict[str, tuple[dict, int]]) -> Report:
    """documents: case name -> extracted document (JSON shape); gold: case name -> (gold
    annotation, length of the case's text)."""
    report = Report()
    s = report.fields
    for name in sorted(gold):
        annotation, text_len = gold[name]
        doc = documents.get(name)
        pred_policies = doc.get("policies", []) if doc else []
        pred_measures = [m for p in pred_policies for m in p.get("measures", [])]
        gold_measures = [m for p in annotation["policies"] for m in p.get("measures", [])]
        pairs, extra = align(gold_measures, pred_measures)
        case = Counts(tp=sum(1 for _, p in pairs if p is not None), fn=sum(1 for _, p in pairs if p is None))
        # a predicted measure that runs to the end of an excerpt is not held against the extractor
        extra = [p for p in extra if not (isinstance(p.get("end"), int) and p["end"] >= text_len - 3)]
        case.fp = len(extra)
        s["measures"].tp += case.tp
        s["measures"].fn += case.fn
        s["measures"].fp += case.fp
        report.cases.append((name, case))
        for g, p in pairs:
            if p is None:
                report.misses.append(f"{name} {g['number']} {g['starts_with']}")
                p = {}
            s["amounts"].add(g.get("amounts_yuan", []), _amounts_of(p, "yuan"))
            s["percent"].add([round(float(x), 4) for x in g.get("percentages", [])], _amounts_of(p, "percent"))
            s["ratios"].add([round(float(x), 4) for x in g.get("match_ratios", [])], _amounts_of(p, "ratio"))
            tp, fn, fp = _agency_match(g.get("agencies", []), p.get("agencies"))
            s["agencies"].tp += tp
            s["agencies"].fn += fn
            s["agencies"].fp += fp
            s["funding"].add([True] if g.get("matches_higher_funding") else [],
                             [True] if p.get("funding_matches") else [])
        gold_sup = {norm_docno(x["doc_number"]) for gp in annotation["policies"]
                    for x in gp.get("supersedes", []) if x.get("doc_number")}
        pred_sup = {norm_docno(x.get("doc_number")) for p in pred_policies
                    for x in p.get("supersedes", []) if x.get("doc_number")}
        s["supersedes"].tp += len(gold_sup & pred_sup)
        s["supersedes"].fn += len(gold_sup - pred_sup)
        s["supersedes"].fp += len(pred_sup - gold_sup)
        for gp in annotation["policies"]:
            if gp.get("doc_number"):
                want = norm_docno(gp["doc_number"])
                got = [norm_docno(p.get("doc_number")) for p in pred_policies if p.get("doc_number")]
                s["doc_number"].add([want], [x for x in got if x == want][:1])
            if gp.get("title"):
                got_titles = {norm_title(p.get("title")) for p in pred_policies}
                s["title"].add([1], [1] if norm_title(gp["title"]) in got_titles else [])
            if gp.get("region"):
                s["region"].add([1], [1] if any(_region_ok(gp["region"], p.get("region")) for p in pred_policies) else [])
            for key in ("effective_from", "expires_on"):
                if gp.get(key):
                    got_dates = {p.get(key) for p in pred_policies}
                    s["dates"].add([gp[key]], [gp[key]] if gp[key] in got_dates else [])
    return report
