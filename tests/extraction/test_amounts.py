import pytest

from extraction.amounts import find_amounts, repair_digits
from extraction.textview import matching_view


def amounts(text):
    return [(a.value, a.unit, a.role) for a in find_amounts(matching_view(text), text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("给予单个企业每年最高300万元的补助", [(3e6, "yuan", "cap")]),
    ("按照设备投资额的25%给予补贴，不超过80万元", [(25.0, "percent", "share"), (8e5, "yuan", "cap")]),
    ("年营业收入首次突破2亿元的企业，给予50万元奖励", [(2e8, "yuan", "threshold"), (5e5, "yuan", "fixed")]),
    ("研发投入800万元（含）以上的", [(8e6, "yuan", "threshold")]),
    ("分别给予10万元、20万和40万元奖励", [(1e5, "yuan", "fixed"), (2e5, "yuan", "fixed"), (4e5, "yuan", "fixed")]),
    ("按1：0.3给予区级配套", [(0.3, "ratio", "ratio")]),
    ("按每月不超过30元/㎡/月给予房租补贴", [(30.0, "yuan_per_sqm_month", "rate")]),
    ("租金补贴标准为2元/平方米/天", [(2.0, "other", "rate")]),
    ("补贴面积不超过800平方米", [(800.0, "sqm", "cap")]),
    ("营业面积超过2万平方米的商业综合体", [(20000.0, "sqm", "threshold")]),
    ("收汇额超过3000万美元的企业", [(3e7, "other", "threshold")]),
    ("观众超过500万人次的活动", []),
    ("累计最高不超过1.5亿元", [(1.5e8, "yuan", "cap")]),
    ("奖励3000元", [(3000.0, "yuan", "fixed")]),
])
def test_amount_values_units_roles(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize("text, value", [
    ("最高IooO万元补助", 1e7),
    ("最高IO(X)万元补助", 1e7),
    ("总额最高不超过I(M)万元", 1e6),
    ("实际投资额I(X)O万元以上", 1e7),
    ("首次流片费用100O万元以上", 1e7),
    ("最高补助2OO万元", 2e6),
])
def test_ocr_digits_next_to_units_are_repaired_and_flagged(text, value):
    found = find_amounts(matching_view(text), text, 0, len(text))
    assert [(a.value, a.repaired) for a in found] == [(value, True)]
    assert found[0].text in text


def test_latin_words_are_not_ocr_digits():
    text = "进入销售排行榜TOPlo的企业，给予100万元奖励"
    assert [a.value for a in find_amounts(matching_view(text), text, 0, len(text))] == [1e6]


@pytest.mark.parametrize("raw, fixed", [("IooO", "1000"), ("I(M)", "100"), ("12", "12")])
def test_repair_digits(raw, fixed):
    assert repair_digits(raw)[0] == fixed


@pytest.mark.parametrize("text, period", [
    ("每年最高100万元", "per_year"),
    ("给予一次性50万元奖励", "one_time"),
    ("给予30万元一次性奖励", "one_time"),
    ("单个项目最高200万元", "per_project"),
    ("每家企业累计不超过500万元", "cumulative"),
])
def test_periods(text, period):
    assert find_amounts(matching_view(text), text, 0, len(text))[0].period == period


@pytest.mark.parametrize("text, expected", [
    ("给予10至50万元奖励", [(1e5, "yuan"), (5e5, "yuan")]),
    ("每人给予1-3万元补贴", [(1e4, "yuan"), (3e4, "yuan")]),
    ("对2023-2025年新认定的企业给予50万元奖励", [(5e5, "yuan")]),  # years are no range of money
    ("给予贰拾万元奖励", [(2e5, "yuan")]),
    ("给予二十万元奖励，最高一百五十万元", [(2e5, "yuan"), (1.5e6, "yuan")]),
    ("按设备投资额的百分之十给予补助", [(10, "percent")]),
    ("给予数十万元奖励", []),  # an order of magnitude, not an amount
    ("每人每年补贴5千元", [(5e3, "yuan")]),
    ("按实际投资额的5‰给予奖励", []),  # ‰ is no percentage (devset convention)
])
def test_ranges_chinese_numerals_and_thousands(text, expected):
    found = find_amounts(matching_view(text), text, 0, len(text))
    assert [(a.value, a.unit) for a in found] == expected


# Roles decide what "largest cap" means: only what one recipient gets (cap, fixed) counts there.
@pytest.mark.parametrize("text, expected", [
    # programme budgets: the money set aside or handed out in total
    ("区财政每年安排5000万元专项资金，用于支持人工智能产业发展", [(5e7, "budget")]),
    ("每年安排专项资金不超过1亿元，支持企业数字化转型", [(1e8, "budget")]),
    ("设立总规模10亿元的人工智能产业基金", [(1e9, "budget")]),
    ("设立3000万元资金池，挖掘一批早期项目", [(3e7, "budget")]),
    ("建立3000万元算力资源池，服务园区企业", [(3e7, "budget")]),
    ("算力券每年发放总额不超过1亿元", [(1e8, "budget")]),
    ("每年发放1亿元数据券，支持企业采购数据产品", [(1e8, "budget")]),
    ("全市每年设立总额不超过5000万元的算力券", [(5e7, "budget")]),
    ("专项资金规模为2亿元", [(2e8, "budget")]),
    ("数据券年度总额5000万元", [(5e7, "budget")]),
    ("市级专项资金三年累计不超过5亿元", [(5e8, "budget")]),
    ("三年累计安排资金不超过3亿元", [(3e8, "budget")]),
    ("为有算力需求的企业免费提供额度为3000万元的商业算力资源支持", [(3e7, "budget")]),
    # per-recipient caps, also where the words of a budget are near
    ("单个企业累计不超过500万元", [(5e6, "cap")]),
    ("每家企业每年最高100万元", [(1e6, "cap")]),
    ("单个项目最高补贴500万元", [(5e6, "cap")]),
    ("按租金的30%给予补贴，年度总额不超过100万元", [(30.0, "share"), (1e6, "cap")]),
    ("按建设费用的50%给予扶持，扶持总额不超过3000万元", [(50.0, "share"), (3e7, "cap")]),
    ("同一企业年度支持总额最高不超过100万元", [(1e6, "cap")]),
    ("每家企业每年发放算力券不超过50万元", [(5e5, "cap")]),
    ("单个创新主体年度最高奖励额度为500万元", [(5e6, "cap")]),
    ("设立颠覆性技术研发资金池，遴选早期项目，给予最高200万元一次性支持", [(2e6, "cap")]),
    ("每年安排专项资金，对认定的企业给予最高50万元奖励", [(5e5, "cap")]),
    ("对新设立的总部企业奖励500万元", [(5e6, "fixed")]),
    ("对当年新设立研发中心的补贴100万元", [(1e6, "fixed")]),
    # fixed awards
    ("给予一次性奖励50万元", [(5e5, "fixed")]),
    ("对首次入选的企业，给予50万元一次性奖励", [(5e5, "fixed")]),
    ("分别给予10万元至50万元奖励", [(1e5, "fixed"), (5e5, "fixed")]),
    # thresholds: conditions, not money given
    ("营业收入达到1亿元的企业", [(1e8, "threshold")]),
    ("投资额5000万元以上的项目", [(5e7, "threshold")]),
    ("实收资本不足1亿元的，可按照1亿元标准执行", [(1e8, "threshold"), (1e8, "threshold")]),
    ("支持1亿元以内的项目并购", [(1e8, "threshold")]),
    ("研发费用在5000万元（含）以内的，按3%给予最高150万元补助",
     [(5e7, "threshold"), (3.0, "share"), (1.5e6, "cap")]),
    ("年度营收在3000万元（含）—1亿元的企业", [(3e7, "threshold"), (1e8, "threshold")]),
    ("总奖金额超过（含）300万元的赛事", [(3e6, "threshold")]),
    ("固定资产投资额1亿元以上(含1亿元)的项目", [(1e8, "threshold"), (1e8, "threshold")]),
    # shares
    ("按设备投资额的30%给予补助", [(30.0, "share")]),
])
def test_money_roles(text, expected):
    assert [(a.value, a.role) for a in find_amounts(matching_view(text), text, 0, len(text))] == expected


@pytest.mark.parametrize("text", [
    "每吨一次性补贴十五万元", "按每吨标准煤三千元给予奖励", "亩均税收三十万元以上", "每平方米每年补贴一千元",
])
def test_chinese_numeral_money_per_physical_unit_is_a_rate(text):
    found = find_amounts(matching_view(text), text, 0, len(text))
    assert found and [(a.unit, a.role) for a in found] == [("other", "rate")]


@pytest.mark.parametrize("text, expected", [
    ("每吨二十万元", [(2e5, "other", "rate")]),
    ("每吨20万元", [(2e5, "other", "rate")]),
    ("给予二十万元奖励", [(2e5, "yuan", "fixed")]),
])
def test_chinese_numerals_and_digits_agree_on_rates(text, expected):
    assert amounts(text) == expected
