"""Older policies as archived portals and law databases show them, on texts written for these tests:
a notice title that names the policy without 《》 over a page's 时间:/点击数:/【字体】 labels, a law
database's 【】 labels under the notice's title, a disclosure catalogue's table copied with tabs, a
notice that hands on (转发) another's policy, and a district that shares its name with another
province's (江北区 of 重庆 and of 宁波). Expectations follow /work/shared/devset/README.md."""
from tests.extraction.real_shapes.helpers import assert_measures, extract, norm, norm_docno, policy

PORTAL = """您现在的位置：首页 >> 政务公开 >> 区府文件
重庆市江北区人民政府关于印发江北区扶持总部企业发展暂行办法的通知 时间：2009-04-20　来源：区府办　点击数：877　【字体：大 中 小】 江北府发〔2009〕21号 各街道办事处，区政府各部门： 现将《江北区扶持总部企业发展暂行办法》印发给你们，请遵照执行。 二○○九年四月十五日 江北区扶持总部企业发展暂行办法 第一条 为吸引总部企业落户，制定本办法。 第二条 对新落户的总部企业，一次性给予落户奖励200万元。 第三条 总部企业购买自用办公用房的，按购房价款的5%给予补助，最高不超过300万元。 第四条 本办法由区经委负责解释，自印发之日起施行。
"""


def test_a_notice_title_without_quotes_over_a_pages_labels_gives_the_policy_its_title_number_and_date():
    p = policy(extract(PORTAL))
    assert norm(p.title) == "江北区扶持总部企业发展暂行办法"
    assert norm_docno(p.doc_number) == norm_docno("江北府发〔2009〕21号")
    assert p.effective_from == "2009-04-15"  # the signature's date, not the page's 时间
    assert_measures(extract(PORTAL), [("第二条", "对新落户的总部企业"), ("第三条", "总部企业购买自用办")])


def test_a_district_sharing_its_name_with_another_provinces_is_the_issuers():
    assert policy(extract(PORTAL)).region == "重庆市江北区"
    ningbo = PORTAL.replace("重庆市江北区人民政府", "宁波市江北区人民政府")
    assert policy(extract(ningbo)).region == "宁波市江北区"


LAW_DB = """许昌市人民政府关于印发许昌市促进现代物流业发展若干政策的通知
【发布部门】许昌市人民政府
【发文字号】许政〔2014〕27号
【发布日期】2014.05.08
【实施日期】2014.06.01
【时效性】失效
【效力级别】地方规范性文件

各县（市、区）人民政府，市人民政府各部门：
　　《许昌市促进现代物流业发展若干政策》已经市人民政府第九次常务会议研究同意，现印发给你们，请认真贯彻执行。
　　二〇一四年五月六日

许昌市促进现代物流业发展若干政策

　　一、对新评定为国家5A级物流企业的，给予一次性奖励50万元。
　　二、对新建物流园区的基础设施投资，按投资额的3%给予补助，最高200万元。
"""


def test_a_law_databases_labels_under_the_notice_title_are_its_header():
    p = policy(extract(LAW_DB))
    assert norm(p.title) == "许昌市促进现代物流业发展若干政策"
    assert norm_docno(p.doc_number) == norm_docno("许政〔2014〕27号")
    assert_measures(extract(LAW_DB), [("一、", "对新评定为国家5A"), ("二、", "对新建物流园区的基")])


CATALOGUE = """鹤壁市人民政府门户网站
网站首页 > 政府信息公开 > 政府信息公开目录 > 规范性文件

索引号\t11410600005/2015-03318\t发布机构\t鹤壁市人民政府办公室
主题分类\t综合政务\t成文日期\t2015年11月02日
标　题\t鹤壁市人民政府关于废止部分市政府规范性文件的决定
文　号\t鹤政〔2015〕31号\t发布日期\t2015年11月05日

鹤壁市人民政府关于废止部分市政府规范性文件的决定

各县区人民政府，市人民政府各部门：
　　经清理，市人民政府决定废止《鹤壁市扶持小微企业发展暂行办法》（鹤政〔2011〕14号）。
"""


def test_a_catalogue_table_copied_with_tabs_is_a_header():
    p = policy(extract(CATALOGUE))
    assert norm(p.title) == "鹤壁市人民政府关于废止部分市政府规范性文件的决定"
    assert norm_docno(p.doc_number) == norm_docno("鹤政〔2015〕31号")
    assert {norm_docno(r.doc_number) for r in p.supersedes} == {norm_docno("鹤政〔2011〕14号")}


FORWARDED = """首页 > 政务公开 > 政策文件
荆门市人民政府办公室关于转发《湖北省促进中小企业数字化转型若干措施》的通知
发布时间：2025-03-12 09:15    来源：市政府办公室    字号：大 中 小
索 引 号：011430009/2025-10211   发文字号：荆政办发〔2025〕6号

各县市区人民政府，市政府各部门：
现将《湖北省促进中小企业数字化转型若干措施》转发给你们，请结合实际认真贯彻落实。结合我市实际，提出以下补充措施，请一并执行。
一、对获评省级数字化转型标杆企业的，市级再给予30万元一次性奖励。
二、对中小企业购买工业软件的，按实际支出的20%给予补助，最高20万元。

荆门市人民政府办公室
2025年3月10日

湖北省促进中小企业数字化转型若干措施

（一）对实施数字化改造的中小企业，按投资额的10%给予补助，最高100万元。
"""


def test_a_forwarding_notice_under_a_header_keeps_its_own_items_and_the_policy_it_forwards():
    policies = extract(FORWARDED).policies
    assert [norm(p.title) for p in policies] == [
        "荆门市人民政府办公室关于转发《湖北省促进中小企业数字化转型若干措施》的通知", "湖北省促进中小企业数字化转型若干措施"]
    assert [len(p.measures) for p in policies] == [2, 1]


ISSUED_AS_IT_STANDS = """临淄区人民政府关于加快推进工业转型升级的若干政策意见
来源：区经信局  发布时间：2016-04-08  点击数：  【字体：大 中 小】
临政发〔2016〕11号
各镇人民政府、街道办事处，区政府各部门：为加快推进工业转型升级，提出如下政策意见。
一、对年度设备投入1000万元以上的工业技术改造项目，按设备投入额的6%给予补助，单个项目最高200万元。
二、本政策由区经济和信息化局负责解释，自发布之日起施行，有效期至2018年12月31日。
临淄区人民政府
2016年3月29日
【打印本页】 【关闭窗口】
"""


def test_a_policy_issued_as_it_stands_takes_its_signatures_date():
    assert policy(extract(ISSUED_AS_IT_STANDS)).effective_from == "2016-03-29"  # not the page's 发布时间


BOXED_HEADER = """当前位置：首页 > 政府信息公开 > 规范性文件
【字体：大 中 小】　　　　　　　　打印本页
┌─────────────────────────────
│索 引 号：11440305MB2C1078XQ/2025-01801
│发布机构：深圳市龙岗区科技创新局
│发文字号：深龙科规〔2025〕2号
│成文日期：2025-08-12
└─────────────────────────────
深圳市龙岗区科技创新局关于印发《龙岗区支持量子科技产业发展若干措施》的通知
各有关单位：
　　现将《龙岗区支持量子科技产业发展若干措施》印发给你们，请遵照执行。
深圳市龙岗区科技创新局
2025年8月12日
龙岗区支持量子科技产业发展若干措施
　　1.对研制量子计算机整机的企业，按研发投入的30%给予资助，最高1000万元。
　　2.本措施自发布之日起施行，有效期3年。
"""


def test_a_header_a_page_drew_a_box_around_is_read_past():
    p = policy(extract(BOXED_HEADER))
    assert norm(p.title) == "龙岗区支持量子科技产业发展若干措施"
    assert norm_docno(p.doc_number) == norm_docno("深龙科规〔2025〕2号")
    assert (p.effective_from, p.expires_on) == ("2025-08-12", "2028-08-11")


HEADER_NO_TITLE = """索引号：11340100MB1C83702X/202409-00021
发布机构：合肥高新区管委会
成文日期：2024-09-12
发文字号：合高管〔2024〕97号
发布日期：2024-09-14

合肥高新区促进机器人产业高质量发展若干政策
第一条　对新落户的机器人整机企业，给予一次性奖励100万元。
第二条　本政策自印发之日起施行，有效期三年。
"""


def test_a_header_without_a_title_still_dates_the_policy():
    assert policy(extract(HEADER_NO_TITLE)).effective_from == "2024-09-12"  # its 成文日期, the notice's own date


def test_a_number_at_the_end_of_the_notice_titles_line():
    p = policy(extract("""呼和浩特市赛罕区人民政府网 > 信息公开 > 政策文件
赛罕区人民政府办公室关于印发《赛罕区文创产品开发扶持办法》的通知 赛政办发〔2024〕19号
各街道办事处，区直各部门：
经区人民政府同意，现将《赛罕区文创产品开发扶持办法》印发给你们，请认真抓好落实。
呼和浩特市赛罕区人民政府办公室
2024年12月16日
赛罕区文创产品开发扶持办法
一、对年度销售额超过100万元的文创企业，给予一次性奖励5万元。
二、将文创产品纳入全区文化旅游宣传推广体系，在区融媒体平台免费开设展示专栏。
"""))
    assert norm_docno(p.doc_number) == norm_docno("赛政办发〔2024〕19号")
    assert len(p.measures) == 2  # free space on the district's media is a service
