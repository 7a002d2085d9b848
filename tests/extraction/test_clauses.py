from extraction.clauses import parse_clauses
from extraction.measures import decide
from extraction.textview import cn_to_int, matching_view


def measures(text):
    view = matching_view(text)
    roots = parse_clauses(view, 0, len(view))
    return [(d.clause.path, d.clause.heading) for d in decide(roots, view, lambda s, e: e) if d.measure]


def test_cn_numerals():
    assert [cn_to_int(x) for x in ("一", "十", "十三", "二十一", "一百零二", "十 三")] == [1, 10, 13, 21, 102, 13]


def test_sections_over_items_make_the_items_measures():
    text = ("一、总则\n为推动生物医药产业发展，制定本措施。\n二、支持内容\n（一）支持新药研发。给予最高500万元。\n"
            "（二）支持临床试验。给予最高300万元。\n三、附则\n本措施自印发之日起施行。")
    assert measures(text) == [("二/(一)", "支持新药研发"), ("二/(二)", "支持临床试验")]


def test_articles_with_stray_space_and_numbered_items():
    text = ("第一条 为加快发展，特制定本办法。\n第二条 支持企业上市\n1.对在主板上市的企业给予300万元奖励。\n"
            "2.对在北交所上市的企业给予200万元奖励。\n第十 三条 本办法由区金融办负责解释。")
    # 第十 三条 is not 第三条: the numbering does not continue, so it is not taken as a clause
    assert measures(text)[:2] == [("第二条/1", None), ("第二条/2", None)]


def test_flattened_scraped_text_with_spaces_between_clauses():
    text = ("为加快发展,制定本措施。 一、支持关键技术攻关 对企业给予最高100万元。 二、支持平台建设 对平台给予最高50万元。"
            " 三、附则 本措施自发布之日起施行。")
    assert measures(text) == [("一", "支持关键技术攻关"), ("二", "支持平台建设")]


def test_references_to_other_articles_are_not_clauses():
    text = "第一条 支持外资机构。参照第三条规定给予资金支持。\n第二条 支持分支机构。给予300万元。"
    assert [p for p, _ in measures(text)] == ["第一条", "第二条"]


def test_purpose_scope_and_procedure_are_not_measures():
    text = ("第一条 为促进数字经济发展，依据有关规定，制定本细则。\n第二条 本细则适用于在本区注册的企业。\n"
            "第三条 支持算力使用。给予最高20万元补贴。\n第四条 企业应在规定时间内提交申报材料。\n"
            "第五条 本细则由区经信局负责解释。")
    assert measures(text) == [("第三条", "支持算力使用")]


def test_chapters_group_articles_even_when_the_first_chapters_are_missing():
    text = "第三章 支持创新\n第八条 支持研发。给予100万元。\n第四章 附则\n第九条 本办法自印发之日起施行。"
    assert measures(text) == [("第三章/第八条", "支持研发")]
