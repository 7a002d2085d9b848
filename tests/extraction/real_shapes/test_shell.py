"""The notice around a policy: metadata headers, 关于印发《X》的通知, addressees, 文号 lines in every
bracket form, signatures, footers, repeal notices and validity dates. Texts written for these tests."""
import pytest

from .helpers import assert_measures, extract, norm_docno, norm_title, policy, same_region

SHUNDE_YAML = """---
标题: 佛山市顺德区经济促进局关于印发《顺德区推动制造业数字化智能化转型若干措施》的通知
文号: 顺经发〔2024〕17号
发布单位: 佛山市顺德区经济促进局
发布日期: 2024-04-08
---
# 佛山市顺德区经济促进局关于印发《顺德区推动制造业数字化智能化转型若干措施》的通知

各镇人民政府、街道办事处，区有关单位：

为加快推进我区制造业数字化智能化转型，现将《顺德区推动制造业数字化智能化转型若干措施》印发给你们，请认真组织实施。执行中遇到的问题，请径向区经济促进局反映。

佛山市顺德区经济促进局
2024年4月8日

顺德区推动制造业数字化智能化转型若干措施

一、支持智能化技术改造。对年度设备投入超过1000万元的技改项目，按设备投入的10%给予补助，单个项目最高500万元。
二、支持建设标杆智能工厂。对新认定为区级标杆智能工厂的企业，一次性奖励80万元。
三、本措施自印发之日起施行，有效期3年。
"""

NANSHAN_SQUARE = """深圳市南山区人民政府办公室关于印发《南山区促进集成电路产业高质量发展若干措施》的通知
深南府办规[2023]5号

各街道办事处，区政府直属各单位：
　　《南山区促进集成电路产业高质量发展若干措施》已经区政府同意，现印发给你们，请遵照执行。

深圳市南山区人民政府办公室
2023年9月12日

南山区促进集成电路产业高质量发展若干措施

第一条 为加快培育集成电路产业集群，结合本区实际，制定本措施。
第二条 支持芯片设计企业流片。对首次完成工程流片的企业，按流片费用的30%给予资助，每家企业每年最高1000万元。
第三条 支持EDA工具采购。按企业购买EDA工具费用的20%给予补贴，最高200万元。
第四条 本措施由深圳市南山区科技创新局负责解释，自2023年10月1日起施行，有效期三年。
"""

HUANGDAO_HALFPAREN = """黄工信发(2024)8号

青岛市黄岛区工业和信息化局
关于印发《黄岛区支持海洋装备产业发展的若干政策》的通知

各镇街、各功能区，区直各部门：
现将《黄岛区支持海洋装备产业发展的若干政策》印发给你们，请结合实际抓好落实。

附件：黄岛区支持海洋装备产业发展的若干政策

青岛市黄岛区工业和信息化局
2024年2月26日

附件
黄岛区支持海洋装备产业发展的若干政策

（一）支持首台（套）装备推广。对经认定的海洋装备首台（套）产品，按销售额的15%给予奖励，最高300万元。
（二）鼓励企业开拓市场。对参加境外重点展会的企业，按展位费的50%给予补贴，每家企业每年最高20万元。
（三）本政策自2024年3月1日起施行，有效期至2026年12月31日。

抄送：区委办公室，区人大常委会办公室，区政协办公室。
青岛市黄岛区工业和信息化局办公室               2024年2月26日印发
"""

HEFEI_FULLPAREN_BELOW = """# 合肥市人民政府办公室关于印发合肥市促进新能源汽车产业发展若干政策的通知

合政办秘（2024）15号

各县（市）、区人民政府，市政府各部门、各直属机构：
经市政府同意，现将《合肥市促进新能源汽车产业发展若干政策》印发给你们，请认真贯彻落实。

合肥市人民政府办公室
2024年6月3日

合肥市促进新能源汽车产业发展若干政策

一、支持整车企业扩大产能。对新增产能投资超过10亿元的整车项目，按固定资产投资的5%给予补助，最高1亿元。
二、支持关键零部件配套。对本地整车企业采购本市零部件年度金额首次突破5亿元的，奖励零部件企业200万元。
三、本政策自印发之日起施行，有效期2年。
"""

WUHAN_LENTICULAR = """武汉东湖新技术开发区管委会关于印发《东湖高新区加快光电子信息产业发展若干措施》的通知
武新管规【2023】3号

园区各单位，管委会各部门，各街道：
　　现将《东湖高新区加快光电子信息产业发展若干措施》印发给你们，请遵照执行。

武汉东湖新技术开发区管委会
2023年11月20日

东湖高新区加快光电子信息产业发展若干措施

1.支持光芯片企业研发。对光芯片企业年度研发投入超过2000万元的，按研发投入增量的15%给予奖励，最高500万元。
2.支持企业建设中试平台。对新建光电子中试平台的，按平台建设投入的20%给予补贴，最高1000万元。
3.本措施自印发之日起实施，有效期3年。
"""

XIAMEN_TRAD_HAO = """厦思政规〔2024〕6號

厦门市思明区人民政府关于印发思明区促进软件和信息服务业发展若干措施的通知

各街道办事处，区直各单位：
　　现将《思明区促进软件和信息服务业发展若干措施》印发给你们，请认真贯彻执行。

厦门市思明区人民政府
2024年1月18日

思明区促进软件和信息服务业发展若干措施

一、对首次入选中国软件业务收入百强的企业，给予一次性奖励500万元。
二、对软件企业年度营业收入首次超过1亿元的，给予50万元奖励。
三、本措施自印发之日起施行，有效期三年。
"""

NANSHAN_SPACED = """标题：关于印发《南山区支持人工智能终端产业发展若干措施》的通知
文号：深南发〔2024〕 3 号
发布机构：深圳市南山区人民政府

各街道办事处，区政府直属各单位：
　　现将《南山区支持人工智能终端产业发展若干措施》印发给你们，请认真组织实施。

南山区支持人工智能终端产业发展若干措施
一、鼓励终端企业落户。对新落户南山区的人工智能终端企业，给予最高300万元落户奖励。
二、支持产品首发。对在南山区首发的人工智能终端产品，按首发活动费用的30%给予补贴，每个产品最高50万元。
"""

YUBEI_ABOVE = """渝北府发〔2023〕20号

重庆市渝北区人民政府
关于印发《渝北区促进数字经济高质量发展若干政策》的通知

各镇人民政府、街道办事处，区政府各部门，有关单位：
　　《渝北区促进数字经济高质量发展若干政策》已经区政府第36次常务会议审议通过，现印发给你们，请认真贯彻执行。

重庆市渝北区人民政府
2023年7月5日
（此件公开发布）

渝北区促进数字经济高质量发展若干政策

第一条 支持数据中心建设。对新建标准机架超过1000个的数据中心，给予一次性奖励100万元。
第二条 支持软件企业壮大。对年营业收入首次突破5000万元的软件企业，奖励30万元。
第三条 本政策由区大数据发展局负责解释。
"""

JINAN_ISSUER_FRONT = """济南市发展和改革委员会关于印发《济南市支持氢能产业发展若干政策措施》的通知
济发改字〔2024〕41号
各区县发展改革部门，济南高新区、南部山区、起步区、莱芜高新区经济发展部门，市有关部门：
根据市政府工作安排，我委会同有关部门研究制定了《济南市支持氢能产业发展若干政策措施》，现印发给你们，请结合工作实际，认真贯彻落实。
济南市发展和改革委员会
2024年8月16日
济南市支持氢能产业发展若干政策措施
（一）支持加氢站建设。对新建日加氢能力500公斤及以上的加氢站，按设备投资的30%给予补贴，单站最高300万元。
（二）支持燃料电池汽车示范应用。对年度行驶里程超过3万公里的燃料电池货车，每辆给予2万元运营奖励。
（三）本政策措施自2024年9月1日起施行，有效期至2026年8月31日。
"""

XIAN_DEVZONE = """西安高新技术产业开发区管理委员会关于印发《西安高新区促进硬科技企业发展若干政策》的通知
西高新发〔2024〕22号

区内各有关单位，管委会各部门：
　　现将《西安高新区促进硬科技企业发展若干政策》予以印发，请认真抓好落实。

西安高新技术产业开发区管理委员会
2024年5月10日

西安高新区促进硬科技企业发展若干政策

一、对新认定的国家高新技术企业，给予20万元奖励。
二、对硬科技企业新建研发中心的，按研发设备购置额的25%给予补助，最高200万元。
"""

NANNING_REPEAL = """南宁市人民政府关于废止《南宁市促进工业企业技术改造暂行办法》的通知
南府规〔2024〕4号

各县（市、区）人民政府，市政府各组成部门、各直属机构：
　　为进一步优化营商环境，经市人民政府研究，决定废止《南宁市促进工业企业技术改造暂行办法》（南府规〔2020〕5号）。
　　本通知自印发之日起施行。

南宁市人民政府
2024年3月28日
"""

GUIYANG_REPEAL = """关于废止《贵阳市工业和信息化发展专项资金管理办法》的通知
筑工信通〔2023〕19号

各区（市、县）工业和信息化主管部门，各有关单位：
　　根据工作需要，现决定废止《贵阳市工业和信息化发展专项资金管理办法》（筑工信通〔2019〕37号），自本通知印发之日起停止执行。
　　特此通知。

贵阳市工业和信息化局
2023年10月9日
"""

BAOTOU_TRIAL = """包头市人民政府办公室关于印发《包头市支持稀土新材料产业发展若干措施（试行）》的通知
包府办发〔2024〕9号

各旗、县、区人民政府，稀土高新区管委会，市直各有关部门：
　　现将《包头市支持稀土新材料产业发展若干措施（试行）》印发给你们，请认真贯彻落实。

包头市人民政府办公室
2024年1月15日

包头市支持稀土新材料产业发展若干措施（试行）

一、对稀土新材料企业年度主营业务收入首次突破10亿元的，给予一次性奖励200万元。
二、对新建稀土功能材料项目，按设备投资的12%给予补助，最高2000万元。
三、本措施自印发之日起实施，试行期二年。
"""

NANCHANG_DATE_START = """南昌市工业和信息化局
关于印发《南昌市推进VR产业发展若干措施》的通知
洪工信字〔2023〕88号

各县（区）工业和信息化主管部门，有关企业：
　　现将《南昌市推进VR产业发展若干措施》印发给你们，请认真贯彻执行。

南昌市工业和信息化局
2023年12月20日

南昌市推进VR产业发展若干措施

（一）对新引进的VR整机制造企业，按实际投资额的10%给予奖励，最高1000万元。
（二）对VR内容制作企业开发的精品项目，每个项目给予最高50万元资助。
（三）本措施自2024年1月1日起施行，有效期两年。
"""

KUNMING_SIGN_FOOTER = """昆明市商务局关于印发《昆明市支持跨境电子商务发展若干措施》的通知
昆商发〔2024〕27号

各县（市、区）商务主管部门，各开发（度假）区经济发展部门：
　　经市人民政府同意，现将《昆明市支持跨境电子商务发展若干措施》印发给你们，请抓好落实。

昆明市商务局
2024年7月1日

昆明市支持跨境电子商务发展若干措施

1、支持海外仓建设。对在境外新建面积超过3000平方米的公共海外仓，给予一次性补助100万元。
2、培育跨境电商主体。对年跨境电商交易额首次超过1亿元的企业，奖励30万元。
3、本措施自印发之日起施行，有效期一年。

抄送：市委办公厅，市人大常委会办公厅，市政府办公室，市政协办公厅。
昆明市商务局办公室                    2024年7月1日印发
"""

HUICHUAN_SPLIT_HEADING = """遵义市汇川区发展和改革局关于印发《汇川区支持酱香白酒产业高质量发展若干措施》的通知
汇发改〔2024〕7号

各镇人民政府、街道办事处，区直各部门：
　　现将《汇川区支持酱香白酒产业高质量发展若干措施》印发给你们，并就有关事项通知如下：
一、提高思想认识。各单位要充分认识白酒产业高质量发展的重要意义。
二、抓好政策落实。各责任单位要细化工作举措，确保政策及时兑现。

遵义市汇川区发展和改革局
2024年3月6日

汇川区支持酱香白酒产业
高质量发展若干措施

一、支持白酒企业技改扩能。对新增基酒产能1000千升以上的技改项目，按设备投资的10%给予补助，最高500万元。
二、支持白酒品牌推广。对新获得"中华老字号"认定的白酒企业，给予一次性奖励50万元。
三、本措施自印发之日起施行。
"""

CASES = [
    pytest.param(SHUNDE_YAML, dict(
        title="顺德区推动制造业数字化智能化转型若干措施", doc_number="顺经发〔2024〕17号", region="佛山市顺德区",
        measures=[("一、", "支持智能化技术改造"), ("二、", "支持建设标杆智能工厂")],
        effective_from="2024-04-08", expires_on="2027-04-07"), id="shunde-yaml-header-issuer-front"),
    pytest.param(NANSHAN_SQUARE, dict(
        title="南山区促进集成电路产业高质量发展若干措施", doc_number="深南府办规〔2023〕5号", region="深圳市南山区",
        measures=[("第二条", "支持芯片设计企业流片"), ("第三条", "支持EDA工具采购")],
        effective_from="2023-10-01", expires_on="2026-09-30"), id="nanshan-square-brackets-below-title"),
    pytest.param(HUANGDAO_HALFPAREN, dict(
        title="黄岛区支持海洋装备产业发展的若干政策", doc_number="黄工信发(2024)8号", region="青岛市黄岛区",
        measures=[("（一）", "支持首台（套）装备推广"), ("（二）", "鼓励企业开拓市场")],
        effective_from="2024-03-01", expires_on="2026-12-31"), id="huangdao-halfwidth-parens-above-attachment-footer"),
    pytest.param(HEFEI_FULLPAREN_BELOW, dict(
        title="合肥市促进新能源汽车产业发展若干政策", doc_number="合政办秘（2024）15号", region="合肥市",
        measures=[("一、", "支持整车企业扩大产能"), ("二、", "支持关键零部件配套")],
        effective_from="2024-06-03", expires_on="2026-06-02"), id="hefei-md-heading-no-guillemets-fullwidth-parens"),
    pytest.param(WUHAN_LENTICULAR, dict(
        title="东湖高新区加快光电子信息产业发展若干措施", doc_number="武新管规【2023】3号", region="东湖新技术开发区",
        measures=[("1.", "支持光芯片企业研发"), ("2.", "支持企业建设中试平台")],
        effective_from="2023-11-20", expires_on="2026-11-19"), id="wuhan-donghu-lenticular-brackets"),
    pytest.param(XIAMEN_TRAD_HAO, dict(
        title="思明区促进软件和信息服务业发展若干措施", doc_number="厦思政规〔2024〕6号", region="厦门市思明区",
        measures=[("一、", "对首次入选中国软件业务"), ("二、", "对软件企业年度营业收入")],
        effective_from="2024-01-18", expires_on="2027-01-17"), id="xiamen-traditional-hao-docno-above"),
    pytest.param(NANSHAN_SPACED, dict(
        title="南山区支持人工智能终端产业发展若干措施", doc_number="深南发〔2024〕3号", region="深圳市南山区",
        measures=[("一、", "鼓励终端企业落户"), ("二、", "支持产品首发")]), id="nanshan-stray-spaces-in-docno"),
    pytest.param(YUBEI_ABOVE, dict(
        title="渝北区促进数字经济高质量发展若干政策", doc_number="渝北府发〔2023〕20号", region="重庆市渝北区",
        measures=[("第一条", "支持数据中心建设"), ("第二条", "支持软件企业壮大")]), id="yubei-docno-above-issuer-line"),
    pytest.param(JINAN_ISSUER_FRONT, dict(
        title="济南市支持氢能产业发展若干政策措施", doc_number="济发改字〔2024〕41号", region="济南市",
        measures=[("（一）", "支持加氢站建设"), ("（二）", "支持燃料电池汽车示范应用")],
        effective_from="2024-09-01", expires_on="2026-08-31"), id="jinan-dense-lines-no-blank"),
    pytest.param(XIAN_DEVZONE, dict(
        title="西安高新区促进硬科技企业发展若干政策", doc_number="西高新发〔2024〕22号", region="西安高新技术产业开发区",
        measures=[("一、", "对新认定的国家高新技术"), ("二、", "对硬科技企业新建研发")]), id="xian-hightech-zone"),
    pytest.param(BAOTOU_TRIAL, dict(
        title="包头市支持稀土新材料产业发展若干措施（试行）", doc_number="包府办发〔2024〕9号", region="包头市",
        measures=[("一、", "对稀土新材料企业年度"), ("二、", "对新建稀土功能材料项目")],
        effective_from="2024-01-15", expires_on="2026-01-14"), id="baotou-trial-period-two-years"),
    pytest.param(NANCHANG_DATE_START, dict(
        title="南昌市推进VR产业发展若干措施", doc_number="洪工信字〔2023〕88号", region="南昌市",
        measures=[("（一）", "对新引进的VR整机制造"), ("（二）", "对VR内容制作企业开发")],
        effective_from="2024-01-01", expires_on="2025-12-31"), id="nanchang-explicit-start-two-years"),
    pytest.param(KUNMING_SIGN_FOOTER, dict(
        title="昆明市支持跨境电子商务发展若干措施", doc_number="昆商发〔2024〕27号", region="昆明市",
        measures=[("1、", "支持海外仓建设"), ("2、", "培育跨境电商主体")],
        effective_from="2024-07-01", expires_on="2025-06-30"), id="kunming-footer-one-year"),
    pytest.param(HUICHUAN_SPLIT_HEADING, dict(
        title="汇川区支持酱香白酒产业高质量发展若干措施", doc_number="汇发改〔2024〕7号", region="遵义市汇川区",
        measures=[("一、", "支持白酒企业技改扩能"), ("二、", "支持白酒品牌推广")],
        effective_from="2024-03-06"), id="huichuan-numbered-notice-requirements-split-heading"),
]


def _with(key):
    return [c for c in CASES if key in c.values[1]]


@pytest.mark.parametrize("text, exp", _with("title"))
def test_policy_title_is_the_named_policy_not_the_notice(text, exp):
    p = policy(extract(text))
    assert norm_title(p.title) == norm_title(exp["title"]), p.title
    assert not p.title_inferred


@pytest.mark.parametrize("text, exp", _with("doc_number"))
def test_doc_number_in_any_bracket_form(text, exp):
    p = policy(extract(text))
    assert norm_docno(p.doc_number) == norm_docno(exp["doc_number"]), p.doc_number


@pytest.mark.parametrize("text, exp", _with("region"))
def test_region_at_the_most_specific_level(text, exp):
    p = policy(extract(text))
    assert same_region(p.region, exp["region"]), f"region {p.region!r}, expected {exp['region']!r}"


@pytest.mark.parametrize("text, exp", _with("measures"))
def test_notice_yields_no_measure_and_clauses_do(text, exp):
    assert_measures(extract(text), exp["measures"])


@pytest.mark.parametrize("text, exp", _with("effective_from"))
def test_dates(text, exp):
    p = policy(extract(text))
    assert (p.effective_from, p.expires_on) == (exp["effective_from"], exp.get("expires_on"))


@pytest.mark.parametrize("text, repealed, region", [
    pytest.param(NANNING_REPEAL, "南府规〔2020〕5号", "南宁市", id="nanning-repeal-by-government"),
    pytest.param(GUIYANG_REPEAL, "筑工信通〔2019〕37号", "贵阳市", id="guiyang-repeal-fund-rules"),
])
def test_repeal_notice_is_one_policy_that_supersedes_and_has_no_measures(text, repealed, region):
    p = policy(extract(text))
    assert norm_docno(repealed) in {norm_docno(r.doc_number) for r in p.supersedes}, \
        [(r.title, r.doc_number) for r in p.supersedes]
    assert p.measures == []
    assert same_region(p.region, region), p.region
