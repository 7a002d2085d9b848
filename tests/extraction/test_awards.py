"""extraction/awards.py on sentences written for it: kinds, segments, stacking, limits, and any
text splitting without raising with every span pointing at its text."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extraction.awards import split_awards


def kinds(text):
    return [(a.kind, [x.text for x in a.amounts], a.cumulative) for a in split_awards(text).awards]


@pytest.mark.parametrize("text, expected", [
    ("对认定为市级工业设计中心的企业给予30万元奖励。", [("fixed", ["30万元"], False)]),
    ("对首次认定的给予20万元奖励；再次认定的给予10万元；获评国家级的，再给予30万元。",
     [("fixed", ["20万元"], False), ("fixed", ["10万元"], False), ("fixed", ["30万元"], True)]),
    ("对年产值首次突破1亿元、5亿元的企业，分别给予最高10万元、30万元奖励。", [("tiers", ["10万元", "30万元"], False)]),
    ("按项目投资额的10%给予补助，最高不超过100万元。", [("share", ["10%"], False)]),
    ("对达到标准的给予5万元，每提高1个百分点，再给予5万元，最高不超过50万元。",
     [("fixed", ["5万元"], False), ("per_unit", ["5万元"], True)]),
    ("年纳税额超过500万元的，给予10万元奖励，叠加享受市级奖励50万元。",
     [("fixed", ["10万元"], False), ("fixed", ["50万元"], True)]),
    ("支持企业开拓市场。", []),
    ("对购置办公用房的，按购置费用的5%给予扶持，最高500万元(首笔资金按扶持总额的30%在入驻后拨付)。",
     [("share", ["5%"], False)]),
])
def test_kinds_and_stacking(text, expected):
    assert kinds(text) == expected


def test_a_cap_after_an_award_is_its_limit_and_a_lone_one_the_measures():
    s = split_awards("对达到标准的给予5万元，每提高1个百分点，再给予5万元，最高不超过50万元。单个企业每年最高不超过80万元。")
    assert {k: [x.text for x in v] for k, v in s.limits.items()} == {0: ["50万元"], -1: ["80万元"]}


def test_a_cap_that_names_its_recipient_is_an_award_and_one_that_does_not_a_limit():
    s = split_awards("对购买服务的企业给予奖励。给予普通中小企业每年最高1万元奖励，专精特新企业每年最高5万元奖励，"
                     "小巨人企业每年最高10万元奖励。单个企业每年最高给予8万元支持。")
    assert [(a.kind, [x.text for x in a.amounts]) for a in s.awards] == [
        ("cap", ["1万元"]), ("cap", ["5万元"]), ("cap", ["10万元"])]
    assert {k: [x.text for x in v] for k, v in s.limits.items()} == {-1: ["8万元"]}


def test_conditions_are_the_segments_plus_the_measure_wide_ones():
    text = "申报企业须注册在本区。对新认定的国家级专精特新小巨人企业给予50万元；年营业收入达到1亿元的，再给予20万元。"
    a, b = split_awards(text).awards
    assert {c.type for c in a.conditions} == {"location", "title"}
    assert {c.type for c in b.conditions} == {"location", "threshold"} and b.cumulative


def test_an_untyped_own_condition_inherits_nothing_and_a_continuation_inherits_its_award():
    a, b, c = split_awards("对年营业收入达到1亿元的给予10万元，在此基础上每增加1亿元追加5万元；"
                           "纳入市级培育库的企业，给予3万元。").awards
    assert b.kind == "per_unit" and [x.type for x in b.conditions] == ["threshold"] and not b.untyped
    assert c.untyped == "培育库" and not [x for x in c.conditions if x.type == "threshold"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("对年营业收入达到1亿元以上的给予最高50万元奖励每提高个百分点再追加分别、，。；①②3%按投资额培育库"
                                            "新认定国家级专精特新企业()含")), max_size=80))
def test_any_text_splits_and_every_span_points_at_its_text(text):
    offset = 7
    for a in split_awards(text, offset).awards:
        assert offset <= a.segment[0] < a.segment[1] <= offset + len(text)
        for x in a.amounts + a.conditions:
            assert text[x.start - offset:x.end - offset] == x.text
