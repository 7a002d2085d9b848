"""A notice whose own text is the policy (现就…有关事项通知如下：一、…), under its issuer's line as
GB/T 9704 prints it, and beside it a notice that only administers money (组织申报, 下达), which
grants nothing. Texts written for these tests; expectations follow /work/shared/devset/README.md."""
from tests.extraction.real_shapes.helpers import assert_measures, extract, norm_title, policy

AS_FOLLOWS = """保定市竞秀区人民政府办公室文件

竞政办规〔2024〕3号

保定市竞秀区人民政府办公室
关于进一步支持数字经济企业发展的通知

各乡镇人民政府、街道办事处，区政府各部门：
  为加快数字经济发展，经区政府同意，现就有关事项通知如下：
  一、支持企业上云。对企业购买云服务的，按实际支出的30%给予补贴，每家企业每年最高20万元。
  二、支持软件企业做大。对年营业收入首次突破1亿元的软件企业，给予50万元奖励。
  三、本通知自2024年7月1日起施行，有效期至2026年6月30日。

保定市竞秀区人民政府办公室
2024年6月12日
"""

APPLICATION = """保定市竞秀区工业和信息化局
关于组织申报2024年度数字经济专项资金项目的通知

各有关企业：
  根据《竞秀区支持数字经济企业发展若干措施》，现将有关事项通知如下：
  一、申报范围。（一）企业上云项目，按实际支出的30%给予补贴。（二）软件企业上规模项目。
  二、申报时间。2024年8月1日至8月31日。

保定市竞秀区工业和信息化局
2024年7月20日
"""


def test_a_notice_whose_text_is_the_policy_gives_its_measures_and_is_titled_with_its_issuer():
    doc = extract(AS_FOLLOWS)
    assert_measures(doc, [("一、", "支持企业上云"), ("二、", "支持软件企业做大")])
    p = policy(doc)
    assert norm_title(p.title) == norm_title("保定市竞秀区人民政府办公室关于进一步支持数字经济企业发展的通知")
    assert (p.effective_from, p.expires_on) == ("2024-07-01", "2026-06-30")


def test_a_notice_that_administers_money_grants_nothing():
    assert_measures(extract(APPLICATION), [])


TITLE_BROKEN_IN_NOTICE = """南宫市人民政府办公室
关于印发《南宫市鼓励企业春节期间稳产稳岗
若干措施》的通知

各乡镇人民政府，市政府有关部门：
    《南宫市鼓励企业春节期间稳产稳岗若干措施》
已经市政府同意，现印发给你们，请认真贯彻落实。

                        南宫市人民政府办公室
                              2023年1月12日

南宫市鼓励企业春节期间稳产稳岗若干措施

    一、春节期间连续生产奖励。对春节期间连续生产的规模以上工业企业，给予5万元奖励。
    二、留工稳岗补助。对春节期间留岗职工超过50人的企业，按每人500元给予补助，最高10万元。
"""


def test_a_title_a_line_end_breaks_in_the_notice_is_one_policy_not_two():
    doc = extract(TITLE_BROKEN_IN_NOTICE)
    assert len(doc.policies) == 1, [p.title for p in doc.policies]
    assert_measures(doc, [("一、", "春节期间连续生产奖励"), ("二、", "留工稳岗补助")])


MINUTES = """宜城市人民政府常务会议纪要

第8次

宜政常纪〔2024〕8号

2024年6月5日，市长主持召开市人民政府第8次常务会议。会议议定事项纪要如下：

一、关于支持湖北宜锐精密机械有限公司技改项目的事项。会议同意按设备投资额的10%给予该项目技改补助，最高300万元。
二、关于市级重点项目用地的事项。会议同意对列入市级重点项目的制造业项目优先保障用地指标。
"""


def test_meeting_minutes_are_titled_by_their_heading():
    p = policy(extract(MINUTES))
    assert norm_title(p.title) == norm_title("宜城市人民政府常务会议纪要")


TITLE_OVER_ADDRESSEES = """首页 > 政务公开 > 政策文件
索 引 号：11320583MB1K27T9X5/2025-00412    分    类：商务、贸易\\通知
发布机构：太仓市商务局    发文日期：2025-02-26
文    号：太商规〔2025〕1号
太仓市关于支持外贸稳量提质的若干政策措施
各区镇商务部门，各有关企业：
为推动外贸稳量提质，结合我市实际，制定以下政策措施。
1.鼓励外贸企业增量发展。对本年度进出口增量超过200万美元的企业，给予最高50万元奖励。
2.支持企业参加境外重点展会。对企业参加重点境外展会的，给予展位费80%的补助。
本政策措施自2025年3月1日起实施，有效期2年。
太仓市商务局
2025年2月26日
"""


def test_a_policy_over_its_addressees_numbered_1_2_is_titled_by_its_line_and_read():
    doc = extract(TITLE_OVER_ADDRESSEES)
    assert_measures(doc, [("1.", "鼓励外贸企业增量发展"), ("2.", "支持企业参加境外重点展会")])
    assert norm_title(policy(doc).title) == norm_title("太仓市关于支持外贸稳量提质的若干政策措施")


INDEX_LINE_OVER_TITLE = """信息来源：寿光市洛城街道办事处    发布时间：2024-10-30
索引号：11370783MB28xxxxxX/2024-00512
洛城蔬菜种业小镇入驻企业扶持办法（试行）

一、对新入驻小镇的种业企业，给予一次性落户奖励20万元。
二、对入驻企业新建育种实验室的，按设备投资额的30%给予补助，最高100万元。
"""


def test_an_index_number_line_over_the_title_is_no_part_of_it():
    assert norm_title(policy(extract(INDEX_LINE_OVER_TITLE)).title) == norm_title("洛城蔬菜种业小镇入驻企业扶持办法（试行）")


def test_a_notice_that_is_the_policy_dates_itself_in_its_closing_line_and_signature():
    p = policy(extract("""宁海县人民政府办公室关于进一步支持海洋渔业稳产增效的通知
宁政办发〔2025〕12号
各乡镇人民政府、街道办事处，县政府直属各单位：
为稳定海洋渔业生产，经县政府研究同意，现就有关事项通知如下：
一、对新建县级以上海洋牧场并投放人工鱼礁的，经验收合格，给予一次性补助八十万元。
二、对渔船船东为船员投保渔业互助保险的，按保费的30%由县财政给予补助。
上述补助资金由县财政、乡镇（街道）按7：3比例承担。
本通知自2025年6月1日起执行，至2025年12月31日止。
宁海县人民政府办公室
2025年5月26日
"""))
    assert (p.effective_from, p.expires_on, p.issued_on) == ("2025-06-01", "2025-12-31", "2025-05-26")
