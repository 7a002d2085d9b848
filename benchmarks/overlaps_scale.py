"""Derive overlaps (graph/overlaps.py) over the first N documents of a pickled list of extracted
Documents (e.g. the generated corpus: python -m benchmarks.generate_corpus, then extract and
pickle), and print pairs, groups, seconds and peak RSS.

    python -m benchmarks.overlaps_scale DOCS.pkl N
"""
import pickle
import resource
import sys
import time
from collections import Counter

import graph.overlaps as ov


def main() -> None:
    docs = pickle.load(open(sys.argv[1], "rb"))
    n = int(sys.argv[2])
    infos = [ov.MeasureInfo(m.id, p.id, p.region, bool(p.non_cumulative), m.heading, m.text, tuple(m.sectors))
             for d in docs[:n] for p in d.policies for m in p.measures]
    t = time.time()
    rows, member = ov.overlap_rows(infos)
    dt = time.time() - t
    sizes = Counter(member.values())
    print(f"{n} documents, {len(infos)} measures: {len(rows)} pairs, {len(sizes)} groups of at most "
          f"{max(sizes.values(), default=0)}, {dt:.1f} s, peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")


if __name__ == "__main__":
    main()
