"""Responsible units per clause, in every form they are written. Texts written for these tests."""
import pytest

from .helpers import agencies_match, extract, find_measure

LEAD_LINE = """佛山市顺德区促进家电产业集群发展若干措施

一、支持家电企业智能化改造。对家电企业实施智能化改造的，按设备投资的12%给予补助，最高300万元。
牵头单位：区经济促进局
配合单位：区财政局、区市场监管局
二、支持家电品牌建设。对新获得"广东省名牌产品"称号的企业，一次性奖励20万元。
牵头单位：区市场监管局
三、本措施自印发之日起施行。
"""

LEAD_COOPERATE = """武汉东湖新技术开发区支持合成生物产业发展若干措施

（一）支持合成生物中试平台建设。对新建中试平台的，按建设投入的30%给予补贴，最高1000万元。（区科技局牵头，区财政局、区发改局配合）
（二）支持合成生物企业融资。对获得社会资本股权投资的企业，按实际到位投资额的5%给予奖励，最高200万元。（区金融局牵头）
"""

BARE_PAREN = """合肥市促进集成电路产业高质量发展若干政策

一、对新建12英寸晶圆制造项目，按设备投资的10%给予补助，最高5亿元。（市工信局、市财政局）
二、对集成电路设计企业首轮流片的，按流片费用的40%给予补贴，最高500万元。（市科技局、市工信局、市财政局）
"""

RESPONSIBLE_WORD = """厦门市思明区促进商贸业高质量发展若干措施

一、支持商贸企业做大做强。对年销售额首次突破10亿元的批发企业，给予50万元奖励。（区商务局负责）
二、支持夜间经济发展。对新评定的市级夜间经济示范街区，给予运营主体30万元奖励。（区商务局、各街道负责）
"""

SEVERAL_PARENS = """青岛市黄岛区加快发展海洋经济若干政策

1.支持海洋科技创新。对新认定的国家级海洋科技创新平台，给予500万元奖励（责任部门：区科技局）；对新认定的省级平台，给予100万元奖励（责任部门：区科技局、区财政局）。
2.支持海洋渔业转型。对新建深远海养殖平台的，按平台建设投资的20%给予补助，最高2000万元（责任部门：区海洋发展局）。
"""

RESPONSIBLE_COMMAS = """西安高新区促进科技成果转化若干政策

第一条 对高校院所科技成果在高新区实现转化的，按技术合同成交额的10%给予奖励，最高100万元。
责任单位：科技局，财政局
第二条 对新建概念验证中心的，给予最高300万元建设补贴。
实施单位：科技局、创新发展局
"""

HALFWIDTH_SEMICOLON = """南昌市支持数字经济发展若干措施

（一）支持数字化车间建设。对新认定的市级数字化车间，给予一次性奖励30万元。(牵头单位:市工信局;配合单位:市财政局)
（二）支持工业互联网标识解析节点建设。对新建二级节点的，给予最高200万元补助。(牵头单位:市工信局、市通信管理办)
"""

BLANKET_NOT_CARRIED = """重庆市渝北区支持汽车软件产业发展若干政策

一、对汽车软件企业年度研发投入超过1000万元的，按研发投入的10%给予补助，最高300万元。（责任单位：区经济信息委、区科技局）
二、对新引进的汽车软件领军企业，给予最高500万元落户奖励。
三、对汽车软件企业租赁办公用房的，给予三年租金补贴，每年最高50万元。（责任单位：区级相关部门）
"""

ETC_DEPARTMENTS = """贵阳市支持新能源电池材料产业发展若干措施

（一）对新建正极材料项目的，按项目固定资产投资的8%给予补助，最高3000万元，由市工业和信息化局、市发展改革委等部门负责落实。
（二）对电池材料企业新建研发中心的，给予最高200万元补助。责任单位：市科技局牵头，市工业和信息化局配合。
"""

BLANKET_IN_CLAUSE = """赣州市支持新能源汽车产业发展若干措施

一、对新引进的整车项目，按设备投资的8%给予补助，最高5000万元。本条政策由市工信局会同市财政局负责兑现。
二、对动力电池回收利用企业，按年度回收量给予奖励，每家企业每年最高100万元。
三、本措施自印发之日起施行。
"""

CASES = [
    pytest.param(LEAD_LINE, "支持家电企业智能化改造", ["区经济促进局", "区财政局", "区市场监管局"], id="lead-and-cooperate-lines-after-clause-1"),
    pytest.param(LEAD_LINE, "支持家电品牌建设", ["区市场监管局"], id="lead-line-after-clause-2"),
    pytest.param(LEAD_COOPERATE, "支持合成生物中试平台建设", ["区科技局", "区财政局", "区发改局"], id="x-lead-y-z-cooperate-in-paren"),
    pytest.param(LEAD_COOPERATE, "支持合成生物企业融资", ["区金融局"], id="x-lead-alone-in-paren"),
    pytest.param(BARE_PAREN, "对新建12英寸晶圆", ["市工信局", "市财政局"], id="bare-paren-two"),
    pytest.param(BARE_PAREN, "对集成电路设计企业首轮", ["市科技局", "市工信局", "市财政局"], id="bare-paren-three"),
    pytest.param(RESPONSIBLE_WORD, "支持商贸企业做大做强", ["区商务局"], id="paren-x-fuze"),
    pytest.param(RESPONSIBLE_WORD, "支持夜间经济发展", ["区商务局", "各街道"], id="paren-x-y-fuze"),
    pytest.param(SEVERAL_PARENS, "支持海洋科技创新", ["区科技局", "区财政局"], id="several-parens-union-no-duplicates"),
    pytest.param(SEVERAL_PARENS, "支持海洋渔业转型", ["区海洋发展局"], id="paren-before-full-stop"),
    pytest.param(RESPONSIBLE_COMMAS, "对高校院所科技成果", ["科技局", "财政局"], id="responsible-line-comma-split"),
    pytest.param(RESPONSIBLE_COMMAS, "对新建概念验证中心", ["科技局", "创新发展局"], id="implementing-unit-line"),
    pytest.param(HALFWIDTH_SEMICOLON, "支持数字化车间建设", ["市工信局", "市财政局"], id="halfwidth-colons-semicolon"),
    pytest.param(HALFWIDTH_SEMICOLON, "支持工业互联网标识", ["市工信局", "市通信管理办"], id="halfwidth-lead-two"),
    pytest.param(BLANKET_NOT_CARRIED, "对汽车软件企业年度研发", ["区经济信息委", "区科技局"], id="explicit-units-clause-1"),
    pytest.param(BLANKET_NOT_CARRIED, "对新引进的汽车软件领军", [], id="no-units-not-carried-from-previous"),
    pytest.param(BLANKET_NOT_CARRIED, "对汽车软件企业租赁办公", ["区级相关部门"], id="generic-unit-kept"),
    pytest.param(ETC_DEPARTMENTS, "对新建正极材料项目", ["市工业和信息化局", "市发展改革委"], id="inline-you-x-y-deng-bumen-fuze"),
    pytest.param(ETC_DEPARTMENTS, "对电池材料企业新建", ["市科技局", "市工业和信息化局"], id="responsible-x-lead-y-cooperate-no-paren"),
    pytest.param(BLANKET_IN_CLAUSE, "对新引进的整车项目", ["市工信局", "市财政局"], id="statement-x-with-y-inside-clause"),
    pytest.param(BLANKET_IN_CLAUSE, "对动力电池回收利用", [], id="statement-not-carried-to-next-clause"),
]


@pytest.mark.parametrize("text, start, expected", CASES)
def test_agencies_named_for_the_clause(text, start, expected):
    m = find_measure(extract(text), start)
    ok, got = agencies_match(m, expected)
    assert ok, f"expected {expected}, got {got}"


@pytest.mark.parametrize("tail, expected", [
    ("[责任单位：市工信局]", ["市工信局"]),
    ("【责任单位】市科技局", ["市科技局"]),
    ("（市商务局、市财政局按职责分工负责）", ["市商务局", "市财政局"]),
    ("（责任单位：市发展改革委（市粮食和储备局）、市财政局）", ["市发展改革委（市粮食和储备局）", "市财政局"]),
    ("（主责单位：区工信局，协同单位：区财政局）", ["区工信局", "区财政局"]),
    ("（具体由市科技局负责）", ["市科技局"]),
    ("（政策兑现责任部门：区工信局）", ["区工信局"]),
])
def test_labels_and_brackets_in_other_house_styles(tail, expected):
    text = f"某市支持产业发展若干措施\n\n一、对新认定的企业给予50万元奖励。{tail}\n二、本措施自印发之日起施行。\n"
    m = find_measure(extract(text), "对新认定的企业")
    ok, got = agencies_match(m, expected)
    assert ok and [a.raw for a in m.agencies] == expected, got
