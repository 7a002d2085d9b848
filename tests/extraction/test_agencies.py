import pytest

from extraction.agencies import canonical, responsible_agencies, split_list
from extraction.lexicons import region_by_name
from extraction.textview import matching_view

R = region_by_name()


@pytest.mark.parametrize("raw, region, name", [
    ("财政局", "长春新区", "长春新区财政局"),
    ("财政局", "北京市通州区", "北京市通州区财政局"),
    ("市经信局", "杭州市", "杭州市经济和信息化局"),
    ("市经信局", "杭州市滨江区", "杭州市经济和信息化局"),
    ("区科技局", "北京市海淀区", "北京市海淀区科学技术局"),
    ("市场监督局", "长春新区", "长春新区市场监督管理局"),
    ("通州区经济和信息化局", "北京市通州区", "北京市通州区经济和信息化局"),
    ("各区、县(市)政府", "杭州市", "杭州市各区、县(市)政府"),
    ("国家税务总局杭州市税务局", "杭州市", "国家税务总局杭州市税务局"),
    ("人行杭州中心支行", "杭州市", "中国人民银行杭州中心支行"),
    ("怀柔科学城管理委员会", "北京市怀柔区", "怀柔科学城管理委员会"),
    ("发改委", None, "发展和改革委员会"),
])
def test_names_are_scoped_to_the_policy_region(raw, region, name):
    assert canonical(raw, R[region] if region else None) == name


def test_same_short_name_in_two_regions_stays_two_agencies():
    assert canonical("财政局", R["长春新区"]) != canonical("财政局", R["北京市通州区"])


@pytest.mark.parametrize("text, names", [
    ("给予补助。（责任部门：财政局、科技局）", ["财政局", "科技局"]),
    ("给予补助。(责任单位:区商务局,区财政局)", ["区商务局", "区财政局"]),
    ("给予补助。（责任部门：财政局、科技局\n）", ["财政局", "科技局"]),
    ("给予补助。责任单位:市经信局、各区、县(市)政府", ["市经信局", "各区、县(市)政府"]),
    ("给予补助。(牵头单位:市科技局;配合单位:市财政局)", ["市科技局", "市财政局"]),
    ("给予补助。(市商务局、市地方金融监管局)", ["市商务局", "市地方金融监管局"]),
    ("给予补助(试行)。", []),
    ("对获得市级支持的（含区级）项目给予补助", []),
])
def test_responsible_lists(text, names):
    refs = responsible_agencies(matching_view(text), text, 0, len(text), R["杭州市"])
    assert [r.raw.strip() for r in refs] == names
    for r in refs:
        assert text[r.start:r.end] == r.raw


def test_cooperating_units_keep_their_role():
    text = "（责任单位：市经信局，配合单位：市财政局）"
    refs = responsible_agencies(matching_view(text), text, 0, len(text), R["杭州市"])
    assert [(r.name, r.role) for r in refs] == [("杭州市经济和信息化局", "responsible"), ("杭州市财政局", "cooperating")]


def test_split_keeps_county_governments_whole():
    assert [n for n, _ in split_list("市经信局、各区、县(市)政府")] == ["市经信局", "各区、县(市)政府"]
