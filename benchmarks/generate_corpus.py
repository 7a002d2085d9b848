"""Generate a corpus of realistic Chinese industrial-support policies, deterministic from a seed.

    python -m benchmarks.generate_corpus --policies 1000 --out /tmp/corpus1k [--seed 7]

Writes DIR/policies/NNNNN.txt (or .md when the document starts with a metadata header), one policy a
file, DIR/manifest.json (what each file holds: title, region, 文号, supersessions, and every measure
with its marker, opening, amounts, percentages, match ratio, responsible units, kind and object) and
DIR/overlaps.json (ground truth for overlap detection: measures derived from the same support kind
and object, grouped). Same seed and region table, same bytes.

The conventions are those of seed/ and ../shared/devset: real regions from the extractor's national
table (extraction/data/regions.json), notice wrappers (关于印发《X》的通知 with addressees, issuer and
date), 文号 lines, YAML metadata headers, five numbering styles (一、 / 一、+（一） / 一、+1. / 第一条 /
第X章+第X条), 责任单位 lines, closing articles with 原《…》（文号）同时废止 forming supersession chains
between generated policies, district top-ups of city money (1:0.5 配套) and near-duplicate measures
across regions (same kind and object, amounts and a few words changed).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import corpus_templates as T

ROOT = Path(__file__).resolve().parent.parent
REGIONS_JSON = ROOT / "extraction" / "data" / "regions.json"
CN_DIGITS = "零一二三四五六七八九"
STYLES = ["flat", "two_level", "arabic", "articles", "chapters"]
WRAPPERS = ["notice", "yaml", "docno_under_title"]


def cn_number(n: int) -> str:
    """1..99 as written in clause markers: 一, 十, 十二, 二十三."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def cn_date(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{y}年{m}月{d}日"


@dataclass
class Region:
    name: str  # canonical, as in regions.json
    written: str  # how the policy writes it (长沙县, 上海市崇明区)
    unit: str  # the level word its agencies use: 区 / 县 / 市
    parent: str | None
    abbr: str  # first character for 文号 prefixes
    level: str  # city or district (county-level cities are districts: their higher money is 市级)


@dataclass
class Measure:
    id: str
    group: str  # kind|object: measures of one group fund the same kind of thing for the same object
    prototype: str  # group|wording: the clause the text was derived from
    kind: str
    object: str
    number: str = ""
    starts_with: str = ""
    text: str = ""
    amounts_yuan: list[float] = field(default_factory=list)
    percentages: list[float] = field(default_factory=list)
    match_ratio: float | None = None
    agencies: list[str] = field(default_factory=list)


@dataclass
class Policy:
    index: int
    region: Region
    theme: str
    title: str
    doc_number: str
    issuer: str
    date: str
    style: str
    wrapper: str
    supersedes: dict | None = None
    measures: list[Measure] = field(default_factory=list)


def load_regions() -> list[Region]:
    rows = json.loads(REGIONS_JSON.read_text(encoding="utf-8"))["regions"]
    by_name = {r["name"]: r for r in rows}
    alias_count: dict[str, int] = {}
    for r in rows:
        for a in r["aliases"]:
            alias_count[a] = alias_count.get(a, 0) + 1
    out = []
    for r in rows:
        if r["level"] not in ("district", "city") or not r["parent"]:
            continue
        alias = next((a for a in r["aliases"] if a[-1] in "区县市"), None)  # 旗 has no 旗级 agencies here
        if alias is None or len(alias) < 2:
            continue
        unit = alias[-1] if r["level"] == "district" else "市"
        # An alias two regions share (朝阳区) is written with its city, as real issuers do.
        written = alias if alias_count[alias] == 1 else r["name"]
        if r["level"] == "district" and r["parent"] not in by_name:
            continue
        out.append(Region(r["name"], written, unit, r["parent"], alias[0], r["level"]))
    return out


class CorpusGenerator:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.regions = load_regions()
        self.doc_numbers: set[str] = set()
        self.prototypes: dict[str, dict] = {}  # group -> wording and base amounts shared by its measures

    # ---- plan ------------------------------------------------------------------------------------
    def plan(self, n: int) -> list[Policy]:
        """Series of versions of one policy (a region's policy on a theme), each superseding the last."""
        rng = self.rng
        policies: list[Policy] = []
        while len(policies) < n:
            region = rng.choice(self.regions)
            theme = rng.choice(sorted(T.THEMES))
            length = min(n - len(policies), rng.choices([1, 2, 3, 4], weights=[55, 25, 15, 5])[0])
            year = rng.randint(2015, 2025 - 2 * (length - 1))
            prev: Policy | None = None
            for _ in range(length):
                p = self._policy(len(policies), region, theme, year)
                if prev is not None:
                    p.supersedes = {"title": prev.title, "doc_number": prev.doc_number,
                                    "cites_number": rng.random() < 0.8}
                policies.append(p)
                prev = p
                year += rng.randint(2, 3)
        return policies

    def _policy(self, index: int, region: Region, theme: str, year: int) -> Policy:
        rng = self.rng
        title = rng.choice(T.TITLES).format(r=region.written, t=theme)
        issuer_name, abbr = rng.choice(T.ISSUERS)
        issuer = region.written + issuer_name
        number = rng.randint(1, 200)
        while True:
            doc_number = f"{region.abbr}{abbr}〔{year}〕{number}号"
            if doc_number not in self.doc_numbers:
                break
            number += 1
        self.doc_numbers.add(doc_number)
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        return Policy(index, region, theme, title, doc_number, issuer, date,
                      style=rng.choice(STYLES), wrapper=rng.choices(WRAPPERS, weights=[45, 25, 30])[0])

    # ---- measures --------------------------------------------------------------------------------
    def _prototype(self, kind: str, obj: str) -> dict:
        group = f"{kind}|{obj}"
        if group not in self.prototypes:
            rng = self.rng
            spec = T.MATCH_TEMPLATE if kind == "funding_match" else T.TEMPLATES[kind]
            self.prototypes[group] = {
                "heading": rng.randrange(len(spec["headings"])),
                "body": rng.randrange(len(spec["bodies"])),
                "a": rng.choice([10, 20, 30, 50, 100]), "b": rng.choice([5, 10, 20]),
                "cap": rng.choice([50, 100, 200, 300, 500, 1000]), "thr": rng.choice([500, 1000, 2000, 5000]),
                "pct": rng.choice([10, 20, 30, 50]), "small": rng.choice([2000, 3000, 5000]),
                "ratio": rng.choice([0.5, 1, 0.3]),
            }
        return self.prototypes[group]

    def measures(self, p: Policy) -> list[Measure]:
        rng = self.rng
        objects = T.THEMES[p.theme]
        kinds = [k for k in sorted(T.TEMPLATES) if p.theme in T.KIND_THEMES.get(k, {p.theme})]
        chosen: list[tuple[str, str]] = []
        for _ in range(rng.randint(5, 11)):
            kind = rng.choice(kinds)
            obj = rng.choice(T.TITLE_OBJECTS) if kind == "title_award" else rng.choice(objects)
            if (kind, obj) not in chosen:
                chosen.append((kind, obj))
        if p.region.level == "district" and rng.random() < 0.6:
            chosen.insert(rng.randint(1, len(chosen)), ("funding_match", rng.choice(objects)))
        return [self._measure(p, i, kind, obj) for i, (kind, obj) in enumerate(chosen, 1)]

    def _measure(self, p: Policy, i: int, kind: str, obj: str) -> Measure:
        rng = self.rng
        proto = self._prototype(kind, obj)
        spec = T.MATCH_TEMPLATE if kind == "funding_match" else T.TEMPLATES[kind]
        # A near-duplicate: the prototype's wording most of the time, its amounts scaled per region.
        h = proto["heading"] if rng.random() < 0.7 else rng.randrange(len(spec["headings"]))
        b = proto["body"] if rng.random() < 0.8 else rng.randrange(len(spec["bodies"]))
        scale = rng.choice([0.5, 1, 1, 1, 2])
        values = {k: _scaled(proto[k], scale) for k in ("a", "b", "cap", "thr")}
        values["pct"] = proto["pct"] if rng.random() < 0.7 else rng.choice([10, 15, 20, 25, 30])
        values["small"] = proto["small"]
        values["ratio"] = proto["ratio"]
        higher = "省级" if p.region.level == "city" else "市级"
        colon = ":" if rng.random() < 0.7 else "："
        fill = dict(obj=obj, higher=higher, unit=p.region.unit,
                    ratio=f"1{colon}{_fmt(values['ratio'])}", **{k: _fmt(v) for k, v in values.items() if k != "ratio"})
        heading = spec["headings"][h].format(**fill)
        body = _yi(spec["bodies"][b].format(**fill))
        if rng.random() < 0.1:  # 给予二十万元: an amount in Chinese numerals
            body = re.sub(r"(?<![\d.])(10|20|30|50|100)万元", lambda x: CN_AMOUNTS[x.group(1)] + "万元", body, count=1)
        for old, new in T.SYNONYMS:
            if old in body and rng.random() < 0.25:
                body = body.replace(old, new, 1)
        m = Measure(id=f"p{p.index:05d}-m{i:02d}", group=f"{kind}|{obj}", prototype=f"{kind}|{obj}|{b}",
                    kind=kind, object=obj)
        m.amounts_yuan, m.percentages = _facts(spec["bodies"][b], values)
        if kind == "funding_match":
            m.match_ratio = values["ratio"]
        agencies = rng.sample(T.AGENCIES, rng.randint(1, 3))
        m.agencies = [a.format(u=p.region.unit) for a in agencies]
        line = rng.choice(T.AGENCY_LINES if len(m.agencies) > 1 else T.AGENCY_LINES[:3])
        m.text = heading + "。" + body + line.format(list="、".join(m.agencies), first=m.agencies[0],
                                                     rest="、".join(m.agencies[1:]))
        return m

    # ---- text ------------------------------------------------------------------------------------
    def render(self, p: Policy) -> str:
        rng = self.rng
        self_word = next((w for end, w in T.SELF_WORD.items() if p.title.endswith(end)), "本措施")
        basis_region = p.region.parent or "国务院"
        fill = dict(t=p.theme, rs=p.region.written, self=self_word, unit=p.region.unit,
                    basis=f"{basis_region}关于推动{p.theme}产业高质量发展的实施意见",
                    basis_no=f"{basis_region[0]}政发〔{int(p.date[:4]) - 1}〕{rng.randint(1, 60)}号")
        preamble = rng.choice(T.PREAMBLES).format(**fill)
        closing = [f"{self_word}自{cn_date(p.date)}起施行，有效期{rng.choice(['三', '五', '两'])}年。"]
        if p.supersedes:
            ref = f"《{p.supersedes['title']}》" + (f"（{p.supersedes['doc_number']}）" if p.supersedes["cites_number"] else "")
            closing.append(rng.choice([f"原{ref}同时废止。", f"{ref}同时废止。", f"{self_word}施行之日起，{ref}同时废止。",
                                       f"原{ref}同时停止执行。", f"自{self_word}施行之日起，原{ref}不再执行。"]))
        closing.append(f"{self_word}由{p.region.unit}{rng.choice(['经信委', '发改委', '科委', '工信局'])}负责解释。")
        body = self._body(p, preamble, closing, self_word)
        return self._wrap(p, body)

    def _body(self, p: Policy, preamble: str, closing: list[str], self_word: str) -> str:
        rng, ms, lines = self.rng, p.measures, []
        if p.style in ("flat", "two_level", "arabic"):
            lines.append(preamble)
            sections = _split(rng, ms, 1 if p.style == "flat" else rng.randint(2, 3))
            paren = rng.choices(["（）", "()"], weights=[80, 20])[0]
            arabic = rng.choice(["{}.", "{}、", "（{}）"])
            n_item = 0
            top = 0
            headings = rng.sample(T.SECTIONS, len(sections))
            for sec, section in zip(sections, headings):
                if p.style != "flat":
                    top += 1
                    lines.append(f"{cn_number(top)}、{section}")
                for k, m in enumerate(sec, 1):
                    n_item += 1
                    if p.style == "flat":
                        top += 1
                        m.number = f"{cn_number(top)}、"
                    elif p.style == "two_level":
                        m.number = f"{paren[0]}{cn_number(n_item)}{paren[1]}"
                    else:
                        m.number = arabic.format(k)
                    lines.append(m.number + m.text)
            top += 1
            lines.append(f"{cn_number(top)}、其他")
            lines.extend(f"{k}.{c}" if p.style == "arabic" else f"（{cn_number(k)}）{c}" for k, c in enumerate(closing, 1))
            return "\n".join(lines)
        # articles / chapters: 第一条 purpose, 第二条 scope, measures, closing articles
        art = 0

        def article(text: str) -> str:
            nonlocal art
            art += 1
            return f"第{cn_number(art)}条 {text}"

        if p.style == "chapters":
            lines.append("第一章 总则")
        lines.append(article(preamble))
        lines.append(article(f"{self_word}适用于在{p.region.written}依法登记注册、具有独立法人资格的{p.theme}领域企业和机构。"))
        if p.style == "chapters":
            lines.append("第二章 支持措施")
        for m in ms:
            art += 1
            m.number = f"第{cn_number(art)}条"
            heading, _, rest = m.text.partition("。")
            if rng.random() < 0.5:  # the heading on a line of its own, the clause below it
                m.text = f"{heading}\n{rest}"
            lines.append(f"{m.number} {m.text}")
        if p.style == "chapters":
            lines.append("第三章 附则")
        lines.extend(article(c) for c in closing)
        return "\n".join(lines)

    def _wrap(self, p: Policy, body: str) -> str:
        rng = self.rng
        date = cn_date(p.date)
        # 文号 as web copies often print it, with half-width brackets.
        number = p.doc_number if rng.random() < 0.85 else p.doc_number.replace("〔", "[").replace("〕", "]")
        if p.wrapper == "notice":
            addressees = rng.choice(T.ADDRESSEES[p.region.unit])
            head = [p.issuer, "", number, "", f"关于印发《{p.title}》的通知", "", addressees,
                    f"现将《{p.title}》印发给你们，请认真{rng.choice(['贯彻执行', '遵照执行', '抓好落实'])}。",
                    "", p.issuer, date, "", "（此件公开发布）", "", *_heading_lines(rng, p.title), ""]
            return "\n".join(head) + body + "\n"
        if p.wrapper == "yaml":
            level = {"区": "区级", "县": "县级", "市": "市级"}[p.region.unit]
            head = ["---", f"标题: {p.title}", f"文号: {p.doc_number}", f"发布单位: {p.issuer}",
                    f"发布日期: {p.date}", f"层级: {level}", "状态: 有效", "---", "", f"# {p.title}", ""]
            return "\n".join(head) + body + "\n\n" + p.issuer + "\n" + date + "\n"
        return "\n".join([p.title, number, "", body, "", p.issuer, date]) + "\n"


CN_AMOUNTS = {"10": "十", "20": "二十", "30": "三十", "50": "五十", "100": "一百"}


def _yi(text: str) -> str:
    """10000万元 -> 1亿元, as texts write large sums."""
    return re.sub(r"(?<![\d.])(\d+)0000万元", r"\1亿元", text)


def _scaled(v: float, scale: float) -> float:
    out = v * scale
    return int(out) if out == int(out) else out


def _fmt(v: float) -> str:
    return str(int(v)) if v == int(v) else str(v)


def _facts(body: str, values: dict) -> tuple[list[float], list[float]]:
    """Amounts (yuan) and percentages in the order the body's slots appear."""
    amounts, pcts = [], []
    i = 0
    while (i := body.find("{", i)) >= 0:
        j = body.index("}", i)
        slot = body[i + 1:j]
        if slot in ("a", "b", "cap", "thr"):
            amounts.append(float(values[slot]) * 10_000)
        elif slot == "small":
            amounts.append(float(values[slot]))
        elif slot == "pct":
            pcts.append(float(values[slot]))
        i = j
    return amounts, pcts


def _split(rng: random.Random, items: list, parts: int) -> list[list]:
    if parts <= 1 or len(items) < parts:
        return [items]
    cuts = sorted(rng.sample(range(1, len(items)), parts - 1))
    return [items[a:b] for a, b in zip([0, *cuts], [*cuts, len(items)])]


def _heading_lines(rng: random.Random, title: str) -> list[str]:
    """The body's heading, broken over two lines a third of the time (as typeset titles are)."""
    if rng.random() < 0.35 and len(title) > 12:
        cut = rng.randint(len(title) // 2 - 3, len(title) // 2 + 3)
        return [title[:cut], title[cut:]]
    return [title]


def _starts_with(text: str) -> str:
    return "".join(text.split())[:12]


def generate(n: int, out: Path, seed: int = 7) -> dict:
    """Write n policies under out/ and return the manifest."""
    gen = CorpusGenerator(seed)
    policies = gen.plan(n)
    docs_dir = out / "policies"
    docs_dir.mkdir(parents=True, exist_ok=True)
    files = []
    groups: dict[str, list[str]] = {}
    for p in policies:
        p.measures = gen.measures(p)
        text = gen.render(p)
        name = f"{p.index:05d}.{'md' if p.wrapper == 'yaml' else 'txt'}"
        (docs_dir / name).write_bytes(text.encode("utf-8"))
        for m in p.measures:
            m.starts_with = _starts_with(m.text)
            groups.setdefault(m.group, []).append(m.id)
        files.append({
            "file": f"policies/{name}", "title": p.title, "region": p.region.name, "written_region": p.region.written,
            "theme": p.theme, "doc_number": p.doc_number, "issuer": p.issuer, "date": p.date,
            "style": p.style, "wrapper": p.wrapper,
            "supersedes": [{"title": p.supersedes["title"],
                            "doc_number": p.supersedes["doc_number"] if p.supersedes["cites_number"] else None}]
            if p.supersedes else [],
            "measures": [{k: v for k, v in vars(m).items() if k != "text"} for m in p.measures],
        })
    manifest = {"seed": seed, "policies": len(files), "measures": sum(len(f["measures"]) for f in files),
                "files": files}
    _dump(out / "manifest.json", manifest)
    overlaps = {
        "about": "Measures derived from the same support kind and object (group = kind|object), one list per group "
                 "with measures in at least two policies; ids as in manifest.json (pNNNNN-mNN, NNNNN = file number). "
                 "Measures of different groups were not derived from one another.",
        "groups": {g: ids for g, ids in sorted(groups.items()) if len({i.split('-')[0] for i in ids}) > 1},
    }
    _dump(out / "overlaps.json", overlaps)
    return manifest


def _dump(path: Path, data: dict) -> None:
    path.write_bytes((json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--policies", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    t0 = time.perf_counter()
    manifest = generate(args.policies, args.out, args.seed)
    print(f"wrote {manifest['policies']} policies ({manifest['measures']} measures) to {args.out} "
          f"in {time.perf_counter() - t0:.1f}s")


if __name__ == "__main__":
    main()
