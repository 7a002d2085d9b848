"""Policy-level facts in short notices: validity dates in every wording (自X起施行, 有效期至, 试行N年,
执行期限为X至Y, 自印发/发布之日起 with the notice date), interpreting agency, superseded documents and
the documents cited as the basis. Texts written for these tests; expectations follow
/work/shared/devset/README.md."""
import re

import pytest

from tests.extraction.real_shapes.helpers import extract, norm, norm_docno, norm_title, policy, t2s


def notice(issuer, title, docno, date, body):
    return (f"{issuer}关于印发《{title}》的通知\n{docno}\n\n各有关单位：\n"
            f"　　现将《{title}》印发给你们，请认真贯彻执行。\n\n{issuer}\n{date}\n\n{title}\n\n{body}")


CLAUSE = "一、对新认定的省级专精特新中小企业，给予一次性奖励20万元。\n"

DATE_CASES = [
    pytest.param(notice("常德市人民政府", "常德市支持装备制造业发展若干措施", "常政发〔2024〕5号", "2024年3月4日",
                        CLAUSE + "二、本措施执行期限为2024年1月1日至2025年12月31日。\n"),
                 "2024-01-01", "2025-12-31", id="execution-period-from-to"),
    pytest.param(notice("宜宾市人民政府", "宜宾市支持动力电池产业发展若干政策", "宜府发〔2024〕3号", "2024年2月6日",
                        CLAUSE + "二、本政策自2024年3月1日起施行，有效期五年。\n"),
                 "2024-03-01", "2029-02-28", id="start-date-five-years-chinese-numeral"),
    pytest.param(notice("北海市人民政府", "北海市支持林浆纸一体化产业发展若干措施", "北政发〔2024〕12号", "2024年6月17日",
                        CLAUSE + "二、本措施自发布之日起施行，有效期至2025年6月30日。\n"),
                 "2024-06-17", "2025-06-30", id="from-publication-until-date"),
    pytest.param(notice("三明市工业和信息化局", "三明市工业企业技改奖补细则", "明工信〔2024〕21号", "2024年9月9日",
                        CLAUSE + "二、本细则自印发之日起试行一年。\n"),
                 "2024-09-09", "2025-09-08", id="trial-one-year-from-notice-date"),
    pytest.param(notice("黔东南州人民政府", "黔东南州支持民族医药产业发展若干措施（试行）", "黔东南府发〔2024〕8号",
                        "2024年8月30日", CLAUSE + "二、本措施自印发之日起施行，试行期三年。\n"),
                 "2024-08-30", "2027-08-29", id="trial-period-three-years"),
    pytest.param(notice("德阳市人民政府", "德阳市支持清洁能源装备产业发展若干政策", "德府发〔2024〕10号", "2024年4月1日",
                        CLAUSE + "二、本政策自2024年5月1日起施行，有效期至2027年4月30日。原《德阳市支持清洁能源装备产业发展若干政策》（德府发〔2021〕6号）同时废止。\n"),
                 "2024-05-01", "2027-04-30", id="start-until-with-repeal-sentence"),
    pytest.param(notice("石嘴山市人民政府", "石嘴山市支持新材料产业发展若干措施", "石政发〔2024〕14号", "2024年12月26日",
                        CLAUSE + "二、本措施自2025年1月1日起施行。\n"),
                 "2025-01-01", None, id="start-only-no-expiry"),
]


@pytest.mark.parametrize("text, effective_from, expires_on", DATE_CASES)
def test_dates(text, effective_from, expires_on):
    p = policy(extract(text))
    assert (p.effective_from, p.expires_on) == (effective_from, expires_on)


def _agency_like(got, expected):
    g, e = t2s(norm(got)), t2s(norm(expected))
    return bool(g) and (e in g or g in e) and len(g) >= 3


@pytest.mark.parametrize("text, expected", [
    pytest.param(notice("邵阳市人民政府办公室", "邵阳市支持发制品产业发展若干措施", "邵政办发〔2024〕9号", "2024年5月13日",
                        CLAUSE + "二、本措施由市商务局负责解释，自印发之日起施行。\n"), "市商务局", id="closing-clause-first"),
    pytest.param(notice("昭通市人民政府", "昭通市支持硅光伏产业发展若干政策", "昭政发〔2024〕6号", "2024年7月2日",
                        CLAUSE + "二、本政策自印发之日起施行，有效期三年，具体解释工作由市工业和信息化局负责。\n"),
                 "市工业和信息化局", id="juti-jieshi-gongzuo-you-x-fuze"),
])
def test_interpreting_agency(text, expected):
    p = policy(extract(text))
    assert _agency_like(p.interpreting_agency, expected), p.interpreting_agency


def test_superseded_document_from_repeal_sentence_in_closing():
    text = DATE_CASES[5].values[0]
    p = policy(extract(text))
    assert norm_docno("德府发〔2021〕6号") in {norm_docno(r.doc_number) for r in p.supersedes}, \
        [(r.title, r.doc_number) for r in p.supersedes]


def test_superseded_by_title_only():
    text = notice("柳州市人民政府", "柳州市支持螺蛳粉产业发展若干措施", "柳政发〔2024〕18号", "2024年10月8日",
                  CLAUSE + "二、本措施自印发之日起施行，《柳州市促进螺蛳粉产业发展扶持办法》同时废止。\n")
    p = policy(extract(text))
    assert norm_title("柳州市促进螺蛳粉产业发展扶持办法") in {norm_title(r.title) for r in p.supersedes}, \
        [(r.title, r.doc_number) for r in p.supersedes]


def test_based_on_documents_cited_at_the_start():
    body = ("为贯彻落实《国务院关于推动内河航运高质量发展的意见》（国发〔2024〕7号）和《广西壮族自治区加快西部陆海新通道建设若干政策措施》，"
            "结合我市实际，制定本措施。\n" + CLAUSE + "二、本措施自印发之日起施行。\n")
    p = policy(extract(notice("贵港市人民政府", "贵港市支持港口物流产业发展若干措施", "贵政发〔2024〕11号", "2024年9月3日", body)))
    titles = {norm_title(r.title) for r in p.based_on}
    assert norm_title("国务院关于推动内河航运高质量发展的意见") in titles, [(r.title, r.doc_number) for r in p.based_on]
    assert norm_title("广西壮族自治区加快西部陆海新通道建设若干政策措施") in titles, \
        [(r.title, r.doc_number) for r in p.based_on]
    # the policy itself, named in the notice, is not its own basis
    assert norm_title("贵港市支持港口物流产业发展若干措施") not in titles


def test_cross_reference_inside_a_clause_is_not_based_on():
    body = ("第一条 为加快工业设计发展，结合我市实际，制定本办法。\n"
            "第二条 对新认定的国家级工业设计中心，给予100万元奖励，具体认定按《南平市工业设计中心认定管理办法》执行。\n"
            "第三条 本办法自印发之日起施行。\n")
    p = policy(extract(notice("南平市人民政府", "南平市促进工业设计发展办法", "南政综〔2024〕30号", "2024年5月28日", body)))
    assert norm_title("南平市工业设计中心认定管理办法") not in {norm_title(r.title) for r in p.based_on}, \
        [(r.title, r.doc_number) for r in p.based_on]


def test_a_superseded_number_broken_inside_its_issuer_code():
    body = CLAUSE + "二、本措施自2024年10月1日起施行。《鸡西市石墨产业发展扶持办法》（鸡政办\n规〔2021〕9号）同时废止。\n"
    p = policy(extract(notice("鸡西市人民政府办公室", "鸡西市支持石墨新材料产业发展若干措施", "鸡政办规〔2024〕5号",
                              "2024年9月20日", body)))
    assert norm_docno("鸡政办规〔2021〕9号") in {norm_docno(r.doc_number) for r in p.supersedes}, \
        [(r.title, r.doc_number) for r in p.supersedes]


def test_superseded_by_a_no_longer_applies_sentence():
    body = CLAUSE + "二、本办法自发布之日起施行。《海东市中小企业发展专项资金管理暂行办法》（东财企〔2020〕3号）自本办法施行之日起不再适用。\n"
    p = policy(extract(notice("海东市财政局", "海东市中小企业发展专项资金管理办法", "东财企〔2024〕8号", "2024年6月3日", body)))
    assert norm_docno("东财企〔2020〕3号") in {norm_docno(r.doc_number) for r in p.supersedes}, \
        [(r.title, r.doc_number) for r in p.supersedes]


def test_the_basis_of_a_repeal_is_not_repealed():
    text = ("锦州市人民政府办公室\n关于废止部分行政规范性文件的通知\n锦政办发〔2025〕3号\n\n各县（市）区人民政府：\n"
            "　　根据《辽宁省行政规范性文件制定和备案办法》和市政府清理工作部署，决定废止以下2件行政规范性文件，自2025年3月1日起停止执行：\n"
            "　　1.《锦州市支持港口物流发展若干措施》（锦政办发〔2020〕8号）\n"
            "　　2.《锦州市中小企业发展专项资金管理办法》（锦政办发〔2019〕30号）\n\n锦州市人民政府办公室\n2025年2月20日\n")
    p = policy(extract(text))
    assert {norm_docno(r.doc_number) for r in p.supersedes if r.doc_number} == {norm_docno("锦政办发〔2020〕8号"),
                                                                              norm_docno("锦政办发〔2019〕30号")}
    assert not any("备案办法" in (r.title or "") for r in p.supersedes), [(r.title, r.doc_number) for r in p.supersedes]
    # the issuer's line heading the page is the page's header, not the first line of the title
    assert norm_title(p.title) == norm_title("关于废止部分行政规范性文件的通知")
    assert norm_docno(p.doc_number) == norm_docno("锦政办发〔2025〕3号")



def test_a_cited_title_keeps_its_glyphs_and_a_former_namesake_is_voided():
    """A cited title as written (（试行） stays full-width, as the cited policy's own title is kept,
    so both give the same key); 原《X》 voids a former namesake of the policy itself."""
    body = CLAUSE + ("二、本措施自2025年1月1日起施行。《本溪市支持中药材产业发展若干措施（试行）》同时废止；"
                     "原《本溪市支持生物医药产业发展若干措施》不再执行。\n")
    p = policy(extract(notice("本溪市人民政府", "本溪市支持生物医药产业发展若干措施", "本政发〔2024〕30号",
                              "2024年12月10日", body)))
    titles = [r.title for r in p.supersedes]
    assert "本溪市支持中药材产业发展若干措施（试行）" in titles, titles
    assert "本溪市支持生物医药产业发展若干措施" in titles, titles


def test_superseded_numbers_with_bracketed_years_and_announcement_numbers():
    body = CLAUSE + ("二、本措施自2024年3月1日起施行。《枝江市技术改造奖补办法》（枝政办发（2021）18号）和"
                     "《枝江市人民政府关于调整工业企业奖励标准的公告》（2021年第3号）同时废止。\n")
    p = policy(extract(notice("枝江市人民政府", "枝江市促进工业经济发展若干措施", "枝政发〔2024〕2号", "2024年2月20日", body)))
    numbers = {norm_docno(r.doc_number) for r in p.supersedes if r.doc_number}
    assert {norm_docno("枝政办发（2021）18号"), norm_docno("2021年第3号")} <= numbers, numbers


FORWARDED_WITH_OWN = """十堰市人民政府办公室关于转发《湖北省支持外贸稳规模优结构若干措施》的通知
十政办发〔2025〕9号
各县市区人民政府，市政府各部门：
现将《湖北省支持外贸稳规模优结构若干措施》（鄂政办发〔2025〕15号）转发给你们，请认真贯彻落实。结合我市实际，提出以下补充措施，请一并执行。
一、对年进出口额首次突破1亿元的企业，在省级奖励基础上，市级再给予20万元一次性奖励。
二、对参加省商务厅组织的境外展会的企业，市级按展位费的30%再给予补贴，每家企业每年最高10万元。
本补充措施自印发之日起施行。
十堰市人民政府办公室
2025年5月20日
湖北省支持外贸稳规模优结构若干措施
（一）对年进出口额首次突破5亿元的企业，给予一次性奖励50万元。
（二）对企业投保短期出口信用保险的，按实缴保费的30%给予补助，最高100万元。
（三）本措施自2025年5月1日起施行，有效期至2027年12月31日。
"""


def test_a_forwarding_notice_with_measures_of_its_own_is_two_policies():
    doc = extract(FORWARDED_WITH_OWN)
    own, forwarded = doc.policies
    assert norm_title(own.title) == norm_title("十堰市人民政府办公室关于转发《湖北省支持外贸稳规模优结构若干措施》的通知")
    assert norm_docno(own.doc_number) == norm_docno("十政办发〔2025〕9号") and len(own.measures) == 2
    assert norm_title(forwarded.title) == norm_title("湖北省支持外贸稳规模优结构若干措施")
    assert norm_docno(forwarded.doc_number) == norm_docno("鄂政办发〔2025〕15号")  # its own, quoted in the notice
    assert forwarded.region == "湖北省" and len(forwarded.measures) == 2



COMPILATION_WITH_CONTENTS = """上饶经开区惠企政策汇编（2025年版）

目　录

上饶经开区支持光伏产业发展若干政策……………………3
上饶经开区促进外贸稳规模若干措施……………………7

上饶经开区惠企政策汇编（2025年版）
— 2 —

上饶经济技术开发区管理委员会
关于印发《上饶经开区支持光伏产业发展若干政策》的通知

饶经开管发〔2024〕9号

各园区，区直各部门：
　　《上饶经开区支持光伏产业发展若干政策》已经管委会研究通过，现印发给你们，请认真贯彻执行。

上饶经济技术开发区管理委员会
2024年6月10日

上饶经开区支持光伏产业发展若干政策

　　第一条　对新落户的光伏组件项目，按设备投资额的5%给予奖励，最高3000万元。
　　第二条　本政策自2024年7月1日起施行，有效期三年。

上饶经开区惠企政策汇编（2025年版）
— 3 —

上饶经开区促进外贸稳规模若干措施
（饶经开管发〔2025〕2号）

　　1.对年度进出口额首次突破1亿美元的企业，给予50万元奖励。
　　2.本措施自2025年3月1日起施行，有效期至2026年12月31日。
"""


def test_a_compilation_with_a_table_of_contents_is_read_policy_by_policy():
    doc = extract(COMPILATION_WITH_CONTENTS)
    assert [norm_title(p.title) for p in doc.policies] == [norm_title("上饶经开区支持光伏产业发展若干政策"),
                                                          norm_title("上饶经开区促进外贸稳规模若干措施")]
    first, second = doc.policies
    assert norm_docno(first.doc_number) == norm_docno("饶经开管发〔2024〕9号")  # under its notice's title
    assert norm_docno(second.doc_number) == norm_docno("饶经开管发〔2025〕2号")
    assert (first.effective_from, first.expires_on) == ("2024-07-01", "2027-06-30")
    assert first.region == "上饶经济技术开发区" and len(first.measures) == 1 and len(second.measures) == 1


def test_a_repeal_decision_is_issued_on_its_signature_date():
    """本决定自2025年6月1日起施行。 is a short line with a date in it; the notice is signed 5月16日."""
    text = ("本溪市人民政府关于废止部分市政府行政规范性文件的决定\n本政发〔2025〕7号\n各县（区）人民政府：\n"
            "　　经研究，决定废止以下2件行政规范性文件：\n"
            "　　1.《本溪市加快发展现代服务业若干政策》（本政发〔2019〕14号）\n"
            "　　2.《本溪市鼓励外贸企业开拓国际市场奖励办法》（本政办发〔2020〕22号）\n"
            "　　本决定自2025年6月1日起施行。\n\n本溪市人民政府\n2025年5月16日\n")
    p = policy(extract(text))
    assert (p.issued_on, p.effective_from) == ("2025-05-16", "2025-06-01")



@pytest.mark.parametrize("text, expected", [
    # a PDF copy breaks the name at a line end: read whole, not from the line's start
    pytest.param(notice("梧州市人民政府办公室", "梧州市支持陶瓷产业发展若干措施", "梧政办规〔2024〕7号", "2024年9月2日",
                        CLAUSE + "二、本措施自2024年10月1日起施行，有效期3年。由市工\n业和信息化局负责解释。\n"),
                 "梧州市工业和信息化局", id="name-broken-at-line-end"),
    pytest.param(notice("丽水市人民政府", "丽水市支持生态工业发展若干政策", "丽政发〔2024〕9号", "2024年6月3日",
                        CLAUSE + "二、本政策由市经济和信\n  息化局负责解释。\n"),
                 "丽水市经济和信息化局", id="broken-with-indent"),
    # the zone written short inside a name, the region written in full: the zone is named once
    pytest.param("株洲高新技术产业开发区（以下简称株洲高新区）支持先进陶瓷产业发展若干措施\n\n" + CLAUSE
                 + "二、本措施由株洲高新区经济发展局负责解释。\n", "株洲高新技术产业开发区经济发展局", id="zone-short-in-name"),
    # 州商务局 in an autonomous prefecture is the prefecture's bureau
    pytest.param(notice("楚雄彝族自治州人民政府", "楚雄彝族自治州支持绿色硅产业发展若干措施", "楚政发〔2024〕4号", "2024年3月8日",
                        CLAUSE + "二、本措施由州工业和信息化局负责解释。\n"),
                 "楚雄彝族自治州工业和信息化局", id="prefecture-bureau"),
])
def test_interpreting_agency_named_exactly(text, expected):
    p = policy(extract(text))
    assert p.interpreting_agency == expected
    ref = p.interpreting_agencies[0]
    assert re.sub(r"\s+", "", ref.raw) == re.sub(r"\s+", "", text[ref.start:ref.end])
    assert re.sub(r"\s+", "", ref.raw).endswith("局")  # the span covers the whole name, across the break


def test_what_the_notice_text_voids_is_what_its_policy_replaces():
    doc = extract("""桂林市人民政府关于印发桂林市促进文化旅游产业发展扶持办法的通知
桂政发〔2025〕12号
各县（市、区）人民政府，市直各单位：
现将《桂林市促进文化旅游产业发展扶持办法》印发给你们，请认真贯彻执行。本办法自印发之日起施行，原《桂林市文化旅游产业扶持暂行办法》（桂政发〔2020〕8号）同时废止。
桂林市人民政府
2025年4月3日
桂林市促进文化旅游产业发展扶持办法
第一条 对新评定的国家5A级旅游景区，给予一次性奖励300万元。
""")
    assert [norm_docno(r.doc_number) for r in policy(doc).supersedes] == [norm_docno("桂政发〔2020〕8号")]


def test_a_repeal_lists_documents_by_their_notice_titles_without_quotes_and_its_number_among_labels():
    doc = extract("""天津市红桥区人民政府
首页>政务公开>政策文件
天津市红桥区人民政府办公室关于废止部分行政规范性文件的通知
发文字号：红桥政办规〔2025〕2号　成文日期：2025-06-09　发布日期：2025-06-12
各街道办事处，区政府各委、局：
经区人民政府同意，决定废止以下2件行政规范性文件：
1.天津市红桥区人民政府办公室关于印发红桥区促进商贸发展扶持办法的通知（红桥政办规〔2020〕4号）
2.天津市红桥区人民政府办公室关于印发红桥区支持科技型企业发展若干措施的通知（红桥政办规〔2021〕7号）
天津市红桥区人民政府办公室
2025年6月9日
""")
    p = policy(doc)
    assert norm_docno(p.doc_number) == norm_docno("红桥政办规〔2025〕2号")
    assert sorted(norm_docno(r.doc_number) for r in p.supersedes) == sorted(
        norm_docno(n) for n in ("红桥政办规〔2020〕4号", "红桥政办规〔2021〕7号"))


def test_an_interpretation_dates_its_policy_by_when_it_was_issued_and_in_force():
    doc = extract("""《醴陵市陶瓷产业发展扶持资金兑现办法》政策解读
来源：市工信局　发布时间：2024-05-10
一、制定背景
为落实株洲市相关政策，市工信局起草了《醴陵市陶瓷产业发展扶持资金兑现办法》，经市政府常务会议审议通过，于2024年4月28日印发实施。
二、主要内容
《办法》共四章十六条，明确了技术改造、品牌建设等方面的兑现标准，有效期三年。
""")
    p = policy(doc)
    assert (p.effective_from, p.expires_on) == ("2024-04-28", "2027-04-27")


def test_a_stated_start_beats_when_the_policy_was_issued():
    doc = extract("""《繁昌区促进光伏产业发展若干政策》解读
一、起草背景
区发展改革委起草了《繁昌区促进光伏产业发展若干政策》，于2025年3月12日印发实施。
二、实施时间
《若干政策》自2025年4月1日起施行，有效期两年。
""")
    p = policy(doc)
    assert (p.effective_from, p.expires_on) == ("2025-04-01", "2027-03-31")


def test_a_repeal_heading_and_its_numbered_items_are_one_list():
    # the closing article announces the list, its numbered items name what is voided
    doc = extract(
        "临湘市支持竹木加工产业发展若干政策\n"
        "1.对新建竹木加工项目，按设备投资额的10%给予补助，最高100万元。\n"
        "2.本政策由市工信局负责解释，自2025年3月1日起施行。\n"
        "3.本政策施行后，下列文件同时废止：\n"
        "（1）《临湘市竹产业发展扶持办法》（临政办发〔2021〕12号）；\n"
        "（2）《临湘市木材加工企业技术改造奖补办法》（临政办发〔2022〕7号）。\n")
    p = policy(doc)
    assert sorted(norm_docno(r.doc_number) for r in p.supersedes) == \
        sorted(norm_docno(n) for n in ("临政办发〔2021〕12号", "临政办发〔2022〕7号"))


@pytest.mark.parametrize("closing, start, end", [
    ("本办法有效期三年，自2024年1月1日至2026年12月31日。", "2024-01-01", "2026-12-31"),
    ("本办法自2024年3月1日至2026年2月28日施行。", "2024-03-01", "2026-02-28"),
    ("本措施自2025年1月1日起至2027年12月31日止有效。", "2025-01-01", "2027-12-31"),
])
def test_a_period_from_one_date_to_another_without_a_label(closing, start, end):
    doc = extract("醴陵市支持陶瓷产业发展办法\n一、对新认定的省级工业设计中心，给予一次性奖励20万元。\n"
                  f"二、{closing}\n")
    p = policy(doc)
    assert (p.effective_from, p.expires_on) == (start, end)


def test_an_items_window_from_one_date_to_another_is_not_the_policys_period():
    doc = extract("醴陵市支持陶瓷产业发展办法\n"
                  "一、对自2024年1月1日至2024年12月31日新认定的省级工业设计中心，给予一次性奖励20万元。\n"
                  "二、本办法自2025年1月1日起施行，有效期两年。\n")
    p = policy(doc)
    assert p.effective_from == "2025-01-01"


def test_an_interpretations_related_document_line_gives_the_policys_number():
    doc = extract(
        "首页 > 政务公开 > 政策解读\n\n"
        "《萧山区关于支持集成电路产业发展的若干政策》政策解读\n\n"
        "　　一、起草背景\n　　为加快集成电路产业发展，区经信局起草了《若干政策》。\n"
        "　　二、主要内容\n　　对年营业收入首次突破5亿元的企业给予最高100万元奖励。\n\n"
        "相关文件：杭州市萧山区人民政府关于印发《萧山区关于支持集成电路产业发展的若干政策》的通知（萧政发〔2025〕6号）\n")
    p = policy(doc)
    assert norm_docno(p.doc_number) == norm_docno("萧政发〔2025〕6号")


def test_a_number_voided_after_when_it_was_issued_keeps_only_its_code():
    doc = extract("江津区支持数字经济发展若干政策\n"
                  "一、对新认定的数字化车间，给予一次性奖励20万元。\n"
                  "二、本政策自2025年1月1日起施行，区政府办公室2022年印发的江津府办发〔2022〕41号文件同时废止。\n")
    p = policy(doc)
    assert [norm_docno(r.doc_number) for r in p.supersedes] == [norm_docno("江津府办发〔2022〕41号")]


def test_in_force_on_issue_with_a_reposts_pinyin_inside_the_words():
    doc = extract("廈門市海滄區關於印發《海滄區支持集成電路產業發展若干措施》的通知\n廈海政〔2024〕8號\n"
                  "各街道，區直各部門：\n現將《海滄區支持集成電路產業發展若干措施》印發給你們，請認真貫徹執行。\n"
                  "廈門市海滄區人民政府\n2024年5月10日\n"
                  "海滄區支持集成電路產業發展若干措施\n"
                  "第一條 對新落戶的芯片設計企業，給予一次性獎勵50萬元。\n"
                  "第二條 本措施自發(fā)布之日起施行，有效期至2026年12月31日。\n")
    p = policy(doc)
    assert (p.effective_from, p.expires_on) == ("2024-05-10", "2026-12-31")


def test_a_repeal_in_force_from_the_day_the_voided_text_no_longer_applies():
    doc = extract("珠海市香洲区人民政府关于废止《香洲区促进商贸业发展扶持办法》的通知\n"
                  "各镇人民政府、街道办事处，区府直属各单位：\n"
                  "经区政府同意，决定废止《香洲区促进商贸业发展扶持办法》（珠香府规〔2022〕2号），自2025年9月1日起不再执行。\n"
                  "特此通知。\n珠海市香洲区人民政府\n2025年8月20日\n")
    p = policy(doc)
    assert p.effective_from == "2025-09-01"


def test_a_repeals_list_announced_as_to_be_voided():
    doc = extract("桐乡市人民政府关于废止部分规范性文件的通知\n桐政发〔2016〕22号\n"
                  "各镇人民政府、街道办事处，市政府各部门：\n"
                  "经清理，市政府决定对下列规范性文件予以废止：\n"
                  "一、《桐乡市工业企业技术改造补助办法》（桐政发〔2012〕11号）\n"
                  "二、《桐乡市科技创新券管理暂行办法》（桐政发〔2014〕6号）\n"
                  "本通知自2016年9月1日起施行。\n桐乡市人民政府\n2016年8月22日\n")
    p = policy(doc)
    assert sorted(norm_docno(r.doc_number) for r in p.supersedes) == \
        sorted(norm_docno(n) for n in ("桐政发〔2012〕11号", "桐政发〔2014〕6号"))


@pytest.mark.parametrize("text, issued", [
    pytest.param("马鞍山经济技术开发区关于支持科技创新的若干政策\n（2025年2月10日　马经开管〔2025〕3号）\n"
                 "1.对首次认定的国家高新技术企业，给予20万元奖励。\n本政策自发布之日起施行，有效期至2027年12月31日。\n",
                 "2025-02-10", id="issuing-note-date"),
    pytest.param("首页 > 信息公开 > 政策文件\n宜春经济技术开发区关于加快集聚产业人才的若干措施\n"
                 "发布时间：2025-05-09　来源：宜春经开区　【字体：大 中 小】\n宜经开字〔2025〕8号\n"
                 "一、对新引进的高层次人才，给予安家补贴50万元。\n二、本措施自发布之日起施行，有效期至2027年12月31日。\n",
                 "2025-05-09", id="page-published-label"),
])
def test_in_force_from_publication_on_the_day_the_page_or_note_gives(text, issued):
    p = policy(extract(text))
    assert (p.effective_from, p.expires_on) == (issued, "2027-12-31")


def test_a_party_documents_date_in_brackets_under_its_number_dates_it():
    text = ("中共炎陵县委 炎陵县人民政府\n关于促进民营经济高质量发展的若干措施\n炎发〔2025〕4号\n（2025年3月18日）\n\n"
            "一、对首次进入省民营企业百强的企业，一次性奖励50万元。（牵头单位：县工信局）\n"
            "二、本措施自印发之日起施行，有效期至2027年12月31日。\n")
    p = policy(extract(text))
    assert (p.issued_on, p.effective_from, p.expires_on) == ("2025-03-18", "2025-03-18", "2027-12-31")


def test_an_issuing_note_with_the_issuers_and_a_date_but_no_number_dates_the_policy():
    text = ("海阳市农产品产地冷藏保鲜设施奖补实施细则\n（海阳市农业农村局　海阳市财政局　2025年4月2日印发）\n海农字〔2025〕9号\n\n"
            "一、对新建库容500立方米以上冷藏保鲜设施的，按建设投资的30%给予补助，最高20万元。\n"
            "二、本细则自印发之日起施行，有效期2年。\n")
    p = policy(extract(text))
    assert (p.issued_on, p.effective_from, p.expires_on) == ("2025-04-02", "2025-04-02", "2027-04-01")


def test_the_policys_own_validity_wins_over_a_bases_recognition_validity():
    text = ("广元市利州区就业见习基地管理办法\n"
            "第一条 对吸纳见习人员的见习基地，按每人每月1500元给予见习补贴。\n"
            "第二条 用人单位经审核、公示后认定为就业见习基地，有效期3年。\n"
            "第三条 本办法自2025年3月1日起施行，有效期5年。\n")
    p = policy(extract(text))
    assert (p.effective_from, p.expires_on) == ("2025-03-01", "2030-02-28")
