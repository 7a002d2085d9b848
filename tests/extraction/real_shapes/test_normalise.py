"""Noise that real pages carry: traditional characters, inserted pinyin, HTML entities, full-width
digits, spaced article numbers; and offsets that point into the original text. Texts written for
these tests."""
import pytest

from .helpers import (extract, find_measure, measures_of, norm, norm_docno, norm_number, norm_title, percents,
                      policy, same_region, t2s, yuan)

from . import test_amounts

SIMPLIFIED = """重庆市渝北区人民政府办公室关于印发《渝北区支持智能网联新能源汽车产业发展若干措施》的通知
渝北府办发〔2024〕31号

各镇人民政府、街道办事处，区政府各部门：
　　现将《渝北区支持智能网联新能源汽车产业发展若干措施》印发给你们，请认真贯彻执行。

重庆市渝北区人民政府办公室
2024年4月2日

渝北区支持智能网联新能源汽车产业发展若干措施

一、对新落户的整车企业，按固定资产投资的10%给予补助，最高2亿元。（责任单位：区经济信息委、区财政局）
二、对零部件企业年营业收入首次突破1亿元的，给予100万元奖励。（责任单位：区经济信息委）
三、本措施自印发之日起施行，有效期两年。
"""

TRADITIONAL = """重慶市渝北區人民政府辦公室關於印發《渝北區支持智能網聯新能源汽車產業發展若干措施》的通知
渝北府辦發〔2024〕31號

各鎮人民政府、街道辦事處，區政府各部門：
　　現將《渝北區支持智能網聯新能源汽車產業發展若干措施》印發給你們，請認真貫徹執行。

重慶市渝北區人民政府辦公室
2024年4月2日

渝北區支持智能網聯新能源汽車產業發展若干措施

一、對新落戶的整車企業，按固定資產投資的10%給予補助，最高2億元。（責任單位：區經濟信息委、區財政局）
二、對零部件企業年營業收入首次突破1億元的，給予100萬元獎勵。（責任單位：區經濟信息委）
三、本措施自印發之日起施行，有效期兩年。
"""

_TWIN = str.maketrans({"網": "网", "聯": "联", "車": "车", "戶": "户", "給": "给", "們": "们", "請": "请",
                       "認": "认", "貫": "贯", "徹": "彻", "執": "执", "現": "现", "將": "将", "兩": "两", "對": "对"})
assert t2s(TRADITIONAL).translate(_TWIN) == SIMPLIFIED  # the twins say the same thing

TWIN_FACTS = dict(
    title="渝北区支持智能网联新能源汽车产业发展若干措施",
    doc_number="渝北府办发〔2024〕31号", region="重庆市渝北区",
    effective_from="2024-04-02", expires_on="2026-04-01",
    measures=[("一、", "对新落户的整车企业", [200_000_000], [10], ["区经济信息委", "区财政局"]),
              ("二、", "对零部件企业年营业", [100_000_000, 1_000_000], [], ["区经济信息委"])],
)


def simp(s):
    return t2s(norm(s)).translate(_TWIN)


TWINS = [pytest.param(SIMPLIFIED, id="simplified"), pytest.param(TRADITIONAL, id="traditional")]


@pytest.mark.parametrize("text", TWINS)
def test_twin_title_and_doc_number(text):
    p = policy(extract(text))
    assert simp(norm_title(p.title)) == TWIN_FACTS["title"], p.title
    assert simp(norm_docno(p.doc_number)) == norm_docno(TWIN_FACTS["doc_number"]), p.doc_number


@pytest.mark.parametrize("text", TWINS)
def test_twin_region_is_the_district_in_simplified_characters(text):
    p = policy(extract(text))
    assert p.region is not None and p.region == t2s(p.region), f"region must be in simplified characters: {p.region!r}"
    assert same_region(p.region, TWIN_FACTS["region"]), p.region


@pytest.mark.parametrize("text", TWINS)
def test_twin_dates(text):
    p = policy(extract(text))
    assert (p.effective_from, p.expires_on) == (TWIN_FACTS["effective_from"], TWIN_FACTS["expires_on"])


@pytest.mark.parametrize("text", TWINS)
def test_twin_measures_amounts_and_agencies(text):
    p = policy(extract(text))
    exp = TWIN_FACTS
    got = [(norm_number(m.number), simp((m.heading or "") + m.text)[:40], yuan(m), percents(m),
            [simp(a.raw) for a in m.agencies]) for m in p.measures]
    assert len(got) == len(exp["measures"]), got
    for (number, opening, money, pct, units), (e_number, e_start, e_money, e_pct, e_units) in zip(got, exp["measures"]):
        assert number == norm_number(e_number), got
        assert e_start in opening, got
        assert (money, pct) == (e_money, e_pct), got
        assert units == e_units, got


PINYIN = """厦门市思明区人民政府办公室关(guān)于印发《思明区促进数字经济发展若干措施》的通知
厦思政办〔2024〕12号

各街道办事处，区直各单位：
　　现将《思明区促进数字经济发展若干措施》印发给(gěi)你们，请认真贯彻执行。

思明区促进数字经济发展若干措施

一、对(duì)新认定的市级数字经济示范企业，给(gěi)予50万元奖励。（责任单位：区科技和工业信息化局）
二、对数字经济企业年营业收入首次突破1亿元的，单(dān)个企业给予最高100万元奖励。（责任单位：区科技和工业信息化局、区财政局）
"""

TRAD_PINYIN = """關(guān)於印發《順德區支持預製菜產業發展若干措施》的通知
順府辦發〔2024〕5號

順德區支持預製菜產業發展若干措施

一、對新建預製菜生產線的企業，按設備投資的20%給(gěi)予補助，最高200萬元。（責任單位：區農業農村局）
二、本措施自印發之日起施行。
"""

ENTITIES = """南宁市支持&ldquo;专精特新&rdquo;中小企业高质量发展若干措施

一、对新认定的国家级专精特新&ldquo;小巨人&rdquo;企业，给予&nbsp;100万元一次性奖励。&nbsp;（责任单位：市工业和信息化局）
二、对专精特新企业贷款给予贴息，按贷款市场报价利率的50%给予贴息，每家企业每年最高30万元。
三、本措施自2024年1月1日起施行。
"""

SPACED_ARTICLES = """河北省支持钢铁产业转型升级若干措施（节选）
第 8 条　对实施超低排放改造的钢铁企业，按改造投资的２０％给予补助，最高５０００万元。
第 9 条　对钢铁企业建设氢冶金示范项目的，给予最高１亿元支持。
第 1 0 条　对新认定的省级绿色工厂，给予１００万元奖励。
第 1 1 条　本措施由省工业和信息化厅负责解释。
"""

# (text, title or None, measures: (marker, opening, yuan, percentages, agencies))
NOISY = [
    pytest.param(PINYIN, "思明区促进数字经济发展若干措施", [
        ("一、", "新认定的市级数字经济", [500_000], [], ["区科技和工业信息化局"]),
        ("二、", "对数字经济企业年营业", [100_000_000, 1_000_000], [], ["区科技和工业信息化局", "区财政局"]),
    ], id="inserted-pinyin"),
    pytest.param(TRAD_PINYIN, "顺德区支持预制菜产业发展若干措施", [
        ("一、", "对新建预", [2_000_000], [20], ["区农业农村局"]),
    ], id="traditional-with-pinyin"),
    pytest.param(ENTITIES, "南宁市支持“专精特新”中小企业高质量发展若干措施", [
        ("一、", "对新认定的国家级专精特新", [1_000_000], [], ["市工业和信息化局"]),
        ("二、", "对专精特新企业贷款", [300_000], [50], []),
    ], id="html-entities"),
    pytest.param(SPACED_ARTICLES, None, [
        ("第8条", "对实施超低排放改造", [50_000_000], [20], []),
        ("第9条", "对钢铁企业建设氢冶金", [100_000_000], [], []),
        ("第10条", "对新认定的省级绿色工厂", [1_000_000], [], []),
    ], id="spaced-article-numbers-fullwidth-digits"),
]

_T2S_EXTRA = str.maketrans({"順": "顺", "預": "预", "製": "制", "農": "农", "産": "产", "設": "设", "對": "对",
                            "線": "线", "業": "业", "補": "补", "給": "给"})


def loose(s):
    """Compare openings regardless of inserted pinyin, entities and script."""
    import re
    return re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", "", t2s(norm(s)).translate(_T2S_EXTRA))


@pytest.mark.parametrize("text, title, expected", NOISY)
def test_noisy_text_gives_clean_facts(text, title, expected):
    doc = extract(text)
    ms = measures_of(doc)
    if title is not None:
        assert loose(norm_title(policy(doc).title)) == loose(norm_title(title)), policy(doc).title
    got = [(norm_number(m.number), loose((m.heading or "") + m.text)[:60], yuan(m), percents(m),
            [loose(a.raw) for a in m.agencies]) for m in ms]
    assert len(got) == len(expected), got
    for g, (number, start, money, pct, units) in zip(got, expected):
        assert g[0] == norm_number(number), got
        assert loose(start) in g[1], got
        assert (g[2], g[3]) == (money, pct), got
        assert g[4] == [loose(u) for u in units], got


def test_spaced_article_title_is_the_heading_as_written():
    title = norm_title(policy(extract(SPACED_ARTICLES)).title)
    assert title in {"河北省支持钢铁产业转型升级若干措施(节选)", "河北省支持钢铁产业转型升级若干措施"}, title


def test_spaced_article_region_is_the_province():
    assert same_region(policy(extract(SPACED_ARTICLES)).region, "河北省")


OFFSET_TEXTS = [pytest.param(t, id=i) for t, i in [
    (SIMPLIFIED, "simplified-twin"), (TRADITIONAL, "traditional-twin"), (PINYIN, "pinyin"),
    (TRAD_PINYIN, "traditional-pinyin"), (ENTITIES, "entities"), (SPACED_ARTICLES, "spaced-articles"),
]] + [pytest.param(test_amounts.policy_text(c.values[0], c.values[1]), id="amounts-" + c.id)
      for c in test_amounts.CASES if c.id in {"amount-split-by-line-break", "spaced-thousands", "fullwidth-digits-and-percent"}]


@pytest.mark.parametrize("text", OFFSET_TEXTS)
def test_offsets_point_into_the_original_text(text):
    doc = extract(text)
    ms = measures_of(doc)
    assert ms, "the text holds support measures"
    for m in ms:
        for a in m.amounts:
            assert text[a.start:a.end] == a.text, (a.text, text[a.start:a.end])
            assert any(ch.isdigit() for ch in a.text), a.text
        for ag in m.agencies:
            assert text[ag.start:ag.end] == ag.raw, (ag.raw, text[ag.start:ag.end])


@pytest.mark.parametrize("text, start, raw", [
    pytest.param(TRADITIONAL, "對新落戶", "2億元", id="traditional-yi-as-written"),
    pytest.param(TRADITIONAL, "對零部件", "100萬元", id="traditional-wan-as-written"),
    pytest.param(SPACED_ARTICLES, "对实施超低", "５０００万元", id="fullwidth-as-written"),
    pytest.param(test_amounts.policy_text("重庆市渝北区招商引资若干政策", "对新引进的总部企业，给予最高5000\n万元落户奖励。"),
                 "对新引进的", "5000\n万元", id="line-break-as-written"),
])
def test_amount_raw_form_is_as_written(text, start, raw):
    m = find_measure(extract(text), start)
    assert raw in [text[a.start:a.end] for a in m.amounts], [(a.text, a.start, a.end) for a in m.amounts]
