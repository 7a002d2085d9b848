"""Revised and renewed policies, and what their closing articles say, on texts written for these
tests: an older policy replaced in other words (替代《X》, 《X》有效期届满后不再延续), a repeal dated
by 自X起废止, items numbered 一、 inside an article with articles resuming after them, and rules
that cap or de-duplicate without granting. Expectations follow /work/shared/devset/README.md."""
import pytest

from tests.extraction.real_shapes.helpers import assert_measures, extract, norm_docno, policy

RULES = """株洲市荷塘区工业发展专项资金管理办法

第一条 为规范工业发展专项资金管理，制定本办法。
第二条 扶持措施
一、对首次纳入规模以上工业统计的企业，给予一次性奖励10万元。
二、对年度设备投资500万元以上的技术改造项目，按设备投资额的8%给予补助，最高200万元。
三、减免租金。对承租区属国有企业标准厂房的中小企业，免收第一年租金，第二年减半收取。
第三条 同一企业同一年度享受本办法多项奖励的，累计不超过300万元。享受本办法扶持的企业须承诺5年内不迁离荷塘区。
第四条 同一项目同时获得国家、省、市资金支持的，区级配套按就高原则只配套一次。
第五条 本办法自2024年6月1日起施行，有效期三年。本办法替代《荷塘区工业发展专项资金管理暂行办法》（荷政办发〔2020〕12号）；《荷塘区促进工业经济稳增长若干措施》（荷政发〔2021〕5号）有效期届满后不再延续。
"""


def test_items_numbered_inside_an_article_are_its_measures_and_rules_are_none():
    assert_measures(extract(RULES), [("一、", "对首次纳入规模以上"), ("二、", "对年度设备投资"), ("三、", "减免租金")])


def test_an_older_policy_replaced_in_other_words_is_superseded():
    p = policy(extract(RULES))
    assert {norm_docno(r.doc_number) for r in p.supersedes} == {norm_docno("荷政办发〔2020〕12号"), norm_docno("荷政发〔2021〕5号")}


REPEAL = """汉中市人民政府办公室关于废止《汉中市科技创新券管理办法》等2件行政规范性文件的通知

汉政办发〔2025〕7号

各县区人民政府，市政府各工作部门：
　　经市政府同意，决定废止以下2件行政规范性文件：
　　1.《汉中市科技创新券管理办法》（汉政办发〔2019〕21号）
　　2.《汉中市高新技术企业培育奖励办法》（汉政办发〔2020〕8号）
　　上述文件自2025年7月1日起废止。

汉中市人民政府办公室
2025年6月10日
"""


def test_a_repeal_takes_effect_on_the_date_it_names():
    p = policy(extract(REPEAL))
    assert (p.effective_from, p.expires_on) == ("2025-07-01", None)


CITED_ITEMS = """鄂州市支持氢能产业发展若干措施

一、加快基础设施建设
（一）加氢站建设补贴。对新建日加氢能力500公斤以上的加氢站，给予最高300万元补贴。
（二）加氢站运营补贴。对终端售价不高于25元/公斤的加氢站，给予运营补贴，每站每年最高100万元。
二、推广车辆应用
（三）上级资金配套。对获得中央财政奖励资金的示范项目，按1:1给予市级配套，与本措施第
（一）项、第（三）项不重复享受。
（四）通行便利。对氢燃料电池货车核发城市道路通行证，在城区道路不受货车限行管理。
（五）检测平台奖励。对建设氢能装备检测认证平台并通过认可的，给予一次性奖励200万元。
"""


def test_items_cited_across_a_line_end_are_no_clauses():
    assert_measures(extract(CITED_ITEMS), [("（一）", "加氢站建设补贴"), ("（二）", "加氢站运营补贴"), ("（三）", "上级资金配套"),
                                           ("（四）", "通行便利"), ("（五）", "检测平台奖励")])


SPACED_TABLE = """德州经济技术开发区惠企政策兑现事项清单

序号 兑现事项 兑现标准 对应条款 责任部门 兑现方式
1 企业上规模
奖励
对首次纳入规模以上工业统计的企业，给
予一次性奖励20万元。
第二条第
（一）项
经济发展局 免申即享
2 技术改造
设备补助
对设备投资500万元以上的技术改造项
目，按设备购置额的10%给予补助。
第三条 经济发展局 依申请
3 绿色工厂
奖励
对新认定的国家级绿色工厂，奖励50万元。
第四条 经济发展局 依申请
"""


def test_a_table_whose_columns_one_space_parts_gives_a_measure_a_row():
    assert_measures(extract(SPACED_TABLE), [("1", "企业上规模"), ("2", "技术改造"), ("3", "绿色工厂")])


def test_dates_quoted_from_the_text_an_amendment_rewrites_are_not_its_own():
    p = policy(extract("""南京市江宁区市场监督管理局关于修改《江宁区知识产权资助办法》的决定
江宁市监规〔2025〕2号
各街道，区各有关部门：
经研究，决定对《江宁区知识产权资助办法》作如下修改：
一、将第五条修改为：“对新授权的国内发明专利，每件资助5000元。”
二、将第十七条中的“有效期五年”修改为“有效期至2028年12月31日”。
本决定自2025年7月1日起施行。
"""))
    assert (p.effective_from, p.expires_on) == ("2025-07-01", None)
