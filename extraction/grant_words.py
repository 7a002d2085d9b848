"""What a clause that grants money says, shared by the measure rules (measures.py) and the
rules that make a section one measure (section_folds.py)."""
from __future__ import annotations

import re

# an amount, a share or a 1:x term (全额补贴 too); 5万 counts unless a unit of things follows (5万人, 5万台)
MONEY = re.compile(r"全额(?:补贴|补助|资助|承担|奖励|返还)|\d\s*(?:万|亿)?\s*元|[一二两三四五六七八九十百千]{1,6}\s*(?:万|亿)元|\d\s*万(?![人台平户家个名次套件吨千株亩项场羽尾棵箱斤公米只头辆])|\d\s*%|1\s*:\s*\d|\d\s*亿")
# a short heading sentence that opens an item: (二)设备更新贷款贴息。对企业…
HEAD_SENTENCE = re.compile(r"^\s*[^。,;:]{2,14}。")
