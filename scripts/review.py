"""Print extraction results compactly for hand review: python scripts/review.py FILE [policy-index]."""
import sys

from extraction.pipeline import extract_text

path = sys.argv[1]
only = int(sys.argv[2]) if len(sys.argv) > 2 else None
doc = extract_text(open(path, encoding="utf-8").read(), path)
for i, p in enumerate(doc.policies):
    if only is not None and i != only:
        continue
    print(f"## [{i}] {p.title} inferred={p.title_inferred} region={p.region} level={p.level} no={p.doc_number}")
    print(f"   dates {p.effective_from}..{p.expires_on} rule={p.effective_rule} years={p.validity_years} interp={p.interpreting_agency} noncum={p.non_cumulative}")
    print(f"   supersedes={[(r.title, r.doc_number) for r in p.supersedes]}")
    print(f"   based_on={[(r.title, r.doc_number) for r in p.based_on]} admin={[a.name for a in p.agencies]}")
    for m in p.measures:
        amts = " ".join(f"{a.text}[{a.unit[:3]},{a.role},{a.period or '-'}{',R' if a.repaired else ''}]={a.value:g}" for a in m.amounts)
        print(f"  - {m.path} | {m.heading} | {m.support_type} | sec={m.section}")
        print(f"      ag={[a.name for a in m.agencies]} sect={m.sectors}")
        print(f"      amt: {amts}")
        for f in m.funding_matches:
            print(f"      FM: src={f.source} lvl={f.level} ratio={f.ratio} cap={f.cap_yuan}")
