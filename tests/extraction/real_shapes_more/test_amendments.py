"""Documents that change another policy item by item (关于修改《X》的决定, 关于调整《X》部分条款的通知),
on texts written for these tests: such a document is a policy of its own, titled by its own title;
an item that restates a whole article or adds one is a measure, an item that swaps words or
figures inside an article or deletes one is not. Expectations follow /work/shared/devset/README.md
and the calls written down in tests/probe20/README.md."""
from tests.extraction.real_shapes.helpers import extract, measures_of, norm_docno, norm_title, policy, yuan

DECISION = """淄博市人民政府关于修改《淄博市支持新材料产业发展若干政策》的决定
淄政发〔2025〕6号
各区县人民政府，高新区、经济开发区管委会，市政府各部门：
　　市政府决定对《淄博市支持新材料产业发展若干政策》（淄政发〔2023〕11号）作如下修改：
　　一、将第三条修改为：“对首次认定的国家级新材料测试评价平台，给予一次性奖励300万元；对省级平台，给予一次性奖励100万元。”
　　二、将第五条中的“最高200万元”修改为“最高300万元”。
　　三、增加一条，作为第七条：“第七条　对新材料首批次产品保险，按保费的80%给予补贴，单个企业每年最高50万元。”
　　四、删去第九条。
　　本决定自2025年6月1日起施行。
淄博市人民政府
2025年5月20日
"""

ADJUSTMENT_ONE_LINE = """政策库-山东-淄博 政策申报 | 项目咨询 热线:400-000-XXXX
周村区人民政府关于调整《周村区促进纺织产业发展扶持办法》部分条款的通知 发布时间:2025-03-02 来源:淄博市周村区人民政府 阅读量:88
周政字〔2025〕4号 各镇人民政府、街道办事处,区政府各部门: 经区政府同意,现将《周村区促进纺织产业发展扶持办法》部分条款调整如下:
一、第四条第(二)项调整为:"(二)对新购置智能纺织设备的企业,按设备投资额的12%给予补助,最高200万元。"
二、第六条中"按实际租金的20%"调整为"按实际租金的30%",其他内容不变。
三、本通知自2025年4月1日起施行。
周村区人民政府 2025年2月28日
"""


def test_an_amending_decision_is_a_policy_titled_by_itself():
    p = policy(extract(DECISION))
    assert norm_title(p.title) == norm_title("淄博市人民政府关于修改《淄博市支持新材料产业发展若干政策》的决定")
    assert norm_docno(p.doc_number) == norm_docno("淄政发〔2025〕6号")
    assert p.effective_from == "2025-06-01"


def test_items_restating_or_adding_an_article_are_measures_and_word_swaps_are_not():
    ms = measures_of(extract(DECISION))
    assert [m.number for m in ms] == ["一", "三"]
    assert yuan(ms[0]) == [3000000, 1000000] and yuan(ms[1]) == [500000]


def test_an_adjustment_notice_on_one_listing_line_keeps_its_title_number_and_quoted_items_whole():
    doc = extract(ADJUSTMENT_ONE_LINE)
    p = policy(doc)
    assert norm_title(p.title) == norm_title("周村区人民政府关于调整《周村区促进纺织产业发展扶持办法》部分条款的通知")
    assert norm_docno(p.doc_number) == norm_docno("周政字〔2025〕4号")
    assert [m.number for m in measures_of(doc)] == ["一"]  # the quoted (二) is the article's, not a clause here
    assert yuan(measures_of(doc)[0]) == [2000000]
