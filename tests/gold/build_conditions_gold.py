"""Build tests/gold/conditions_{seed,devset,heldout}.json from the hand-written annotation tables.

The annotation is written by hand, one condition a line, in conditions_seed.tsv and
conditions_devset.tsv (tab-separated: measure id, type, the text as written, key=value
fields). This script only adds what a hand cannot type reliably: the evidence offsets (the
first occurrence of the written text inside the measure, as extracted) and the list of
annotated measures (every measure of the sample, with or without conditions, so that a
condition predicted on a measure without any counts as a false positive).

    python tests/gold/build_conditions_gold.py          # rewrites the JSON files
    python tests/gold/build_conditions_gold.py --check  # exit 1 if they differ
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from extraction.pipeline import extract_text  # noqa: E402
from extraction.decoding import decode_bytes  # noqa: E402

SEED_DIR = ROOT / "seed"
DEVSET_CASES = ROOT.parent / "shared" / "devset" / "cases"
SAMPLE_SEED = 12  # issue 12
SAMPLE_SIZE = 120
# The seeds' only age conditions (注册后三年内, 注册三年以上); the random sample has none (issue 12).
AGE_ADDED = ("004|4|第五条/1", "004|4|第五条/2")

NUMBERS = {"value", "rate", "cap", "years"}
NOTE = {
    "what": "Hand-annotated conditions per measure (issue 12 item 1), annotated from the texts BEFORE "
            "extraction/conditions.py was written. Ids are 'SOURCE|POLICY|PATH' as in overlap_pairs_v2.json.",
    "sample": "",
    "conventions": [
        "A condition is something the recipient (or its project) must be or have to get the measure's "
        "support, stated in the measure's own text; a measure's conditions are a set (a repeated "
        "condition is annotated once, at its first occurrence).",
        "location: basis registration (注册在), tax (纳税/税收户管), registration_and_tax, settle (落户, "
        "新引进, 迁入), statistics (入统), located (区内企业, 在本区租赁/建设/实施, 园区企业); scope "
        "district/city/province/zone (园区, 科学城, 开发区) and the region when named. Partners "
        "(联合区内企业) and targets of spill-over (带动区内中小微企业) are not conditions.",
        "entity_type: 法人, 非法人组织, 高校 (高校/院校/大学), 科研院所 (科研院所/科研机构/研究机构), "
        "金融机构, 外资企业 (外商投资企业), 社会组织 (行业协会/行业组织/社会组织/产业联盟), "
        "when named as recipient or applicant; 高校院所 gives both 高校 and 科研院所. Not as partners "
        "(联合高校, 与高校合作). 企业 alone is no condition.",
        "size: sme (中小企业, 中小微企业), small_micro (小微企业), above_scale (规模以上, 规上, 限额以上; "
        "not 一定规模以上). age: 成立不满N年 / 注册未满N年 (years, comparator <), 成立N年以内 / 注册后N年内 / 成立时间不超过N年 (<=), 注册N年以上 (>=); 当年新注册 is no age in years.",
        "title: from a closed list of designations (高新技术企业, 科技型中小企业, 专精特新, 专精特新小巨人, "
        "独角兽, 瞪羚, 单项冠军, 首台套, 首批次, 首版次, 企业技术中心, 工程技术研究中心, 工程研究中心, "
        "重点实验室, 技术创新中心, 制造业创新中心, 工业设计中心 (高精尖设计中心 too), 新型研发机构, "
        "孵化器, 众创空间, 工业互联网平台, 智能工厂, 数字化车间, 绿色工厂, 灯塔工厂, 总部企业, "
        "AEO高级认证), level national/provincial/city/district or null (各级, unnamed), one condition "
        "per level (国家级或市级 -> two); new=true for 新认定/首次/新增获得/新获评/新引入/新建, else held.",
        "threshold: metric revenue (营业收入, 营收, 销售收入, 销售额, 交易额), growth (增速, 增幅, 增长, "
        "in percent), rd_spend (研发投入, 研发费用, 研发支出), rd_intensity, investment (投资, 投资额, "
        "总投资, 建设投入), headcount, floor_area, tax, output (产值), other (money thresholds on any "
        "other quantity: 流片费用, 注册资本, 并购交易额, 奖金额); thresholds without a number (高于平均增幅), "
        "per-area thresholds (亩均) and foreign-currency ones are not annotated. comparator: 以上/达到/"
        "突破/不低于/不少于/(含) -> >=, 超过/高于/大于 -> >, 以内/以下/不超过 -> <=, 不足/低于/少于/未满 -> <; "
        "a range A—B takes >= or > for A as (含) says (no mark -> > when the previous tier included A, "
        "else >=) and <= or < for B the same way. Each tier of a list is its own threshold. Values in "
        "yuan, percent, people, m2. period: last_year (上年度/上一年度), year (年/年度/当年) or null.",
        "share_base: a support computed as a share of a base: base rd_spend, investment (投资/投入), "
        "revenue (销售额/交易额/出口额/供货额/合同额 received), cost (费用/支出/租金/利息/发生额/合同额 "
        "paid), tax, higher_funding (市级支持资金, 区级配套 N%), other; rate as a fraction; cap = the "
        "per-recipient cap in yuan the measure states for that share (null when none).",
        "time_window: explicit date bounds on the qualifying event (2022年1月1日以后 -> from; "
        "2025年一季度 -> from/to). frequency: one_time (一次性) or per_year (每年, 年度最高, 同一年度, "
        "每年度) for the money given; 每年安排 (a budget) is not.",
    ],
}


def parse_table(path: Path) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        mid, ctype, raw, fields = line.split("\t")
        cond: dict = {"type": ctype, "text": raw}
        for kv in fields.split():
            k, v = kv.split("=", 1)
            if k in NUMBERS:
                cond[k] = float(v)
            elif k == "new":
                cond[k] = v == "1"
            else:
                cond[k] = v
        out.setdefault(mid, []).append(cond)
    return out


def measures(paths: list[Path], source_of) -> dict[str, tuple[str, dict]]:
    out = {}
    for path in paths:
        text = decode_bytes(path.read_bytes(), str(path)).text
        doc = extract_text(text, str(path))
        for i, p in enumerate(doc.policies):
            for m in p.measures:
                out[f"{source_of(path)}|{i}|{m.path}"] = (text, m)
    return out


def build(table: dict[str, list[dict]], ids: list[str], found: dict) -> dict[str, list[dict]]:
    result = {}
    for mid in ids:
        text, m = found[mid]
        conds = []
        for c in table.get(mid, []):
            at = text.find(c["text"], m.start, m.end)
            if at < 0:
                raise SystemExit(f"{mid}: {c['text']!r} is not in the measure")
            conds.append({**c, "start": at, "end": at + len(c["text"])})
        result[mid] = sorted(conds, key=lambda c: (c["start"], c["type"]))
    unknown = set(table) - set(ids)
    if unknown:
        raise SystemExit(f"annotated measures outside the sample: {sorted(unknown)}")
    return result


def main(argv: list[str]) -> int:
    seed_found = measures(sorted(SEED_DIR.glob("*.txt")), lambda p: p.name[:3])
    sample = sorted(set(random.Random(SAMPLE_SEED).sample(list(seed_found), SAMPLE_SIZE)) | set(AGE_ADDED))
    cases = sorted(DEVSET_CASES.glob("*.txt"))
    third = [p for i, p in enumerate(cases) if i % 3 == 0]
    dev_found = measures(third, lambda p: p.stem)
    outputs = {
        "conditions_seed.json": {
            "note": {**NOTE, "sample": f"{SAMPLE_SIZE} of the {len(seed_found)} seed measures, "
                                        f"random.Random({SAMPLE_SEED}).sample(all ids in extraction order (files sorted, "
                                        f"policies and measures as extracted), {SAMPLE_SIZE}), plus "
                                        f"{', '.join(AGE_ADDED)}: added by hand, every condition annotated, because "
                                        "the sample held no age condition and these are the seeds' only ones"},
            "measures": build(parse_table(HERE / "conditions_seed.tsv"), sample, seed_found)},
        "conditions_devset.json": {
            "note": {**NOTE, "sample": "every third devset case sorted by file name (index 0, 3, 6, ...): "
                                       + ", ".join(p.stem for p in third)},
            "measures": build(parse_table(HERE / "conditions_devset.tsv"), sorted(dev_found), dev_found)},
    }
    held = [p for i, p in enumerate(cases) if i % 3 == 1]
    held_found = measures(held, lambda p: p.stem)
    outputs["conditions_heldout.json"] = {
        "note": {**NOTE, "sample": "held out, never used for tuning: every devset case at index 1, 4, 7, ... sorted "
                                   "by file name (" + ", ".join(p.stem for p in held) + "); annotated after the "
                                   "extractor was written, before its output on these cases was run or read"},
        "measures": build(parse_table(HERE / "conditions_heldout.tsv"), sorted(held_found), held_found)}
    check = "--check" in argv
    for name, data in outputs.items():
        rendered = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        if check:
            if (HERE / name).read_text(encoding="utf-8") != rendered:
                print(f"{name} differs from the tables", file=sys.stderr)
                return 1
        else:
            (HERE / name).write_text(rendered, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
