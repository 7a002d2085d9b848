"""Money in yuan, percentages and explicit 1:x ratios per clause, in forms not covered by
real_shapes: 亿元/千元, Chinese-numeral amounts, ranges, X万元/年, per-person rates, per-area and
per-capacity rates, foreign currencies, thousands separators, percentage ranges and 百分之N.
Each clause sits in a short policy of its own. Texts written for these tests; expectations follow
/work/shared/devset/README.md."""
import pytest

from tests.extraction.real_shapes.helpers import extract, find_measure, percents, ratios, yuan


def policy_text(title, clause, closing="本措施自印发之日起施行。"):
    return f"{title}\n\n一、{clause}\n二、{closing}\n"


# (title, clause, yuan in order, percentages in order)
CASES = [
    pytest.param("烟台市支持海上风电装备产业发展若干措施",
                 "对总投资超过2亿元的海上风电装备项目，给予最高1亿元补助。",
                 [200_000_000, 100_000_000], [], id="yi-threshold-and-yi-cap"),
    pytest.param("绵阳市引进急需紧缺人才若干措施",
                 "对新引进的急需紧缺专业硕士研究生，每人每月给予3千元生活补贴，累计不超过10.8万元。",
                 [3_000, 108_000], [], id="qian-yuan-monthly-and-cumulative-decimal-wan"),
    pytest.param("长沙市支持外贸企业拓市场若干措施",
                 "对年出口额首次超过500万美元的企业，给予20万元奖励；首次超过1000万美元的，给予50万元奖励。",
                 [200_000, 500_000], [], id="usd-thresholds-not-yuan"),
    pytest.param("厦门市思明区支持企业境外上市若干措施",
                 "对在香港联交所上市且首发募资超过10亿港元的企业，给予300万元奖励。",
                 [3_000_000], [], id="hkd-not-yuan"),
    pytest.param("合肥市蜀山区支持对外投资合作若干措施",
                 "对当年新增境外投资额超过1000万欧元的企业，按前期费用的50%给予补助，最高100万元。",
                 [1_000_000], [50], id="eur-not-yuan"),
    pytest.param("成都市武侯区支持文化创意企业发展若干措施",
                 "对入选年度重点文创项目的，根据评审结果给予10-50万元资助。",
                 [100_000, 500_000], [], id="range-hyphen-shared-unit"),
    pytest.param("宁德市支持锂电新能源产业链发展若干措施",
                 "对新认定的锂电产业公共服务平台，根据服务绩效给予10万元至50万元补助。",
                 [100_000, 500_000], [], id="range-zhi-both-units"),
    pytest.param("贵港市支持电动车产业发展若干措施",
                 "对新建电动车整车检测中心的，给予20万元/年的运营补贴，连续补贴3年。",
                 [200_000], [], id="wan-per-year-award-is-money"),
    pytest.param("南宁市青秀区支持总部经济发展若干措施",
                 "对新入驻的总部企业购置自用办公用房的，按每平方米1000元给予补贴，最高500万元。",
                 [5_000_000], [], id="per-sqm-purchase-rate-not-money"),
    pytest.param("济南市历下区支持楼宇经济发展若干措施",
                 "对新入驻重点楼宇的金融机构，按照不超过30元/平方米/月的标准给予租金补贴，每家企业每年最高50万元。",
                 [500_000], [], id="yuan-per-sqm-per-month-rate-not-money"),
    pytest.param("宁夏回族自治区支持分布式光伏发展若干措施",
                 "对工商业屋顶分布式光伏项目，按装机容量每千瓦给予100元补助，单个项目最高200万元。",
                 [2_000_000], [], id="per-kw-rate-not-money"),
    pytest.param("海口市支持会展业发展若干措施",
                 "对在本市举办展览面积超过1万平方米的展会，给予主办单位最高不超过100万元的补助。",
                 [1_000_000], [], id="area-threshold-not-money"),
    pytest.param("湘潭市支持企业上市若干措施",
                 "对在境内证券交易所首发上市的企业，给予一次性奖励五十万元。",
                 [500_000], [], id="chinese-numeral-wan"),
    pytest.param("昆山市支持重大项目建设若干措施",
                 "对实际到位外资超过1,000万元的制造业项目，按实际到位资金的2%给予奖励，最高2,000万元。",
                 [10_000_000, 20_000_000], [2], id="thousands-comma-separator"),
    pytest.param("汕头市支持玩具产业发展若干措施",
                 "对玩具企业开展智能化改造的，按设备投资的10%—30%给予分档补助，最高200万元。",
                 [2_000_000], [10, 30], id="percentage-range"),
    pytest.param("黄山市支持文旅融合发展若干措施",
                 "对新评定的国家5A级旅游景区，按景区提升投资的百分之二十给予补助，最高1000万元。",
                 [10_000_000], [20], id="percentage-in-chinese-words"),
    pytest.param("株洲市支持工业企业升规若干措施",
                 "对年主营业务收入首次突破1亿元、5亿元、10亿元的企业，分别给予30万元、50万元、100万元奖励。",
                 [100_000_000, 500_000_000, 1_000_000_000, 300_000, 500_000, 1_000_000], [],
                 id="enumerated-thresholds-and-awards"),
    pytest.param("铜仁市支持中小企业融资若干措施",
                 "对企业获得的技改贷款，按贷款市场报价利率的50%给予贴息，单个企业年度贴息不超过100万元；贷款利率上浮部分超过0.5个百分点的不予贴息。",
                 [1_000_000], [50], id="cap-not-exceeding-and-percentage-points"),
    pytest.param("德阳市支持装备制造业发展若干措施",
                 "对首台（套）重大技术装备，按销售价格的15%给予奖励，单台（套）最高300万元，同一企业每年累计不超过1000万元。",
                 [3_000_000, 10_000_000], [15], id="per-set-cap-and-annual-cumulative-cap"),
    pytest.param("石嘴山市支持招工稳岗若干措施",
                 "对新招用本地劳动力并稳定就业6个月以上的企业，按每人2000元给予一次性吸纳就业补贴，每家企业最高20万元。",
                 [2_000, 200_000], [], id="per-person-subsidy-and-enterprise-cap"),
    pytest.param("天水市支持电工电气产业发展若干措施",
                 "对年产值首次超过1.5亿元的电工电气企业，给予最高0.5亿元奖励。",
                 [150_000_000, 50_000_000], [], id="decimal-yi-both"),
    pytest.param("延边朝鲜族自治州支持人参产业发展若干措施",
                 "对人参精深加工企业新上生产线的，按500万-1000万元、1000万元以上两档，分别给予设备投资8%、10%的补助。",
                 [5_000_000, 10_000_000, 10_000_000], [8, 10], id="range-wan-hyphen-then-threshold"),
    pytest.param("吉首市支持乡村工匠培育若干措施",
                 "对新认定的州级乡村工匠名师，按2万元/人的标准给予一次性奖励。",
                 [20_000], [], id="wan-per-person-award-is-money"),
    pytest.param("日照市支持港口物流发展若干措施",
                 "对新开通的集装箱内贸航线，按每标准箱50元给予奖励，每条航线每年最高100万元。",
                 [1_000_000], [], id="per-teu-rate-not-money"),
    pytest.param("泸州市支持白酒企业上市若干措施",
                 "对完成股份制改造的白酒企业，给予二百万元奖励；在境内主板上市的，再给予一千万元奖励。",
                 [2_000_000, 10_000_000], [], id="chinese-numeral-bai-qian-wan"),
    pytest.param("安庆市支持化工新材料产业发展若干措施",
                 "对化工新材料企业新建研发中心的，给予最高 100 万元补助。",
                 [1_000_000], [], id="spaces-around-number-pdf"),
    pytest.param("宿迁市支持企业贷款贴息若干措施",
                 "对企业获得的流动资金贷款，按1.5%的年化贴息率给予贴息，单户企业年度最高30万元。",
                 [300_000], [1.5], id="decimal-percent"),
    pytest.param("淮北市支持标准化厂房招商若干措施",
                 "对入驻标准化厂房的企业，前三年分别按每平方米每月6元、5元、3元给予租金补贴，每家企业每年最高30万元。",
                 [300_000], [], id="a-list-after-a-per-area-rate-is-of-rates"),
    pytest.param("钦州市支持港口物流发展若干措施",
                 "对通过钦州港出口的货物，按每标准集装箱300元给予运费补助，单个企业年度最高80万元。",
                 [800_000], [], id="per-standard-container-rate"),
    pytest.param("庆阳市支持算力产业发展若干措施",
                 "对企业租用本市公共算力的，按每PFlops每年2万元给予补贴，单个企业年度最高200万元。",
                 [2_000_000], [], id="per-pflops-rate"),
    pytest.param("柳州市促进汽车消费若干措施",
                 "对个人购买新能源乘用车的，按车辆价格分档发放1000-5000元消费券。",
                 [1_000, 5_000], [], id="yuan-range-low-end"),
    pytest.param("日照市支持航运业发展若干措施",
                 "对新落户的航运企业，给予一次性奖励1O0万元；对船舶运力首次突破5O万载重吨的，再给予5O万元奖励，并按运费的2O%给予补贴。",
                 [1_000_000, 500_000], [20], id="ocr-o-in-money-and-percent-and-tonnage-not-money"),
    pytest.param("三亚市支持离岸贸易发展若干措施",
                 "对年度离岸贸易收支额首次突破1亿美元、3亿\n美元的企业，分别给予30万元、60万元奖励。",
                 [300_000, 600_000], [], id="currency-broken-by-a-line-end"),
    pytest.param("张家口市支持氢能产业发展若干措施",
                 "对加氢站运营主体，对氢气零售价格不高于35元/公斤的，按照实际加氢量给予每公斤10元的运营补贴，单站每年最高150万元。",
                 [1_500_000], [], id="per-kilogram-rates"),
    pytest.param("曲靖市支持智能制造若干措施",
                 "对企业购置使用工业机器人的，按照每台2万元给予补贴，每家企业最高100万元；对首台（套）装备，每台（套）给予50万元奖励。",
                 [1_000_000, 500_000], [], id="per-machine-rate-but-per-first-set-award"),
    pytest.param("宜宾市支持外贸发展若干措施",
                 "对上年度进出口额增长的企业，按进出口增量每1美元奖励0.01元人民币，单家企业最高50万元。",
                 [500_000], [], id="per-dollar-rate-not-yuan"),
    pytest.param("钦州市支持航运业发展若干措施",
                 "对新登记为钦州港船籍港的国际航行船舶，按船舶净吨位每净吨8元给予奖励，每艘船舶最高30万元。",
                 [300_000], [], id="per-net-ton-rate-not-yuan"),
    pytest.param("正定县支持算力产业发展若干措施",
                 "对企业租用县内智算中心算力的，按每卡时0.3元给予算力券补贴，每家企业每年最高30万元。",
                 [300_000], [], id="per-card-hour-rate-not-yuan"),
    # a vehicle is counted, not measured: money given per vehicle is the recipient's; 按每辆… is a rate
    pytest.param("许昌市支持氢能汽车运营若干措施",
                 "对燃料电池货车年度运营里程达到2万公里的，每辆给予2万元奖励；达到3万公里的，每辆给予3万元奖励。",
                 [20_000, 30_000], [], id="money-per-vehicle"),
    pytest.param("许昌市支持新能源汽车推广若干措施",
                 "对新购置新能源公交车的运营企业，按每辆车1万元给予运营补贴，每家企业最高50万元；车辆更换动力电池的，每辆最高8万元。",
                 [500_000, 80_000], [], id="rate-per-vehicle-but-cap-per-vehicle"),
    pytest.param("许昌市支持充电设施建设若干措施",
                 "对居民小区新建的公共充电桩，每台给予1000元补贴，单个小区最高5万元。",
                 [1_000, 50_000], [], id="money-per-charging-post"),
    pytest.param("大同市支持动漫产业发展若干措施",
                 "本市企业原创动画片在中央电视台首播的，按每分钟1000元给予奖励；在省级卫视首播的，按每分钟500元给予奖励；单部作品最高80万元。",
                 [800_000], [], id="per-minute-rate-not-yuan"),
    pytest.param("瓦房店市支持水产种业发展若干措施",
                 "对种业企业全职引进的博士研究生、硕士研究生，三年内分别给予每月三千元、一千五百元的生活补贴。",
                 [3_000, 1_500], [], id="yuan-in-chinese-numerals"),
    pytest.param("陵水县海洋牧场建设专项资金管理办法",
                 "对按规划投放人工鱼礁的建设主体，按礁体投放空方量每空方120元给予补助，单个项目补助总额不超过500万元。",
                 [5_000_000], [], id="per-cubic-of-reef-rate"),
]


@pytest.mark.parametrize("title, clause, expected_yuan, expected_pct", CASES)
def test_money_and_percentages(title, clause, expected_yuan, expected_pct):
    m = find_measure(extract(policy_text(title, clause)), clause[:8])
    assert yuan(m) == expected_yuan, [(a.text, a.value, a.unit) for a in m.amounts]
    assert percents(m) == expected_pct, [(a.text, a.value, a.unit) for a in m.amounts]


@pytest.mark.parametrize("title, clause, expected", [
    pytest.param("湖州市南浔区支持科技项目若干措施",
                 "对获得国家级科技计划项目立项支持的，按1:1给予区级配套，最高300万元。", [1.0], id="one-to-one"),
    pytest.param("阿克苏市支持农产品加工若干措施",
                 "对获得自治区农业产业化专项资金支持的项目，市财政按1∶0.5的比例给予配套。", [0.5], id="ratio-sign-one-to-half"),
    pytest.param("常德市支持产业链招商若干措施",
                 "对新引进的链主企业，给予最高1000万元奖励，所需资金由市和项目所在区县（市）按5:5分担。", [],
                 id="cost-share-5-5-no-1-x"),
])
def test_ratios_only_from_explicit_1_x(title, clause, expected):
    m = find_measure(extract(policy_text(title, clause)), clause[:8])
    assert ratios(m) == expected, [(a.text, a.value, a.unit) for a in m.amounts]


# A PDF copy: a page number and the running head the next page repeats, inside a per-kWh rate
RATE_ACROSS_A_PAGE = """乌海市人民政府行政规范性文件
乌海市支持氯碱化工产业转型发展若干措施
第一条 为推动氯碱化工产业转型，制定本措施。
第二条 支持绿电替代。对氯碱企业通过绿电直供项目用电的，按实际用电量给予0.03元/

— 1 —

乌海市人民政府行政规范性文件
千瓦时的电价补贴，每户每年最高1000万元。
第三条 支持技术改造。对设备投资2000万元以上的技改项目，按设备投资额的8%给予补助，最高

— 2 —

乌海市人民政府行政规范性文件
500万元。
第四条 本措施自印发之日起施行。
"""


def test_a_rate_broken_by_a_page_and_its_running_head():
    doc = extract(RATE_ACROSS_A_PAGE)
    assert yuan(find_measure(doc, "支持绿电替代")) == [10_000_000]  # 0.03元/千瓦时 is a rate
    assert yuan(find_measure(doc, "支持技术改造")) == [20_000_000, 5_000_000]



# A table whose header names the unit (奖励金额（万元）) over bare numbers: flattened one cell a line,
# and as a markdown table (with a 序号 column beside it: only the column under the header is read)
UNIT_IN_HEADER = """保山市支持绿色硅产业发展若干政策实施细则
第一条 为落实《保山市支持绿色硅产业发展若干政策》，制定本细则。
第二条 支持创新平台建设。对新认定的平台，按下表给予一次性奖励：
平台类别
奖励金额（万元）
国家级企业技术中心
300
省级企业技术中心
50
第三条 支持企业梯度培育。对新认定的企业，按下表给予奖励：
| 类别 | 奖励标准（万元） |
|---|---|
| 国家级专精特新“小巨人” | 100 |
| 省级专精特新中小企业 | 20 |
第四条 支持企业上市。按下表给予奖励：
| 序号 | 上市阶段 | 奖励金额（万元） |
|---|---|---|
| 1 | 辅导备案 | 50 |
| 2 | 成功上市 | 200 |
第五条 本细则自印发之日起施行。
"""


def test_a_table_column_names_its_unit_in_the_header():
    doc = extract(UNIT_IN_HEADER)
    assert yuan(find_measure(doc, "支持创新平台建设")) == [3_000_000, 500_000]
    assert yuan(find_measure(doc, "支持企业梯度培育")) == [1_000_000, 200_000]
    assert yuan(find_measure(doc, "支持企业上市")) == [500_000, 2_000_000]  # the column, not the 序号


def test_a_call_out_repeating_a_clauses_figures_is_not_read():
    from tests.extraction.real_shapes_more.test_shell_more import WECHAT_LEAD

    m = find_measure(extract(WECHAT_LEAD), "支持商业综合体提升")
    assert yuan(m) == [1_000_000] and percents(m) == [20]  # not again from 📌划重点：补20%，封顶100万元


# The same, columns aligned with spaces as a PDF copy leaves a table
ALIGNED_TABLE = """三明市支持全域旅游发展若干措施
一、支持A级旅游景区创建。对首次评定为A级旅游景区的，按下表给予一次性奖励：
    等级          奖励金额（万元）
    5A级          200
    4A级          50
二、本措施自印发之日起施行。
"""


def test_a_space_aligned_table_column_names_its_unit_in_the_header():
    assert yuan(find_measure(extract(ALIGNED_TABLE), "支持A级旅游景区创建")) == [2_000_000, 500_000]



def test_money_per_guest_room_is_a_rate_and_a_count_of_fans_is_no_money():
    doc = extract("""荔波县促进民宿和直播电商发展若干措施

一、对改造后客房数在6间以上的精品民宿，按照每间客房3000元给予改造补助，单个民宿最高补助15万元。
二、对达标客房每间给予2000元补助，每户补助不超过5万元。
三、对粉丝数量超过30万的本土主播，给予一次性奖励1万元。
四、对实缴注册资本1亿元以上的新设企业，给予一次性落户奖励100万元。
""")
    assert yuan(find_measure(doc, "对改造后客房数")) == [150000]
    assert yuan(find_measure(doc, "对达标客房每间")) == [50000]
    assert yuan(find_measure(doc, "对粉丝数量超过")) == [10000]
    assert yuan(find_measure(doc, "对实缴注册资本")) == [100000000, 1000000]


def test_money_per_kva_of_a_line_is_a_rate():
    doc = extract("银川市支持数据中心发展若干措施\n"
                  "一、对新建数据中心专线，按照每千伏安15元给予补助，单个项目最高50万元。\n")
    m = find_measure(doc, "对新建数据中心专线")
    assert yuan(m) == [500000]


def test_money_per_sheep_of_capacity_is_a_rate():
    doc = extract("苍溪县支持畜牧业发展若干措施\n"
                  "一、对新建规模羊场，年出栏肉羊1000只以上的，按每只出栏能力50元给予补助，最高不超过20万元。\n")
    assert yuan(find_measure(doc, "对新建规模羊场")) == [200000]


def test_money_per_waybill_is_a_rate():
    doc = extract("日照市支持跨境电商发展若干措施\n一、对跨境电商企业经日照港出口的货物，按每票0.5元给予物流补助，单家企业年度最高30万元。\n")
    assert yuan(find_measure(doc, "对跨境电商企业经日照港")) == [300000]


def test_money_per_scheduled_flight_is_a_rate():
    doc = extract("烟台市支持航空货运发展若干措施\n一、对新开通国际全货机航线的航空公司，每班次补助3万元，单条航线年度补助不超过500万元。\n")
    assert yuan(find_measure(doc, "对新开通国际全货机航线")) == [5000000]


def test_money_per_standard_cubic_metre_of_capacity_is_a_rate():
    doc = extract("昌吉州支持氢能产业发展若干措施\n一、对新建可再生能源制氢项目，按照制氢能力每标方/小时给予200元补贴，单个项目补贴不超过1000万元。\n")
    assert yuan(find_measure(doc, "对新建可再生能源制氢项")) == [10000000]


def test_money_per_server_rack_is_a_rate():
    doc = extract("长治市支持数字经济发展若干措施\n一、对新建数据中心，按每个标准机架800元给予一次性补助，单个项目最高不超过80万元。\n")
    assert yuan(find_measure(doc, "对新建数据中心，按每个标")) == [800000]


def test_gross_tonnage_in_ten_thousands_is_no_money_and_a_rate_per_counted_entrant_is_a_rate():
    doc = extract("海口市支持航运发展若干措施\n"
                  "一、对新登记的国际航行船舶，每艘给予10万元奖励；单船5万总吨（含）以上的，每艘给予30万元奖励。\n"
                  "二、对参赛规模在5000人次以上的群众性体育赛事，按参赛人次每人次20元给予运营主体补助，单项赛事补助最高60万元。\n")
    assert yuan(find_measure(doc, "对新登记的国际航行船舶")) == [100000, 300000]
    assert yuan(find_measure(doc, "对参赛规模在5000人次")) == [600000]


def test_a_tables_unit_header_over_a_page_break_still_scales_its_cells():
    doc = extract("富平县促进工业发展若干措施\n"
                  "第三条 产值跨档奖励。对年度工业总产值首次跨越以下档次的企\n业给予一次性奖励，奖励标准如下：\n"
                  "档次  年度工业总产值  奖励金额\n（万元）\n-2-\n第一档  5000万元—1亿元  5\n第二档  1亿元—5亿元  15\n"
                  "同一企业跨越多个档次的，按最高档次给予奖励。\n"
                  "第四条 对首次纳入规模以上工业统计的企业，一次性奖励8万元。\n")
    assert yuan(find_measure(doc, "产值跨档奖励")) == [50000000, 100000000, 50000, 100000000, 500000000, 150000]


def test_money_per_vehicle_after_the_count_it_is_paid_on_is_a_rate():
    doc = extract("武陵区电动自行车以旧换新实施方案\n一、对承接以旧换新业务的销售网点，按照实际完成换新数量，每辆给予30元服务费补助，单个网点最高2万元。\n")
    assert yuan(find_measure(doc, "对承接以旧换新业务的销")) == [20000]


def test_money_per_truck_trip_is_a_rate():
    doc = extract("东兴市支持互市贸易落地加工若干措施\n一、对落地加工企业将互市商品运至市内加工厂区的，按每车次200元给予运输补贴，单个企业年度最高100万元。\n")
    assert yuan(find_measure(doc, "对落地加工企业将互市商")) == [1000000]


def test_a_few_yuan_per_item_is_a_rate_whatever_the_item():
    doc = extract("民勤县支持农村电商发展若干措施\n一、对通过快递发往省外的农产品，按每件2元给予物流补贴，每家企业每年最高5万元。\n"
                  "二、对在村级寄递点派送的快件，每单补贴0.3元，每个寄递点每年最高3万元。\n")
    assert yuan(find_measure(doc, "对通过快递发往省外的农")) == [50000]
    assert yuan(find_measure(doc, "对在村级寄递点派送的快")) == [30000]


def test_money_per_percentage_point_or_per_step_of_a_count_is_a_rate():
    doc = extract("襄阳市支持汽车零部件本地配套若干措施\n"
                  "一、对整车企业年度本地配套率较上年提高2个百分点以上的，每提高1个百分点奖励30万元，单个企业年度奖励最高300万元。\n"
                  "二、对专用汽车年销量达到300辆的，奖励20万元；此后每增加50辆追加5万元，单个企业年度奖励不超过100万元。\n"
                  "三、对年营业收入较上年增长的，每增长1亿元给予5万元奖励，最高50万元。\n")
    assert yuan(find_measure(doc, "对整车企业年度本地配套")) == [3000000]
    assert yuan(find_measure(doc, "对专用汽车年销量达到3")) == [200000, 1000000]
    assert yuan(find_measure(doc, "对年营业收入较上年增长")) == [100000000, 50000, 500000]


def test_money_per_tourist_visit_or_per_flight_hour_is_a_rate_and_a_trainees_assessment_subsidy_is_money():
    doc = extract("婺源县促进入境旅游和低空经济发展若干措施\n"
                  "一、旅行社组织境外游客在我县住宿1晚以上的，按每人次30元给予奖励，单家旅行社年度最高50万元。\n"
                  "二、对开展低空观光示范运营的企业，按年度有效飞行小时给予每小时150元补贴，单个企业每年最高80万元。\n"
                  "三、对取得职业技能等级证书的补贴对象，按每人次150元给予评价补贴。\n")
    assert yuan(find_measure(doc, "旅行社组织境外游客在我")) == [500000]
    assert yuan(find_measure(doc, "对开展低空观光示范运营")) == [800000]
    assert yuan(find_measure(doc, "对取得职业技能等级证书")) == [150]
