"""Pages that lost their line breaks, and a disclosure catalogue's tab table with its longer labels.
Texts written for these tests; expectations follow /work/shared/devset/README.md (traditional
glyphs kept in 文号, as in titles)."""
import pytest

from tests.extraction.real_shapes.helpers import assert_measures, extract, norm_docno, policy

# a notice, its signature, the policy's title and every clause run into one line, not even a space
# between them (traditional characters, as a repost gives them)
ONE_LINE_TRAD = (
    "包頭市九原區人民政府辦公室關於印發《九原區支持裝備製造業發展若干措施》的通知九府辦發〔2024〕9號"
    "各鎮人民政府、街道辦事處，區直各部門：《九原區支持裝備製造業發展若干措施》已經區人民政府同意，現印發給你們，請認真貫徹落實。"
    "包頭市九原區人民政府辦公室2024年5月8日九原區支持裝備製造業發展若干措施為加快裝備製造業發展，制定如下措施。"
    "一、支持企業技術升級（一）支持設備更新。對年度設備投資500萬元以上的項目，按設備投資額的8%給予補助，最高200萬元。"
    "（牽頭單位：區工信局；配合單位：區財政局）（二）支持首台套應用。對首次認定的首台（套）裝備，給予一次性獎勵50萬元。"
    "（牽頭單位：區工信局）二、強化組織保障（三）各牽頭單位要在本措施印發後1個月內制定申報指南。"
    "三、本措施自2024年6月1日起實施，有效期2年。原《九原區促進工業經濟發展若干措施》（九府發〔2021〕33號）同時廢止。"
)


def test_a_page_run_into_one_line_keeps_its_items_and_its_numbers():
    doc = extract(ONE_LINE_TRAD)
    assert_measures(doc, [("（一）", "支持設備更新。對年度設"), ("（二）", "支持首台套應用。對首次")])
    p = policy(doc)
    assert norm_docno(p.doc_number) == norm_docno("九府辦發〔2024〕9號")
    assert [r.doc_number for r in p.supersedes] == ["九府發〔2021〕33號"]


def test_a_catalogues_tab_table_with_an_information_index_label():
    doc = extract("""柳州市柳南区人民政府门户网站
首页 > 信息公开 > 规范性文件
信息索引号\t000014349/2025-01023
发布机构\t柳州市柳南区人民政府办公室
生成日期\t2025-03-04
文号\t南政办规〔2025〕3号
名称：柳州市柳南区人民政府办公室关于印发柳南区支持汽车零部件产业发展若干措施的通知
各街道办事处，区直各部门：
经区人民政府同意，现将《柳南区支持汽车零部件产业发展若干措施》印发给你们，请认真贯彻执行。
柳州市柳南区人民政府办公室
2025年3月1日
柳南区支持汽车零部件产业发展若干措施
（一）对新引进的汽车零部件项目，按设备投资额的10%给予补助，最高300万元。
""")
    p = policy(doc)
    assert norm_docno(p.doc_number) == norm_docno("南政办规〔2025〕3号")
    assert p.title == "柳南区支持汽车零部件产业发展若干措施"


def test_a_policy_platforms_labels_one_space_apart_with_a_validity_period():
    doc = extract("""惠企通 - 企业政策一站式服务平台
首页 | 政策库 | 申报通知 | 政策解读 | 登录
政策库 > 福建省 > 泉州市 > 商务
泉州市促进跨境电商高质量发展若干措施
适用地区：福建省 泉州市　发文机构：泉州市商务局　发文字号：泉商务规〔2025〕3号
发布日期：2025-04-18　有效期：2025-05-01 至 2027-04-30　标签：跨境电商 物流
为加快跨境电商发展，制定如下措施。
一、对新建跨境电商海外仓的企业，按照实际投资额的20%给予补助，最高200万元。
二、对年跨境电商交易额首次突破1亿元的企业，给予一次性奖励50万元。
""")
    p = policy(doc)
    assert norm_docno(p.doc_number) == norm_docno("泉商务规〔2025〕3号")
    assert (p.effective_from, p.expires_on) == ("2025-05-01", "2027-04-30")
    assert len(p.measures) == 2


def test_a_repeals_list_of_notice_titles_under_its_addressees_is_not_its_title():
    doc = extract("""大连市中山区人民政府
首页>政务公开>政策文件
大连市中山区人民政府办公室关于废止部分行政规范性文件的通知
发文字号：中政办规〔2025〕2号　成文日期：2025-06-03　发布日期：2025-06-05
各街道办事处，区政府各部门：
经区政府同意，决定废止以下2件行政规范性文件：
1.大连市中山区人民政府办公室关于印发中山区促进商贸业发展扶持办法的通知（中政办规〔2021〕4号）
2.大连市中山区人民政府办公室关于印发中山区支持楼宇经济发展若干措施的通知（中政办规〔2022〕7号）
本通知自印发之日起施行。
大连市中山区人民政府办公室
2025年6月3日
""")
    p = policy(doc)
    assert p.title == "大连市中山区人民政府办公室关于废止部分行政规范性文件的通知"
    assert sorted(norm_docno(r.doc_number) for r in p.supersedes) == sorted(
        norm_docno(x) for x in ("中政办规〔2021〕4号", "中政办规〔2022〕7号"))
    assert p.measures == []


def test_a_one_line_repost_with_pinyin_keeps_its_title_whole():
    # the view blanks 產(chǎn) to 產 and spaces; those spaces are inside a word, not between a page's parts;
    # 【字號 大 中 小】 is one widget
    doc = extract(
        "蘇州市吳中區人民政府 政策文件 吳中區推進光電產(chǎn)業高質(zhì)量發(fā)展若干措施 來源：區工信局 發布時間：2024-09-02 "
        "【字號 大 中 小】 吳中區推進光電產業高質量發展若干措施 吳政發〔2024〕21號 "
        "各鎮人民政府，各街道辦事處，區各委辦局：現將《吳中區推進光電產業高質量發展若干措施》印發給你們，請認真貫徹執行。 "
        "蘇州市吳中區人民政府 2024年8月28日 為加快光電產業集聚，制定如下措施。"
        "1、支持企業擴大產能。對年度設備投資超過2000萬元的企業，按設備投資額的8%給予補助，最高200萬元。"
        "2、支持研發創新。對新認定的省級以上光電研發平台，給予一次性獎勵100萬元。"
        "3、本措施自2024年9月1日起施行。")
    p = policy(doc)
    assert p.title == "吳中區推進光電產業高質量發展若干措施"
    assert len(p.measures) == 2


def test_a_disclosure_header_labelled_information_index():
    doc = extract("""赣州市章贡区人民政府网站 | 无障碍 | 繁體
首页 政务公开 政策文件 政策解读
您的位置：首页 > 信息公开 > 政策文件
信息索引：360702-2025-0311   生成日期：2025-05-06   公开方式：主动公开
文件编号：章府办发〔2025〕9号
赣州市章贡区人民政府办公室关于印发章贡区支持电子信息产业发展若干措施的通知
各乡镇人民政府、街道办事处，区政府各部门：
《章贡区支持电子信息产业发展若干措施》已经区政府同意，现印发给你们，请认真贯彻执行。
2025年5月2日
章贡区支持电子信息产业发展若干措施
1、对新落户的电子信息制造项目，按设备投资额的8%给予补助，最高300万元。
2、本措施自2025年6月1日起施行。
""")
    p = policy(doc)
    assert p.title == "章贡区支持电子信息产业发展若干措施"
    assert norm_docno(p.doc_number) == norm_docno("章府办发〔2025〕9号")


def test_a_number_run_into_the_addressees_is_the_notices():
    doc = extract("""德阳市经济和信息化局 > 通知公告 > 政策文件
德阳市人民政府办公室关于印发《德阳市支持装备制造业数字化转型若干政策》的通知发布时间：2024-09-20 来源：市经信局
德府办规〔2024〕8号各县（市、区）人民政府，市级各部门：《德阳市支持装备制造业数字化转型若干政策》已经市政府同意，现印发给你们，请认真贯彻执行。德阳市人民政府办公室2024年9月12日
德阳市支持装备制造业数字化转型若干政策
一、对实施数字化改造的装备制造企业，按设备投资额的10%给予补助，最高300万元。
二、本政策自2024年10月1日起施行。
""")
    p = policy(doc)
    assert norm_docno(p.doc_number) == norm_docno("德府办规〔2024〕8号")
    assert p.title == "德阳市支持装备制造业数字化转型若干政策"


def test_a_red_header_notice_run_into_one_line_with_spaces_keeps_its_number():
    # header, 文号, notice title, addressees, notice text and signature on one line, a space apart;
    # the 文号 cited in the body (in brackets) is another policy's
    doc = extract(
        "晋中市榆次区人民政府文件 榆政发〔2023〕8号 晋中市榆次区人民政府关于印发榆次区支持数字经济发展若干措施的通知"
        " 各乡（镇）人民政府、街道办事处，区直各有关单位： 现将《榆次区支持数字经济发展若干措施》印发给你们，请认真贯彻执行。"
        " 晋中市榆次区人民政府 2023年3月6日 （此件公开发布）\n"
        "榆次区支持数字经济发展若干措施\n"
        "为落实《晋中市数字经济发展规划》（市政发〔2022〕14号），制定本措施。\n"
        "一、对新认定的省级数字化车间，给予一次性奖励30万元。（区工信局牵头，区财政局配合）\n"
        "二、对企业购买云服务的，按实际支出的20%给予补贴，最高10万元。（区工信局牵头）\n")
    p = policy(doc)
    assert norm_docno(p.doc_number) == norm_docno("榆政发〔2023〕8号")
    assert p.title == "榆次区支持数字经济发展若干措施"
    assert_measures(doc, [("一、", "对新认定的省级数字化车"), ("二、", "对企业购买云服务的，按")])



# a notice's 文号 where a copy put it: glued between the notice title and the addressees, run into the
# page's labels, in a regulation's issuing note with its date and issuer
NUMBER_PLACES = [
    pytest.param(
        "宿迁市宿城区人民政府\n【字体：大 中 小】 打印本页\n"
        "宿迁市宿城区人民政府办公室关于印发《宿城区促进电子商务发展扶持办法》的通知宿城政办发〔2025〕12号各乡镇人民政府、"
        "街道办事处，区各部门：《宿城区促进电子商务发展扶持办法》已经区政府同意，现印发给你们，请认真遵照执行。"
        "宿迁市宿城区人民政府办公室2025年2月10日\n"
        "宿城区促进电子商务发展扶持办法\n"
        "第一条　为加快电子商务发展，根据《宿迁市电子商务发展规划》（宿政发〔2024〕3号），制定本办法。\n"
        "第二条　对新引进的电商企业，年网络零售额首次突破5000万元的，给予20万元奖励。\n",
        "宿城政办发〔2025〕12号", "宿城区促进电子商务发展扶持办法", id="glued-between-title-and-addressees"),
    pytest.param(
        "临泉县人民政府\n网站首页 | 政务公开 | 政策文件\n"
        "临泉县人民政府办公室关于印发临泉县支持个体工商户发展若干措施的通知\n"
        "来源：县政府办\n时间：2023-05-09 临政办〔2023〕15号\n"
        "各乡镇人民政府，县政府各部门：\n"
        "《临泉县支持个体工商户发展若干措施》已经县政府同意，现印发给你们，请认真贯彻执行。\n"
        "临泉县人民政府办公室\n2023年5月6日\n"
        "临泉县支持个体工商户发展若干措施\n"
        "1.对首次转型为企业的个体工商户，给予一次性奖励1万元。（县市场监管局负责）\n",
        "临政办〔2023〕15号", "临泉县支持个体工商户发展若干措施", id="run-into-the-pages-labels"),
    pytest.param(
        "南沙区促进航运物流发展专项资金管理办法\n"
        "（2025年3月18日 广州市南沙区人民政府办公室 穗南府办规〔2025〕2号）\n"
        "第一条　为促进航运物流业发展，制定本办法。\n"
        "第二条　对新落户的航运企业，给予一次性落户奖励100万元。\n",
        "穗南府办规〔2025〕2号", "南沙区促进航运物流发展专项资金管理办法", id="issuing-note-with-its-date"),
]


@pytest.mark.parametrize("text, number, title", NUMBER_PLACES)
def test_a_notices_number_where_a_copy_put_it(text, number, title):
    p = policy(extract(text))
    assert norm_docno(p.doc_number) == norm_docno(number)
    assert p.title == title


def test_a_number_followed_by_the_pages_labels_on_its_line():
    p = policy(extract(
        "湖口县人民政府\n网站首页 | 政务公开 | 政策文件\n"
        "湖口县人民政府办公室关于印发湖口县支持化工产业发展若干政策的通知\n"
        "湖府办发〔2025〕7号&nbsp;&nbsp;&nbsp;&nbsp;发布日期：2025-03-20\n"
        "各乡（镇）人民政府，县直各单位：\n经县政府同意，现将《湖口县支持化工产业发展若干政策》印发给你们，请认真贯彻执行。\n"
        "湖口县人民政府办公室\n2025年3月18日\n湖口县支持化工产业发展若干政策\n"
        "一、对新引进的化工新材料项目，按固定资产投资的5%给予奖励，最高500万元。\n"))
    assert norm_docno(p.doc_number) == norm_docno("湖府办发〔2025〕7号")


def test_a_page_on_one_line_with_its_labels_between_the_notice_title_and_its_number():
    text = ("碑林区人民政府 | 政务公开 | 政策文件 当前位置：首页 > 信息公开 > 政策文件 碑林区人民政府关于印发碑林区促进商贸业发展若干措施的通知 "
            "来源：碑林区人民政府 发布时间：2025-03-12 浏览次数： 碑政发〔2025〕8号 各街道办事处，区政府各工作部门：现将《碑林区促进商贸业发展若干措施》"
            "印发给你们，请认真贯彻落实。 西安市碑林区人民政府 2025年3月10日 碑林区促进商贸业发展若干措施 为加快商贸业发展，制定以下措施。\n"
            "1.对新纳入限额以上统计的商贸企业，给予一次性奖励5万元。(责任单位:区商务局)\n"
            "2.本措施自印发之日起施行，有效期至2027年12月31日。\n")
    p = policy(extract(text))
    assert norm_docno(p.doc_number) == norm_docno("碑政发〔2025〕8号")
    assert (p.title, p.issued_on, p.effective_from) == ("碑林区促进商贸业发展若干措施", "2025-03-10", "2025-03-10")
