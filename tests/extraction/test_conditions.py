"""Conditions per measure (extraction/conditions.py), on sentences written for these tests."""
import pytest
from hypothesis import given, settings, strategies as st

from extraction.conditions import condition_key, find_conditions
from extraction.lexicons import region_by_name
from extraction.records import Measure
from extraction.textview import matching_view


def conditions(text, region=None, kind=None):
    found = find_conditions(matching_view(text), text, 0, len(text),
                            region=region_by_name()[region] if region else None)
    return [condition_key(c)[1:] for c in found if kind is None or c.type == kind]


@pytest.mark.parametrize("text, expected", [
    ("对注册在本区的企业给予奖励", [("registration", "district")]),
    ("企业须在本区注册纳税", [("registration_and_tax", "district")]),
    ("工商注册地和税收户管地均在本区的企业", [("registration_and_tax", "district")]),
    ("纳税关系在本区的总部企业", [("tax", "district")]),
    ("对新落户本区的金融机构", [("settle", "district")]),
    ("对落户杭州的企业", [("settle", "city")]),
    ("对在浦东新区入统的企业", [("statistics", "district")]),
    ("对在本区租赁自用办公用房的企业", [("located", "district")]),
    ("区内规模以上工业企业", [("located", "district")]),
    ("园区内的先进制造业企业", [("located", "zone")]),
    ("为人才落户、子女入学提供便利", []),
    ("联合区内企业开展攻关", []),
    ("带动区内中小企业发展", []),
])
def test_locations(text, expected):
    assert conditions(text, kind="location") == expected


def test_location_names_the_region_it_points_at():
    c = [c for c in find_conditions(matching_view("对在海淀区注册的企业"), "对在海淀区注册的企业", 0, 10)
         if c.type == "location"]
    assert [(c.basis, c.scope, c.region, c.text) for c in c] == [("registration", "district", "北京市海淀区", "在海淀区注册")]


def test_newly_brought_in_points_at_the_area_the_text_speaks_of():
    assert conditions("对新引进的企业给予奖励", region="北京市", kind="location") == [("settle", "city")]
    assert conditions("对新引进的企业给予区级奖励", region="北京市", kind="location") == [("settle", "district")]
    # new and existing firms alike: 新引进 is then no condition
    assert conditions("鼓励新引进企业以及存量企业扩大投资，给予奖励", region="北京市", kind="location") == []
    assert conditions("对新引进和存量企业给予奖励", region="北京市", kind="location") == []
    assert conditions("对迁入的区外专精特新企业给予奖励", region="北京市", kind="location") == [("settle", "city")]
    assert conditions("对人才迁入的给予落户服务", region="北京市", kind="location") == []


@pytest.mark.parametrize("text, expected", [
    ("支持企业、高校和科研院所建设创新平台", [("高校",), ("科研院所",)]),
    ("鼓励高校院所建设中试基地", [("高校",), ("科研院所",)]),
    ("对持牌金融机构给予开办补助", [("金融机构",)]),
    ("支持行业协会、产业联盟举办活动", [("社会组织",)]),
    ("对新设法人企业给予奖励", [("法人",)]),
    ("申报主体为非法人组织的", [("非法人组织",)]),
    ("对外商投资企业给予奖励", [("外资企业",)]),
    ("支持企业联合高校开展攻关", []),
    ("鼓励企业与科研机构合作", []),
])
def test_entity_types(text, expected):
    assert conditions(text, kind="entity_type") == expected


@pytest.mark.parametrize("text, expected", [
    ("对中小微企业给予补贴", [("sme",)]),
    ("支持中小企业购买服务", [("sme",)]),
    ("对小微商贸企业给予奖励", [("small_micro",)]),
    ("对首次纳入规模以上工业统计的企业", [("above_scale",)]),
    ("对规上工业企业", [("above_scale",)]),
    ("对一定规模以上的软件企业", []),
    ("对认定的科技型中小企业", []),  # a title, not a size
    ("带动上下游中小微企业协同发展", []),
    ("提升大中小企业协同水平", []),
])
def test_sizes(text, expected):
    assert conditions(text, kind="size") == expected


@pytest.mark.parametrize("text, expected", [
    ("对成立不满3年的初创企业", [(3.0, "<")]),
    ("成立未满五年的科技型企业", [(5.0, "<")]),
    ("注册成立2年以内的企业", [(2.0, "<=")]),
    ("设立时间不超过三年的", [(3.0, "<=")]),
    ("成立时间不超过5年的科技型中小企业", [(5.0, "<=")]),
    ("对新注册的企业，注册后两年内年营业收入首次超过1000万元的", [(2.0, "<=")]),
    ("注册满3年以上的存量企业，从第四年起", [(3.0, ">=")]),
    ("创办5年及以上的民营企业", [(5.0, ">=")]),
    ("成立以来累计纳税", []),
    ("注册资本5000万元以上的企业", []),
])
def test_ages(text, expected):
    assert conditions(text, kind="age") == expected


@pytest.mark.parametrize("text, expected", [
    ("对新认定的国家级专精特新“小巨人”企业给予50万元奖励", [("专精特新小巨人", "national", True)]),
    ("对首次认定的高新技术企业给予20万元奖励", [("高新技术企业", None, True)]),
    ("对有效期内的高新技术企业", [("高新技术企业", None, False)]),
    ("对获评省级专精特新中小企业的", [("专精特新", "provincial", False)]),
    ("对新获批的国家、省级企业技术中心", [("企业技术中心", "national", True), ("企业技术中心", "provincial", True)]),
    ("对获得市级智能工厂认定的企业", [("智能工厂", "city", False)]),
    ("对入选国家级单项冠军的企业", [("单项冠军", "national", False)]),
    ("对认定为独角兽、瞪羚企业的", [("独角兽", None, False), ("瞪羚", None, False)]),
    ("对纳入浙江省首台(套)装备目录的产品", [("首台套", "provincial", False)]),
    ("鼓励企业建设研发平台和重点实验室", []),  # building one, with no level and no recognition
    ("指导企业申报高新技术企业", []),
    ("对新列入高新技术企业培育库的企业", []),
    ("对获得市级奖励的总部企业", [("总部企业", None, False)]),
])
def test_titles(text, expected):
    assert conditions(text, kind="title") == expected


@pytest.mark.parametrize("text, expected", [
    ("对年营业收入首次突破1亿元的企业", [("revenue", ">=", 1e8)]),
    ("上年度营业收入超过5000万元的企业", [("revenue", ">", 5e7)]),
    ("营业收入同比增长20%以上的", [("growth", ">=", 20.0)]),
    ("增速不低于15%的企业", [("growth", ">=", 15.0)]),
    ("研发投入强度不低于5%", [("rd_intensity", ">=", 5.0)]),
    ("年度研发投入500万元(含)以上", [("rd_spend", ">=", 5e6)]),
    ("固定资产投资额超过2亿元的项目", [("investment", ">", 2e8)]),
    ("年纳税额达到1000万元的企业", [("tax", ">=", 1e7)]),
    ("年工业总产值达到10亿元", [("output", ">=", 1e9)]),
    ("经营面积超过5000平方米的商场", [("floor_area", ">", 5000.0)]),
    ("从业人员100人以上的企业", [("headcount", ">=", 100.0)]),
    ("年销售收入不足2000万元的企业", [("revenue", "<", 2e7)]),
    ("年营收在1亿元(含)至5亿元的企业", [("revenue", ">=", 1e8), ("revenue", "<", 5e8)]),
    ("年营收分别达到5亿元、10亿元的企业", [("revenue", ">=", 5e8), ("revenue", ">=", 1e9)]),
    ("亩均税收30万元以上的企业", []),  # a per-area rate
    ("给予最高100万元奖励", []),
])
def test_thresholds(text, expected):
    assert conditions(text, kind="threshold") == expected


def test_threshold_units_and_periods():
    text = "对上年度营业收入达到1亿元、同比增长10%以上的企业"
    found = [c for c in find_conditions(matching_view(text), text, 0, len(text)) if c.type == "threshold"]
    assert [(c.metric, c.unit, c.period, c.text) for c in found] == [
        ("revenue", "yuan", "last_year", "营业收入达到1亿元"), ("growth", "percent", "last_year", "同比增长10%以上")]


@pytest.mark.parametrize("text, expected", [
    ("按研发投入的30%给予补助，最高500万元", [("rd_spend", 0.3, 5e6)]),
    ("按实际投资额的10%给予补助，单个项目最高不超过1000万元", [("investment", 0.1, 1e7)]),
    ("按照设备购置费用的20%予以补贴", [("cost", 0.2, None)]),
    ("按年度销售额的3%给予奖励，最高200万元", [("revenue", 0.03, 2e6)]),
    ("按市级支持资金的50%给予配套", [("higher_funding", 0.5, None)]),
    ("给予30%的区级配套，最高100万元", [("higher_funding", 0.3, 1e6)]),
    ("按实际租金的50%给予补贴", [("cost", 0.5, None)]),
    ("研发投入强度达到5%以上的", []),  # a threshold, not a share
])
def test_shares(text, expected):
    found = find_conditions(matching_view(text), text, 0, len(text))
    assert [(c.base, c.rate, c.cap_yuan) for c in found if c.type == "share_base"] == expected


@pytest.mark.parametrize("text, expected", [
    ("对2024年1月1日以后新认定的企业", [("2024-01-01", None)]),
    ("自2023年7月1日起在本区注册的企业", [("2023-07-01", None)]),
    ("2025年12月31日前建成投产的项目", [(None, "2025-12-31")]),
    ("2024年1月1日至2025年12月31日期间", [("2024-01-01", "2025-12-31")]),
    ("对2025年一季度产值增量超过1000万元的企业", [("2025-01-01", "2025-03-31")]),
    ("2024年上半年", [("2024-01-01", "2024-06-30")]),
    ("根据《2024年1月1日以后施行的办法》", []),
])
def test_time_windows(text, expected):
    assert conditions(text, kind="time_window") == expected


@pytest.mark.parametrize("text, expected", [
    ("给予50万元一次性奖励", [("one_time",)]),
    ("单个企业每年最高100万元", [("per_year",)]),
    ("同一企业同一年度累计不超过50万元", [("per_year",)]),
    ("单个企业年度最高补贴300万元", [("per_year",)]),
    ("每年安排1亿元专项资金", []),
    ("每年评选不超过5个项目", []),
    ("按年度研发投入的10%", []),
])
def test_frequencies(text, expected):
    assert conditions(text, kind="frequency") == expected


def test_a_condition_said_twice_is_kept_once_at_its_first_mention():
    text = "对注册在本区的企业给予奖励；注册在本区且营业收入达到1亿元的，再奖励"
    found = find_conditions(matching_view(text), text, 0, len(text))
    locs = [c for c in found if c.type == "location"]
    assert len(locs) == 1 and locs[0].start == text.index("注册在本区")


def test_measure_records_carry_typed_conditions(nlp):
    from extraction.pipeline import extract_text

    text = ("关于支持企业发展的若干措施\n一、支持企业做大。对注册在本区、年营业收入首次达到1亿元的企业，"
            "给予50万元一次性奖励。\n二、支持研发。按研发投入的20%给予补助，单个企业每年最高200万元。\n")
    doc = extract_text(text, "t.txt", nlp=nlp)
    measures = [m for p in doc.policies for m in p.measures]
    types = [[c.type for c in m.conditions] for m in measures]
    assert types == [["location", "threshold", "frequency"], ["share_base", "frequency"]]
    again = Measure.model_validate_json(measures[1].model_dump_json())
    assert again.conditions == measures[1].conditions  # the `type` discriminator round-trips


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("对在本区注册纳税的企业年营业收入达到1亿元以上按研发投入30%给予最高万元一次性每年新认定国家级高新技术2024年1月日以后成立不满3，。、()（）")),
               max_size=80))
def test_any_text_gives_conditions_whose_offsets_point_at_their_text(text):
    for c in find_conditions(matching_view(text), text, 0, len(text)):
        assert text[c.start:c.end] == c.text
