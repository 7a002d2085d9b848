"""County agriculture and zone investment-attraction policies: items under one 按以下标准给予补助:
that fund different things (not tiers), rates per head or per pen, quantities in 万 that are not
money, the non-money terms of a zone (rent waived by years, a factory built for the firm, a case-by-
case deal, land secured), a pointer to other departments' rules, and county, banner and zone
bureaus named without doubling the region's last word. Texts written for these tests;
expectations follow /work/shared/devset/README.md."""
import pytest

from tests.extraction.real_shapes.helpers import assert_measures, extract, find_measure, measures_of, policy, yuan

FACILITIES = """岳西县茶产业提质增效扶持办法

第一条 为推动茶产业提质增效，制定本办法。
第二条 茶园改造。对连片改造低产茶园50亩以上的经营主体，按每亩300元给予补助，单户最高5万元。
第三条 加工设施建设。对经验收合格的新建加工设施按以下标准给予补助：
（一）新建清洁化茶叶加工厂房500平方米以上的，按每平方米120元给予补助，单户最高8万元；
（二）购置名优茶自动化生产线的，按设备购置额的20%给予补助，单户最高15万元；
（三）配套建设冷藏保鲜库的，按每立方米60元给予补助，单户最高3万元。
第四条 本办法由县农业农村局负责解释。
"""

TIERS = """岳西县茶产业龙头企业奖励办法

第一条 为培育茶产业龙头企业，制定本办法。
第二条 龙头企业奖励。对新认定的农业产业化龙头企业按以下标准给予奖励：
（一）国家级农业产业化重点龙头企业，奖励50万元；
（二）省级农业产业化重点龙头企业，奖励20万元；
（三）市级农业产业化龙头企业，奖励5万元。
第三条 本办法由县农业农村局负责解释。
"""


def test_items_for_different_things_are_measures_of_their_own():
    doc = extract(FACILITIES)
    assert_measures(doc, [("第二条", "茶园改造"), ("（一）", "新建清洁化茶叶加工厂房"),
                          ("（二）", "购置名优茶自动化生产线"), ("（三）", "配套建设冷藏保鲜库")])
    assert yuan(find_measure(doc, "新建清洁化茶叶加工厂房")) == [80000]  # the rate per 平方米 is no amount


def test_levels_of_one_award_are_still_its_tiers():
    doc = extract(TIERS)
    assert_measures(doc, [("第二条", "龙头企业奖励")])
    assert sorted(yuan(measures_of(doc)[0])) == [50000, 200000, 500000]


LIVESTOCK = """威宁县生猪产业扶持措施

一、对新建年出栏生猪2000头以上的规模养殖场，按每个能繁母猪栏位200元给予补助，单场最高30万元。
二、对开展人工授精的配种员，按每成功配种1头给予20元补助；对新建种猪场，按投资额的20%给予补助，最高80万元。
三、对新建年出栏肉鸡10万羽以上的标准化鸡舍，按每平方米50元给予补助，单场最高20万元。
"""


@pytest.mark.parametrize("start, expected", [
    ("对新建年出栏生猪", [300000]),  # 每个能繁母猪栏位200元: a rate per pen
    ("对开展人工授精", [800000]),  # 每成功配种1头给予20元: a rate per head
    ("对新建年出栏肉鸡", [200000]),  # 10万羽 is a flock, not money
])
def test_rates_per_pen_or_head_and_flocks_are_no_amounts(start, expected):
    assert yuan(find_measure(extract(LIVESTOCK), start)) == expected


ZONE_TERMS = """宁国经济技术开发区招商引资优惠政策

一、厂房支持
（一）租用标准厂房。入驻开发区标准化厂房的工业企业，第一年免收租金，第二年租金减半收取。
（二）租赁国有厂房。企业租赁开发区国有平台公司厂房的，实行“三免两减半”，即第一至三年免收租金，第四、五年租金减半。
（三）代建回购。对固定资产投资2亿元以上、确需定制厂房的项目，可由开发区平台公司按企业需求代建厂房，企业投产后5年内按代建成本回购。
二、要素保障
（一）保障项目用地。重点工业项目用地纳入年度用地计划优先保障。
（二）一事一议。对固定资产投资10亿元以上的重大项目，实行“一事一议”，由管委会研究确定支持政策。
（三）用地和融资事项，分别按照市自然资源、金融工作部门的有关规定执行。
"""


def test_a_zones_non_money_terms_are_measures():
    doc = extract(ZONE_TERMS)
    assert_measures(doc, [("（一）", "租用标准厂房"), ("（二）", "租赁国有厂房"), ("（三）", "代建回购"),
                          ("（一）", "保障项目用地"), ("（二）", "一事一议")])  # not the pointer to others' rules


@pytest.mark.parametrize("region_line, bureau, expected", [
    ("铜仁市石阡县人民政府办公室", "县农业农村局", "石阡县农业农村局"),
    ("锡林郭勒盟镶黄旗人民政府", "旗农牧局", "镶黄旗农牧局"),
    ("贵阳经济技术开发区管理委员会", "开发区经济发展局", "贵阳经济技术开发区经济发展局"),
])
def test_a_county_banner_or_zone_bureau_is_named_once(region_line, bureau, expected):
    text = (f"{region_line}关于印发《特色产业扶持办法》的通知\n\n各有关单位：\n　　现将《特色产业扶持办法》印发给你们，"
            f"请认真贯彻执行。\n\n{region_line}\n2025年3月6日\n\n特色产业扶持办法\n\n"
            f"一、对新认定的市级龙头企业，给予一次性奖励10万元。（责任单位：{bureau}）\n二、本办法由{bureau}负责解释。\n")
    p = policy(extract(text))
    names = [a.name for a in p.measures[0].agencies] + [p.interpreting_agency]
    assert all(n.endswith(expected) for n in names), names
    assert not any(w * 2 in n for n in names for w in ("县", "旗", "开发区")), names


PROVINCIAL = """安徽省人民政府办公厅关于印发安徽省支持新能源汽车零部件产业发展若干政策措施的通知
皖政办〔2025〕6号
各市人民政府，省政府各部门：
现将《安徽省支持新能源汽车零部件产业发展若干政策措施》印发给你们，请认真贯彻落实。
安徽省人民政府办公厅
2025年4月3日
安徽省支持新能源汽车零部件产业发展若干政策措施
1.支持整车企业本地配套。对省内整车企业年度新增采购省内零部件企业产品金额超过5亿元的，按新增采购额的1%给予奖励，单个企业最高1000万元。
2.支持零部件企业进入配套体系。对首次进入主流整车企业一级供应商体系的省内零部件企业，一次性给予100万元奖励。
3.鼓励招引重大项目。对新引进的固定资产投资10亿元以上的关键零部件项目，给予最高500万元奖励。
"""


def test_a_provincial_policys_location_conditions_are_read_not_a_crash():
    """省内整车企业: a condition scoped to the province (was a validation error that lost the document)."""
    doc = extract(PROVINCIAL)
    assert_measures(doc, [("1.", "支持整车企业本地配套"), ("2.", "支持零部件企业进入配套体系"), ("3.", "鼓励招引重大项目")])
    scopes = {c.scope for m in measures_of(doc) for c in m.conditions if c.type == "location"}
    assert scopes == {"province"}


INLINE_TIERS = """温江区促进生物医药产业发展若干政策

一、支持创新药上市。对新取得药品注册证书的1类创新药，给予最高500万元奖励。
二、支持医保准入。对区内企业生产的药品首次进入国家
医保药品目录的，按下列标准奖励：（1）1类创新药每个奖励
100万元；（2）其他品种每个奖励30万元。
三、本政策由区经济和信息化局负责解释。
"""


def test_tiers_inline_under_an_intro_that_only_says_reward_fold_into_it():
    """按下列标准奖励： (no 给予) over (1)(2) that differ only in the kind of drug: tiers of one award."""
    doc = extract(INLINE_TIERS)
    assert_measures(doc, [("一、", "支持创新药上市"), ("二、", "支持医保准入")])
    assert sorted(yuan(find_measure(doc, "支持医保准入"))) == [300000, 1000000]


PARK_OPERATOR = """佛山市顺德区兴联产业园入驻企业优惠办法

1.租金优惠。入驻企业前两年租金按市场价的50%收取。
2.物业费优惠。入驻前两年，物业管理费按园区收费标准的50%收取。
3.人才安居。入驻企业的技术骨干可申请入住园区人才公寓，前12个月免收租金。
4.展会推介。园区每年组织入驻企业统一参加国际家电博览会，展位费由园区运营公司承担60%。
"""


def test_a_park_operators_concessions_are_measures():
    assert_measures(extract(PARK_OPERATOR), [("1.", "租金优惠"), ("2.", "物业费优惠"), ("3.", "人才安居"), ("4.", "展会推介")])


def test_a_national_new_area_is_named_under_its_city():
    p = policy(extract("""大连金普新区管理委员会关于印发《金普新区支持检验检测产业发展若干措施》的通知
大金普管发〔2025〕8号
各街道，新区各部门：
　　现将《金普新区支持检验检测产业发展若干措施》印发给你们，请认真贯彻执行。
大连金普新区管理委员会
2025年3月1日
金普新区支持检验检测产业发展若干措施
一、对新落户的检验检测机构，给予一次性奖励50万元。
"""))
    assert p.region == "大连市金普新区"  # as 大连市 and its districts are written; 大连金普新区 is an alias


def test_an_autonomous_prefecture_written_short_is_the_issuers_region():
    doc = extract("""甘南藏族自治州人民政府办公室文件

甘南州人民政府办公室关于印发甘南州文旅产业奖补办法的通知

各县（市）人民政府，州政府各部门：

　　《甘南州文旅产业奖补办法》已经州政府同意，现印发给你们，请认真组织实施。

甘南州人民政府办公室
2025年6月5日

甘南州文旅产业奖补办法

第一条　对天津市及东部地区企业来甘南投资的文旅项目，按实际投资额的3%给予奖励，最高300万元。
第二条　对新评定的国家4A级旅游景区，给予一次性奖励100万元。
""")
    assert policy(doc).region == "甘南藏族自治州"


@pytest.mark.parametrize("issuer, region", [
    ("横琴粤澳深度合作区经济发展局", "横琴粤澳深度合作区"),
    ("平潭综合实验区管理委员会", "平潭综合实验区"),
])
def test_a_cooperation_zone_or_experimental_area_is_its_own_region(issuer, region):
    doc = extract(f"""{issuer}关于印发支持企业发展若干措施的通知

各有关单位：

现将《支持企业发展若干措施》印发给你们，请认真贯彻执行。

{issuer}
2025年3月1日

支持企业发展若干措施

一、对新落户的企业，给予一次性奖励50万元。
""")
    assert policy(doc).region == region


def test_a_zone_signing_with_its_other_name_in_brackets_is_the_region():
    doc = extract("""桐乡经济技术开发区（桐乡高新区）管理委员会
关于印发《桐乡经开区关于支持新材料产业高质量发展的若干意见》的通知
各部门、各有关单位：
《桐乡经开区关于支持新材料产业高质量发展的若干意见》已经管委会主任办公会议研究同意，现印发给你们，请认真贯彻执行。
桐乡经济技术开发区（桐乡高新区）管理委员会
2025年4月2日
桐乡经开区关于支持新材料产业高质量发展的若干意见
一、对新引进的新材料项目，按设备投资额的12%给予补助，最高1000万元。
""")
    assert policy(doc).region == "桐乡经济技术开发区"


def test_another_citys_economic_zone_is_not_beijings():
    # 经开区 alone is 北京经济技术开发区's short name; after a place name it is that place's zone
    doc = extract("""桐乡经开区关于支持新材料产业高质量发展的若干意见

为加快桐乡市新材料产业集聚发展，结合经开区实际，制定本意见。
一、对新引进的新材料项目，按设备投资额的12%给予补助，最高1000万元。
二、本意见自2025年5月1日起施行。
""")
    assert policy(doc).region == "嘉兴市桐乡市"  # (the zone itself is not in the region table: the city the body names)


def test_a_city_and_a_zone_issuing_jointly_are_led_by_the_first_named():
    doc = extract("""西安市人民政府　西咸新区管委会
关于印发《西安西咸促进数字经济发展若干措施》的通知
市政发〔2025〕9号
各区县人民政府，西咸新区各新城管委会，市政府各工作部门：
《西安西咸促进数字经济发展若干措施》已经市政府、西咸新区管委会同意，现印发给你们，请认真贯彻执行。
西安市人民政府　　西咸新区管委会
2025年5月6日
西安西咸促进数字经济发展若干措施
一、对新认定的国家级数字化转型促进中心，给予一次性奖励100万元。
""")
    assert policy(doc).region.endswith("西安市")


@pytest.mark.parametrize("text, region", [
    ("射阳经济开发区管委会\n江苏射阳经济开发区2025年度惠企政策兑现清单\n"
     "1. 对首次升规纳统的工业企业给予一次性奖励10万元。\n2. 对新认定的省级专精特新企业给予一次性奖励20万元。\n", "射阳经济开发区"),
    ("大朗镇高新技术企业培育扶持办法\n朗府〔2023〕36号\n为加快培育高新技术企业，根据《东莞市高新技术企业培育资助实施办法》，结合本镇实际，制定本办法。\n"
     "一、对首次纳入东莞市高新技术企业培育库的企业，给予一次性奖励3万元。\n二、对首次通过高新技术企业认定的企业，给予一次性奖励10万元。\n", "东莞市大朗镇"),
    ("《南山区促进总部经济高质量发展若干措施》政策解读\n发布日期：2024-11-08　来源：南山区发展和改革局\n"
     "一、制定背景\n为贯彻落实《深圳市关于加快总部经济高质量发展的若干措施》，区发展和改革局起草了《南山区促进总部经济高质量发展若干措施》。\n"
     "二、主要内容\n对新落户南山区的总部企业给予落户奖励。\n", "深圳市南山区"),
])
def test_a_county_zone_a_town_heading_its_title_and_a_district_named_in_two_cities(text, region):
    assert policy(extract(text)).region.endswith(region)
