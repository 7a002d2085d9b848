"""Money in yuan, percentages and explicit 1:x ratios per clause; what is not a money amount.
Each clause sits in a short policy of its own. Texts written for these tests."""
import pytest

from .helpers import extract, find_measure, percents, ratios, yuan


def policy_text(title, clause, closing="本措施自印发之日起施行。"):
    return f"{title}\n\n一、{clause}\n二、{closing}\n"


# (title, clause, yuan in order, percentages in order)
CASES = [
    pytest.param("深圳市南山区支持企业加大研发投入若干措施",
                 "对年度研发投入超过5000万元的企业，按增量部分的10%给予奖励，最高不超过1000万元。",
                 [50_000_000, 10_000_000], [10], id="threshold-share-cap"),
    pytest.param("合肥市支持重大产业项目建设若干政策",
                 "对总投资超过1.5亿元的项目，按设备投资额的8%给予补助，单个项目最高2000万元。",
                 [150_000_000, 20_000_000], [8], id="yi-yuan-decimal"),
    pytest.param("济南市支持工业企业规模提升若干措施",
                 "对主营业务收入首次突破1亿元的企业，奖励100万；首次突破5亿元的，奖励300万。",
                 [100_000_000, 1_000_000, 500_000_000, 3_000_000], [], id="wan-without-yuan"),
    pytest.param("重庆市渝北区招商引资若干政策",
                 "对新引进的总部企业，给予最高5000\n万元落户奖励。",
                 [50_000_000], [], id="amount-split-by-line-break"),
    pytest.param("南宁市支持先进制造业项目落地若干措施",
                 "对实际到位资金达到5 000万元以上的制造业项目，给予200万元奖励。",
                 [50_000_000, 2_000_000], [], id="spaced-thousands"),
    pytest.param("西安高新区支持光子产业发展若干政策",
                 "对光子企业购置研发设备的，按购置金额的２０％给予补助，最高３００万元。",
                 [3_000_000], [20], id="fullwidth-digits-and-percent"),
    pytest.param("佛山市顺德区支持分布式光伏发展若干措施",
                 "对工商业分布式光伏项目，按实际发电量给予0.1元/千瓦时的补贴，每个项目每年最高50万元。",
                 [500_000], [], id="per-kwh-rate-not-money"),
    pytest.param("河北省支持新型储能发展若干措施",
                 "对新建用户侧储能项目，按装机容量给予0.3元/瓦的一次性补助，单个项目不超过100万元。",
                 [1_000_000], [], id="per-watt-rate-not-money"),
    pytest.param("厦门市思明区支持楼宇经济发展若干措施",
                 "对新入驻重点商务楼宇的企业，按每平方米每月20元的标准给予租金补贴，补贴面积不超过1000平方米，每家企业每年最高30万元。",
                 [300_000], [], id="per-sqm-rate-and-area-not-money"),
    pytest.param("包头市推动工业节能降碳若干措施",
                 "对年节能量超过1000吨标准煤的节能改造项目，按每吨标准煤300元给予奖励，最高200万元。",
                 [2_000_000], [], id="per-tce-rate-not-money"),
    pytest.param("赣州市促进钨产业做大做强若干措施",
                 "对钨冶炼企业年产量新增部分，按每吨0.5万元给予奖励，每家企业最高500万元。",
                 [5_000_000], [], id="per-ton-wan-rate-not-money"),
    pytest.param("九江市推进工业亩均效益评价若干措施",
                 "对亩均税收达到30万元以上的规模以上工业企业，给予一次性奖励50万元。",
                 [500_000], [], id="per-mu-threshold-not-money"),
    pytest.param("青岛市黄岛区降低企业用电成本若干措施",
                 "对新建10千伏专用供电线路的企业，按线路建设费用的40%给予补助，最高80万元；新建厂房面积超过5000平方米的，另奖励20万元。",
                 [800_000, 200_000], [40], id="kilovolt-and-sqm-not-money"),
    pytest.param("昆明市支持外贸企业稳规模优结构若干措施",
                 "对年进出口额首次超过1000万美元的外贸企业，给予10万元奖励。",
                 [100_000], [], id="us-dollars-not-yuan"),
    pytest.param("贵阳市支持中小企业融资若干措施",
                 "对融资担保机构为小微企业提供担保的，按实际担保费的50%给予补贴，担保费率高于15‰的按15‰计算，每家企业每年最高30万元；贷款利率较上年下降超过1个百分点的，再给予贴息支持。",
                 [300_000], [50], id="permille-and-percentage-points-not-percent"),
    pytest.param("柳州市支持工业企业设备更新若干措施",
                 "按设备投资的10%给予补助，其中购置首台（套）重大技术装备的，补助比例提高至15%；工业母机按10%另行计算。",
                 [], [10, 15, 10], id="percent-duplicates-in-order"),
    pytest.param("乌鲁木齐市支持企业创新平台建设若干措施",
                 "对新认定为自治区级企业技术中心的，给予50万元奖励；对新认定为自治区级工业设计中心的，给予50万元奖励。",
                 [500_000, 500_000], [], id="yuan-duplicates-kept"),
    pytest.param("武汉东湖新技术开发区博士后引进若干措施",
                 "对新进站的博士后研究人员，每月给予5000元生活补贴，连续发放3年，累计不超过18万元。",
                 [5_000, 180_000], [], id="monthly-per-person-and-cumulative"),
    pytest.param("呼和浩特市支持创新创业载体发展若干措施",
                 "对新认定的市级众创空间，给予30万元/个的一次性奖励。",
                 [300_000], [], id="yuan-per-unit-award-is-money"),
    pytest.param("石家庄市支持技术改造若干措施",
                 "对设备投资在500万元至2000万元之间的技术改造项目，按设备投资额的6%给予补助。",
                 [5_000_000, 20_000_000], [6], id="range-two-thresholds"),
    pytest.param("南昌市支持家政服务业发展若干措施",
                 "对家政企业新招用员工并参加岗前培训的，每人给予800元培训补贴，每家企业每年不超过8万元。",
                 [800, 80_000], [], id="small-yuan-and-wan"),
    pytest.param("桂林市支持文化旅游产业发展若干措施",
                 "对年接待游客超过100万人次的新建景区，给予一次性奖励100万元。",
                 [1_000_000], [], id="visitor-count-not-money"),
    pytest.param("西宁市支持盐湖化工产业链延伸若干措施",
                 "对年产值首次超过10亿元的企业，奖励经营团队50万元，并按新增地方财力贡献的50%给予奖励，累计不超过1000万元。",
                 [1_000_000_000, 500_000, 10_000_000], [50], id="yi-threshold-then-share-and-cumulative-cap"),
]


@pytest.mark.parametrize("title, clause, expected_yuan, expected_pct", CASES)
def test_money_and_percentages(title, clause, expected_yuan, expected_pct):
    m = find_measure(extract(policy_text(title, clause)), clause.replace("\n", "")[:8])
    assert yuan(m) == expected_yuan, [(a.text, a.value, a.unit) for a in m.amounts]
    assert percents(m) == expected_pct, [(a.text, a.value, a.unit) for a in m.amounts]


@pytest.mark.parametrize("title, clause, expected", [
    pytest.param("合肥市包河区支持科技创新若干政策",
                 "对获得国家科技重大专项支持的项目，按1:0.5给予区级配套，最高500万元。", [0.5], id="halfwidth-colon"),
    pytest.param("江西省支持数字经济发展若干措施配套细则",
                 "对获得国家级专项资金支持的项目，省级财政按1：0.3的比例给予配套支持。", [0.3], id="fullwidth-colon"),
    pytest.param("佛山市顺德区支持企业上市若干措施",
                 "对在境内主板上市的企业，给予500万元奖励，所需资金由区、镇两级财政按7：3承担。", [], id="cost-share-7-3-is-no-1-x"),
])
def test_ratios_only_from_explicit_1_x(title, clause, expected):
    m = find_measure(extract(policy_text(title, clause)), clause[:8])
    assert ratios(m) == expected, [(a.text, a.value, a.unit) for a in m.amounts]
