"""Amounts in a clause: money, percentages, ratios, per-area rates and areas, each typed.

Patterns are data (name, regex) in the presidio manner; the role and period come from cue
words next to the number, nearest cue wins. Roles of money, in the order they are decided:
- rate: money per physical unit or area (每吨二十万元, 0.1元/千瓦时, 20元/㎡/月);
- threshold: a condition, not money given (营业收入达到1亿元, 投资额5000万元以上, 不足1亿元的);
- budget: the programme's own money, not what one recipient gets (每年安排5000万元专项资金,
  设立3000万元资金池, 每年发放总额不超过1亿元, 专项资金累计不超过5亿元, 提供额度为3000万元的算力资源);
- cap: the most one recipient (enterprise, project) gets (最高/不超过, 单个企业每年最高…);
- fixed: an award of exactly that much (给予50万元一次性奖励).
Percentages are shares (按…30%) unless a threshold; 1:x is a ratio.
OCR digits glued to a unit are repaired (IooO万元 -> 1000万元, IO(X)万元 -> 1000万元,
I(M)万元 -> 100万元) and flagged `repaired`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .records import Amount
from .textview import OCR_DIGIT, squash

# A number as OCR leaves it: real digits plus I/l (1), O/o (0) and (X)/(M) (00).
# A PDF copy may break a number across lines (最高不超过10\n00万元): digits on both sides of one break, or of
# a page break whose number and running head the view blanked (最高30\n—2—\n…规范性文件\n0万元).
_OCR_NUM = r"(?:[0-9]|(?<=\d)[ ,](?=\d{3}(?!\d))|(?<=\d)(?:[ \t\u3000]*\n){1,3}[ \t\u3000]*(?=\d)|[IlOo](?=[0-9IlOo(]|\s*[万亿%元])|\((?:X|M|x)\))+"
_NUM = r"\d+(?:\.\d+)?"
_FOREIGN = r"(?:港元|港币|欧元|日元|英镑|澳元|美元|新加坡元)"
# a measure word after 万 (万载重吨, 万标箱) or a currency broken off by a line end (5亿\n美元): no yuan
_NOT_YUAN_AFTER = r"(?!\s*(?:[人台平户家个名次套件吨千株亩项场港欧日英澳美辆载标艘架头只羽尾棵箱斤公米册份张条粒匹盆枝瓶袋]|[总净]吨))"  # (5万羽, 2万公斤, 5万总吨)
_MONEY_UNIT = (rf"(?:万元|亿元|千元|(?:万|亿)?\s*{_FOREIGN}|元"
               rf"|万{_NOT_YUAN_AFTER}|亿{_NOT_YUAN_AFTER})")


_CN_DIGIT = "零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟"


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern
    unit: str


PATTERNS = (
    Pattern("amounts.rate_per_sqm_month",
            re.compile(rf"(?P<num>{_NUM})\s*元?\s*/\s*(?:㎡|平方米|平米|m2)\s*/\s*月"), "yuan_per_sqm_month"),
    Pattern("amounts.rate_per_sqm_day",
            re.compile(rf"(?P<num>{_NUM})\s*元\s*/\s*(?:㎡|平方米|平米|m2)\s*/\s*(?:天|日)"), "other"),
    Pattern("amounts.ratio", re.compile(rf"(?<![\d.])(?P<a>1)\s*[:：]\s*(?P<num>{_NUM})(?![\d:])"), "ratio"),
    Pattern("amounts.money", re.compile(rf"(?<![A-Za-z\d.])(?P<num>{_OCR_NUM}(?:\.\d+)?)\s*(?P<unit>{_MONEY_UNIT})"), "yuan"),
    Pattern("amounts.percent", re.compile(rf"(?<![A-Za-z\d.])(?P<num>{_OCR_NUM}(?:\.\d+)?)\s*%"), "percent"),
    # 10-50万元 / 3至5万元: the low end of a range takes the high end's unit
    Pattern("amounts.range_low", re.compile(
        rf"(?<![\d.])(?P<num>{_NUM})(?=\s*(?:-|~|～|至|到|—|–)\s*{_NUM}\s*(?P<unit>万元|亿元|千元|万|亿|元)"
        r"(?![人台平户家个名次套件吨千株亩项场]))"), "yuan"),
    # 二十万元 / 贰拾万元 / 百分之十: amounts in Chinese numerals (cn2an reads them); 数十万元 is no amount
    Pattern("amounts.money_cn", re.compile(
        rf"(?<![数几多余上近逾百千万])(?P<num>[{_CN_DIGIT}]{{1,8}})\s*(?P<unit>万\s*元|亿\s*元|千\s*元|万\s*美元|亿\s*美元|元)"), "yuan"),  # (五十万\n元, 一千五百元)
    Pattern("amounts.percent_cn", re.compile(rf"百分之(?P<num>[{_CN_DIGIT}点]{{1,8}})"), "percent"),
    Pattern("amounts.area", re.compile(rf"(?P<num>{_NUM})\s*(?P<wan>万)?\s*(?:㎡|平方米|平米)(?!\s*/)"), "sqm"),
)

_CURRENCY = {"美元": "USD", "港元": "HKD", "港币": "HKD", "欧元": "EUR", "日元": "JPY", "英镑": "GBP", "澳元": "AUD",
             "新加坡元": "SGD"}
_SCALE = {"元": 1, "千元": 1e3, "万元": 1e4, "万": 1e4, "亿元": 1e8, "亿": 1e8, "美元": 1, "万美元": 1e4, "亿美元": 1e8}

_CAP = re.compile(r"最高|不超过|不高于|上限|最多|封顶|以内|不超")
_THRESHOLD_BEFORE = re.compile(r"(?:达到|(?<!不)达|(?<!不)超过|(?<![不过])超|突破|不低于|不少于|低于|少于|不足|小于"
                               r"|大于|(?<!不)高于|满|增速|(?<=\()含)\s*(?:\((?:不)?含\))?\s*$")
# 5000万元以上 / 1亿元(含)以下 / 1亿元以内的项目: a bound on what qualifies
_THRESHOLD_AFTER = re.compile(r"^\s*(?:\((?:不)?含\)|\([^()]{1,20}\))?\s*(?:以上|及以上|以下|以内的)")
# 3000万元(含)—1亿元: the low end of a range of sizes, unless it is a range of awards (给予10万元至50万元)
_RANGE_AFTER = re.compile(r"^\s*(?:\((?:不)?含\))?\s*(?:-|至|—|–|~|～)")
_GRANT_BEFORE = re.compile(r"(?:给予|予以|奖励|补贴|补助|资助)\s*$")
# 可按照1亿元标准执行: the figure a calculation is based on, not money given
_BASIS = re.compile(r"^\s*的?标准(?:执行|计算|核算|核定|认定)")
# A programme's own money. Verbs that set money aside or hand it out to all comers, and nouns that
# name a pool or a fund's size, count in the amount's own comma clause; aggregates (总额, 累计) only
# in a sentence that names the programme's money (专项资金, 财政, 算力券) and no recipient.
_BUDGET_VERB = re.compile(r"(?:安排|设立|统筹|筹集|筹措|募集|发放)"  # not 对新设立的企业奖励500万元
                          r"(?:(?!奖励|补贴|补助|资助|扶持|支持|企业|单位|机构|项目|主体)[^,，。;；]){0,10}$")
_BUDGET_NOUN = re.compile(r"(?:资金池|资源池|总规模|资金规模|基金规模|额度为)[^,，。;；]{0,6}$")
_BUDGET_AFTER = re.compile(r"^\s*的?[^,，。;；、]{0,8}?(?:资金池|资源池)")
_AGGREGATE = re.compile(r"总额|总量|总计|合计|共计|累计")
_PROGRAMME = re.compile(r"专项资金|资金池|资源池|财政|预算|券|引导基金|产业基金")
_RECIPIENT = re.compile(r"单个|单家|单户|单一|单次|单笔|单项|每家|每个|每户|每项|每部|每台|每次|每笔|每人|每名|同一"
                        r"|向|给予|予以|获得|享受")
_CONTINUATION = re.compile(r"^\s*(?:\((?:不)?含\))?\s*[、和及或至\-~—]\s*$")
_PERIODS = (
    ("one_time", re.compile(r"一次性")),
    ("per_year", re.compile(r"每年度|每年|年度|当年|年均|/年")),
    ("cumulative", re.compile(r"累计|总额|合计|共计")),
    ("per_project", re.compile(r"单个项目|每个项目|单一项目|每项|单个平台|单个场馆|单次|单一活动|每部|每台")),
    ("per_enterprise", re.compile(r"单个企业|每家企业|单家企业|每家|单户企业|同一企业|单个主体|同一主体|单个采购主体|每个企业")),
)
_CLAUSE_STOP = re.compile(r"[。;；,，]")
_SENTENCE_STOP = re.compile(r"[。;；]")


def repair_digits(raw: str) -> tuple[str, bool]:
    """OCR-damaged digits -> digits. Returns (digits, repaired)."""
    fixed = re.sub(r"\((?:X|M|x)\)", "00", raw)
    fixed = fixed.translate(str.maketrans(OCR_DIGIT))
    return fixed, fixed != raw


def find_amounts(view: str, source: str, start: int, end: int) -> list[Amount]:
    """Every amount in view[start:end], offsets into the source."""
    taken: list[tuple[int, int]] = []
    found: list[Amount] = []
    for pattern in PATTERNS:
        for m in pattern.regex.finditer(view, start, end):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            amount = _build(pattern, m, view, source, start)
            if amount is None and "," in (m.groupdict().get("num") or ""):
                # 50，100万元: the part after the Chinese comma is an amount of its own
                m = pattern.regex.match(view, m.start("num") + m.group("num").rfind(",") + 1, end) or m
                amount = _build(pattern, m, view, source, start) if "," not in m.group("num") else None
            if amount is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(amount)
    found.extend(a for a in _table_cells(view, source, start, end)
                 if not any(s < a.end and a.start < e for s, e in taken))
    found.sort(key=lambda a: a.start)
    for prev, cur in zip(found, found[1:]):
        if prev.rule == "amounts.range_low":  # 10至50万元: the low end is what the high end is
            prev.role, prev.period = cur.role, cur.period
            continue
        # 每平方米每月8元、6元、4元: a list after a rate is of rates
        if prev.role == "rate" and cur.unit == "yuan" and _CONTINUATION.match(view[prev.end:cur.start]):
            cur.unit, cur.role = "other", "rate"
            continue
        # 分别给予50万元、100万和300万元 / 达到5亿元、10亿元: a list shares its head's role.
        if prev.unit == cur.unit and _CONTINUATION.match(view[prev.end:cur.start]):
            cur.role = prev.role
    return found


# Money per physical unit or per area is a rate, not an amount a recipient gets: 0.1元/千瓦时,
# 每千瓦时0.2元, 每平方米每月20元, 每吨标准煤300元, 每吨一次性补贴15万元, 亩均税收30万元, an animation's
# 每分钟1000元; so is money
# per unit of a service the recipient runs (每架次200元 to an airline, 每餐3元 to a canteen, 每张床位1万元
# to a care home, 每间客房3000元 to an inn): the unit is not the recipient (a stall's 每天300元 is per recipient, and kept).
# A vehicle or a machine is counted, not measured: 每辆给予2万元, 每台给予1000元 are the recipient's
# money, but 按每辆车1万元给予补贴 / 按机器人本体每台1万元 set a rate to count by (_BY_EACH).
_PHYSICAL = r"(?:头|只(?!股)|羽|(?:飞行)?小时|课时|学时|票(?!据)|标方|架次|班次|航次|车次|(?:间\s*)?客房|餐(?!饮|厨|企)|(?:张\s*|个\s*)?(?:[\u4e00-\u9fff]{1,4}?)?(?:床位|栏位|圈位|机架)|床|(?:标准)?集装箱|卡时|核时|机时|公斤|千克|标准箱|标箱|TEU|PFlops|PFLOPS|千瓦时|千瓦|兆瓦|(?:千|兆)?伏安|瓦|度电|度|(?:净|载重|总)?吨(?:标准煤|标煤)?|平方米|平米|㎡|m2|亩|立方米|空方|立方|公里|千米|分钟|kWh|kW|MW|kVA|KVA|MVA|W)"
# what a bare 万 counts when it follows these (粉丝数量超过50万, 年接待游客10万): people and things, not yuan
_COUNTED_BEFORE = re.compile(r"(?:粉丝|用户|会员|游客|客流|人次|人数|访问|浏览|播放|下载|点击|观看|订单|单量|销量|产量|件数|注册用户)[^,，。;；、]{0,8}$")
_BY_EACH = r"按(?:照)?[^,，。;；]{0,10}?每\s*(?:辆|台(?!\s*[(（]套))"
_PER_UNIT_AFTER = re.compile(rf"^\s*/\s*{_PHYSICAL}")  # (white space: a page break blanked in the view)
# 每提高1个百分点奖励50万元 / 每增加100辆追加10万元: money per step of a rate or of a count is a rate too
# (每增长1亿元给予10万元 per step of money, 每新增一个专业给予20万元 per item, stay money)
_PER_STEP = r"每\s*(?:提高|增加|增长|提升|上升|新增|多)\s*(?:\d+(?:\.\d+)?|[一两二三四五])\s*(?:个\s*)?(?:百分点|辆|台|套)"
_PER_UNIT_BEFORE = re.compile(rf"(?:{_BY_EACH}|{_PER_STEP}|每\s*(?:\d{{1,4}}\s*)?(?:千|百|万)?\s*(?:{_PHYSICAL}|美元|港元|欧元)|每[\u4e00-\u9fff]{{1,6}}?\d{{1,4}}\s*{_PHYSICAL}|亩均|单位面积|每(?:一)?(?:标准)?(?:平方|亩)|按照?[\u4e00-\u9fff]{{1,6}}(?:数(?:量)?每(?:个|台|套|张|间)|人次每人次)|客房每间)[^,，。;；、]{{0,12}}$")


# 按照实际完成换新数量，每辆给予30元: the count named, then the money per unit of it
_COUNT_THEN_EACH = re.compile(r"按照?[^,，。;；]{1,12}数(?:量)?[,，]\s*每(?:辆|台|件|套)[^,，。;；]{0,6}$")  # (not 每个团队: a recipient)


_EACH_BEFORE = re.compile(r"每[^,，。;；、]{0,10}$")
_PER_VISIT_BEFORE = re.compile(r"每\s*人次[^,，。;；、\d]{0,6}$")


def _per_unit(view: str, floor: int, start: int, end: int) -> bool:
    before = view[max(floor, start - 16):start]
    # squashed: a PDF copy breaks 元/千\n瓦时 at a line end
    return bool(_PER_UNIT_AFTER.match(squash(view[end:end + 80]))
                or _PER_UNIT_BEFORE.search(squash(before[_last_stop(before):]))
                or _COUNT_THEN_EACH.search(view, max(floor, start - 30), start))


def _build(pattern: Pattern, m: re.Match, view: str, source: str, floor: int) -> Amount | None:
    raw = m.group("num")
    if pattern.name.endswith("_cn"):
        return _build_cn(pattern, m, view, source, floor)
    if "," in raw and "，" in source[m.start("num"):m.end("num")]:
        return None  # 50，100万元: a list written with a Chinese comma, not 50,100
    digits, repaired = repair_digits(re.sub(r"(?<=\d)[ ,](?=\d{3})|\s*\n\s*", "", raw))  # 5 000万元, 1,000万元, 10\n00万元
    if not re.fullmatch(r"\d+(?:\.\d+)?", digits) or digits.startswith("0") and len(digits) > 1 and "." not in digits:
        return None
    if repaired and not raw[0] in "123456789Il":
        return None
    value = float(digits)
    unit, currency = pattern.unit, None
    rate = False
    if pattern.unit == "yuan":
        if m.group("unit").strip() in ("万", "亿") and _COUNTED_BEFORE.search(view, max(floor, m.start() - 14), m.start()):
            return None  # 粉丝数量超过50万的主播: a count of fans, not money
        scale, currency = _money_unit(m.group("unit"))
        value *= scale
        if currency:
            unit = "other"
        elif _per_unit(view, floor, m.start(), m.end()) or value <= 10 and _EACH_BEFORE.search(view, max(floor, m.start() - 16), m.start()) \
                or value <= 100 and _PER_VISIT_BEFORE.search(view, max(floor, m.start() - 16), m.start()):
            # (按每件0.2元 / 每单1元: a few yuan per item is a rate, whatever the item; 按每人次20元 to a travel
            # agency for the tourists it brings is a rate too, where 每人次150元 for a trainee's assessment is money)
            unit, rate = "other", True
    elif pattern.unit == "ratio":
        value = float(m.group("num")) / float(m.group("a"))
    elif pattern.unit == "sqm" and m.group("wan"):
        value *= 1e4
    return _amount(pattern, m, view, source, floor, value, unit, currency, repaired, rate)


def _money_unit(u: str) -> tuple[float, str | None]:
    """万元 -> (10000, None); 亿港元 -> (1e8, "HKD"): the scale, and the currency when not yuan."""
    u = re.sub(r"\s+", "", u)
    scale = _SCALE.get(u, 1e4 if u.startswith("万") else 1e8 if u.startswith("亿") else 1)
    foreign = re.search(_FOREIGN, u)
    return scale, (_CURRENCY.get(foreign.group(0), "other") if foreign else None)


def _build_cn(pattern: Pattern, m: re.Match, view: str, source: str, floor: int) -> Amount | None:
    import cn2an

    try:
        value = float(cn2an.cn2an(m.group("num"), "smart"))
    except (ValueError, KeyError, IndexError):
        return None
    if value <= 0:
        return None
    if m.groupdict().get("unit") == "元" and not re.search("[十百千拾佰仟]", m.group("num")):
        return None  # 三元 of 三元结构 is no money; 一千五百元 is
    unit, currency = pattern.unit, None
    rate = False
    if pattern.unit == "yuan":
        scale, currency = _money_unit(m.group("unit"))
        value *= scale
        if currency:
            unit = "other"
        elif _per_unit(view, floor, m.start(), m.end()):  # 每吨二十万元 is a rate, as 每吨20万元 is
            unit, rate = "other", True
    return _amount(pattern, m, view, source, floor, value, unit, currency, False, rate)


def _amount(pattern: Pattern, m: re.Match, view: str, source: str, floor: int, value: float, unit: str,
            currency: str | None, repaired: bool, rate: bool) -> Amount:
    """The Amount for match `m` once its value and unit are known: role from the words around it."""
    before = view[max(floor, m.start() - 16):m.start()]
    before = before[_last_stop(before):]
    after = view[m.end():m.end() + 26]
    role = "rate" if rate else _role(pattern.unit, before, after)
    if role in ("cap", "fixed") and _budget(view, floor, m.start(), after):
        role = "budget"
    return Amount(
        text=source[m.start():m.end()], value=value, unit=unit, role=role,
        period=_period(view, floor, m.start(), m.end()), repaired=repaired, currency=currency,
        start=m.start(), end=m.end(), rule=pattern.name,
    )


def _last_stop(text: str) -> int:
    stops = [m.end() for m in _CLAUSE_STOP.finditer(text)]
    return stops[-1] if stops else 0


def _role(unit: str, before: str, after: str) -> str:
    if unit == "ratio":
        return "ratio"
    if unit in ("yuan_per_sqm_month", "other"):
        return "rate"
    capped = bool(_CAP.search(before))
    if _THRESHOLD_AFTER.match(after) and not _CAP.search(before[-4:]):
        return "threshold"
    if _RANGE_AFTER.match(after) and not _CAP.search(before[-4:]) and not _GRANT_BEFORE.search(before):
        return "threshold"
    if _THRESHOLD_BEFORE.search(before) or unit == "yuan" and _BASIS.match(after) and "每" not in before:
        return "threshold"
    if unit == "percent":
        return "share"
    return "cap" if capped else "fixed"


def _budget(view: str, floor: int, start: int, after: str) -> bool:
    """Money the programme sets aside or hands out in total, not what one recipient gets."""
    sentence = view[max(floor, start - 80):start]
    sentence = sentence[max((m.end() for m in _SENTENCE_STOP.finditer(sentence)), default=0):]
    clause = sentence[_last_stop(sentence):][-24:]
    if not _RECIPIENT.search(clause) and (
            _BUDGET_VERB.search(clause) or _BUDGET_NOUN.search(clause) or _BUDGET_AFTER.match(after)):
        return True
    return bool(_AGGREGATE.search(clause) and _PROGRAMME.search(sentence) and not _RECIPIENT.search(sentence))


def _period(view: str, floor: int, start: int, end: int) -> str | None:
    """The nearest period cue in the amount's clause: 一次性 right after the number also counts."""
    left = view[max(floor, start - 30):start]
    left = left[_last_stop(left):]
    right = view[end:end + 8]
    right = right[:_CLAUSE_STOP.search(right).start()] if _CLAUSE_STOP.search(right) else right
    best: tuple[int, str] | None = None
    for name, cue in _PERIODS:
        for m in cue.finditer(left):
            distance = len(left) - m.end()
            if best is None or distance < best[0]:
                best = (distance, name)
        m = cue.search(right) if name == "one_time" else None  # 给予30万元一次性奖励
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    return best[1] if best else None


# 奖励金额（万元）: a table column whose header names the unit; its cells are bare numbers. In a
# table of | or tab rows, the cells of that column; in a table flattened one cell a line, every bare
# number after the header, unless a 序号 column may hold numbers too.
_UNIT_HEADER = re.compile(r"(?:金额|标准|额度|奖励|补助|资助|补贴|上限|资金)\s*\(\s*(?P<unit>万元|亿元|元)\s*(?:/[^()\n]{1,4})?\)"
                          r"(?=\s*(?:\n|\||\t|$))")
_BARE_CELL = re.compile(r"(?:(?<=\n)|(?<=\|)|(?<=\t))[ \t\u3000]*(?P<num>\d+(?:\.\d+)?)[ \t\u3000]*(?=\n|\||\t|$)")
_BARE_NUMBER = re.compile(r"[ \t\u3000]*(?P<num>\d+(?:\.\d+)?)[ \t\u3000]*")


def _table_cells(view: str, source: str, start: int, end: int) -> list[Amount]:
    header = _UNIT_HEADER.search(view, start, end)
    if not header:
        return []
    scale = _SCALE[header.group("unit")]
    line_start = view.rfind("\n", start, header.start()) + 1 or start
    line_end = view.find("\n", header.end(), end)
    head_line = view[line_start:line_end if line_end >= 0 else end]
    sep = "|" if "|" in head_line else "\t" if "\t" in head_line else None
    spans: list[tuple[int, int]] = []
    aligned = sep is None and re.search(r"\S[ \u3000]{2,}\S", head_line)  # columns aligned with spaces
    if sep or aligned:  # the column of the header cell, row by row
        column = next(i for i, (at, cell) in enumerate(_cells(head_line, sep))
                      if at <= header.start() - line_start < at + len(cell))
        pos = line_end + 1 if line_end >= 0 else end
        while pos < end:
            stop = view.find("\n", pos, end)
            stop = end if stop < 0 else stop
            cells = _cells(view[pos:stop], sep)
            if not view[pos:stop].strip() and not spans:
                pos = stop + 1  # a page number the view blanked between the header and the rows
                continue
            if len(cells) < 2:
                break
            if column < len(cells) and (m := _BARE_NUMBER.fullmatch(cells[column][1])):
                spans.append((pos + cells[column][0] + m.start("num"), pos + cells[column][0] + m.end("num")))
            pos = stop + 1
    elif "序号" not in view[max(start, header.start() - 200):header.start()]:
        spans = [m.span("num") for m in _BARE_CELL.finditer(view, header.end(), end)]
    return [Amount(text=source[s:e], value=float(view[s:e]) * scale, unit="yuan", role="fixed", start=s, end=e,
                   rule="amounts.table_cell") for s, e in spans if float(view[s:e]) > 0]


def _cells(row: str, sep: str | None) -> list[tuple[int, str]]:
    """A table row's cells with their offsets: split on | or tabs, else runs of text set apart by
    two spaces or more."""
    if sep is None:
        return [(m.start(), m.group(0)) for m in re.finditer(r"\S+(?:[ \u3000]\S+)*", row)]
    out, at = [], 0
    for cell in row.split(sep):
        out.append((at, cell))
        at += len(cell) + 1
    return out

