"""matches_higher_funding: money in proportion to, or conditional on, higher-level funding; and the
look-alikes that are not. Texts written for these tests."""
import pytest

from .helpers import extract, find_measure, ratios

# (title, clause, matches higher funding, match ratios or None when the ratio is not asserted)
CASES = [
    pytest.param("深圳市南山区支持制造业单项冠军企业发展若干措施",
                 "对获得中央财政资金支持的制造业单项冠军企业项目，区财政按1:0.5给予配套，最高不超过200万元。",
                 True, [0.5], id="one-to-half-match"),
    pytest.param("佛山市顺德区工业互联网发展扶持办法",
                 "对获得省级工业互联网专项资金支持的项目，按省级支持资金的30%给予配套，最高100万元。",
                 True, [], id="percent-of-provincial-funds"),
    pytest.param("武汉东湖新技术开发区科技计划项目管理若干措施",
                 "对获得市级科技计划项目立项资助的企业，再按市级资助额的50%给予区级奖励。",
                 True, [], id="share-of-city-grant"),
    pytest.param("青岛市黄岛区支持企业技术改造若干政策",
                 "对获得省级技术改造专项资金支持的项目，再给予最高50万元奖励。",
                 True, [], id="conditional-on-provincial-funds"),
    pytest.param("西安高新区支持重大科技项目若干政策",
                 "对承担国家重点研发计划项目并获得国拨经费的企业，按照国拨经费1：1的比例予以配套，单个项目最高1000万元。",
                 True, [1.0], id="one-to-one-match-of-national"),
    pytest.param("重庆市渝北区支持科技型企业创新发展若干措施",
                 "对获得市级研发投入后补助的企业，区级财政按市级补助金额的一半给予配套支持。",
                 True, [], id="half-of-city-subsidy-in-words"),
    pytest.param("南宁市支持中小企业专精特新发展若干措施",
                 "对获批国家、自治区中小企业发展专项资金的项目，按获批金额的20%给予市级配套奖励，最高50万元。",
                 True, [], id="multi-level-funds-percent"),
    pytest.param("厦门市思明区文化产业发展专项资金扶持办法",
                 "对获得中央或省级文化产业发展专项资金扶持的项目，给予1∶0.3配套，最高100万元。",
                 True, [0.3], id="ratio-sign-u2236"),
    pytest.param("济南市支持企业技术中心建设若干政策",
                 "对新认定的市级企业技术中心，给予一次性奖励30万元，所需资金由市、区两级财政按4：6分级承担。",
                 False, [], id="cost-share-city-district-4-6"),
    pytest.param("佛山市顺德区促进企业上市挂牌若干措施",
                 "对在新三板挂牌的企业，给予50万元奖励，奖励资金由区、镇（街道）按7:3比例承担。",
                 False, [], id="cost-share-district-town-7-3"),
    pytest.param("赣州市推进工业项目建设若干措施",
                 "支持企业申报国家和省级专项，积极争取省级专项资金支持；对当年新开工的亿元以上工业项目，给予50万元奖励。",
                 False, [], id="seeking-higher-funds"),
    pytest.param("江西省推进智能制造若干措施",
                 "对新认定的省级智能工厂，省级财政给予200万元奖励，鼓励各设区市、县（市、区）给予配套支持。",
                 False, [], id="provincial-policy-invites-lower-levels"),
    pytest.param("合肥市促进中小企业高质量发展若干政策",
                 "对新认定的国家级专精特新\u201c小巨人\u201d企业，给予50万元奖励。",
                 False, [], id="reward-for-national-title-alone"),
    pytest.param("贵阳市推动工业绿色发展若干措施",
                 "对获评国家级绿色工厂的企业，给予一次性奖励30万元；获评省级绿色工厂的，奖励10万元。",
                 False, [], id="reward-for-green-factory-titles"),
    pytest.param("广西壮族自治区促进工业振兴若干措施",
                 "对自治区重大技术改造项目，按设备投资的10%给予补助，所需资金由自治区和项目所在设区市按1:1比例承担。",
                 False, None, id="cost-share-region-and-city-1-1"),
    pytest.param("昆明市支持园区标准化厂房建设若干措施",
                 "对新建标准化厂房的园区，按每平方米100元给予补助，单个园区最高500万元，完善园区配套服务设施。",
                 False, [], id="peitao-facilities-not-funding"),
]


@pytest.mark.parametrize("title, clause, matches, expected_ratios", CASES)
def test_matches_higher_funding(title, clause, matches, expected_ratios):
    text = f"{title}\n\n一、{clause}\n二、本办法由相关主管部门负责解释。\n"
    m = find_measure(extract(text), clause[:8])
    assert bool(m.funding_matches) is matches, [(f.source, f.ratio, f.text) for f in m.funding_matches]
    if expected_ratios is not None:
        assert ratios(m) == expected_ratios, [(a.text, a.value, a.unit) for a in m.amounts]
