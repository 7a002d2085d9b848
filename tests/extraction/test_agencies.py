import pytest

from extraction.agencies import canonical, responsible_agencies, split_joined, split_list
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
    # a province's own bureaus say 省/自治区 where the province's name goes, in its policies and its cities'
    ("省工业和信息化厅", "江西省", "江西省工业和信息化厅"),
    ("省发展改革委", "南昌市", "江西省发展改革委"),
    ("自治区商务厅", "广西壮族自治区", "广西壮族自治区商务厅"),
    ("自治区商务厅", "南宁市", "广西壮族自治区商务厅"),
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


@pytest.mark.parametrize("joined, names", [
    ("区科学技术委员会和中共北京市石景山区委宣传部", ["区科学技术委员会", "中共北京市石景山区委宣传部"]),
    ("区发展改革委、区投资促进服务中心", ["区发展改革委", "区投资促进服务中心"]),
    ("区发改委会同区财政局、区经委", ["区发改委", "区财政局", "区经委"]),
    ("住房和城乡建设局及人力资源和社会保障局", ["住房和城乡建设局", "人力资源和社会保障局"]),
    # a full name glued to the next one's region prefix
    ("中关村科技园区石景山园管理委员会北京市石景山区科学技术委员会",
     ["中关村科技园区石景山园管理委员会", "北京市石景山区科学技术委员会"]),
    # 和 inside one name
    ("发展和改革委员会", ["发展和改革委员会"]),
    ("区工业和信息化局", ["区工业和信息化局"]),
    ("住房和城乡建设局", ["住房和城乡建设局"]),
    ("人力资源和社会保障局", ["人力资源和社会保障局"]),
    ("市发展改革委(市粮食和储备局)", ["市发展改革委(市粮食和储备局)"]),
    ("国家税务总局杭州市税务局", ["国家税务总局杭州市税务局"]),
    ("区财政局及相关部门", ["区财政局及相关部门"]),  # 相关部门 is no agency of its own
])
def test_joined_names_split_only_between_names_that_stand_alone(joined, names):
    parts = split_joined(joined)
    assert [n for n, _ in parts] == names
    assert all(joined[at:at + len(n)] == n for n, at in parts)


def test_a_party_department_says_whose_it_is():
    assert canonical("中共北京市石景山区委宣传部", R["北京市石景山区"]) == "中共北京市石景山区委宣传部"


def test_a_joined_interpreting_agency_is_one_ref_per_agency():
    from extraction.pipeline import extract_text

    text = ("北京市石景山区关于支持科技文化融合发展的若干措施\n\n"
            "一、支持文化科技企业研发。按照研发投入的10%给予补贴，最高不超过100万元。（责任单位：区科委）\n"
            "二、本措施由区科学技术委员会和中共北京市石景山区委宣传部负责解释，自印发之日起施行。\n")
    p = extract_text(text, "t.txt").policies[0]
    assert p.interpreting_agency  # the whole 负责解释 text, as the devset annotates it
    refs = p.interpreting_agencies
    assert [(r.name, r.role, r.rule) for r in refs] == [
        ("北京市石景山区科学技术委员会", "interpreting", "agencies.split_joined"),
        ("中共北京市石景山区委宣传部", "interpreting", "agencies.split_joined")]
    assert [text[r.start:r.end] for r in refs] == [r.raw for r in refs] == ["区科学技术委员会", "中共北京市石景山区委宣传部"]
