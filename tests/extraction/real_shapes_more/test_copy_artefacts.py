"""What a PDF-to-text tool, a scan or a law database leaves in a copy, on texts written for these
tests: headings letter-spaced (邯 郸 市 商 务 局), words and 文号 broken at a line end (废\n止, 千\n瓦时,
(邯商\n规(2020)2号)), a year typed with a letter O or a circle (二O二四年, 二○二四年), a law
database's 【】 labels; and, beside them, rates per unit of a service, 牵头/配合 units with a
bracketed alternative, 残联-style names, the national new areas. Expectations follow
/work/shared/devset/README.md."""
import pytest

from tests.extraction.real_shapes.helpers import (
    agencies_match, extract, find_measure, measures_of, norm_docno, norm_title, policy, same_region, yuan)

HANDAN_REPEAL_SPACED = """邯 郸 市 商 务 局

邯商规[2025]1号

邯 郸 市 商 务 局
关 于 废 止 部 分 规 范 性 文 件 的 通 知

各县（市、区）商务主管部门，局机关各科室：
　　根据市政府关于规范性文件清理工作的要求，经评估，决定废止以
下2件规范性文件：
　　1.《邯郸市外贸企业出口信用保险补助办法》（邯商
规(2020)2号）；
　　2.《邯郸市电子商务进农村专项资金管理办法》（邯商字〔
2021〕17号）。
　　上述文件自2025年10月1日起停止执行。
　　特此通知。

                                  邯郸市商务局
                                   二O二五年九月十二日
"""


def test_a_letter_spaced_issuer_over_a_repeal_title_titles_it_and_names_the_region():
    p = policy(extract(HANDAN_REPEAL_SPACED))
    assert norm_title(p.title) == norm_title("邯郸市商务局关于废止部分规范性文件的通知")
    assert same_region(p.region, "邯郸市")
    assert p.issued_on == "2025-09-12"  # 二O二五年: the letter O typed for 〇


def test_a_repeal_list_broken_at_line_ends_keeps_every_document_number():
    p = policy(extract(HANDAN_REPEAL_SPACED))
    assert sorted(norm_docno(r.doc_number) for r in p.supersedes) == sorted(
        norm_docno(n) for n in ("邯商规〔2020〕2号", "邯商字〔2021〕17号"))
    assert all("\n" not in (r.title or "") for r in p.supersedes)


YULIN_VOIDS_WRAPPED = """榆林市人民政府办公室关于印发《榆林市支持兰炭产业转型升级若干措施》的通知
榆政办发〔2024〕21号
各县市区人民政府，市政府各工作部门：
　　现将《榆林市支持兰炭产业转型升级若干措施》印发给你们，请认真贯彻执行。
榆林市人民政府办公室
二○二四年六月三日
榆林市支持兰炭产业转型升级若干措施
一、支持清洁化改造。对兰炭企业实施环保提标改造的，按设备投资额的10%给予补助，单个企业最高300万元。
二、支持余热发电。对企业余热发电自用的，按0.03元/千
瓦时给予补贴，单个企业每年不超过100万元。
三、本措施自印发之日起施行，有效期三年。《榆林市兰炭产业扶持办法》（榆政办发〔2021〕8号）同时废
止。
"""


def test_a_voiding_verb_broken_at_a_line_end_still_voids():
    p = policy(extract(YULIN_VOIDS_WRAPPED))
    assert [norm_docno(r.doc_number) for r in p.supersedes] == [norm_docno("榆政办发〔2021〕8号")]
    assert norm_title(p.supersedes[0].title) == norm_title("榆林市兰炭产业扶持办法")


def test_a_signature_year_with_a_circle_dates_the_policy():
    p = policy(extract(YULIN_VOIDS_WRAPPED))
    assert (p.effective_from, p.expires_on) == ("2024-06-03", "2027-06-02")


def test_a_rate_whose_unit_a_line_end_breaks_is_no_amount():
    m = find_measure(extract(YULIN_VOIDS_WRAPPED), "支持余热发电")
    assert yuan(m) == [1000000]


SERVICE_RATES = """兰州新区支持通用航空和康养产业发展若干措施
一、支持开通短途运输航线。对开通新区至省内各市州短途运输航线的企业，按实际执飞架次给予补贴，每架次3000元，单个企业每年最高500万元。（新区交通运输局牵头，新区财政局配合）
二、支持养老机构建设。对新建护理型养老机构，按照每张护理型床位1.5万元给予一次性建设补贴，单个机构最高300万元。（新区民政局牵头，各县（区）人民政府配合）
三、支持社区助餐。对运营社区食堂的企业，按服务老年人人次给予每餐2元补贴，每个食堂每年最高5万元。（新区民政局、新区残联按职责分工负责）
四、支持餐饮企业提档。对每餐饮企业完成明厨亮灶改造的，给予2万元补助。（新区商务局负责）
"""


@pytest.mark.parametrize("start, money", [
    ("支持开通短途运输航线", [5000000]),   # 每架次3000元: per flight
    ("支持养老机构建设", [3000000]),       # 每张护理型床位1.5万元: per bed
    ("支持社区助餐", [50000]),             # 每餐2元: per meal
    ("支持餐饮企业提档", [20000]),         # 每餐饮企业: a recipient, not a meal
])
def test_money_per_unit_of_a_service_is_a_rate_not_an_amount(start, money):
    assert yuan(find_measure(extract(SERVICE_RATES), start)) == money


def test_a_national_new_area_is_the_region_and_prefixes_its_units():
    doc = extract(SERVICE_RATES)
    p = policy(doc)
    assert same_region(p.region, "兰州新区") and p.region != "甘肃省"
    m = find_measure(doc, "支持开通短途运输航线")
    assert [a.name for a in m.agencies] == ["兰州新区交通运输局", "兰州新区财政局"]


@pytest.mark.parametrize("start, units", [
    ("支持养老机构建设", ["新区民政局", "各县（区）人民政府"]),  # a co-operating unit with a bracketed alternative
    ("支持社区助餐", ["新区民政局", "新区残联"]),                # 残联: a people's organisation's short name
])
def test_lead_and_co_operating_units_of_every_shape(start, units):
    ok, got = agencies_match(find_measure(extract(SERVICE_RATES), start), units)
    assert ok, got


def test_a_city_civil_affairs_bureau_is_the_citys():
    doc = extract("""襄樊市支持养老服务业发展若干措施
1.支持养老服务。对新建社区养老服务站的，一次性奖励10万元。（责任单位：市民政局、市残联）
""")
    m = find_measure(doc, "支持养老服务")
    names = [a.name for a in m.agencies]
    assert names[0].endswith("民政局") and "市市民政局" not in names[0]
    assert names[1].endswith("残疾人联合会")


LAW_DATABASE = """【标　　题】安阳市人民政府关于印发《安阳市促进钢铁产业链延链补链若干措施》的通知
【发布部门】安阳市人民政府
【发文字号】安政〔2024〕15号
【发布日期】2024.08.20
【实施日期】2024.09.01
【时效性】现行有效
【效力级别】地方规范性文件
【法规类别】工业综合规定
【正　　文】

安阳市人民政府关于印发《安阳市促进钢铁产业链延链补链若干措施》的通知

各县（市、区）人民政府，市人民政府各部门：
　　现将《安阳市促进钢铁产业链延链补链若干措施》印发给你们，请认真贯彻落实。

安阳市人民政府
2024年8月20日

安阳市促进钢铁产业链延链补链若干措施

一、支持精深加工项目。对新建钢材精深加工项目，按设备投资额的8%给予补助，最高500万元。
二、本措施自2024年9月1日起施行，有效期至2026年12月31日。
"""


def test_a_law_databases_labels_are_read_as_a_header():
    p = policy(extract(LAW_DATABASE))
    assert norm_docno(p.doc_number) == norm_docno("安政〔2024〕15号")
    assert norm_title(p.title) == norm_title("安阳市促进钢铁产业链延链补链若干措施")
    assert (p.effective_from, p.expires_on) == ("2024-09-01", "2026-12-31")


FLATTENED_LIST = """铜川市耀州区人民政府办公室
关于印发耀州区支持陶瓷产业发展政策清单的通知
耀政办发〔2025〕7号
各镇人民政府、街道办事处，区政府各工作部门：
　　《耀州区支持陶瓷产业发展政策清单》已经区政府同意，现印发给你们，请认真组织实施。
　　本政策清单自2025年5月1日起施行，有效期至2027年4月30日。
耀州区人民政府办公室
2025年4月18日
耀州区支持陶瓷产业发展政策清单
序号
支持事项
支持内容及标准
责任单位
1
窑炉节能改
造
对实施窑炉节能改造、设备投资额300万元
以上的企业，按投资额的10%给予补助，最
高100万元。
区工信局、
区财政局
2
陶瓷文创产品
开发
对获得省级以上工艺美术奖项的企业，一次
性奖励5万元。
区文旅局
3
电商销售奖励
对线上年销售额首次超过1000万元的陶瓷企
业，给予10万元奖励。
区商务局
"""


def test_a_table_flattened_one_cell_a_line_gives_a_measure_a_row():
    doc = extract(FLATTENED_LIST)
    assert [m.number for m in policy(doc).measures] == ["1", "2", "3"]
    first = find_measure(doc, "窑炉节能改造")
    assert yuan(first) == [3000000, 1000000]
    ok, got = agencies_match(first, ["区工信局", "区财政局"])  # the units' cell, wrapped after 、
    assert ok, got
    ok, got = agencies_match(find_measure(doc, "电商销售奖励"), ["区商务局"])
    assert ok, got


def test_a_policys_validity_stated_only_in_its_notice_is_the_policys():
    p = policy(extract(FLATTENED_LIST))
    assert (p.effective_from, p.expires_on) == ("2025-05-01", "2027-04-30")


def test_bare_numbers_on_lines_of_their_own_are_no_clauses_without_a_table_header():
    doc = extract("""渭南市支持果业发展若干措施
一、支持冷库建设。对新建冷库的，按投资额的10%给予补助，最高50万元。
2
二、支持品牌建设。对新获评省级以上品牌的，奖励10万元。
3
""")
    assert [m.number for m in policy(doc).measures] == ["一", "二"]


COLUMN_LAYOUT = """株洲市荷塘区工业和信息化局惠企政策兑现一览表

 序号   兑现事项          支持标准                                   责任单位
  1    技术改造补助      对设备投资额500万元以上的技改项目，按设     区工信局
                         备投资额的8%给予补助，最高150万元。
  2    规上企业培育      对首次纳入规模以上统计的工业企业，一次     区工信局
                         性奖励8万元。
  3    专利导航服务      对开展专利导航的企业，按服务费用的50%     区市场监管局
                         给予补助，最高10万元。
"""


def test_a_table_laid_out_in_columns_of_spaces_gives_a_measure_a_row():
    doc = extract(COLUMN_LAYOUT)
    assert [m.number for m in measures_of(doc)] == ["1", "2", "3"]
    assert yuan(find_measure(doc, "技术改造补助")) == [5000000, 1500000]
    assert yuan(find_measure(doc, "规上企业培育")) == [80000]


FLATTENED_WRAPPED_UNITS = """揭阳市榕城区2025年惠企政策清单
序号
事项名称
支持内容
政策依据
责任单位
兑现方式
1
纺织服装技改
奖励
对设备投资额超过500万元的
纺织服装技改项目，按设备投
资额的5%给予奖励，最高100
万元。
《榕城区促进纺织服装产
业发展若干措施》
（榕府〔2024〕6号）
第四条
区工业和信
息化局、区财
政局
依申请
2
电商直播奖励
对年直播销售额首次超过5000
万元的企业，奖励20万元。
《榕城区促进电子商务发
展扶持办法》
第六条
区商务局
免申即享
"""


def test_units_a_line_end_broke_inside_their_names_are_read_through():
    doc = extract(FLATTENED_WRAPPED_UNITS)
    m = find_measure(doc, "纺织服装技改")
    assert [a.raw for a in m.agencies] == ["区工业和信息化局", "区财政局"]
    assert [a.raw for a in find_measure(doc, "电商直播奖励").agencies] == ["区商务局"]


TAB_LIST = """瑞金市第二批“免申即享”政策清单
序号\t政策名称及文号\t政策内容\t兑现部门\t兑现时限
1\t《瑞金市促进红色旅游发展若干措施》（瑞府发〔2024〕3号）\t对新评定的国家4A级旅游景区一次性奖励50万元。\t市文广新旅局\t评定后3个月内
2\t《瑞金市促进红色旅游发展若干措施》（瑞府发〔2024〕3号）\t对年接待研学团队超过5万人次的研学基地，奖励10万元。\t市文广新旅局、市教育局\t次年3月底前
"""

LABELLED_LIST = """南川区“免申即享”政策事项（第一批）
（一）工业企业满产奖励
政策依据：《南川区推动工业经济稳进提质若干措施》（南川府发〔2024〕9号）第二条
支持标准：对年度产值首次突破5亿元的工业企业，奖励30万元。
兑现单位：区经济信息委
（二）外贸企业开拓市场奖励
支持标准：对参加境外展会的外贸企业，按展位费的50%给予补助，最高5万元。
兑现单位：区商务委、区财政局
"""


@pytest.mark.parametrize("text, start, units", [
    (TAB_LIST, "对新评定的国家4A级", ["市文广新旅局"]),             # a units' cell before the last (兑现时限)
    (TAB_LIST, "对年接待研学团队", ["市文广新旅局", "市教育局"]),
    (LABELLED_LIST, "工业企业满产奖励", ["区经济信息委"]),          # 兑现单位: as 责任单位:
    (LABELLED_LIST, "外贸企业开拓市场奖励", ["区商务委", "区财政局"]),
])
def test_the_units_of_a_policy_list_row(text, start, units):
    ok, got = agencies_match(find_measure(extract(text), start), units)
    assert ok, got


def test_money_per_head_of_livestock_or_per_counted_unit_is_a_rate():
    doc = extract("""榕江县支持特色养殖和数据中心发展若干措施
一、支持生猪养殖。按每头能繁母猪600元给予一次性奖补，每个经营主体最高不超过8万元。
二、支持数据中心。按照机架数每个1500元给予一次性补助，单个项目最高300万元。
三、支持企业落户。对每个新落户项目给予20万元奖励。
""")
    assert yuan(find_measure(doc, "支持生猪养殖")) == [80000]
    assert yuan(find_measure(doc, "支持数据中心")) == [3000000]
    assert yuan(find_measure(doc, "支持企业落户")) == [200000]  # 每个项目: per recipient, kept


def test_a_title_printed_above_a_law_databases_labels():
    p = policy(extract("""札达县边境特色产业发展扶持办法（试行）
【发布部门】札达县人民政府
【发文字号】札政发〔2025〕3号
【发布日期】2025.04.02
【实施日期】2025.05.01
【时效性】现行有效
【正文】
札达县边境特色产业发展扶持办法（试行）
第一条 为促进边境特色产业发展，制定本办法。
第二条 对新建边境特色产品加工作坊的，给予一次性补助5万元。
第三条 本办法自2025年5月1日起施行，有效期二年。
"""))
    assert norm_docno(p.doc_number) == norm_docno("札政发〔2025〕3号")
    assert p.effective_from == "2025-05-01"


ONE_LINE_NOTICE = """融水苗族自治县人民政府办公室关于印发融水苗族自治县促进竹产业发展若干措施的通知 融政办发〔2025〕9号 各乡镇人民政府,县直各单位: 《融水苗族自治县促进竹产业发展若干措施》已经县人民政府同意,现印发给你们,请认真贯彻执行。 融水苗族自治县人民政府办公室 2025年5月12日
融水苗族自治县促进竹产业发展若干措施
一、做强竹产业(1)竹林提质。对新建丰产竹林100亩以上的,按每亩300元给予补助,每个经营主体最高10万元。(责任单位:县林业局)
(2)竹材加工。对竹材加工企业新增设备投资200万元以上的,按设备投资额的10%给予补助,最高50万元。(责任单位:县工业和信息化局)
二、本措施自印发之日起施行,有效期三年。
"""


def test_a_notice_a_page_ran_into_one_line_and_items_glued_after_their_section_heading():
    doc = extract(ONE_LINE_NOTICE)
    p = policy(doc)
    assert norm_title(p.title) == norm_title("融水苗族自治县促进竹产业发展若干措施")
    assert norm_docno(p.doc_number) == norm_docno("融政办发〔2025〕9号")
    assert (p.effective_from, p.expires_on) == ("2025-05-12", "2028-05-11")
    assert [m.number for m in measures_of(doc)] == ["(1)", "(2)"]


def test_tiers_under_an_intro_a_line_end_broke_and_a_letter_spaced_section_heading():
    doc = extract("""乌海市支持氢能产业发展若干措施
一 、 支 持 氢 能 基 础 设 施 建 设
　　1.支持加氢站运营。按年度加氢量对加氢站运营企业给
予运营补贴：
　　(1)年加氢量100吨（含）至300吨的，给予20万元补贴；
　　(2)年加氢量300吨（含）以上的，给予60万元补贴。
　　补贴期限不超过3年。
　　2.保障绿氢项目用能。对列入自治区示范的绿氢项目，优先配置风光新能源指标。
""")
    assert [m.number for m in measures_of(doc)] == ["1", "2"]
    assert yuan(find_measure(doc, "支持加氢站运营")) == [200000, 600000]


def test_a_wechat_articles_byline_and_prompts_are_not_its_body():
    p = policy(extract("""重磅！开发区出台八条措施 支持新材料产业发展
原创 融媒体中心 鄂托克经济开发区发布 2025年04月02日 09:15 内蒙古

👆点击上方蓝字 关注我们

近日，鄂托克经济开发区管委会印发《鄂托克经济开发区支持新材料产业发展若干措施》（鄂经开发〔2025〕4号），一起来看👇

鄂托克经济开发区支持新材料产业发展若干措施

1.支持项目落地。对新引进固定资产投资3亿元以上的新材料项目，按设备投资额的5%给予补助，最高800万元。
2.支持企业研发。对新材料企业研发投入超过500万元的，按投入的10%给予补助，最高100万元。
"""))
    assert norm_title(p.title) == norm_title("鄂托克经济开发区支持新材料产业发展若干措施")
    assert norm_docno(p.doc_number) == norm_docno("鄂经开发〔2025〕4号")


def test_an_interpretation_names_its_policys_number_as_the_file_it_was_issued_as():
    p = policy(extract("""《芜湖市湾沚区促进智能装备产业发展若干政策》政策解读
发布时间：2025-05-10   来源：区经信局
一、起草背景
为推动智能装备产业集聚，区经信局起草了本政策。
二、出台过程
本政策经区政府常务会议审议通过，以湾政〔2025〕11号文件印发。
三、主要内容
本政策共十条，对新引进智能装备项目给予设备投资补助。
"""))
    assert norm_docno(p.doc_number) == norm_docno("湾政〔2025〕11号")
    assert p.measures == []


def test_a_compilation_entrys_number_line_with_its_issue_date():
    doc = extract("""汉中经开区惠企政策汇编
汉中经开区支持装备制造业发展若干政策
（汉经开发〔2024〕7号）
第一条 对新引进装备制造项目，按设备投资额的8%给予补助，最高300万元。
第二条 本政策自印发之日起施行，有效期三年。
汉中经开区人才引进实施办法
（汉经开发〔2024〕9号 2024年5月6日印发）
第一条 对新引进的博士研究生，给予每人10万元安家补贴。
第二条 本办法自印发之日起施行。
""")
    assert [norm_docno(p.doc_number) for p in doc.policies] == [
        norm_docno("汉经开发〔2024〕7号"), norm_docno("汉经开发〔2024〕9号")]
    assert doc.policies[1].issued_on == "2024-05-06"


CHINESE_FIGURES = """铜川市王益区人民政府关于印发《王益区支持陶瓷产业发展若干措施》的通知
王政发〔2025〕4号
各有关单位：
　　现将《王益区支持陶瓷产业发展若干措施》印发给你们，请认真贯彻执行。
铜川市王益区人民政府
二〇二五年十二月五日
王益区支持陶瓷产业发展若干措施
一、支持技术改造。对设备投资额超过五百万元的项目，按设备投资额的百分之十给予补助，最高一百五十万
元。
二、配套上级资金。对获得省级专项资金支持的项目，区级按省级支持资金一比零点五给予配套。
三、本措施自二〇二六年一月一日起施行，有效期三年。
"""


def test_figures_ratios_and_dates_written_in_chinese():
    doc = extract(CHINESE_FIGURES)
    p = policy(doc)
    assert (p.effective_from, p.expires_on) == ("2026-01-01", "2028-12-31")
    assert yuan(find_measure(doc, "支持技术改造")) == [5000000, 1500000]  # 一百五十万\n元: read through
    m = find_measure(doc, "配套上级资金")
    assert [a.value for a in m.amounts if a.unit == "ratio"] == [0.5] and m.funding_matches
