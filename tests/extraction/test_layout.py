"""Whole documents in the three layouts, written for these tests (not seed text)."""
from extraction.pipeline import extract_text

LISTING = """-
某市甲区支持人工智能产业发展若干措施
[地址:北京朝阳区]面议某市甲区支持人工智能产业发展若干措施 为加快发展,制定本措施。 一、支持算力使用 给予最高50万元算力券补贴。(责任单位:区科技局) 二、支持模型研发 按研发投入20%给予最高200万元补助。 三、附则 本措施自发布之日起施行,有效期至2027年12月31日。
-
海淀区促进人才发展若干措施(试行)
[地址:北京海淀区]面议为吸引人才,制定本措施。 第一条 支持引进博士,给予每人10万元奖励。 第二条 本措施由区人力社保局负责解释。
-
关于举办人工智能大会的新闻
12-01 -
客服热线:400-000000
"""

COMPILATION = """某市产业政策汇编
前言本汇编梳理了3项政策。涉及政策1 .某市软件产业若干政策(2023年1月1日起施行,有效期三年)2 .某市人工智能实施意见(自印发之日起实施,有效期至2026年12月31日)3 .某市集成电路若干措施(自2022年5月1日施行,有效期至2025年4月30日)目录一、产业发展1(一)软件1(二)人工智能2一、产业发展(一)软件支持软件企业做强。对首次入选的软件企业给予200万元奖励。(责任单位:市经信局)某市软件产业若干政策支持开源。给予最高100万元。(责任单位:市科技局)某市软件产业若干政策(二)人工智能支持大模型研发。按照不超过研发成本30%的标准给予补助,最高不超过500万元。(责任单位:市经信局、市财政局)某市人工智能实施意见"""

UNTITLED = """ 第一条  为加快推动海淀区生物医药产业的高质量发展，制定本实施细则。
第二条  支持新药研发。对进入临床试验的新药给予最高1000万元支持。
第三条  本实施细则由海淀区科学技术委员会负责解释，自发布之日起施行。原《海淀区生物医药扶持办法》（海科发〔2021〕3号）同时废止。
"""


def test_listing_keeps_policies_and_drops_site_noise(nlp):
    doc = extract_text(LISTING, "listing.txt", nlp=nlp)
    assert doc.layout == "listing"
    assert [p.title for p in doc.policies] == ["某市甲区支持人工智能产业发展若干措施", "海淀区促进人才发展若干措施(试行)"]
    first, second = doc.policies
    assert first.region == "北京市朝阳区"  # from the address tag: the title names no known region
    assert [m.path for m in first.measures] == ["一", "二"]
    assert first.measures[0].agencies[0].name == "北京市朝阳区科学技术局"
    assert first.expires_on == "2027-12-31"
    assert second.region == "北京市海淀区"
    assert [m.path for m in second.measures] == ["第一条"]
    assert second.interpreting_agency == "北京市海淀区人力社保局"


def test_compilation_items_belong_to_their_source_policy(nlp):
    doc = extract_text(COMPILATION, "c.txt", nlp=nlp)
    assert doc.layout == "compilation"
    titles = [p.title for p in doc.policies]
    assert titles == ["某市软件产业若干政策", "某市人工智能实施意见", "某市集成电路若干措施"]
    soft, ai, chips = doc.policies
    assert [m.heading for m in soft.measures] == ["支持软件企业做强", "支持开源"]
    assert [m.heading for m in ai.measures] == ["支持大模型研发"]
    assert chips.measures == []
    assert (soft.effective_from, soft.expires_on) == ("2023-01-01", "2025-12-31")
    assert (ai.effective_from, ai.expires_on) == (None, "2026-12-31")
    assert ai.measures[0].section == "一、产业发展 / (二)人工智能"
    assert [a.value for a in ai.measures[0].amounts] == [30.0, 5e6]


def test_untitled_document_gets_an_inferred_title_and_its_region(nlp):
    doc = extract_text(UNTITLED, "u.txt", nlp=nlp)
    (p,) = doc.policies
    assert p.title_inferred and p.title == "北京市海淀区生物医药产业高质量发展实施细则"
    assert p.region == "北京市海淀区"
    assert [(r.title, r.doc_number) for r in p.supersedes] == [("海淀区生物医药扶持办法", "海科发〔2021〕3号")]
    assert [m.path for m in p.measures] == ["第二条"]


def test_a_policy_never_supersedes_itself_but_keeps_a_numbered_namesake(nlp):
    text = ("某区游戏产业若干措施(试行)\n一、支持研发。给予最高100万元。\n二、附则 本措施自发布之日起施行,"
            "《某区游戏产业若干措施(试行)》(某科发〔2025〕2号)同时废止。《某区游戏产业若干措施(试行)》另行解释。\n")
    (p,) = extract_text(text, "g.txt", nlp=nlp).policies
    assert [(r.title, r.doc_number) for r in p.supersedes] == [("某区游戏产业若干措施(试行)", "某科发〔2025〕2号")]


def test_ids_are_deterministic(nlp):
    a = extract_text(LISTING, "x.txt", nlp=nlp)
    b = extract_text(LISTING, "x.txt", nlp=nlp)
    assert [p.id for p in a.policies] == [p.id for p in b.policies]
    assert [m.id for p in a.policies for m in p.measures] == [m.id for p in b.policies for m in p.measures]
    assert len({m.id for p in a.policies for m in p.measures}) == sum(len(p.measures) for p in a.policies)
