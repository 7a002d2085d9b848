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


REPEAL_WITH_LISTS = """十堰市人民政府关于废止和宣布失效一批市政府行政规范性文件的决定
十政发〔2025〕2号
各县（市、区）人民政府，市政府各部门：
　　市人民政府对截至2024年12月31日的市政府行政规范性文件进行了清理，决定废止6件、宣布失效2件。
　　本决定自公布之日起施行。
　　附件：1.决定废止的市政府行政规范性文件目录
　　　　　2.决定宣布失效的市政府行政规范性文件目录
十堰市人民政府
2025年3月3日
附件1
决定废止的市政府行政规范性文件目录
序号 文件名称 文号 备注
1 十堰市促进汽车零部件产业发展 十政发〔2019〕 已被新政策
  若干措施 18号 替代
2 十堰市中小企业发展专项资金管理办法 十政规〔2021〕3号 已被十政规〔2024〕5号替代
附件2
决定宣布失效的市政府行政规范性文件目录
序号\t文件名称\t文号
1\t十堰市加快发展电子商务的实施意见\t十政办发〔2020〕22号
"""


def test_a_repeal_decisions_lists_name_what_it_repeals_by_number():
    p = policy(extract(REPEAL_WITH_LISTS))
    assert sorted(norm_docno(r.doc_number) for r in p.supersedes) == sorted(
        norm_docno(n) for n in ("十政发〔2019〕18号", "十政规〔2021〕3号", "十政办发〔2020〕22号"))
    assert p.expires_on is None  # 截至2024年12月31日: the files a review covered, not an end date


SUPPLEMENT = """丹阳市人民政府办公室关于《丹阳市促进眼镜产业发展若干措施》的补充通知
丹政办发〔2025〕12号
各镇人民政府，市各有关部门：
　　为进一步做好《丹阳市促进眼镜产业发展若干措施》（丹政发〔2023〕9号）的实施，现补充通知如下：
　　一、新增支持事项
　　（一）支持镜片企业扩产。对镜片企业当年营业收入首次突破5亿元的，奖励50万元。
　　（二）支持跨境电商。对年跨境销售额超过1000万元的眼镜企业，按销售额的1%给予奖励，最高30万元。
　　二、调整事项
　　（一）《若干措施》第四条贷款贴息比例由“不超过LPR的40%”调整为“不超过LPR的60%”。
　　（二）《若干措施》第七条第（二）项停止执行。
　　三、本通知自2025年4月1日起施行。申报时间：2025年4月1日至2025年5月31日，逾期不予受理。
丹阳市人民政府办公室
2025年3月20日
"""


def test_a_supplement_is_a_policy_of_its_own_with_the_measures_it_adds():
    doc = extract(SUPPLEMENT)
    p = policy(doc)
    assert norm_title(p.title) == norm_title("丹阳市人民政府办公室关于《丹阳市促进眼镜产业发展若干措施》的补充通知")
    assert [m.number for m in measures_of(doc)] == ["(一)", "(二)"]
    assert p.supersedes == []  # an article it stops is not the policy
    assert (p.effective_from, p.expires_on) == ("2025-04-01", None)  # the application window is no end date


REPEAL_ITEMS = """烟台市芝罘区人民政府办公室
关于废止《芝罘区促进楼宇经济发展若干政策》等2件区政府行政规范性文件的通知
芝政办字〔2025〕7号
各街道办事处，区政府各部门：
    经区政府同意，决定废止以下2件行政规范性文件：
    一、《芝罘区促进楼宇经济发展若干政策》（芝政发〔2021〕5号）。该文件第四条规定的楼宇奖励条款，由《烟台市支持楼宇经济发展若干政策》相关条款替代。
    二、《芝罘区金融业发展扶持办法》（芝政办发〔2020〕9号）。
    上述文件自本通知印发之日起停止执行。已认定的扶持事项按原文件规定继续兑现至2026年6月30日。
    特此通知。
烟台市芝罘区人民政府办公室
2025年9月15日
"""


def test_a_repeal_item_by_item_voids_each_items_first_title_and_has_no_end_date():
    p = policy(extract(REPEAL_ITEMS))
    assert [norm_docno(r.doc_number) for r in p.supersedes] == [norm_docno("芝政发〔2021〕5号"), norm_docno("芝政办发〔2020〕9号")]
    assert (p.effective_from, p.expires_on) == ("2025-09-15", None)  # 自本通知印发之日起停止执行


DECISION_HEADED_BY_ISSUER = """许昌市人民政府
关于修改《许昌市促进智能装备产业发展若干政策》的决定
许政〔2026〕3号
各县（市、区）人民政府，市人民政府各部门：
市人民政府决定对《许昌市促进智能装备产业发展若干政策》（许政〔2024〕9号）作如下修改：
（一）第四条修改为：“第四条 支持首台（套）推广。对经认定的省首台（套）装备，给予研制企业最高300万元奖励。责任单位：市工信局。”
（二）第九条第二款修改为：“对新认定的国家级专精特新“小巨人”企业，奖励100万元。”
（三）第十六条修改为：“第十六条 本政策自2024年7月1日起施行，有效期至2027年6月30日。”
（四）增加一条，作为第十条：“第十条 对获评省级工业设计中心的企业，给予一次性奖励50万元。”
本决定自公布之日起施行。

2026年2月10日
"""

EXTENSION_WITH_ADJUSTMENTS = """长丰县人民政府关于延长《长丰县促进制造业发展若干政策》有效期并调整部分条款的通知
长政〔2025〕40号
各乡镇人民政府，县政府各部门：
《长丰县促进制造业发展若干政策》（长政〔2023〕8号，以下简称《若干政策》）有效期即将届满，现就有关事项通知如下：
一、《若干政策》有效期延长至2026年12月31日。
二、调整部分条款
1.《若干政策》第三条调整为：对新认定的国家级绿色工厂，给予一次性奖励50万元。（牵头单位：县经信局）
2.《若干政策》第七条中“须经乡镇初审”调整为“由县经信局统一受理”。
长丰县人民政府
2025年11月3日
"""

EXTENSION_ONLY = """阜阳市人民政府办公室关于延长《阜阳市支持新能源汽车产业发展若干政策》有效期的通知
阜政办〔2025〕12号
各县（市、区）人民政府，市政府各部门：
《阜阳市支持新能源汽车产业发展若干政策》（阜政办〔2022〕7号）将于2025年12月31日到期。经市政府同意，其有效期延长至2027年12月31日，
政策内容不作调整，对企业给予的奖励标准仍按原政策执行。
阜阳市人民政府办公室
2025年12月1日
"""


def test_articles_an_item_rewrites_are_not_clauses_and_quoted_dates_are_the_old_policys():
    doc = extract(DECISION_HEADED_BY_ISSUER)
    ms = measures_of(doc)
    assert [m.number for m in ms] == ["(一)", "(二)", "(四)"]
    assert [yuan(m) for m in ms] == [[3000000], [1000000], [500000]]
    p = policy(doc)
    assert p.effective_from == "2026-02-10"  # 自公布之日起, dated by the date alone at its end, not 2024-07-01
    assert p.expires_on is None


def test_an_extension_that_restates_articles_grants_them_and_a_bare_extension_grants_nothing():
    ms = measures_of(extract(EXTENSION_WITH_ADJUSTMENTS))
    assert [(m.number, yuan(m)) for m in ms] == [("1", [500000])]
    assert measures_of(extract(EXTENSION_ONLY)) == []


AMEND_AND_REPEAL = """赣州市章贡区人民政府关于修改和废止部分行政规范性文件的决定
章府发〔2025〕11号
各街道办事处，区政府各部门：
经区人民政府研究，决定：
一、对1件行政规范性文件的部分条款予以修改。
（一）《章贡区促进电子信息产业发展若干政策》（章府发〔2023〕6号）
1.第五条修改为：“对电子信息企业新购置生产设备，按设备购置额的12%给予补助，单个企业每年最高100万元。”
2.删去第八条。
二、对2件行政规范性文件予以废止。
（一）《章贡区工业企业用电补贴办法》（章府办发〔2019〕21号）
（二）《章贡区关于促进服务外包发展的若干意见》（章府发〔2020〕3号）
本决定自公布之日起施行。
赣州市章贡区人民政府
2025年9月1日
"""


def test_a_decision_that_amends_some_documents_and_repeals_others_does_both():
    doc = extract(AMEND_AND_REPEAL)
    assert [(m.number, yuan(m)) for m in measures_of(doc)] == [("1", [1000000])]
    assert sorted(norm_docno(r.doc_number) for r in policy(doc).supersedes) == sorted(
        [norm_docno("章府办发〔2019〕21号"), norm_docno("章府发〔2020〕3号")])  # the amended one stays in force
