"""matches_higher_funding in further wordings, and its look-alikes. Texts written for these tests;
expectations follow /work/shared/devset/README.md."""
import pytest

from tests.extraction.real_shapes.helpers import extract, find_measure, ratios

# (title, clause, matches higher funding, match ratios or None when not asserted)
CASES = [
    pytest.param("湖州市南浔区支持科技项目若干措施",
                 "对获得国家级科技计划项目立项支持的，按1:1给予区级配套，最高300万元。",
                 True, [1.0], id="one-to-one-district-match-of-national"),
    pytest.param("阿克苏市支持农产品加工若干措施",
                 "对获得自治区农业产业化专项资金支持的项目，市财政按1∶0.5的比例给予配套。",
                 True, [0.5], id="region-fund-one-to-half"),
    pytest.param("衡阳市支持技术改造若干措施",
                 "对列入省级重点技术改造项目并获得省级补助的，市级按省级补助额的50%再给予补助，最高200万元。",
                 True, [], id="half-of-provincial-grant"),
    pytest.param("绵阳市支持企业承担国家科技项目若干措施",
                 "对承担国家重点研发计划项目的企业，按国拨经费的20%给予奖励，最高100万元。",
                 True, [], id="share-of-national-allocation"),
    pytest.param("泉州市丰泽区支持企业技术改造若干措施",
                 "对获得市级技术改造补助的项目，区级再给予市级补助金额30%的配套奖励。",
                 True, [], id="district-tops-up-city-subsidy"),
    pytest.param("银川市支持工业互联网发展若干措施",
                 "对获得国家工业互联网创新发展工程资金支持的项目，市财政给予一次性配套奖励100万元。",
                 True, [], id="fixed-award-conditional-on-national-funds"),
    pytest.param("湖南省支持制造业高质量发展若干措施",
                 "对新认定的国家级制造业创新中心，给予2000万元奖励，所需资金由省、市两级财政按1:1比例分担。",
                 False, None, id="cost-share-province-city-1-1"),
    pytest.param("福建省支持工业设计发展若干措施",
                 "对新认定的国家级工业设计中心，省级财政给予100万元奖励，鼓励各设区市按1:1给予配套。",
                 False, None, id="invites-lower-levels-to-match"),
    pytest.param("邵阳市支持项目建设若干措施",
                 "积极争取中央预算内投资和地方政府专项债券支持；对当年竣工投产的亿元以上工业项目，给予30万元奖励。",
                 False, [], id="seeking-central-budget-funds"),
    pytest.param("宜宾市支持企业争先创优若干措施",
                 "对新获评国家级专精特新“小巨人”企业的，给予50万元奖励；对新获评省级专精特新企业的，给予10万元奖励。",
                 False, [], id="reward-for-titles-alone"),
    pytest.param("大庆市支持石化产业园区建设若干措施",
                 "对新建化工园区配套设施的，按设施投资的20%给予补助，最高500万元，完善园区水电气等配套基础设施。",
                 False, [], id="peitao-infrastructure-not-funding"),
    pytest.param("抚州市支持数字经济项目若干措施",
                 "对获得国家、省数字经济专项资金支持的项目，按照上级支持资金1:0.5的比例给予市级配套，最高500万元。",
                 True, [0.5], id="superior-funds-one-to-half"),
    pytest.param("泰安市支持服务业发展若干措施",
                 "对获得省级服务业发展引导资金支持的项目，市级按照省级资金额度的50%给予配套支持。",
                 True, [], id="fifty-percent-of-provincial-guidance-fund"),
    pytest.param("宜春市支持锂电产业发展若干措施",
                 "对新获批国家级企业技术中心并获得国家奖补资金的企业，市财政再按国家奖补资金的1:1给予奖励。",
                 True, [1.0], id="one-to-one-reward-of-national-grant"),
    pytest.param("遵义市支持白酒产业发展若干措施",
                 "对新建酱香白酒产能项目，按固定资产投资的3%给予补助，最高1000万元。鼓励项目所在地县（市、区）政府结合实际给予配套支持。",
                 False, None, id="inviting-county-governments-to-top-up-is-no-match"),
    pytest.param("铜陵市义安区支持科技创新若干政策",
                 "对新认定的省级重点实验室，给予50万元奖励；获得省级财政奖补的，区级按省级奖补资金的30%叠加支持。",
                 True, [], id="share-of-provincial-jiangbu-stacked"),
    pytest.param("牡丹江市支持冰雪装备产业若干措施",
                 "对获得国家、省级贴息支持的项目，市级按上级贴息额的50%再给予贴息，每户每年最高50万元。",
                 True, [], id="share-of-higher-interest-subsidy"),
    pytest.param("包头市支持稀土新材料产业发展若干措施",
                 "对获得国家、自治区科技计划项目立项的，按上级资金的20%给予配\n套，最高300万元。",
                 True, [], id="share-of-higher-funds-broken-by-a-line-end"),
    pytest.param("五家渠市支持工业技改若干措施",
                 "对获得自治区技术改造专项资金支持的项目，市级再按自治区支持金额的20%给予叠加奖励，最高50万元。",
                 True, [], id="share-of-autonomous-region-grant"),
    pytest.param("博州支持外贸发展若干措施",
                 "对企业投保短期出口信用保险的，在享受自治区出口信用保险保费扶持政策的基础上，州级按实缴保费的20%再给予补助。",
                 True, [], id="on-top-of-a-higher-support-policy"),
    pytest.param("湖南省支持企业上市若干措施",
                 "对在北京证券交易所上市的企业，给予一次性奖励300万元；鼓励市州、县（市、区）在此基础上按不低于1:0.5的比例给予奖励。",
                 False, None, id="invites-lower-levels-by-a-ratio"),
    pytest.param("江西省推进制造业数字化转型若干措施",
                 "对智能化改造项目，按设备和软件投资额的8%给予补助，单个项目最高500万元。省级补助资金下达后，项目所在设区市、县（市、区）按1:1比例配套。",
                 False, None, id="lower-levels-required-to-match"),
    pytest.param("合肥市瑶海区支持人才创业若干政策",
                 "股权投资：对人才创办企业获得社会资本投资的，区天使基金按1:1比例跟投，单个项目最高300万元。",
                 False, None, id="co-investment-beside-private-capital"),
    pytest.param("合肥市包河区支持天使投资若干政策",
                 "区天使投资基金按照“1:1”\n比例对社会天使投资机构投资的区内初创期企业进行\n跟投，单个项目跟投金额不超过300万元。",
                 False, None, id="co-investment-quoted-ratio-broken-by-line-ends"),
    pytest.param("淄博市普惠金融专项资金管理办法",
                 "对小微企业创业担保贷款，在享受中央、省财政贴息的基础上，市财政按贷款合同签订日LPR的15%再给予贴息。",
                 True, [], id="on-top-of-higher-interest-subsidies"),
    # helping firms win higher-level money, excluding those who have it, inviting counties to top up: no match
    pytest.param("宜昌市支持先进制造业发展若干措施",
                 "建立国家、省级专项资金项目储备库，组织申报辅导，积极争取更多项目获得上级资金支持。",
                 False, None, id="seeking-higher-money"),
    pytest.param("宜昌市支持先进制造业发展若干措施",
                 "对新认定的国家级专精特新“小巨人”企业，给予50万元奖励；已获得中央财政重点“小巨人”奖补资金的，市级不再重复奖励。",
                 False, None, id="higher-money-excludes-this-award"),
    pytest.param("宜昌市支持先进制造业发展若干措施",
                 "对新获评国家级制造业单项冠军企业的，一次性奖励200万元。各县（市、区）可结合实际给予配套支持。",
                 False, None, id="counties-may-top-up"),
    # a share of the money actually paid from above, the match word broken by a line end
    pytest.param("忻州市科技创新专项资金管理办法",
                 "对获得国家、省级立项支持的重大科技项目，按照国家和省实际拨付资金的10%给予配\n套，最高不超过200万元。",
                 True, [], id="share-of-money-paid-from-above"),
    # a supplier tier or local sourcing is 配套 of parts, not of money
    pytest.param("十堰市支持汽车零部件本地化若干措施",
                 "整车企业本地配套奖励。对当年新增市内一级配套企业3家以上的整车企业，给予30万元奖励。",
                 False, None, id="supplier-tier-is-not-a-match"),
    pytest.param("十堰市支持汽车零部件本地化若干措施",
                 "对市内零部件企业首次进入整车企业二级配套体系的，给予10万元奖励。",
                 False, None, id="supply-chain-entry-is-not-a-match"),
    # a share of the compensation paid from above
    pytest.param("株洲市新材料首批次应用保险补偿办法",
                 "对已获得国家首批次应用保险补偿的项目，按国家补偿资金的20%给予追加奖励，最高100万元。",
                 True, [], id="share-of-national-compensation"),
    pytest.param("文登区支持远洋渔业发展若干措施",
                 "对远洋渔船参加船东互保的，按保费的40%给予补助。对已享受省级渔业保险保费补贴的，区级补助比例相应扣减。",
                 False, None, id="higher-money-reduces-this-one"),
    # a match, then who pays it: the cost split is the match's own clause's business only
    pytest.param("佛山市高明区支持技术改造若干措施",
                 "对获得市级技术改造资金扶持的项目，区级按市级扶持资金1:1给予配套，所需资金由区、镇两级按7:3比例承担。",
                 True, [1.0], id="match-then-who-pays-it"),
    # 给予配套企业X元奖励: the supplier (配套企业) is paid
    pytest.param("常德市支持产业链链主企业若干措施",
                 "本地企业为链主企业配套、年度供货额首次达到2000万元的，给予配套企业20万元奖励。",
                 False, None, id="supplier-paid-is-not-a-match"),
    # money only for what already had the province's insurance compensation
    pytest.param("常德市支持首版次软件推广应用若干措施",
                 "对已获得省级首版次软件保险补偿的产品，市级再按年度保费的15%给予补贴，单个企业最高30万元。",
                 True, [], id="on-top-of-provincial-insurance-compensation"),
    # a city policy inviting the district where a platform stands, or requiring counties, to match it
    pytest.param("上海市促进工业软件发展若干措施",
                 "对新建的工业软件适配验证平台，按建设投入的25%给予支持，最高300万元。平台所在区可按照1:0.5的比例给予配套支持。",
                 False, None, id="district-of-the-platform-may-match"),
    pytest.param("株洲市支持专精特新企业发展若干措施",
                 "对新认定的省级专精特新中小企业，市级一次性奖励10万元，所在县（市、区）按不低于1:0.5的比例配套奖励。",
                 False, None, id="counties-match-at-least-half"),
    # a city paying a share of what the district paid: lower-level money, no match from above
    pytest.param("上海市促进夜间经济发展若干措施",
                 "对获得所在区夜间经济示范街区支持的，市级按照区级实际支持金额的40%再给予支持，最高100万元。",
                 False, None, id="share-of-district-money"),
    # the higher money caps this one: no match of it
    pytest.param("潮州市潮安区支持陶瓷产业发展办法",
                 "对企业开展陶瓷新材料研发的，按研发投入的15%给予补助，最高80万元；同时获得潮州市科技计划资助的，区级补助不超过市级资助金额。",
                 False, None, id="capped-at-the-city-grant"),
    # half of what the province awarded: a share of higher-level money, 奖励 without 资金/金额
    pytest.param("常德市鼎城区支持医药产业发展若干措施",
                 "对通过仿制药一致性评价的品种，每个品种给予10万元奖励；同一品种获得省级奖励的，按省级奖励的40%再给予奖励。",
                 True, None, id="share-of-provincial-award"),
    # district and city money capped together: a cap on both, the district's own grant is no match
    pytest.param("淄博市临淄区支持化工新材料产业发展办法",
                 "对新材料重点项目，按设备投资额的6%给予补助，最高200万元。同一项目同时获得市级专项资金支持的，区级补助与市级资金合计不超过设备投资额的15%。",
                 False, None, id="capped-with-city-money-together"),
    # a share of the city's subsidy standard, paid on top to those who get the city's subsidy
    pytest.param("郑州市中原区青年人才生活补贴实施细则",
                 "对已在郑州市领取青年人才生活补贴的，区级再按市级补贴标准的30%给予叠加补贴。",
                 True, None, id="share-of-the-city-standard"),
    # a province's award that the cities and counties may add to: their money, no match of the province's
    pytest.param("甘肃省支持科技型中小企业发展若干措施",
                 "对首次认定的高新技术企业，省级给予一次性奖励20万元；市（州）、县（区）可按不低于省级奖励的50%给予叠加奖励。",
                 False, None, id="lower-levels-may-add-a-share"),
    pytest.param("陕西省促进专精特新企业发展若干措施",
                 "对新认定的省级专精特新中小企业，奖励30万元。各设区市可按照省级奖励标准给予1:1配套奖励。",
                 False, [1.0], id="cities-may-match-one-to-one"),
    pytest.param("铜陵市义安区支持制造业发展若干政策",
                 "对首次获评国家级专精特新“小巨人”企业的，在市级奖励基础上再给予30%奖励，最高40万元。",
                 True, None, id="a-share-on-top-of-the-citys-award"),
    pytest.param("铜陵市义安区支持制造业发展若干政策",
                 "对首次获评国家级专精特新“小巨人”企业的，在省级奖励基础上再给予20万元奖励。",
                 False, None, id="a-fixed-sum-on-top-of-a-titles-award"),
]


@pytest.mark.parametrize("title, clause, matches, expected_ratios", CASES)
def test_matches_higher_funding(title, clause, matches, expected_ratios):
    text = f"{title}\n\n一、{clause}\n二、本措施由相关主管部门负责解释。\n"
    m = find_measure(extract(text), clause[:8])
    assert bool(m.funding_matches) is matches, [(f.source, f.ratio, f.text) for f in m.funding_matches]
    if expected_ratios is not None:
        assert ratios(m) == expected_ratios, [(a.text, a.value, a.unit) for a in m.amounts]


def test_a_shares_source_is_the_higher_money_not_who_pays_it():
    doc = extract("登封市支持工业设计发展若干措施\n一、对新认定的省级工业设计中心，市级再按省级奖励资金的50%给予配套奖励。\n")
    m = find_measure(doc, "对新认定的省级工业设计")
    assert [f.source for f in m.funding_matches] == ["省级奖励资金"]


def test_a_town_matching_its_districts_award_matches_higher_funding():
    doc = extract("北滘镇促进科技创新若干措施\n一、对首次通过高新技术企业认定的企业，给予一次性奖励10万元。已获得顺德区认定奖励的，镇按区级奖励金额的50%予以配套。\n"
                  "二、对区级研发费用补助，市级按照区级实际支持金额的50%再给予支持。\n")
    assert find_measure(doc, "对首次通过高新技术企业").funding_matches
    assert not find_measure(doc, "对区级研发费用补助").funding_matches


def test_interest_on_top_of_the_centres_in_points_matches_and_no_second_interest_does_not():
    doc = extract("柯桥区设备更新贷款贴息实施细则\n"
                  "1．对纳入国家设备更新贷款贴息名单的贷款，在中央财政贴息1个百分点的基础上，区财政再给予0.5个百分点的贴息。\n"
                  "2．企业使用银行贷款实施设备更新的，按照LPR的35%给予贴息，单户企业每年最高150万元；对已获得省级技改专项贴息支持的项目，区级不再重复贴息。\n")
    assert find_measure(doc, "对纳入国家设备更新贷款").funding_matches
    assert not find_measure(doc, "企业使用银行贷款实施设").funding_matches


def test_a_province_telling_its_cities_to_match_in_its_own_clause_is_no_match():
    doc = extract("浙江省制造业数字化转型若干措施\n一、对新认定的省级智能工厂，给予一次性奖励100万元，各设区市要按照不低于1:0.5的比例安排配套资金。\n")
    assert not find_measure(doc, "对新认定的省级智能工厂").funding_matches
