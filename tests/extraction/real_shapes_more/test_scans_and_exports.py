"""What a scan, a Word export and a traditional-script repost leave in a copy, on texts written for
these tests: letters for digits in dates, 文号, amounts and 1:x ratios (2O24年4月l日, 3OOO元,
l:0.5), a 文号 broken inside its digits, words spaced apart (有效期 至, 强化 组织 保障), a site's
name over its 政策解读 section, an interpretation's lead in traditional script. Expectations follow
/work/shared/devset/README.md."""
from tests.extraction.real_shapes.helpers import (
    assert_measures, extract, find_measure, norm_docno, norm_title, percents, policy, ratios, yuan)

SCANNED = """六安市裕安区人民政府办公室

裕政办〔2O24〕11号

关于印发《裕安区支持数字经济发展若干政策》的通知

各乡镇人民政府，区政府各部门：
    现将《裕安区支持数字经济发展若干政策》印发给你们，请认真贯彻执行。

                              六安市裕安区人民政府办公室（盖章）
                                   2O24年3月2O日

裕安区支持数字经济发展若干政策

    一、对承担国家、省级重大项目并获得上级资金支持的，按l:0.5比例给予配套支持，单个项目最高5O0
万元。
    二、对数字经济企业新引进的全日制博士、硕士研究生，分别按每人每月3OOO元、15OO元给予生活补贴。
    三、本政策由区数据资源局负责解释，自2O24年4月l日
起施行，有效期至2O26年12月31日。
"""


def test_letters_a_scan_put_for_digits_in_dates_numbers_ratios_and_amounts():
    doc = extract(SCANNED)
    p = policy(doc)
    assert (p.effective_from, p.expires_on, p.issued_on) == ("2024-04-01", "2026-12-31", "2024-03-20")
    assert norm_docno(p.doc_number) == norm_docno("裕政办〔2024〕11号")
    assert ratios(find_measure(doc, "对承担国家")) == [0.5]
    assert yuan(find_measure(doc, "对承担国家")) == [5000000]
    assert sorted(yuan(find_measure(doc, "对数字经济企业"))) == [1500, 3000]


REPEAL_BROKEN_NUMBER = """临漳县人民政府关于废止部分行政规范性文件的通知

临政〔2025〕4号

各乡镇人民政府，县政府各部门：
    经清理，决定废止以下2件行政规范性文件：
    1.《临漳县支持工业企业技术改造扶持办法》（临政〔2021〕
12号）；
    2.《临漳县招商引资项目奖励暂行办法》（临政〔2019〕2
3号）。
    上述文件自本通知印发之日起停止执行。

                                   临漳县人民政府
                                   2025年6月20日
"""


def test_a_document_number_broken_inside_its_digits_is_read_whole():
    p = policy(extract(REPEAL_BROKEN_NUMBER))
    assert {norm_docno(r.doc_number) for r in p.supersedes} == {norm_docno("临政〔2021〕12号"), norm_docno("临政〔2019〕23号")}


WORD_EXPORT = """莲湖区支持科技服务业发展若干措施

1、支持 平台 共享。对向 中小企业 开放 共享 大型科研仪器设备 的机构，按 年度 服务 收入 的 10% 给予 补贴，最高 50 万元。
2、强化 组织 保障。建立 区科技服务业 发展 工作专班，区财政 每年 安排 科技服务业 发展 资金 不少于 3000 万元。
3、本措施 自 2025年9月1日 起施行，有效期 至 2028年8月31日，由 区科技局 负责解释。
"""


def test_words_a_word_export_spaced_apart():
    doc = extract(WORD_EXPORT)
    assert_measures(doc, [("1、", "支持平台共享")])  # 强化 组织 保障 runs the programme, funds no one
    assert find_measure(doc, "支持平台共享").heading == "支持平台共享"
    p = policy(doc)
    assert (p.effective_from, p.expires_on) == ("2025-09-01", "2028-08-31")


SITE_HEADER_INTERPRETATION = """公主岭市人民政府 政策解读
首页 > 政务公开 > 政策解读
《公主岭市支持玉米深加工产业发展若干政策》解读
来源：市发展改革局　发布时间：2025-03-28
　　近日，市政府印发了《公主岭市支持玉米深加工产业发展若干政策》（公政发〔2025〕6号，以下简称《若干政策》）。现就有关内容解读如下。
　　一、出台背景
　　我市玉米深加工企业规模偏小，精深加工能力不足。
"""

TRADITIONAL_INTERPRETATION = """《婺城區關於加快培育先進製造業集群的若干意見》政策解讀

2024-09-06　來源：金華市婺城區人民政府網　轉載

　　近日，金華市婺城區人民政府印發了《婺城區關於加快培育先進製造業集群的若干意見》（婺政發〔2024〕15號，以下簡稱《若干意見》）。現就有關內容解讀如下：
　　一、出臺背景
　　製造業是婺城經濟的根基。
"""


def test_an_interpretation_under_a_sites_section_name_is_titled_by_the_policy_it_reads():
    p = policy(extract(SITE_HEADER_INTERPRETATION))
    assert norm_title(p.title) == norm_title("公主岭市支持玉米深加工产业发展若干政策")
    assert norm_docno(p.doc_number) == norm_docno("公政发〔2025〕6号")


def test_an_interpretation_in_traditional_script_takes_the_number_its_lead_gives():
    p = policy(extract(TRADITIONAL_INTERPRETATION))
    assert norm_docno(p.doc_number) == norm_docno("婺政發〔2024〕15號")


def test_a_purpose_article_broken_by_a_pdfs_line_ends_is_no_measure():
    doc = extract("""南岸区支持总部经济发展若干政策

第一章　总　则
　　第一条　为加快集聚总部资源，巩固提升南岸区作为
全市总部经济重要承载地的地位，根据《重庆市加快总部
经济发展若干政策》，结合南岸实际，制
定本政策。
第二章　扶持政策
　　第二条　新认定的总部企业，给予一次性落户奖励
200万元。
""")
    assert_measures(doc, [("第二条", "新认定的总部企业,给")])


def test_a_page_number_at_the_end_of_a_running_head_is_no_range():
    doc = extract("""汇川区支持中小企业发展若干措施

一、支持企业升规。对首次纳入规模以上工业统计的企业，给予一次性奖励10万元。(区工业和信息化局)
二、支持企业贷款。对中小企业获得的流动资金贷款，按实际支付利息的30%给予贴息，最高50万元。(区财政局)
三、稳定企业用工。对当年新招用登记失业人员的中小企业，按每人1000元给予一次性吸纳就业补贴，每家企业补贴总额不超过
汇川区人民政府行政规范性文件                    - 2 -
20万元。(区人力资源社会保障局)
四、支持企业参展。对参加国内重点展会的中小企业，按展位费的50%给予补助，最高5万元。(区商务局)
""")
    assert yuan(find_measure(doc, "稳定企业用工")) == [1000, 200000]


def test_an_amount_cut_by_the_one_page_break_of_a_pdf_copy():
    # the running head shows once (one page break in the copy); it and the page's number are blanked,
    # and the digits on both sides of the break are one number
    doc = extract("""吉安市吉州区支持电子信息产业发展若干措施

1．研发投入奖励。对年度研发投入超过500万元的企业，按新增研发投入的10%给予奖励，单个企业年度最高20
—2—
吉州区人民政府办公室规范性文件
0万元。
2．本措施自2025年7月1日起施行。
""")
    m = find_measure(doc, "研发投入奖励。对年度研")
    assert yuan(m) == [5000000, 2000000]


SCANNED_SERIAL = """桃源县人民政府办公室文件

桃政办发〔2O25〕l号

桃源县人民政府办公室关于印发《桃源县招商引资优惠办法》的通知

各乡镇人民政府，县政府各部门：
    现将《桃源县招商引资优惠办法》印发给你们，请认真贯彻执行。

                              桃源县人民政府办公室
                                   2025年2月l0日

桃源县招商引资优惠办法

    一、对新引进固定资产投资5000万元以上的工业项目，按设备投资额的5%给予奖励，最高300万元。
    二、本办法自印发之日起施行，原《桃源县招商引资优惠办法》（桃政办发〔2O2l〕l2号）同时废止。
"""


def test_letters_a_scan_put_for_digits_in_a_document_numbers_serial():
    p = policy(extract(SCANNED_SERIAL))
    assert norm_docno(p.doc_number) == norm_docno("桃政办发〔2025〕1号")
    assert [norm_docno(r.doc_number) for r in p.supersedes] == [norm_docno("桃政办发〔2021〕12号")]


def test_letters_a_scan_put_for_digits_in_percentages_are_read_and_a_share_of_provincial_money_found():
    doc = extract("醴陵市支持陶瓷产业发展若干政策\n"
                  "一、对新获得省级制造业单项冠军称号的企业，按省级奖励的5O%给予奖励。（责任单位：市工信局）\n"
                  "二、对投资额5亿元以上的项目，按投资额的l.5%给予奖励，最高不超过l000万元。\n")
    first, second = find_measure(doc, "对新获得省级制造业单项"), find_measure(doc, "对投资额5亿元以上的项")
    assert percents(first) == [50] and first.funding_matches
    assert percents(second) == [1.5] and yuan(second) == [500000000, 10000000]
