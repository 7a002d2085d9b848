"""Responsible units per clause, in forms not covered by real_shapes: province / autonomous region /
autonomous prefecture / development-zone bureaus, 【责任单位】 lines, 牵头单位；责任单位 in one paren,
按职责分工负责, 主责/协同 units, space-separated roles, 等 lists, clauses with no unit.
Texts written for these tests; expectations follow /work/shared/devset/README.md."""
import pytest

from tests.extraction.real_shapes.helpers import agencies_match, extract, find_measure

PROVINCE_PAREN = """湖南省支持工程机械再制造产业发展若干措施

一、支持再制造示范企业。对新认定的国家级再制造示范企业，给予100万元奖励。（责任单位：省工业和信息化厅、省财政厅）
二、支持再制造产品推广。对列入省级再制造产品目录的产品，按销售额的5%给予奖励，最高200万元。（责任单位：省工业和信息化厅、省发展改革委、省市场监管局）
三、本措施自印发之日起施行。
"""

REGION_BRACKET_LINE = """广西壮族自治区支持跨境电商发展若干措施

（一）支持跨境电商综试区建设。对考核评估优秀的综试区，给予500万元奖励。
【责任单位】自治区商务厅、自治区财政厅
（二）支持海外仓建设。对新认定的自治区级公共海外仓，给予最高200万元补助。
【责任单位】自治区商务厅
（三）本措施由自治区商务厅负责解释。
"""

LEAD_AND_RESPONSIBLE_SEMICOLON = """泉州市支持制造业数字化转型若干措施

1.支持智能工厂建设。对新认定的省级智能工厂，给予100万元奖励。（牵头单位：市工信局；责任单位：市财政局、市数据管理局）
2.支持工业软件应用。对企业购买工业软件的，按购买金额的20%给予补助，最高50万元。（牵头单位：市工信局）
3.本措施自印发之日起施行。
"""

DIVISION_OF_DUTIES = """浏阳市支持生物医药产业发展若干措施

一、对新取得药品注册证书的创新药，每个品种奖励200万元。（市工信局牵头，市市场监管局、市财政局按职责分工负责）
二、对生物医药企业新建GMP生产线的，按设备投资的10%给予补助，最高300万元。（市工信局、市财政局等按职责分工负责）
三、本措施自印发之日起施行。
"""

PREFECTURE_COMMA_PAREN = """昌吉回族自治州支持煤电化工产业发展若干措施

一、对新建煤基新材料项目，按设备投资的5%给予补助，最高3000万元。（州工业和信息化局，州财政局）
二、对煤化工企业开展节能改造的，按改造投资的10%给予补助，最高500万元。（州发展改革委）
三、本措施自印发之日起施行。
"""

DEVZONE_LINE = """芜湖经济技术开发区支持汽车电子产业发展若干政策

第一条 对新落户的汽车电子企业，设备投资超过5000万元的，按设备投资的8%给予补助，最高1000万元。
责任单位：管委会经济发展局、财政金融局
第二条 对汽车电子企业新获批省级工程研究中心的，给予50万元奖励。
责任单位：科技创新局
第三条 本政策自印发之日起施行。
"""

MAIN_AND_ASSIST = """湘潭市支持先进储能材料产业发展若干措施

（一）支持储能材料项目建设。对新建储能材料项目，按设备投资的8%给予补助，最高2000万元。（主责单位：市工信局；协同单位：市财政局）
（二）支持储能材料企业研发。对企业研发投入增量部分，按15%给予奖励，最高100万元。（主责单位：市科技局）
（三）本措施自印发之日起施行。
"""

SPACE_SEPARATED_ROLES = """三明市支持氟新材料产业发展若干措施

一、对氟新材料企业新建研发平台的，按平台建设投资的20%给予补助，最高300万元。（牵头单位：市科技局　配合单位：市财政局）
二、对氟新材料企业首次进入国内外头部企业供应链的，给予50万元奖励。
三、本措施自印发之日起施行。
"""

TOURISM_COUNTY_GOVS = """大理白族自治州支持文旅产业发展若干措施

一、对新评定的国家5A级旅游景区，给予1000万元奖励。责任单位：州文化和旅游局，配合单位：各县市人民政府
二、对新评定的国家级旅游度假区，给予500万元奖励。责任单位：州文化和旅游局
三、本措施自印发之日起施行。
"""

INLINE_YOU_FUZE = """北海市支持电子信息产业发展若干措施

一、对新引进的电子信息整机项目，按设备投资的10%给予补助，最高5000万元，由市工业和信息化局会同市投资促进局负责兑现。
二、对电子信息企业新建研发中心的，给予最高200万元补助。
三、本措施自印发之日起施行。
"""

ROLE_IN_PARENS_AFTER_UNIT = """平潭综合实验区支持台湾青年创业若干措施

一、对台湾青年新创办企业的，给予一次性创业补助5万元。
责任单位：区经济发展局（牵头）、区财政金融局
二、对台湾青年入驻区级创业基地的，免收三年场地租金。
责任单位：区社会事业局
三、本措施自印发之日起施行。
"""

GOV_AFTER_COMMA = """丽江市支持文旅康养产业发展若干措施

一、对新建康养旅游综合体的，按固定资产投资的5%给予补助，最高1000万元。（责任单位：市发展改革委、市文化和旅游局，各县〔区〕人民政府）
二、本措施自印发之日起施行。
"""

CUSTOMS_COOPERATING = """宁波市支持跨境电商进口发展若干措施
一、支持保税仓建设。对新建保税仓储设施的企业，按实际投资额的15%给予补助，最高300万元。（牵头单位：市商务局；配合单位：市财政局、宁波海关）
二、支持通关便利化。对跨境电商进口企业，提供“7×24小时”预约通关服务。（责任单位：宁波海关、市口岸办）
"""

# 【牵头单位】X【配合单位】Y on a line of its own; a clause that ends 由X负责。
BRACKET_LABELS_AND_BY = """邢台市支持新能源装备产业发展若干措施
1.支持整机项目落地。对新引进的风电整机项目，按设备投资额的5%给予补助，最高3000万元。
　　【牵头单位】市发展和改革委员会【配合单位】市财政局、市自然资源和规划局
2.支持检测平台建设。对新建的新能源装备检测平台，按投资额的20%给予补助，最高500万元。由市市场监督管理局负责。
3.支持本地配套。对本地企业进入整机企业供应链的，给予一次性奖励30万元。由市工业和信息化局、市商务局按职责分工负责。
"""

# X牵头，Y按职责分工负责; and a line of units after the items of one article, closing it.
LEAD_AND_DUTY_AND_CLOSING_LINE = """宁夏回族自治区支持新型材料产业发展若干政策
第三条  支持重点项目建设。对新型材料重点项目，按设备投资额的10%给予补助，最高3000万元。（自治区工业和信息化厅牵头，自治区财政厅按职责分工负责）
第四条  支持首台（套）首批次应用。
（一）对首台（套）重大技术装备，按销售价格的20%给予奖励，最高500万元；
（二）对首批次新材料产品，按首年销售额的15%给予奖励，最高300万元。
（自治区工业和信息化厅、自治区财政厅）
"""

TOWNS_IN_BRACKETS = """宜兴市支持数字化服务商集聚若干措施
一、支持服务商集聚。对新引进的数字化服务商，年度服务本市企业20家以上的，给予一次性奖励20万元。（市工信局、市商务局、各镇（街道））
"""

# A 序号 | 政策措施 | 责任单位 table flattened by a PDF copy: bare numbers and tabs, units wrapped.
TAB_TABLE = """泸州市支持白酒产业链发展若干政策

序号\t政策措施\t责任单位
一、强化龙头引领
1\t对新引进总投资20亿元以上的白酒项目，按照设备投资的5%给予补助，最高3000万元。\t市经济和信息化局
市投资促进局
2\t对白酒企业年产值首次突破50亿元的，给予200万元奖励。\t市经济和信息化局
3\t对酒糟综合利用项目，按照每吨100元给予奖励，每家企业每年最高300万元。\t市发展改革委
（市能源局）
"""

TOWNS_IN_BRACKETS_BY = """赣州市南康区支持家具产业发展若干措施
一、对企业租用区内标准厂房的，按照实际租金的50%给予补贴，每家企业每年不超过50万元。由区工信局会同各镇（街道）负责。
"""

# A PDF copy: a label broken by a line end (责任单\n位) and a page number inside a unit list
PDF_BROKEN_LABEL = """齐齐哈尔市支持装备制造业发展若干措施

（一）支持技术改造。对设备投资500万元以上的技改项目，按设备投资额的8%给予补助，单个项目最高500万元。（责任单位：市工信局、市财政局，各区、县（

— 2 —

市）政府）
（二）支持研发投入。对企业研发费用较上年增长部分，按10%给予补助，每户最高100万元。（责任单
位：市科技局）
（三）本措施自印发之日起施行。
"""

# No clause names its units; a division-of-labour list after the clauses names them by number
DIVISION_LIST = """汉中市支持装备制造业发展若干政策
（一）支持首台套。对新认定的省级首台（套）重大技术装备，给予50万元奖励。
（二）支持技术改造。对设备投资1000万元以上的技改项目，按设备投资额的8%给予补助，最高300万元。
（三）支持企业上规。对首次纳入规模以上工业统计的企业，给予10万元奖励。
（四）支持企业上市。对在境内主板上市的装备制造企业，给予300万元奖励。
（五）本政策自印发之日起施行。

附件：政策措施责任分工
（一）牵头单位：市工信局；配合单位：市财政局
（二）牵头单位：市工信局、市发展改革委
（三）至（四）牵头单位市统计局，配合单位市地方金融管理局
"""

# The units only in an attached division-of-labour table: tab-separated and keyed by 序号; and
# flattened one cell a line, each row naming its clauses as (一)(二)
DIVISION_TAB_TABLE = """运城市支持镁产业发展若干政策措施
1、支持镁合金项目建设。对新建镁合金深加工项目，按设备投资额的8%给予补助，最高500万元。
2、支持镁产品推广应用。对本地企业采购镁合金部件的，按采购额的3%给予奖励，最高100万元。
3、本措施自印发之日起施行。

附件
政策措施任务分工
序号\t工作任务\t牵头单位\t配合单位
1\t支持镁合金项目建设\t市工信局\t市财政局、市发展改革委
2\t支持镁产品推广应用\t市商务局\t市工信局
"""

DIVISION_FLAT_TABLE = """甘肃省支持新能源装备产业发展的实施意见
一、支持政策
（一）支持风电装备制造。对新落地的风电整机项目，按设备投资额的5%给予奖励，最高2000万元。
（二）支持光伏组件制造。对新建光伏组件项目，按设备投资额的5%给予奖励，最高1000万元。
（三）支持储能示范应用。对新建储能示范项目，给予一次性奖励300万元。
甘肃省人民政府办公厅
2024年6月3日
附件
重点任务分工
序号
重点任务
牵头单位
配合单位
1
（一）（二）
省工业和信息化厅
省财政厅、省发展改革委
2
（三）
省能源局
省财政厅
"""

from tests.extraction.real_shapes_more.test_shell_more import RED_HEADER_LIST as RED_HEADER_LIST_TEXT  # noqa: E402

CASES = [
    pytest.param(PROVINCE_PAREN, "支持再制造示范企业", ["省工业和信息化厅", "省财政厅"], id="province-two-in-paren"),
    pytest.param(PROVINCE_PAREN, "支持再制造产品推广", ["省工业和信息化厅", "省发展改革委", "省市场监管局"],
                 id="province-three-in-paren"),
    pytest.param(REGION_BRACKET_LINE, "支持跨境电商综试区", ["自治区商务厅", "自治区财政厅"], id="region-lenticular-label-line"),
    pytest.param(REGION_BRACKET_LINE, "支持海外仓建设", ["自治区商务厅"], id="region-lenticular-label-line-single"),
    pytest.param(LEAD_AND_RESPONSIBLE_SEMICOLON, "支持智能工厂建设", ["市工信局", "市财政局", "市数据管理局"],
                 id="lead-then-responsible-semicolon"),
    pytest.param(LEAD_AND_RESPONSIBLE_SEMICOLON, "支持工业软件应用", ["市工信局"], id="lead-only-paren"),
    pytest.param(DIVISION_OF_DUTIES, "对新取得药品注册证书", ["市工信局", "市市场监管局", "市财政局"],
                 id="lead-others-by-division-of-duties"),
    pytest.param(DIVISION_OF_DUTIES, "对生物医药企业新建GMP", ["市工信局", "市财政局"], id="deng-by-division-of-duties"),
    pytest.param(PREFECTURE_COMMA_PAREN, "对新建煤基新材料项目", ["州工业和信息化局", "州财政局"],
                 id="prefecture-comma-in-paren"),
    pytest.param(PREFECTURE_COMMA_PAREN, "对煤化工企业开展节能", ["州发展改革委"], id="prefecture-single-paren"),
    pytest.param(DEVZONE_LINE, "对新落户的汽车电子企业", ["管委会经济发展局", "财政金融局"], id="devzone-bureaus-line"),
    pytest.param(DEVZONE_LINE, "对汽车电子企业新获批", ["科技创新局"], id="devzone-single-bureau-line"),
    pytest.param(MAIN_AND_ASSIST, "支持储能材料项目建设", ["市工信局", "市财政局"], id="main-and-assisting-units"),
    pytest.param(MAIN_AND_ASSIST, "支持储能材料企业研发", ["市科技局"], id="main-unit-only"),
    pytest.param(SPACE_SEPARATED_ROLES, "对氟新材料企业新建", ["市科技局", "市财政局"], id="roles-separated-by-space"),
    pytest.param(SPACE_SEPARATED_ROLES, "对氟新材料企业首次", [], id="no-unit-after-unit-clause"),
    pytest.param(TOURISM_COUNTY_GOVS, "对新评定的国家5A级", ["州文化和旅游局", "各县市人民政府"],
                 id="inline-responsible-and-cooperating-comma"),
    pytest.param(TOURISM_COUNTY_GOVS, "对新评定的国家级旅游", ["州文化和旅游局"], id="inline-responsible-single"),
    pytest.param(INLINE_YOU_FUZE, "对新引进的电子信息整机", ["市工业和信息化局", "市投资促进局"], id="you-x-huitong-y-fuze"),
    pytest.param(INLINE_YOU_FUZE, "对电子信息企业新建研发", [], id="you-fuze-not-carried"),
    pytest.param(ROLE_IN_PARENS_AFTER_UNIT, "对台湾青年新创办企业", ["区经济发展局", "区财政金融局"],
                 id="role-word-in-parens-after-unit"),
    pytest.param(ROLE_IN_PARENS_AFTER_UNIT, "对台湾青年入驻区级", ["区社会事业局"], id="nonmoney-clause-unit-line"),
    pytest.param(GOV_AFTER_COMMA, "对新建康养旅游综合体", ["市发展改革委", "市文化和旅游局", "各县〔区〕人民政府"],
                 id="departments-then-county-governments-after-comma"),
    pytest.param(CUSTOMS_COOPERATING, "支持保税仓建设", ["市商务局", "市财政局", "宁波海关"], id="customs-office-last-in-list"),
    pytest.param(CUSTOMS_COOPERATING, "支持通关便利化", ["宁波海关", "市口岸办"], id="customs-office-first-in-list"),
    pytest.param(BRACKET_LABELS_AND_BY, "支持整机项目落地", ["市发展和改革委员会", "市财政局", "市自然资源和规划局"],
                 id="lead-and-cooperating-in-lenticular-brackets-on-one-line"),
    pytest.param(BRACKET_LABELS_AND_BY, "支持检测平台建设", ["市市场监督管理局"], id="clause-ends-you-x-fuze"),
    pytest.param(BRACKET_LABELS_AND_BY, "支持本地配套", ["市工业和信息化局", "市商务局"],
                 id="clause-ends-you-x-by-division-of-duties"),
    pytest.param(LEAD_AND_DUTY_AND_CLOSING_LINE, "支持重点项目建设", ["自治区工业和信息化厅", "自治区财政厅"],
                 id="lead-then-others-by-division-of-duties"),
    pytest.param(LEAD_AND_DUTY_AND_CLOSING_LINE, "对首台（套）重大技术", ["自治区工业和信息化厅", "自治区财政厅"],
                 id="closing-unit-line-names-the-first-item-too"),
    pytest.param(LEAD_AND_DUTY_AND_CLOSING_LINE, "对首批次新材料产品", ["自治区工业和信息化厅", "自治区财政厅"],
                 id="closing-unit-line-names-the-last-item"),
    pytest.param(TOWNS_IN_BRACKETS, "支持服务商集聚", ["市工信局", "市商务局", "各镇（街道）"],
                 id="towns-with-bracketed-alternative"),
    pytest.param(TOWNS_IN_BRACKETS_BY, "对企业租用区内标准厂房", ["区工信局", "各镇（街道）"], id="you-x-huitong-towns-fuze"),
    pytest.param(TAB_TABLE, "对新引进总投资20亿元", ["市经济和信息化局", "市投资促进局"], id="table-column-wrapped"),
    pytest.param(TAB_TABLE, "对白酒企业年产值首次", ["市经济和信息化局"], id="table-column-one"),
    pytest.param(TAB_TABLE, "对酒糟综合利用项目", ["市发展改革委（市能源局）"], id="table-column-bracket-continues"),
    pytest.param(PDF_BROKEN_LABEL, "支持技术改造", ["市工信局", "市财政局", "各区、县（市）政府"],
                 id="page-number-inside-a-unit-list"),
    pytest.param(PDF_BROKEN_LABEL, "支持研发投入", ["市科技局"], id="label-broken-by-a-line-end"),
    pytest.param(DIVISION_LIST, "支持首台套", ["市工信局", "市财政局"], id="division-list-by-clause-number"),
    pytest.param(DIVISION_LIST, "支持技术改造", ["市工信局", "市发展改革委"], id="division-list-lead-units-only"),
    pytest.param(DIVISION_LIST, "支持企业上市", ["市统计局", "市地方金融管理局"], id="division-list-range-of-clauses"),
    pytest.param(DIVISION_TAB_TABLE, "支持镁合金项目建设", ["市工信局", "市财政局", "市发展改革委"],
                 id="division-table-tab-separated-by-serial-number"),
    pytest.param(DIVISION_TAB_TABLE, "支持镁产品推广应用", ["市商务局", "市工信局"], id="division-table-second-row"),
    pytest.param(DIVISION_FLAT_TABLE, "支持光伏组件制造", ["省工业和信息化厅", "省财政厅", "省发展改革委"],
                 id="division-table-flattened-row-naming-two-clauses"),
    pytest.param(DIVISION_FLAT_TABLE, "支持储能示范应用", ["省能源局", "省财政厅"], id="division-table-flattened-second-row"),
    pytest.param("""五家渠市支持新落户企业若干措施
第一条 用电保障。对新落户企业，优先保障用电指标，由市发展改革委、国网五家渠供电公司协调办理。
第二条 本措施自印发之日起施行。
""", "用电保障", ["市发展改革委", "国网五家渠供电公司"], id="you-x-y-xietiao-banli"),
    pytest.param("""鄂托克旗总部经济扶持办法
第一条 服务保障。总部企业高管子女入学、配偶就业由旗教体局、旗人社局统筹协调；总部企业可享受一站式审批服务。
第二条 本办法自印发之日起施行。
""", "服务保障", ["旗教体局", "旗人社局"], id="you-x-y-tongchou-xietiao-then-more"),
    pytest.param(RED_HEADER_LIST_TEXT, "高新技术企业认定奖励", ["市科技局"], id="unit-after-a-cited-article"),
]


@pytest.mark.parametrize("text, start, expected", CASES)
def test_agencies_named_for_the_clause(text, start, expected):
    m = find_measure(extract(text), start)
    ok, got = agencies_match(m, expected)
    assert ok, f"expected {expected}, got {got}"


def test_canonical_name_scoped_to_county_level_city():
    """Not a devset-scorer field: records.AgencyRef.name is 'canonical, scoped to the policy's
    region'. In a policy issued by 浏阳市 (a county-level city under 长沙市), 市工信局 is 浏阳市's."""
    m = find_measure(extract(DIVISION_OF_DUTIES), "对新取得药品注册证书")
    names = [a.name for a in m.agencies]
    assert names and all(n.startswith("浏阳市") for n in names), names


def test_a_customs_office_keeps_its_own_name():
    """宁波海关 is the central customs' office, not a bureau of 宁波市: no region prefix."""
    m = find_measure(extract(CUSTOMS_COOPERATING), "支持通关便利化")
    assert [a.name for a in m.agencies][0] == "宁波海关"


def test_a_flattened_table_numbers_its_measures():
    doc = extract(TAB_TABLE)
    assert [m.number for m in doc.policies[0].measures] == ["1", "2", "3"]


def test_units_named_before_a_duty_broken_by_a_line_end():
    doc = extract("""潍坊市坊子区亩均效益综合评价结果运用办法

（一）奖励亩均效益提升。评价年度亩均税收较上年度提高的企业，按亩均税收每提高1万元
奖励0.2万元的标准给予奖励，单个企业最高30万元。（区工业和信息化局、区税务局按
职责分工负责）
（二）强化金融服务。对A类企业给予贷款贴息。
""")
    ok, got = agencies_match(find_measure(doc, "奖励亩均效益提升"), ["区工业和信息化局", "区税务局"])
    assert ok, got


def test_a_tables_units_column_in_rows_copied_without_outer_pipes():
    doc = extract("""赣县区支持电商直播发展十条措施

序号 | 支持事项 | 支持标准 | 责任单位
1 | 支持电商平台落户 | 对知名电商平台在本区设立区域总部的，给予一次性落户奖励200万元。 | 区商务局、区投资促进中心
2 | 支持直播基地运营 | 对入驻直播间50个以上的直播基地，按年度运营费用的30%给予补助，每年最高100万元。 | 区商务局
""")
    for start, units in (("支持电商平台落户", ["区商务局", "区投资促进中心"]), ("支持直播基地运营", ["区商务局"])):
        ok, got = agencies_match(find_measure(doc, start), units)
        assert ok, got


def test_a_units_line_after_a_last_item_that_is_no_measure_still_closes_the_heading():
    doc = extract("""贵州省支持绿色铝产业发展若干政策措施

一、加强人才和金融保障
（一）对铝加工企业新引进的博士研究生，3年内按每人每月3000元标准发放生活补贴。
（二）对企业技术改造贷款，按照贷款市场报价利率的30%给予贴息，单户企业年度贴息最高200万元。
（三）各市（州）人民政府要设立不少于3000万元的产业发展配套资金，并将资金落实情况纳入年度考核。
（省人力资源社会保障厅、省财政厅、各市（州）人民政府按职责分工负责）
""")
    for start in ("对铝加工企业新引进", "对企业技术改造贷款"):
        ok, got = agencies_match(find_measure(doc, start), ["省人力资源社会保障厅", "省财政厅", "各市（州）人民政府"])
        assert ok, got


def test_a_tables_lead_and_supporting_units_columns_both_name_the_rows_units():
    tab = extract("""《弋江区支持低空经济发展若干政策》兑现一览表

序号\t对应条款\t政策事项\t支持标准\t牵头单位\t配合单位
1\t第二条\t落户奖励\t对新落户的低空经济整机企业，给予一次性落户奖励100万元。\t区发改委\t区投资促进中心
2\t第三条\t适航取证奖励\t对取得型号合格证的无人机产品，每款奖励300万元。\t区科技局\t区财政局
""")
    ok, got = agencies_match(find_measure(tab, "对新落户的低空"), ["区发改委", "区投资促进中心"])
    assert ok, got
    md = extract("""铜梁区工业发展专项资金管理办法

附件：扶持标准

| 序号 | 扶持事项 | 扶持标准 | 责任单位 |
|---|---|---|---|
| 1. | 规上企业培育 | 对首次进入规上统计的工业企业，给予8万元奖励。 | 区经济信息委 |
| 2. | 技术改造 | 对设备投资500万元以上的技改项目，按设备投资的8%给予补助。 | 区经济信息委、区财政局 |
""")
    ok, got = agencies_match(find_measure(md, "对设备投资500万"), ["区经济信息委", "区财政局"])
    assert ok, got


def test_a_police_brigade_is_a_unit():
    doc = extract("""珲春市促进东北亚经贸合作若干措施

（一）对新开通的国际货运班列，每列给予运营企业补贴2万元。（市商务局）
（二）便利人员往来。为来珲经商人员办理签证延期、居留许可提供“一站式”服务。（市公安局出入境管理大队）
""")
    ok, got = agencies_match(find_measure(doc, "便利人员往来"), ["市公安局出入境管理大队"])
    assert ok, got


def test_a_zones_development_entities_are_units():
    doc = extract("""张江科学城支持合成生物产业发展若干措施

1.对新建合成生物中试平台的，按照设备投资的20%给予支持，最高500万元。
牵头部门：管委会产业促进处；配合部门：各开发主体、管委会财政金融处
""")
    ok, got = agencies_match(find_measure(doc, "对新建合成生物中试平"), ["管委会产业促进处", "各开发主体", "管委会财政金融处"])
    assert ok, got


MD_TABLE = """江门市新会区支持低空经济发展若干措施

| 序号 | 支持事项 | 支持标准 | 责任单位 | 配合单位 |
|:--:|:--|:--|:--|:--|
| （一） | 企业落户 | 对新落户的低空经济整机制造企业，给予300万元落户奖励。 | 区科工商务局 | 区财政局 |
| （二） | 场景应用 | 对入选区级低空应用场景的项目，按以下标准给予补助：<br>1. 示范类项目，按项目投入的20%补助，最高100万元；<br>2. 推广类项目，按项目投入的10%补助，最高50万元。 | 区交通运输局 | / |
"""


def test_a_markdown_rows_chinese_number_units_columns_and_a_placeholder_cell():
    doc = extract(MD_TABLE)
    from tests.extraction.real_shapes.helpers import assert_measures
    assert_measures(doc, [("（一）", "|企业落户|对新落户的低"), ("（二）", "|场景应用|对入选区级低")])
    ok, got = agencies_match(find_measure(doc, "企业落户"), ["区科工商务局", "区财政局"])
    assert ok, got
    ok, got = agencies_match(find_measure(doc, "场景应用"), ["区交通运输局"])
    assert ok, got


def test_a_responsible_section_of_a_bureau():
    doc = extract("武进区科技创新政策实施细则\n"
                  "第五条 对新认定的省级工程技术研究中心，给予30万元奖励。\n"
                  "责任科室：区科技局创新发展科\n")
    ok, got = agencies_match(find_measure(doc, "对新认定的省级工程技术"), ["区科技局创新发展科"])
    assert ok, got


def test_a_markdown_rows_units_before_its_time_limit_and_the_tables_closing_paragraph():
    doc = extract("重庆市大渡口区惠企政策兑现清单（2025年版）\n\n"
                  "| 序号 | 政策名称 | 兑现标准 | 兑现部门 | 兑现时限 |\n|---|---|---|---|---|\n"
                  "| 1 | 研发投入奖励 | 对研发费用较上年增长的企业，按增量部分的10%给予奖励，最高50万元 | 区科技局、区税务局 | 汇算清缴完成后2个月内 |\n"
                  "| 2 | 首次升规奖励 | 对首次纳入规模以上工业统计的企业，给予10万元奖励 | 区经济信息委 | 次年3月 |\n\n"
                  "本清单自2025年8月1日起施行，有效期2年。《大渡口区惠企政策兑现清单（2023年版）》（大渡口府办发〔2023〕15号）同时废止。\n")
    ok, got = agencies_match(find_measure(doc, "研发投入奖励"), ["区科技局", "区税务局"])
    assert ok, got
    ok, got = agencies_match(find_measure(doc, "首次升规奖励"), ["区经济信息委"])
    assert ok, got
    assert [r.doc_number for r in doc.policies[0].supersedes] == ["大渡口府办发〔2023〕15号"]


def test_the_units_label_glued_to_the_time_limit_after_it():
    doc = extract("永川区2025年政策兑现明细\n"
                  "1. 用工招聘补贴兑现。对工业企业新招用员工的，按每人1000元给予补贴。兑现部门：区人力社保局、区就业和人才中心兑现时限：每季度末\n")
    assert [a.raw for a in find_measure(doc, "用工招聘补贴兑现").agencies] == ["区人力社保局", "区就业和人才中心"]


SPACE_ALIGNED_LIST = """山东邹平经济开发区管理委员会
山东邹平经济开发区2025年惠企政策兑现事项清单

  序号  兑现事项            兑现标准                                    责任部门
  ----  ------------------  ------------------------------------------  ------------
  1     新升规奖励          对首次升规纳统的工业企业给予一次性奖励      经济发展局
                            10万元
  2     担保费补贴          对通过区内政府性融资担保机构获得贷款的      财政金融局
                            企业，按实际担保费的50%给予补贴，单户年度
                            最高10万元
  3     上级资金配套        对获得市级以上工业发展专项资金的项目，按    经济发展局、
                            上级资金1:0.5比例给予配套                   财政金融局

                                        山东邹平经济开发区管理委员会
                                               2025年3月3日
"""


def test_a_space_aligned_tables_rows_are_measures_with_the_units_under_its_units_column():
    doc = extract(SPACE_ALIGNED_LIST)
    assert [m.number for m in doc.policies[0].measures] == ["1", "2", "3"]
    for key, units in (("新升规奖励", ["经济发展局"]), ("担保费补贴", ["财政金融局"]), ("上级资金配套", ["经济发展局", "财政金融局"])):
        ok, got = agencies_match(find_measure(doc, key), units)
        assert ok, (key, got)


def test_a_units_name_broken_by_a_page_number_is_read_without_it():
    doc = extract("玉门市支持新能源产业发展若干措施\n"
                  "（一）对本地新能源装备制造企业运输产品的物流费用，按实际支出\n的20%给予补贴，单户企业每年最高30万元。(责任单位：市发\n-3-\n改委、市交通运输局)\n"
                  "（二）对新建储能电站，给予一次性奖励50万元。(责任单位：市发改委)\n")
    assert [a.raw for a in find_measure(doc, "对本地新能源装备制造").agencies] == ["市发改委", "市交通运输局"]


def test_an_aid_teams_and_a_headquarters_name_are_units():
    doc = extract("疏附县招商引资优惠政策\n"
                  "（一）企业新招用本县户籍劳动力并签订1年以上劳动合同的，按每人每月400元给予岗位补贴，单个企业每年最高50万元。"
                  "（责任单位：县人力资源和社会保障局、县援疆工作队）\n"
                  "（二）对新落户的纺织服装企业，给予一次性奖励20万元。（责任单位：县工业和信息化局、广州援疆前方指挥部）\n")
    ok, got = agencies_match(find_measure(doc, "企业新招用本县户籍劳动力"), ["县人力资源和社会保障局", "县援疆工作队"])
    assert ok, got
    ok, got = agencies_match(find_measure(doc, "对新落户的纺织服装企业"), ["县工业和信息化局", "广州援疆前方指挥部"])
    assert ok, got


def test_a_towns_sections_stations_and_offices_are_units():
    doc = extract("秣陵街道推进智能制造若干措施\n"
                  "1. 对新引进的智能制造项目，按设备投资额的5%给予奖励，最高50万元。（责任单位：投资促进科、经济发展科）\n"
                  "2. 对企业研发的泵与电机产品获评省级首台套的，奖励10万元。（责任单位：镇经济发展办、镇财政所、镇科技站）\n")
    ok, got = agencies_match(find_measure(doc, "对新引进的智能制造项目"), ["投资促进科", "经济发展科"])
    assert ok, got
    ok, got = agencies_match(find_measure(doc, "对企业研发的泵与电机产"), ["镇经济发展办", "镇财政所", "镇科技站"])
    assert ok, got
