"""A policy whose support terms stand in an attachment after its articles (附件 / …奖励标准表), on
texts written for these tests: the table's rows are the measures, the article that points to the
table is not, and neither are a 分工表's rows nor an application form's fields. Expectations follow
/work/shared/devset/README.md and the calls written down in tests/probe22/README.md."""
import pytest

from tests.extraction.real_shapes.helpers import agencies_match, extract, find_measure, measures_of, norm_docno, norm_title, yuan

ARTICLES_THEN_TABLE = """肇庆市促进专精特新企业发展扶持办法
第一条　为推动中小企业走专精特新发展道路，制定本办法。
第二条　本办法适用于在本市登记注册、具有独立法人资格的中小企业。
第三条　对符合条件的企业，按照本办法附件《肇庆市专精特新企业扶持标准表》所列事项和标准给予扶持。
第四条　同一企业同一事项符合本市多项扶持政策的，按照“就高、不重复”原则执行。
第五条　本办法由市工业和信息化局负责解释。
第六条　本办法自2026年3月1日起施行，有效期3年。

附件

肇庆市专精特新企业扶持标准表

序号	扶持事项	扶持标准	责任单位
1	国家级专精特新“小巨人”奖励	给予一次性奖励50万元	市工业和信息化局
2	省级专精特新企业奖励	给予一次性奖励10万元	市工业和信息化局、市财政局
"""


def test_an_award_table_attached_after_the_articles_gives_the_measures():
    doc = extract(ARTICLES_THEN_TABLE)
    assert [m.number for m in measures_of(doc)] == ["1", "2"]
    assert yuan(find_measure(doc, "国家级专精特新")) == [500000]
    ok, got = agencies_match(find_measure(doc, "省级专精特新企业奖励"), ["市工业和信息化局", "市财政局"])
    assert ok, got


WITH_DIVISION_AND_FORM = """梧州市关于支持陶瓷产业发展的若干措施
一、支持技术改造。对设备投资额超过500万元的陶瓷企业，按投资额的10%给予补助，最高200万元。
二、支持品牌建设。对新获评广西名牌产品的企业，一次性奖励10万元。
三、本措施自2025年9月1日起施行，有效期三年。

附件1

重点任务分工

序号
重点任务
牵头单位
配合单位
1
支持技术改造
市工业和信息化局
市财政局
2
支持品牌建设
市市场监管局
市工业和信息化局

附件2

奖励资金申报表

1.企业名称：________
2.上年度营业收入：________万元
3.申请奖励金额：________万元
"""


def test_a_division_table_and_an_application_form_attached_give_no_measures():
    doc = extract(WITH_DIVISION_AND_FORM)
    assert [m.number for m in measures_of(doc)] == ["一", "二"]


POLICY_THEN_RULES = """吉安市井冈山经开区促进电子信息产业发展扶持办法及实施细则
来源：经开区经发局  发布时间：2025-05-06

井冈山经开区促进电子信息产业发展扶持办法
井开管发〔2025〕3号

第一条 为推动电子信息产业集聚发展，制定本办法。
第二条 支持企业扩产。对年产值首次突破5亿元的电子信息企业，奖励50万元。
第三条 支持企业研发。对研发投入超过1000万元的企业，按研发投入的5%给予补助，最高100万元。
第四条 本办法自2025年6月1日起施行，有效期至2027年12月31日。

井冈山经开区促进电子信息产业发展扶持办法实施细则
井开经发〔2025〕11号

为做好《井冈山经开区促进电子信息产业发展扶持办法》奖励兑现工作，制定本细则。
一、企业扩产奖励
（一）申报条件：年产值首次突破5亿元的电子信息企业。
（二）奖励标准：一次性奖励50万元。
（三）申报材料：申报表、年度财务报表。
二、企业研发补助
（一）申报条件：年度研发投入超过1000万元。
（二）补助标准：按研发投入的5%核定，最高100万元。
（三）申报材料：申报表、研发费用专项审计报告。
三、本细则自2025年6月1日起施行。
"""


def test_a_policy_and_its_rules_each_under_a_title_and_its_own_number_are_two_policies():
    doc = extract(POLICY_THEN_RULES)
    assert [(norm_title(p.title), norm_docno(p.doc_number)) for p in doc.policies] == [
        (norm_title("井冈山经开区促进电子信息产业发展扶持办法"), norm_docno("井开管发〔2025〕3号")),
        (norm_title("井冈山经开区促进电子信息产业发展扶持办法实施细则"), norm_docno("井开经发〔2025〕11号"))]
    assert [m.number for m in doc.policies[0].measures] == ["第二条", "第三条"]
    # each programme of the rules, whose items are its labelled facets (申报条件: 奖励标准: 申报材料:)
    assert [m.number for m in doc.policies[1].measures] == ["一", "二"]
    assert yuan(doc.policies[1].measures[1]) == [10000000, 1000000]


def test_a_policy_and_its_rules_issued_together_named_with_nested_brackets():
    doc = extract("泰州市高港区人民政府关于印发《高港区促进生物医药产业发展的若干政策》及其实施细则的通知\n"
                  "各街道办事处，区各部门：\n"
                  "现将《高港区促进生物医药产业发展的若干政策》及《〈高港区促进生物医药产业发展的若干政策〉实施细则》印发给你们，请认真贯彻执行。\n"
                  "泰州市高港区人民政府\n2025年6月3日\n"
                  "高港区促进生物医药产业发展的若干政策\n"
                  "一、对新获批上市的一类创新药，给予最高500万元奖励。\n"
                  "二、本政策自2025年7月1日起施行，有效期三年。\n"
                  "《高港区促进生物医药产业发展的若干政策》实施细则\n"
                  "第一条 根据《高港区促进生物医药产业发展的若干政策》（以下简称《政策》），制定本细则。\n"
                  "第二条 《政策》第一条所称创新药奖励，按以下标准执行：\n"
                  "（一）完成Ⅲ期临床试验并获批上市的，奖励300万元；\n（二）获批上市并实现销售的，再奖励200万元。\n"
                  "第三条 本细则由区市场监管局负责解释，与《政策》同时施行。\n")
    assert [p.title for p in doc.policies] == ["高港区促进生物医药产业发展的若干政策",
                                               "《高港区促进生物医药产业发展的若干政策》实施细则"]
    rules = doc.policies[1]
    assert rules.effective_from == "2025-07-01"
    assert [(m.number, len(m.amounts)) for m in rules.measures] == [("第二条", 2)]


def test_rules_sent_as_an_attachment_of_the_policy():
    doc = extract("烟台市牟平区人民政府关于印发《牟平区支持海洋装备产业发展的办法》的通知\n"
                  "各街道办事处，区直各部门：\n"
                  "现将《牟平区支持海洋装备产业发展的办法》印发给你们，其实施细则作为附件一并印发，请遵照执行。\n"
                  "烟台市牟平区人民政府\n2024年9月2日\n"
                  "牟平区支持海洋装备产业发展的办法\n"
                  "第一条 对新引进的海洋装备企业，按设备投资额的10%给予补助，最高300万元。\n"
                  "附件\n\n"
                  "牟平区支持海洋装备产业发展的办法实施细则\n"
                  "第一条 办法第一条所称设备投资额，以设备发票金额为准，最高300万元。\n")
    assert [p.title for p in doc.policies] == ["牟平区支持海洋装备产业发展的办法", "牟平区支持海洋装备产业发展的办法实施细则"]


def test_a_compilations_part_labels_are_not_in_the_titles():
    doc = extract("黄岛区产业扶持政策汇编（2025年版）\n"
                  "第一部分　黄岛区支持海洋装备产业发展的若干政策\n"
                  "黄政发〔2024〕3号\n"
                  "一、对新落户的海洋装备企业，给予一次性奖励100万元。\n"
                  "第二部分　黄岛区促进工业设计发展的实施办法\n"
                  "黄政发〔2024〕8号\n"
                  "一、对新认定的省级工业设计中心，给予一次性奖励50万元。\n")
    assert [p.title for p in doc.policies] == ["黄岛区支持海洋装备产业发展的若干政策", "黄岛区促进工业设计发展的实施办法"]


COMPILATION_ENTRIES = [
    pytest.param("邳州市“工业强市”政策汇编\n\n"
                 "【政策一】邳州市关于加快板材产业发展的扶持政策\n文号：邳政发〔2024〕31号　施行日期：2024年10月1日\n\n"
                 "一、对板材企业新增设备投资超过1000万元的，按设备投资额的8%给予补助，最高200万元。\n\n"
                 "【政策二】邳州市支持企业研发机构建设的奖励办法\n文号：邳政办发〔2024〕52号　施行日期：2024年8月1日\n\n"
                 "一、对新认定的省级企业技术中心，给予50万元奖励。\n",
                 [("邳州市关于加快板材产业发展的扶持政策", "邳政发〔2024〕31号", "2024-10-01"),
                  ("邳州市支持企业研发机构建设的奖励办法", "邳政办发〔2024〕52号", "2024-08-01")], id="labelled-entries"),
    pytest.param("北仑区惠企政策汇编（制造业篇）\n\n"
                 "1. 北仑区关于支持模具产业发展的若干意见（仑政发〔2024〕18号）\n\n"
                 "（1）对模具企业首轮设备投资，按实际投资额的10%给予补助，最高200万元。\n\n"
                 "2. 北仑区推动工业企业上规升级的若干措施（仑政办发〔2025〕3号）\n\n"
                 "（1）对首次纳入规模以上工业统计的企业，给予一次性奖励10万元。\n",
                 [("北仑区关于支持模具产业发展的若干意见", "仑政发〔2024〕18号", None),
                  ("北仑区推动工业企业上规升级的若干措施", "仑政办发〔2025〕3号", None)], id="numbered-entries"),
]


@pytest.mark.parametrize("text, expected", COMPILATION_ENTRIES)
def test_a_compilations_entries_with_their_numbers_and_start_dates(text, expected):
    doc = extract(text)
    assert [(p.title, norm_docno(p.doc_number), p.effective_from) for p in doc.policies] == \
        [(t, norm_docno(n), d) for t, n, d in expected]
