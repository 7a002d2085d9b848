"""What a measure is, in document shapes not covered by real_shapes: 'N个方面M条' sections with
continuous numbering, mixed sections (eligibility / support / procedure / penalty), non-money
support, a parent that sets a shared cap over tier children, 第X条 whose (一)(二) are conditions or a
scope list, three-tier 一、/1./(1), and whole documents without any measure.
Texts written for these tests; expectations follow /work/shared/devset/README.md."""
import pytest

from tests.extraction.real_shapes.helpers import assert_measures, extract, find_measure, measures_of, yuan

ASPECTS_ITEMS = """衡阳市支持先进制造业高质量发展若干政策措施

为加快建设先进制造业强市，现从3个方面提出7条政策措施。
一、支持企业做大做强（3条）
1.对年主营业务收入首次突破10亿元、50亿元、100亿元的工业企业，分别给予50万元、100万元、200万元奖励。
2.对首次纳入规模以上工业统计的企业，给予一次性奖励5万元。
3.对新认定的国家级制造业单项冠军企业，给予100万元奖励。
二、支持创新能力提升（2条）
4.对新认定的国家级企业技术中心，给予100万元奖励。
5.对企业研发投入增量部分，按10%给予补助，最高200万元。
三、强化要素保障（2条）
6.优先保障重点工业项目用地指标，对符合条件的项目实行“拿地即开工”审批。
7.对重点工业企业新增用电需求，由国网衡阳供电公司开辟绿色通道，优先安排接电。
"""

MIXED_SECTION = """南部县促进工业园区标准化厂房建设若干措施

一、适用范围
本措施适用于在南部县经济开发区内投资建设标准化厂房的企业。
二、扶持内容
（一）申报企业须在我县注册纳税满一年，且无不良信用记录。
（二）对新建标准化厂房并投产的企业，按厂房建设投资的10%给予补助，最高300万元。
（三）对入驻企业新招录的本科以上学历人员，提供人才公寓一套，免租金三年。
（四）补助资金由县财政局在次年第一季度拨付到位。
（五）对弄虚作假骗取补助资金的企业，全额追回已拨资金，五年内不得申报县级各类扶持政策。
三、本措施由县经济和信息化局负责解释。
"""

SHARED_CAP_LEADING = """株洲市推动工业企业技术改造若干措施

（一）技术改造奖补。对年度设备投资超过300万元的技改项目，按以下标准给予奖补，单个企业年度累计不超过800万元：
1.设备投资300万元至1000万元（含）的，按8%给予奖补；
2.设备投资1000万元以上的，按12%给予奖补。
（二）首台套保险补偿。对投保首台（套）重大技术装备综合险的企业，按年度保费的80%给予补偿，最高100万元。
（三）本措施自印发之日起施行。
"""

SHARED_CAP_TRAILING = """漳州市支持企业创新平台建设若干措施

一、支持创新平台建设
1.对新认定的国家级企业技术中心，给予200万元奖励；
2.对新认定的省级企业技术中心，给予50万元奖励；
3.对新认定的省级工程研究中心，给予30万元奖励。
同一企业同一年度获得本条奖励累计不超过200万元。
二、支持企业研发投入。对企业年度研发费用增长超过20%的，按增量部分的10%给予奖励，最高100万元。
三、本措施由市工业和信息化局负责解释。
"""

ARTICLE_CONDITIONS = """洛阳市伊滨区招商引资优惠办法

第一条 为进一步优化投资环境，加大招商引资力度，制定本办法。
第二条 专项资金重点支持以下领域：
（一）新能源汽车及零部件；
（二）新型储能；
（三）氢能装备。
第三条 对同时符合下列条件的新引进企业，给予一次性落户奖励100万元：
（一）在本区注册且实缴注册资本不低于5000万元；
（二）承诺在本区经营期限不少于10年。
第四条 对新引进企业租用区内标准化厂房的，前两年按租金的50%给予补贴，每年最高50万元。
第五条 本办法自2024年1月1日起施行。
"""

THREE_TIERS = """岳阳市促进中小企业高质量发展若干措施

一、加大财政支持
1.支持技术创新
（1）对新认定的国家级专精特新“小巨人”企业，给予50万元奖励。
（2）对新获批的省级重点实验室，给予30万元奖励。
2.支持市场开拓
（1）对参加境外展会的企业，按展位费的50%给予补助。
（2）对首次获得出口信用保险保单的企业，按保费的30%给予补贴。
二、组织保障
由市中小企业服务中心负责统筹推进，各县市区要安排专人负责。
"""

TALENT_NONMONEY = """绵阳市科技城新区引进高层次人才服务保障措施

一、人才安居。对新引进的A类人才，提供不少于150平方米的人才公寓，在新区工作满5年的可无偿获得产权。
二、子女入学。高层次人才子女就读义务教育阶段学校的，由新区教育局按人才意愿统筹安排。
三、医疗保障。为高层次人才开通就医绿色通道，每年安排一次免费健康体检。
四、配偶就业。高层次人才配偶有就业意愿的，由新区人力资源和社会保障部门协助推荐就业岗位。
五、本措施由新区党工委人才办负责解释。
"""

GOAL_AND_MODE = """泉州市推动纺织鞋服产业高端化发展若干措施

一、发展目标
到2027年，全市纺织鞋服产业产值突破1万亿元，培育产值超100亿元企业10家。
二、支持方式
采取事后奖补方式，对符合条件的项目择优给予支持，具体以年度申报指南为准。
三、支持措施
（一）支持高端面料研发。对企业研发功能性面料并实现量产的，按研发投入的20%给予补助，最高200万元。
（二）支持自主品牌建设。对新获评中国驰名商标的企业，给予100万元奖励。
（三）本措施与市级其他同类政策不重复享受。
四、资金来源
所需资金由市、县两级财政按现行财政体制分担。
"""

ARTICLE_ITEMS_CHAPTER_PENALTY = """蚌埠市工业发展专项资金扶持办法

第一章 总则
第一条 为规范工业发展专项资金使用，制定本办法。
第二条 专项资金由市财政局和市经济和信息化局共同管理。
第二章 扶持标准
第三条 对新建工业项目按下列标准给予扶持：
（一）对设备投资超过1000万元的项目，按设备投资的6%给予补助，最高500万元；
（二）对新建厂房的项目，按厂房建设投资的5%给予补助，最高300万元。
第四条 对企业新获批国家级绿色工厂的，给予50万元奖励。
第三章 监督管理
第五条 获得扶持的企业应当在5年内不迁出本市，否则退还全部扶持资金。
第六条 对骗取、套取专项资金的，追回资金并纳入失信名单。
第四章 附则
第七条 本办法自2024年5月1日起施行，有效期3年。
"""

HEADING_OWN_LINE = """南充市支持汽车汽配产业发展若干措施

（一）支持整车企业扩能
对整车企业新增产能投资超过5亿元的，按固定资产投资的5%给予补助，最高3000万元。

对整车企业年度产量首次突破10万辆的，另给予500万元奖励。

（二）支持汽配企业本地配套
对本地汽配企业进入本市整车企业配套体系的，按年度配套额的2%给予奖励，最高200万元。

（三）附则
本措施自印发之日起施行，由市经济和信息化局负责解释。
"""

LENTICULAR_HEADINGS = """宿州市支持云计算产业发展办法

第一条【目的】为加快建设云计算产业基地，制定本办法。
第二条【机架补贴】对新建数据中心投入运营机架超过1000个的，按每个机架1000元给予一次性补贴，最高500万元。
第三条【用电支持】对数据中心企业优先纳入电力直接交易，保障用电需求。
第四条【申报】企业于每年3月底前向市数据资源管理局提出申请。
第五条【施行】本办法自2024年1月1日起施行。
"""

INLINE_ITEMS = """咸宁市支持企业创新发展若干措施

第一条 为推动企业创新发展，制定本措施。
第二条 对企业技术创新给予以下支持：（一）对新认定的国家级企业技术中心，给予100万元奖励；（二）对新获批的省级工程研究中心，给予30万元奖励。
第三条 对企业开拓市场给予以下支持：（一）对参加市政府组织的境外展会的企业，按展位费的70%给予补助；（二）对企业新开展跨境电商业务的，给予5万元一次性奖励。
第四条 本措施自印发之日起施行。
"""

SECTION_HEADINGS_NO_CHILDREN = """辽源市支持袜业转型发展若干措施

一、加强组织领导
成立市袜业转型发展工作专班，由分管副市长任组长，统筹推进袜业转型发展工作。
二、支持袜企设备更新
对袜企购置智能化织袜设备的，按设备投资的15%给予补助，最高200万元。
三、支持袜业电商发展
对袜企年网络销售额首次超过5000万元的，给予20万元奖励。
四、强化督促考核
将袜业转型发展工作纳入各县（区）年度目标责任考核。
"""

# ① ② on lines of their own under a parent that only names the line of support: the items are
# the measures; ①②③ tiers followed by a line that makes them one award (按最高档次): the parent is.
CIRCLED_ITEMS = """六安市支持绿色建材产业发展若干措施
一、支持企业创新
1.支持研发平台建设。
①对新认定的国家级企业技术中心，给予200万元奖励；
②对新认定的省级工程研究中心，给予50万元奖励。
2.对绿色建材企业年度研发投入增长的，按增量的10%给予补助，最高100万元。
二、支持企业壮大
3.企业规模跃升奖：
①年营业收入首次突破5亿元的，奖励50万元；
②年营业收入首次突破10亿元的，奖励100万元。
同一企业按最高档次奖励，已享受低档次奖励的补齐差额。
4.对新建绿色建材项目，新增工业用地出让价格可按不低于所在地工业用地出让最低价标准的70%确定。
"""

# ①② inside one sentence are tiers of that clause, not items.
CIRCLED_INLINE = """亳州市支持中药饮片企业发展若干措施
一、支持企业做大。①对年主营业务收入首次超过1亿元的，给予10万元奖励；②首次超过5亿元的，给予30万元奖励。
二、支持品牌建设。对新获得省级以上品牌称号的企业，给予20万元奖励。
"""

PROJECTS_GONGSHI = """铜川市工业和信息化局
当前位置：首页 > 通知公告
关于2025年度铜川市工业转型升级资金拟支持项目的公示
发布时间：2025-05-08
根据《铜川市工业转型升级资金管理办法》，经企业申报、专家评审，拟对以下项目给予支持，现予公示：
序号　项目类别　企业名称　拟支持金额（万元）
1　技术改造　铜川某某建材有限公司　120
2　专精特新　铜川某某机械有限公司　30
注：技术改造项目按设备投资额的8%给予补助，单个项目最高200万元。
公示期为2025年5月8日至5月14日。
"""

APPLY_AND_MANAGE = """韶关市支持陶瓷产业转型发展扶持办法
一、扶持内容
（一）对陶瓷企业购置智能化生产设备的，按设备投资额的8%给予补助，最高200万元。
二、申报和管理
（一）扶持资金每年集中申报一次，由市工业和信息化局发布申报通知。
（二）扶持资金由市财政预算安排；单个企业年度获得本办法扶持资金总额不超过300万元。
"""

# Tiers announced by 分档给予奖励： with a unit line after them; a clause that points to another
# policy; inclusion in a talent programme; services by name; the last item before the closing line.
TIERS_AND_POINTERS = """嘉兴市南湖区加快新材料产业发展若干政策
（一）对总部新迁入我区的新材料企业，根据其上年度营业收入规模，分档给予奖励：
1.营业收入5亿元（含）至20亿元的，给予100万元奖励；
2.营业收入20亿元以上的，给予300万元奖励。
责任单位：区商务局
（二）对新材料企业上市的，按照《南湖区推动企业上市若干政策》给予支持。责任单位：区金融办
（三）对新材料领域高层次人才，优先纳入“南湖英才计划”支持范围，在住房保障、子女入学等方面给予优先保障。
（四）支持企业出口。海关、税务等部门对重点出口企业实行“专人联系、专班服务”。
本政策自2025年1月1日起施行。
"""

# 按下列标准给予奖励： over items that only name a level: one measure; scenarios opened to firms and
# talent services under a regional talent policy are support.
LEVELS_AND_SCENARIOS = """邯郸市促进先进制造业发展若干措施
第八条 支持企业梯度培育。对首次认定的优质企业，按下列标准给予一次性奖励：
（一）国家级专精特新“小巨人”企业，奖励80万元；
（二）省级专精特新中小企业，奖励15万元。
第九条 场景开放。每年发布智能装备应用场景清单，支持本地企业在城市管理、医疗康养等领域开展示范应用。
第十条 对先进制造业企业引进的高层次人才，按照河北省人才政策享受住房、子女教育等服务保障。
"""

# (1)(2)(3) closed by 同一企业按最高等级给予奖励，晋级的按差额补足: tiers of one award; 展位费全额补贴
# grants money; the closing article 本政策措施自…起执行 is not part of the last item.
HIGHEST_LEVEL_AND_FULL_SUBSIDY = """溧阳市推进智能制造若干政策
1.支持智能示范创建。
（1）对新获评国家级智能工厂的企业，给予200万元奖励；
（2）对新获评省级智能制造示范车间的企业，给予30万元奖励。
同一企业按最高等级给予奖励，晋级的按差额补足。（市工信局）
2.对组织企业参加市政府统一组织的重点展会的，展位费全额补贴。
本政策措施自2025年3月1日起执行，有效期至2027年12月31日。
"""

# Numbering styles beyond the common ones: 第X项; Ⅰ、 over (Ⅰ); ㈠ over ① at line starts; 1) under 一、;
# a markdown copy whose item headings are bold; a body with no numbering at all.
XIANG_ITEMS = """佛山市南海区加快智能装备产业发展若干措施
第一项　支持关键技术攻关。对企业承担国家级重大科技专项的，按项目获得上级财政资金的30%给予配套，最高500万元。
第二项　支持首台（套）应用。对企业研制的首台（套）智能装备，按销售价格的20%给予奖励，最高300万元。
第三项　加强组织保障。建立产业发展工作专班，统筹推进各项措施落实。
"""

ROMAN_AND_CIRCLED = """威海市支持海洋装备产业发展若干措施
Ⅰ、支持企业做大
（Ⅰ）对海洋装备企业年营业收入首次突破10亿元的，给予100万元奖励。
（Ⅱ）对新认定的省级专精特新企业，给予20万元奖励。
Ⅱ、支持技术改造
㈠设备更新
①对企业购置智能化设备的，按设备投资额的10%给予补助，最高300万元；
②对企业实施数字化改造的，按投资额的8%给予补助，最高200万元。
"""

PAREN_ONLY_NUMBERS = """扬州市推动制造业智能化改造若干政策
一、支持智能化改造
1）对设备投资额在500万元以上的智能化改造项目，按设备投资额的10%给予补助，最高500万元；
2）对新认定的省级智能制造示范工厂，给予100万元奖励。
二、支持数字化转型
1）对企业购买工业软件的，按购置费用的20%给予补助，最高50万元。
"""

MARKDOWN_COPY = """## 湖州市支持纺织产业转型升级若干措施

**1．支持设备更新**

对纺织企业购置智能化设备的，按设备投资额的8%给予补助，最高300万元。

**2．支持品牌建设**

对新获评中国驰名商标的纺织企业，给予一次性奖励100万元。
"""

UNNUMBERED = """长丰县支持智能家电产业发展若干政策

　　为加快智能家电产业集聚，结合我县实际，制定本政策。
　　本政策适用于在长丰县域内依法登记注册的智能家电企业。
　　支持重大项目招引。对新引进的智能家电项目，设备投资5000万元以上的，按设备投资额的8%给予补助，最高1000万元。
　　鼓励企业扩大产能。对智能家电企业年度设备投资超过2000万元的，按设备投资额的5%给予补助，最高300万元。
　　本政策自2025年1月1日起施行，有效期3年。
"""

# 一是…二是…三是 inside one paragraph: separate measures when each gives its own money; the facets of
# one support when they are short and give none; the paragraph's unit line names every item.
YISHI_ITEMS = """淄博市支持化工产业转型发展若干措施
（一）支持园区提升。对园区内企业实施的改造项目，一是按项目设备投资的10%给予补助，最高200万元；二是对通过省级认定的智慧化工示范项目，另行奖励30万元。责任单位：市工业和信息化局。
（二）支持人才引育。鼓励企业引进化工领域高层次人才，一是开辟职称评审绿色通道，二是优先保障人才公寓，三是提供子女入学服务。责任单位：市委组织部。
"""

# A markdown table of measures, one row each; a chapter heading a PDF glued to the next article.
TABLE_ROWS = """菏泽市支持生物医药产业发展若干措施
| 序号 | 支持内容 | 支持标准 | 责任单位 |
|---|---|---|---|
| 1 | 支持技术改造 | 对设备投资500万元以上的技改项目，按设备投资额的8%给予补助，最高300万元 | 市工业和信息化局 |
| 2 | 支持企业上规 | 对首次纳入规模以上工业统计的企业，给予10万元一次性奖励 | 市统计局、市工业和信息化局 |
"""

GLUED_CHAPTER = """德阳市促进装备制造业发展若干政策
第一章 总则
第一条 为加快装备制造业发展，制定本政策。
第二章 支持企业做大第二条 支持企业扩大规模。对年主营业务收入首次突破10亿元的企业，给予100万元奖励。
第三条 支持项目建设。对新开工的装备项目，按设备投资额的5%给予补助，最高1000万元。
"""

# A web page lost the line break after a section heading: 一、支持有效投资（一）支持设备更新。…
GLUED_SECTION = """铜仁市促进工业经济稳增长若干政策
一、扩大有效投资（一）支持设备更新。对设备投资500万元以上的项目，按设备投资额的8%给予补助，最高500万元。（牵头单位：市工业和能源局）
(二)支持项目招引。对新引进总投资5亿元以上的工业项目，按实际到位设备投资的3%给予补助，最高1000万元。（牵头单位：市投资促进局）
二、强化金融支持（一）支持企业上市。对在境内主板上市的企业，给予300万元奖励。（牵头单位：市地方金融管理局）
（二）支持债券融资。对成功发行公司债券的企业，按发行额的1%给予补助，最高100万元。（牵头单位：市财政局）
"""

# A 实施细则's articles open by naming the parent's article they carry out: 落实《若干政策》第八条“…”
IMPLEMENTS_PARENT = """石家庄市支持生物医药产业发展若干政策实施细则
第一条 为落实《石家庄市支持生物医药产业发展若干政策》（以下简称《若干政策》），制定本细则。
第二条 落实《若干政策》第三条“支持技术改造”。对设备投资500万元以上的技改项目，按设备投资额的8%给予补助，最高300万元。
第三条 落实《若干政策》第五条“优化注册审批服务”。对企业申报注册的二类医疗器械，开通审评审批绿色通道，提供“一对一”注册申报指导服务。
第四条 本细则自印发之日起施行。
"""

# A fund 办法: a total cap per recipient as an article of its own; tiers under an intro that also
# gives the payment schedule (分档给予奖励，奖励资金分三年按4：3：3比例拨付：)
FUND_CAP_AND_SCHEDULE = """赤峰市新能源装备产业发展专项资金管理办法
第一条 为规范专项资金管理，制定本办法。
第二条 支持整机项目落地。对新落地的风电整机制造项目，按设备投资额分档给予奖励，奖励资金分三年按4：3：3比例拨付：
（一）设备投资10亿元以上的，按6%给予奖励，最高6000万元；
（二）设备投资5亿元（含）至10亿元的，按5%给予奖励，最高3000万元。
第三条 支持研发平台建设。对新认定的自治区级企业技术中心，给予100万元奖励。
第四条 同一企业同一年度获得专项资金支持的总额原则上不超过3000万元。
第五条 本办法自印发之日起施行。
"""

# 1.1 / 1.2 under 1. at line starts (a PDF copy), a shared cap after 2.2 in Chinese numerals,
# a 重点任务 section of lines of work, and tiers under 按以下标准给予…，同一企业按差额累计奖励：
DECIMAL_ITEMS = """洛阳市人民政府
关于加快农机装备产业发展的实施意见
一、重点任务
（一）壮大整机制造。依托骨干企业，推进大马力拖拉机、联合收获机整机研发，提升产业链配套水平。
（二）完善配套体系。引导零部件企业向专业化发展，积极培育本地配套企业。
二、支持政策
1.支持整机项目
1.1 对新落户的农机整机项目，设备投资达到一亿元以上的，按设备投资额的8%给予奖励，最高五千万元。
1.2 对农机企业年营业收入首次突破10亿元、50亿元的，按以下标准给予企业一次性奖励，同一企业按差额累计奖励：
（1）首次突破10亿元的，奖励五十万元；
（2）首次突破50亿元的，奖励二百万元。
2.支持推广应用
2.1 对购置本地生产的智能农机的合作社，按购置价格的10%给予补贴，单台不超过三万元。
2.2 对新建农机服务中心的运营主体，给予一次性补助二十万元。
上述2.1、2.2项补贴，同一主体每年累计不超过一百万元。
"""

# A fund 办法's article 按照以下标准予以支持： over items that each name their own recipients after a
# heading sentence; money written only in Chinese numerals
FUND_ITEMS_HEADED = """山西省工业转型升级专项资金管理办法
第一章 总则
第一条 为规范专项资金管理，制定本办法。
第二章 支持标准
第五条 专项资金按照以下标准予以支持：
（一）技术改造项目。对设备购置投资1000万元以上的技术改造项目，按照设备购置投资额的10%给予补助，最高不超过一千万元。
（二）单项冠军企业。对新认定的国家级制造业单项冠军企业，一次性奖励二百万元。
（三）工业设计。对新认定的国家级工业设计中心，一次性奖励一百万元。
第六条 本办法自2024年11月1日起施行。
"""

# A background section full of figures (发展基础), tiers under 按其…给予奖励： with no level cue, and a
# draft followed by its 起草说明, whose summary items are not measures
BACKGROUND_TIERS_DRAFT = """哈密市支持外贸发展若干措施（征求意见稿）
一、发展基础
近年来，我市外贸进出口总额由2020年的20亿元增长到2024年的45亿元，年均增长22%，外贸主体达到120家。
二、支持政策
1.支持外贸企业落户。对新落户我市的外贸企业，自落户年度起连续3年，按其年度进出口额给予奖励：
（1）年度进出口额1亿元至5亿元（不含）的，每年奖励10万元；
（2）年度进出口额5亿元以上的，每年奖励30万元。
2.支持境外参展。对企业参加市商务局组织的境外展会，按展位费的70%给予补贴，每个展会最高3万元。
三、本措施自印发之日起施行。

关于《哈密市支持外贸发展若干措施（征求意见稿）》的起草说明
一、起草背景
为稳住外贸基本盘，市商务局起草了本措施。
二、主要内容
（一）企业落户。对新落户外贸企业按进出口额给予奖励，最高每年30万元。
（二）境外参展。按展位费70%给予补贴。
"""

# A fund 办法: 专项资金采取事后补助、奖励等方式给予支持 names the support mode, grants nothing
MODE_ARTICLE = """武清区智能制造专项资金管理办法
第一条 为规范专项资金管理，制定本办法。
第二条 专项资金采取事后补助、奖励等方式给予支持。
第三条 对企业实施的智能化改造项目，按照设备和软件投资额的10%给予补助，单个项目最高300万元。
第四条 本办法自印发之日起施行。
"""

# A work plan's 重点任务 (a target naming 配套 and money is no grant), a 支持政策 section with a
# 将X纳入…服务范围 service, a 纳入…优先采购目录 item, tiers under 给予一次性落户奖励：, a
# conditional service (…的，前两年免租), a no-double rule, and a parent whose last item ends
# 。上述奖励…累计最高… on the same line
WORK_PLAN = """芜湖市湾沚区新能源汽车零部件产业发展三年行动方案
一、重点任务
（一）实施精准招商行动。围绕整车企业配套需求绘制招商图谱，每年引进投资5亿元以上项目不少于8个。
（二）实施龙头培育行动。推动龙头企业扩能增产，力争新增产值超20亿元企业5家。
二、支持政策
（一）对新认定的总部企业，按实缴注册资本给予一次性落户奖励：
1.实缴注册资本1亿元以上不足5亿元的，奖励300万元；
2.实缴注册资本5亿元以上的，奖励800万元。
（二）将零部件企业高管和核心技术人才纳入“湾沚英才卡”服务范围，在子女入学、医疗保健等方面提供优先服务。
（三）对区内企业生产的新能源汽车零部件，经认定后纳入区属国有企业和公立机构优先采购目录。
（四）入驻区政府指定产业园区标准厂房的，前两年免租。
（五）首台（套）奖励。1、对经认定的国家首台（套）重大技术装备，按产品单价的20%给予奖励；2、对经认定的省首台（套）重大技术装备，按产品单价的15%给予奖励。上述奖励每家企业每年累计最高300万元。
（六）同一项目不得重复申请区级财政资金支持。项目单位申请补助的，其自筹资金占项目总投资比例原则上不低于70%。
"""

# A PDF copy: the last article's sentence broken before 单个企业每年最高…, which is no shared cap
# of the chapter; a chapter is never one measure
PDF_CHAPTER_TAIL = """鄠邑区促进软件产业发展专项资金实施细则
第一章 总则
第一条 为促进软件产业发展，制定本细则。
第二章 支持内容和标准
第二条 企业落户奖励。对新落户的软件企业，按其首个完整会计年度营业收入分档给予奖励：
（一）营业收入达到1亿元以上不足5亿元的，奖励100万元；
（二）营业收入达到5亿元以上的，奖励300万元。
第三条 市级政策叠加。对获得西安市软件产业专项资金支持的企业，区级按市级支持金额的50%给予追加支持，
单个企业每年最高300万元。
第三章 附则
第四条 本细则自印发之日起施行。
"""

# 专项资金按以下标准给予支持： over items that each name their support in a heading sentence
# (研发投入奖励。企业…的，…): separate measures, not tiers of one award
STANDARD_NAMED_ITEMS = """【发布单位】醴陵市人民政府
【发布文号】醴政发〔2024〕6号

醴陵市陶瓷产业发展专项资金管理办法
第一条 为规范专项资金管理，制定本办法。
第二条 专项资金按以下标准给予支持：
（一）研发投入奖励。企业年度研发费用增长超过20%的，按增量部分的10%给予奖励，最高100万元。
（二）首台套奖励。产品首次认定为省级首台（套）重大技术装备的，给予50万元奖励。
第三条 本办法自印发之日起施行。
"""

POSITIVE = [
    pytest.param(ASPECTS_ITEMS,
                 [("1.", "对年主营业务收入首次"), ("2.", "对首次纳入规模以上"), ("3.", "对新认定的国家级制造"),
                  ("4.", "对新认定的国家级企业"), ("5.", "对企业研发投入增量"),
                  ("6.", "优先保障重点工业项目"), ("7.", "对重点工业企业新增用电")],
                 id="n-aspects-m-items-continuous-numbering-with-priority-access"),
    pytest.param(MIXED_SECTION,
                 [("（二）", "对新建标准化厂房"), ("（三）", "对入驻企业新招录")],
                 id="mixed-section-eligibility-support-payment-penalty"),
    pytest.param(SHARED_CAP_LEADING,
                 [("（一）", "技术改造奖补"), ("（二）", "首台套保险补偿")],
                 id="parent-sets-shared-cap-before-tier-children"),
    pytest.param(SHARED_CAP_TRAILING,
                 [("一、", "支持创新平台建设"), ("二、", "支持企业研发投入")],
                 id="parent-with-trailing-shared-cap-over-distinct-items"),
    pytest.param(ARTICLE_CONDITIONS,
                 [("第三条", "对同时符合下列条件"), ("第四条", "对新引进企业租用")],
                 id="article-with-condition-children-and-scope-list"),
    pytest.param(THREE_TIERS,
                 [("（1）", "对新认定的国家级专精"), ("（2）", "对新获批的省级重点"),
                  ("（1）", "对参加境外展会的企业"), ("（2）", "对首次获得出口信用")],
                 id="three-tiers-deepest-items"),
    pytest.param(TALENT_NONMONEY,
                 [("一、", "人才安居"), ("二、", "子女入学"), ("三、", "医疗保障"), ("四、", "配偶就业")],
                 id="talent-services-nonmoney-support"),
    pytest.param(GOAL_AND_MODE,
                 [("（一）", "支持高端面料研发"), ("（二）", "支持自主品牌建设")],
                 id="goal-with-amounts-support-mode-fund-source-non-cumulative"),
    pytest.param(ARTICLE_ITEMS_CHAPTER_PENALTY,
                 [("（一）", "对设备投资超过1000"), ("（二）", "对新建厂房的项目"), ("第四条", "对企业新获批国家级")],
                 id="chapters-article-items-clawback-penalty"),
    pytest.param(HEADING_OWN_LINE,
                 [("（一）", "支持整车企业扩能"), ("（二）", "支持汽配企业本地配套")],
                 id="heading-on-own-line-body-in-paragraphs"),
    pytest.param(LENTICULAR_HEADINGS,
                 [("第二条", "机架补贴"), ("第三条", "用电支持")],
                 id="articles-with-lenticular-headings-nonmoney-power-access"),
    pytest.param(INLINE_ITEMS,
                 [("（一）", "对新认定的国家级企业"), ("（二）", "对新获批的省级工程"),
                  ("（一）", "对参加市政府组织的"), ("（二）", "对企业新开展跨境电商")],
                 id="inline-items-inside-articles"),
    pytest.param(SECTION_HEADINGS_NO_CHILDREN,
                 [("二、", "支持袜企设备更新"), ("三、", "支持袜业电商发展")],
                 id="heading-lines-with-paragraph-bodies-organisation-and-assessment"),
    pytest.param(CIRCLED_ITEMS,
                 [("①", "对新认定的国家级企业"), ("②", "对新认定的省级工程"), ("2.", "对绿色建材企业年度"),
                  ("3.", "企业规模跃升奖"), ("4.", "对新建绿色建材项目")],
                 id="circled-items-on-own-lines-tiers-with-tier-rule-and-land-price"),
    pytest.param(CIRCLED_INLINE,
                 [("一、", "支持企业做大"), ("二、", "支持品牌建设")],
                 id="circled-tiers-inside-one-sentence"),
    pytest.param(APPLY_AND_MANAGE, [("（一）", "对陶瓷企业购置智能化")], id="application-and-management-section-no-measures"),
    pytest.param(TIERS_AND_POINTERS,
                 [("（一）", "对总部新迁入我区"), ("（三）", "对新材料领域高层次"), ("（四）", "支持企业出口")],
                 id="tiers-by-fendang-pointer-to-another-policy-inclusion-and-named-services"),
    pytest.param(LEVELS_AND_SCENARIOS,
                 [("第八条", "支持企业梯度培育"), ("第九条", "场景开放"), ("第十条", "对先进制造业企业引进")],
                 id="levels-under-a-standard-scenario-lists-and-talent-services"),
    pytest.param(HIGHEST_LEVEL_AND_FULL_SUBSIDY,
                 [("1.", "支持智能示范创建"), ("2.", "对组织企业参加市政府")],
                 id="highest-level-tier-rule-full-subsidy-closing-article"),
    pytest.param(XIANG_ITEMS, [("第一项", "支持关键技术攻关"), ("第二项", "支持首台（套）应用")],
                 id="di-x-xiang-items-and-an-organisation-heading"),
    pytest.param(ROMAN_AND_CIRCLED,
                 [("（Ⅰ）", "对海洋装备企业年营业"), ("（Ⅱ）", "对新认定的省级专精"), ("①", "对企业购置智能化设备"),
                  ("②", "对企业实施数字化改造")], id="roman-and-parenthesised-ideograph-numbering"),
    pytest.param(PAREN_ONLY_NUMBERS,
                 [("1）", "对设备投资额在500万"), ("2）", "对新认定的省级智能"), ("1）", "对企业购买工业软件")],
                 id="closing-bracket-numbers-restarting-per-section"),
    pytest.param(MARKDOWN_COPY, [("1．", "支持设备更新"), ("2．", "支持品牌建设")], id="markdown-bold-item-headings"),
    pytest.param(UNNUMBERED, [("", "支持重大项目招引"), ("", "鼓励企业扩大产能")], id="unnumbered-paragraphs"),
    pytest.param(YISHI_ITEMS, [("一是", "按项目设备投资的10%"), ("二是", "对通过省级认定的智慧"), ("（二）", "支持人才引育")],
                 id="yishi-erhshi-items-and-facets"),
    pytest.param(TABLE_ROWS, [("1", "支持技术改造"), ("2", "支持企业上规")], id="markdown-table-rows"),
    pytest.param(GLUED_CHAPTER, [("第二条", "支持企业扩大规模"), ("第三条", "支持项目建设")],
                 id="chapter-heading-glued-to-an-article"),
    pytest.param(IMPLEMENTS_PARENT, [("第二条", "落实《若干政策》第三条"), ("第三条", "落实《若干政策》第五条")],
                 id="detail-articles-naming-the-parent-article"),
    pytest.param(FUND_CAP_AND_SCHEDULE, [("第二条", "支持整机项目落地"), ("第三条", "支持研发平台建设")],
                 id="tiers-under-a-payment-schedule-and-a-total-cap-article"),
    pytest.param(DECIMAL_ITEMS, [("1.1", "对新落户的农机整机"), ("1.2", "对农机企业年营业收入"), ("2.", "支持推广应用")],
                 id="decimal-items-tasks-section-tier-intro-and-shared-cap-in-chinese-numerals"),
    pytest.param(FUND_ITEMS_HEADED, [("（一）", "技术改造项目"), ("（二）", "单项冠军企业"), ("（三）", "工业设计")],
                 id="standard-intro-over-items-with-heading-sentences-and-chinese-numeral-money"),
    pytest.param(BACKGROUND_TIERS_DRAFT, [("1.", "支持外贸企业落户"), ("2.", "支持境外参展")],
                 id="background-section-grant-intro-tiers-and-a-drafting-explanation"),
    pytest.param(MODE_ARTICLE, [("第三条", "对企业实施的智能化")], id="support-mode-article-in-a-fund-measure"),
    pytest.param(WORK_PLAN, [("（一）", "对新认定的总部企业"), ("（二）", "将零部件企业高管"), ("（三）", "对区内企业生产的新能源"),
                             ("（四）", "入驻区政府指定产业"), ("（五）", "首台（套）奖励")],
                 id="work-plan-tasks-services-tiers-and-an-inline-shared-cap"),
    pytest.param(PDF_CHAPTER_TAIL, [("第二条", "企业落户奖励"), ("第三条", "市级政策叠加")],
                 id="a-pdf-line-break-before-a-cap-is-no-shared-tail"),
    pytest.param(STANDARD_NAMED_ITEMS, [("（一）", "研发投入奖励"), ("（二）", "首台套奖励")],
                 id="standard-intro-over-named-items-is-no-tier-list"),
    pytest.param(GLUED_SECTION, [("（一）", "支持设备更新"), ("(二)", "支持项目招引"), ("（一）", "支持企业上市"),
                                 ("（二）", "支持债券融资")],
                 id="section-heading-glued-to-its-first-item"),
]


@pytest.mark.parametrize("text, expected", POSITIVE)
def test_measures_are_the_support_items(text, expected):
    assert_measures(extract(text), expected)


QA_INTERPRETATION = """《临沂市支持商贸物流产业发展若干政策》问答

1.问：《若干政策》出台的背景是什么？
答：为加快建设商贸物流名城，市商务局会同有关部门研究起草了《若干政策》。
2.问：对物流企业有哪些支持？
答：对新获评国家5A级物流企业的，给予50万元奖励；对新获评4A级物流企业的，给予20万元奖励。
3.问：如何申报？
答：企业通过市商务局官方网站下载申报表，按要求提交材料。
"""

CREDIT_RULES = """攀枝花市涉企资金失信行为管理办法

第一条 为加强涉企财政资金信用管理，制定本办法。
第二条 本办法所称失信行为，是指企业在申报、使用财政扶持资金过程中弄虚作假、骗取资金等行为。
第三条 对存在失信行为的企业，由资金主管部门追回已拨付资金，并按骗取金额的1倍处以罚款，最高不超过50万元。
第四条 失信企业三年内不得申报市级各类财政扶持资金。
第五条 本办法自印发之日起施行。
"""

LIST_PUBLICATION = """关于公布2024年度兰州市专精特新中小企业名单的通知

各县区工信局，兰州新区经济发展局：
　　根据《兰州市专精特新中小企业认定管理办法》，经企业申报、县区推荐、专家评审和公示，现将2024年度兰州市专精特新中小企业名单予以公布。
一、请各县区加强对入选企业的跟踪服务。
二、入选企业有效期三年，期满后重新认定。
附件：2024年度兰州市专精特新中小企业名单
兰州市工业和信息化局
2024年12月2日
"""

PROCEDURE_RULES = """常德市工业企业技改奖补资金申报审核规程

一、申报主体。在常德市行政区域内注册、具有独立法人资格的规模以上工业企业。
二、申报时间。每年3月1日至4月30日集中受理。
三、审核程序。
（一）县市区工信部门初审；
（二）市工信局委托第三方机构开展专项审计；
（三）市工信局会同市财政局联合审定并公示5个工作日。
四、资金拨付。公示无异议的，由市财政局按程序拨付资金。
五、本规程由市工信局负责解释。
"""

EMPTY = [
    pytest.param(QA_INTERPRETATION, id="qa-interpretation-with-amounts"),
    pytest.param(CREDIT_RULES, id="credit-penalty-rules-with-amounts"),
    pytest.param(LIST_PUBLICATION, id="list-publication-notice"),
    pytest.param(PROCEDURE_RULES, id="application-procedure-rules"),
    pytest.param(PROJECTS_GONGSHI, id="public-notice-of-projects-to-be-funded"),
]


@pytest.mark.parametrize("text", EMPTY)
def test_documents_without_support_items_have_no_measures(text):
    doc = extract(text)
    assert measures_of(doc) == [], [(m.number, m.text[:20]) for m in measures_of(doc)]


def test_measure_spanning_paragraphs_keeps_second_paragraph_amounts():
    from tests.extraction.real_shapes.helpers import find_measure, yuan
    m = find_measure(extract(HEADING_OWN_LINE), "支持整车企业扩能")
    assert yuan(m) == [500_000_000, 30_000_000, 5_000_000], [(a.text, a.value, a.unit) for a in m.amounts]


def test_a_closing_article_after_the_last_item_still_dates_the_policy():
    p = extract(HIGHEST_LEVEL_AND_FULL_SUBSIDY).policies[0]
    assert (p.effective_from, p.expires_on) == ("2025-03-01", "2027-12-31")


def test_the_units_after_the_last_yishi_item_name_every_item():
    ms = extract(YISHI_ITEMS).policies[0].measures
    assert [[a.raw for a in m.agencies] for m in ms] == [["市工业和信息化局"], ["市工业和信息化局"], ["市委组织部"]]


def test_a_table_row_names_its_units_in_its_last_cell():
    ms = extract(TABLE_ROWS).policies[0].measures
    assert [[a.raw for a in m.agencies] for m in ms] == [["市工业和信息化局"], ["市统计局", "市工业和信息化局"]]


def test_a_bracketed_issued_number_label_is_read():
    from tests.extraction.real_shapes.helpers import norm_docno

    assert norm_docno(extract(STANDARD_NAMED_ITEMS).policies[0].doc_number) == norm_docno("醴政发〔2024〕6号")



TALENT_SERVICES = """宣城市“宣才”引育十条
1.人才安居。高层次人才可申请入住人才公寓，前两年免收租金。
2.就医保障。为A类人才办理“宣才卡”，在市内三级医院享受优先就诊、专家预约服务。
3.配偶随迁。人才配偶随迁的，属机关事业单位在编人员的，对口安排到相应单位；属企业人员的，推荐就业岗位。
4.技师津贴。市级首席技师在聘期内每人每月享受800元津贴。
5.加强组织领导。各部门要加强人才工作统筹，落实工作责任。
"""


@pytest.mark.parametrize("start", ["人才安居", "就医保障", "配偶随迁", "技师津贴"])
def test_a_talents_services_and_allowances_are_measures(start):
    find_measure(extract(TALENT_SERVICES), start)


def test_a_governance_item_among_talent_services_is_not_a_measure():
    assert not [m for m in measures_of(extract(TALENT_SERVICES)) if "加强组织领导" in (m.heading or "") + m.text]


BULLETS = """楚雄州支持绿色硅产业发展若干措施
◆ 壹、支持项目建设
▲ 新建项目补助。对新建工业硅项目，按设备投资额的5%给予补助，最高500万元。
▲ 仓储设施补助。对新建原料仓储设施的，按以下标准给予支持：
　　· 库容1万吨以上的，每个项目补助20万元；
　　· 库容3万吨以上的，每个项目补助50万元。
　　同一主体累计补助不超过60万元。
★ 配套上级资金。对获得省级专项资金支持的项目，州级按上级到位资金的20%给予配套。
◆ 贰、优化发展环境
● 人才安居。对企业引进的高层次人才，优先安排人才公寓。
·12·
"""


def test_bullets_mark_items_and_a_bullet_before_a_marker_only_decorates_it():
    ms = measures_of(extract(BULLETS))
    assert [m.number for m in ms] == ["▲", "▲", "★", "●"]  # the bullet is the item's number
    assert [m.path.split("/")[0] for m in ms] == ["壹", "壹", "壹", "贰"]  # under 壹、贰、 (◆ decorates them)


EMOJI_MARKERS = """包头市青山区支持装备制造业发展若干措施
🔶一、做大产业规模
✅1.支持项目落地。对新引进固定资产投资3亿元以上的项目，按设备投资额的5%给予补助，最高800万元。
✅2.支持企业扩产。对年产值首次突破10亿元的企业，奖励100万元。
"""


def test_a_marker_after_an_emoji_still_opens_a_clause():
    assert [m.number for m in measures_of(extract(EMOJI_MARKERS))] == ["1", "2"]


REGULATION_WITH_SECTIONS = """嘉定区促进氢能产业发展实施细则
第一章 总则
第一条 为落实《嘉定区促进氢能产业发展若干措施》，制定本细则。
第二章 支持内容
第一节 企业培育
第二条（研发机构建设） 对氢能企业建设研发机构的，按照下列情形给予一次性奖励：
（一）新认定为国家级企业技术中心的，奖励300万元。
（二）新认定为市级企业技术中心的，奖励50万元。
第二节 应用推广
第三条 《若干措施》第五条规定的“氢能应用诊断”，由区经委通过政府购买服务方式，组织专业机构为企业免费开展氢能应用诊断。
第四条（市场服务） 对本区企业的氢能产品，在区内政府投资项目中同等条件下优先采用。
第三章 附则
第五条 本细则自2025年7月1日起施行。
"""


def test_a_regulations_sections_and_the_cases_a_grant_lists():
    doc = extract(REGULATION_WITH_SECTIONS)
    grants = [m for m in measures_of(doc) if m.path.startswith("第二章/第一节/第二条")]  # 第X节 between 章 and 条
    assert sorted(v for m in grants for v in yuan(m)) == [500000, 3000000]  # 按照下列情形给予: cases of a grant


@pytest.mark.parametrize("start", ["由区经委通过政府购买服务方式", "在区内政府投资项目中"])  # a free service, a purchase preference
def test_services_a_rules_articles_name_are_measures(start):
    doc = extract(REGULATION_WITH_SECTIONS)
    assert [m for m in measures_of(doc) if start in m.text.replace("\n", "")], describe_all(doc)


def describe_all(doc):
    return [(m.number, m.text[:20]) for m in measures_of(doc)]


ORDINALS = """醴陵市支持陶瓷产业发展若干措施
　　第一、支持技术改造。对设备投资额2000万元以上的项目，按设备投资额的8%给予补助，最高300万元。
　　第二、鼓励企业上规。其一、首次纳入规模以上工业企业统计的，给予10万元奖励；其二、年产值首次突破5亿元的，给予50万元奖励。以上奖励同一企业每年累计不超过60万元。（责任单位：市工信局、市统计局）
　　第三、支持开拓市场。
　　其一、对参加境外重点展会的企业，按展位费的50%给予补贴，每家企业每年最高20万元。
　　其二、对新开设跨境电商店铺的企业，一次性奖励5万元。
　　第四、支持科技创新。
　　⑴对新认定的高新技术企业，给予20万元奖励。
　　⑵对新获批的省级工程技术研究中心，给予50万元奖励。
"""


def test_ordinals_qi_items_and_parenthesised_numerals():
    ms = measures_of(extract(ORDINALS))
    assert [m.number for m in ms] == ["第一、", "第二、", "其一、", "其二、", "⑴", "⑵"], [(m.number, m.path) for m in ms]
    # 第二、's tiers share a cap after a full stop, its units' bracket after that: the parent is the measure
    assert yuan(find_measure(extract(ORDINALS), "鼓励企业上规")) == [100000, 500000000, 500000, 600000]


def test_a_tax_concession_is_a_support():
    doc = extract("""安陆市惠企政策明白纸（制造业篇）
1. 研发费用加计扣除
　　内容：制造业企业开展研发活动实际发生的研发费用，在按规定据实扣除的基础上，再按照实际发生额的100%在税前加计扣除。
2. 小型微利企业所得税优惠
　　内容：对小型微利企业，减按25%计入应纳税所得额，按20%的税率缴纳企业所得税。
3. 加强政策宣传
　　内容：各部门要加强政策宣传解读，提高政策知晓度。
""")
    assert [m.number for m in measures_of(doc)][:1] == ["1"]
    assert "3" not in [m.number for m in measures_of(doc)]


def test_vouchers_in_an_action_plans_tasks_are_measures():
    doc = extract("""盐城市智能制造三年行动方案（2026—2028年）
一、总体要求
以智能化改造和数字化转型为主线，推动制造业高质量发展。
二、主要目标
到2028年，规上工业企业数字化转型实现全覆盖。
三、重点任务
（一）建设智能工厂。推动规上工业企业开展智能化改造，到2028年建成省级智能工厂30家。
（二）发放“智改数转”服务券。每年发放服务券总额2000万元，企业购买诊断咨询服务时可抵扣服务费用的40%，单家企业每年抵扣不超过20万元。
（三）加强宣传推广。组织现场推进会，总结推广典型经验。
""")
    assert [m.number for m in measures_of(doc)] == ["(二)"]


FUND_RULES = """海东市中小企业发展专项资金管理办法
第一章 总则
第一条 为规范专项资金管理，制定本办法。
第二章 支持范围和方式
第二条 专项资金主要用于以下方面：
（一）专精特新企业培育。对新认定的国家级专精特新“小巨人”企业，给予一次性奖励50万元。
（二）市场开拓。对中小企业参加境外展会的，按展位费的50%给予补助，每家最高10万元。
第三条 单个项目安排资金原则上不超过项目总投资的30%。
第三章 附则
第四条 本办法自2025年9月1日起施行。
"""


def test_a_funds_chapter_of_support_range_and_ways_holds_measures_but_not_its_allocation_rule():
    assert [m.number for m in measures_of(extract(FUND_RULES))] == ["(一)", "(二)"]


def test_an_action_plans_key_actions_are_tasks_unless_they_grant():
    doc = extract("""德阳市低空经济发展三年行动计划（2026—2028年）
一、发展目标
到2028年，全市低空经济规模突破200亿元。
二、重点行动
（一）低空制造提升行动
1.完善配套体系。围绕航空发动机、机载设备等开展延链招商，编制产业招商地图。
2.支持整机研制。对取得型号合格证的整机企业，给予一次性奖励500万元。
（二）低空基础设施行动
3.建设起降设施。统筹布局通用机场和垂直起降点，推动形成全域覆盖的起降网络。
""")
    assert [m.number for m in measures_of(doc)] == ["2"]


ONE_LINE_ARTICLES = ("德阳市旌阳区人民政府办公室关于印发《旌阳区总部经济扶持办法》的通知 旌府办发〔2025〕9号 各镇人民政府、街道办事处，区级各部门："
                     "现将《旌阳区总部经济扶持办法》印发给你们，请认真组织实施。 德阳市旌阳区人民政府办公室 2025年5月20日 旌阳区总部经济扶持办法 "
                     "第一条 为加快发展总部经济，制定本办法。 第二条 总部企业扶持（一）落户奖励。新引进的总部企业，给予一次性奖励100万元。"
                     "（二）办公用房补助。总部企业购买自用办公用房的，按购房价款的5%给予补助，最高100万元。 "
                     "第三条 楼宇经济扶持（一）楼宇招商奖励。对楼宇运营机构新引进企业20家以上的，给予10万元奖励。"
                     "（二）中介机构奖励。对中介机构引进总部企业的，每引进1家给予5万元奖励。 第四条 本办法由区商务局负责解释。\n")


def test_an_articles_heading_glued_to_its_first_item_on_a_one_line_page():
    assert_measures(extract(ONE_LINE_ARTICLES), [("（一）", "落户奖励。新引进的总"), ("（二）", "办公用房补助。总部企"),
                                                 ("（一）", "楼宇招商奖励。对楼宇"), ("（二）", "中介机构奖励。对中介")])
    on_lines = ONE_LINE_ARTICLES.replace(" 第", "\n第").replace("。（", "。\n（")
    assert_measures(extract(on_lines), [("（一）", "落户奖励。新引进的总"), ("（二）", "办公用房补助。总部企"),
                                        ("（一）", "楼宇招商奖励。对楼宇"), ("（二）", "中介机构奖励。对中介")])


def test_items_under_a_subsidy_set_by_tiers_are_its_tiers():
    doc = extract("""汉中市城市公交新能源车辆运营补贴资金管理办法

第二章　补贴标准
　　第四条　新能源公交车运营补贴按车长分档核定：
　　（一）车长8米（含）以下的纯电动公交车，每辆每年补贴2万元；
　　（二）车长8米至10米（含）的纯电动公交车，每辆每年补贴3万元；
　　（三）车长10米以上的纯电动公交车，每辆每年补贴4万元。
　　年度运营里程不足3万公里的车辆，按实际运营里程占3万公里的比例核减补贴。
　　第五条　充电设施补助。对公交企业在场站新建的充电设施，按设备购置及安装费用的30%给予补助，单个场站最高150万元。
""")
    assert_measures(doc, [("第四条", "新能源公交车运营补贴"), ("第五条", "充电设施补助。对公交")])


def test_a_privilege_granted_to_firms_vehicles_is_a_measure():
    doc = extract("""新乡市支持氢能产业发展若干政策

　　第一条　支持燃料电池汽车运营。对燃料电池货车年度运营里程达到2万公里的，每辆给予2万元奖励。
　　第二条　开放应用场景。在物流园区、港口、城市环卫等领域优先开放燃料电池汽车应用场景，对燃料电池货车给予城市道路通行便利，不受货车限行时段限制。
　　第三条　本政策由市发展改革委负责解释。
""")
    assert_measures(doc, [("第一条", "支持燃料电池汽车运营"), ("第二条", "开放应用场景。在物流")])


SMALL_FIRMS = """保定市进一步支持小微企业健康发展若干措施

　　一、加大财税扶持力度
　　（一）设立市级小微企业发展专项资金。市财政每年安排小微企业发展专项资金3000万元，重点支持小微企业技术改造和公共服务平台建设。
　　（二）支持“小升规”。对首次纳入规模以上工业统计的小微企业，一次性给予5万元奖励。
　　（三）设立应急转贷资金。市财政安排应急转贷资金1亿元，为贷款到期的小微企业提供续贷过桥服务。
　　二、强化组织保障
　　（一）建立由市政府分管领导牵头的小微企业发展工作联席会议制度，统筹协调解决小微企业发展中的重大问题。
　　（二）对首次入选省级专精特新中小企业的，市财政给予10万元奖励。
"""


def test_a_fund_set_up_is_no_measure_and_governance_items_grant_only_with_money():
    assert_measures(extract(SMALL_FIRMS), [("（二）", "支持“小升规”。对首"), ("（三）", "设立应急转贷资金。市"),
                                           ("（二）", "对首次入选省级专精特")])


def test_a_working_group_set_up_among_the_items_is_no_measure():
    doc = extract("""亦庄新城支持商业航天产业发展若干措施

（一）支持整箭研制。对完成入轨发射的商业运载火箭企业，按研发投入的20%给予支持，最高5000万元。（责任单位：经济发展局）
（二）建立工作专班。成立商业航天产业发展工作专班，统筹推进重大项目建设，定期会商研究产业发展重大事项。（责任单位：经济发展局）
""")
    assert_measures(doc, [("（一）", "支持整箭研制。对完成")])


def test_a_surcharge_on_the_worst_rated_firms_is_no_measure():
    doc = extract("""寿光市亩均效益综合评价结果运用办法

（一）对评价为A类的企业，给予一次性奖励10万元。
（二）实施D类企业差别化电价。对D类企业用电实行差别化电价，在现行目录电价基础上每千瓦时加价0.1元，加价电费全额缴入市级财政。
""")
    assert_measures(doc, [("（一）", "对评价为A类的企业,")])


EMPLOYMENT = """凯里市促进就业若干措施

1、吸纳就业补贴。对市内企业新吸纳就业并签订1年以上劳动合同的，给予一次性吸纳就业补贴：
（1）吸纳脱贫劳动力、易地扶贫搬迁劳动力的，按每人2000元给予补贴；
（2）吸纳离校2年内未就业高校毕业生的，按每人1500元给予补贴。
2、职业技能培训补贴。对参加职业技能培训的人员和开展培训的企业，按以下规定给予补贴：
（1）劳动者参加培训并取得初级工、中级工、高级工职业技能等级证书的，分别按每人1000元、1500元、2000元给予培训补贴；
（2）劳动者参加培训并取得专项职业能力证书的，按每人600元给予培训补贴；
（3）企业开展新型学徒制培训的，按每人每年5000元给予企业补贴。
3、加强资金保障。所需资金从就业补助资金和市级财政资金中统筹安排。
4、强化督导考核。将稳岗扩岗工作纳入乡镇（街道）年度目标考核，定期通报工作进展。
"""


def test_categories_of_a_named_award_fold_and_rules_for_several_cases_do_not():
    assert_measures(extract(EMPLOYMENT), [("1、", "吸纳就业补贴。对市内"), ("（1）", "劳动者参加培训并取得"),
                                          ("（2）", "劳动者参加培训并取得"), ("（3）", "企业开展新型学徒制培")])


def test_a_reduction_for_items_also_funded_from_above_is_no_measure():
    doc = extract("""宁波市国际集装箱航线培育实施细则

第一条 对新开辟的国际集装箱航线，每条航线给予一次性奖励100万元。
第二条 对航线年度集装箱吞吐量超过5万标箱的，给予航线运营企业50万元奖励。
第三条 同一航线同时符合省级航线补助政策的，在获得省级补助的基础上按本细则标准的50%执行。本细则奖励资金由市、县（区）两级财政按6:4比例分担。
""")
    assert_measures(doc, [("第一条", "对新开辟的国际集装箱"), ("第二条", "对航线年度集装箱吞吐")])


def test_housing_for_a_firms_staff_is_a_service_and_a_highest_level_rule_no_measure():
    doc = extract("""罗湖区支持专业服务业发展若干措施

第一条（落户奖励）　新落户的专业服务机构，给予一次性奖励50万元。
第二条（人才安居）　专业服务机构高级管理人员和高级专业人才，纳入区人才住房配租范围，优先配租人才住房。
第三条　同一标准项目按最高级别资助，不重复资助；同一单位年度获得资助总额不超过300万元。
""")
    assert_measures(doc, [("第一条", "(落户奖励)新落户的专"), ("第二条", "(人才安居)专业服务机")])


def test_a_closing_paragraph_on_stacking_is_cut_off_the_last_item():
    doc = extract("""九江市柴桑区引才聚才若干措施

1.人才安居。对新引进的顶尖人才，给予最高100万元购房补贴。
2.人才服务专员。为每名顶尖、领军人才配备1名人才服务专员，提供政策咨询、证照办理等“一站式”代办服务。
责任单位：区委人才办、区政务服务管理局

本措施与市级政策就高不重复享受，自发布之日起施行，由区委人才办负责解释。
""")
    assert_measures(doc, [("1.", "人才安居。对新引进的"), ("2.", "人才服务专员。为每名")])
    assert "本措施" not in find_measure(doc, "人才服务专员").text


def test_a_condition_opening_the_sentence_names_who_gets_a_service():
    doc = extract("""吴堡县承接产业转移若干措施

1．租用县工业园区标准化厂房的企业，按照每平方米每月5元的租金标准实行“两免三减半”，即前2年免收租金，后3年减半收取。
2．返乡创业人员创办企业的，其企业优先入驻县级创业孵化基地，两年内免收场地租金。
3．个体工商户转型为企业后，原有的各项行政许可在有效期内继续有效，办理变更登记不另行收取费用。
4．园区统一建设标准化仓储设施，免费提供入园小微企业使用，企业仅承担日常水电费用。
""")
    assert_measures(doc, [("1．", "租用县工业园区标准化"), ("2．", "返乡创业人员创办企业"),
                          ("3．", "个体工商户转型为企业"), ("4．", "园区统一建设标准化仓")])


def test_governance_headings_of_items_are_no_measures_but_a_data_security_grant_is():
    doc = extract("""惠阳区推动设备更新若干措施

一、支持设备更新。对企业设备更新投资500万元以上的，按投资额的8%给予补助，最高300万元。
二、强化数据安全保障。对企业通过数据安全管理能力认证的，给予一次性奖励10万元。
三、健全政策兑现机制。推行惠企政策“免申即享”，区财政每年统筹安排不少于2亿元用于本措施兑现。
四、加强夜间安全服务。统筹做好商业街区治安巡逻和消防安全，建立突发事件应急处置机制。
五、加强组织推进。建立区设备更新工作专班，每季度调度一次进展情况。
""")
    assert_measures(doc, [("一、", "支持设备更新。对企业"), ("二、", "强化数据安全保障。对")])


def test_a_cap_article_with_its_heading_in_brackets_is_no_measure():
    doc = extract("""光明区支持人工智能产业发展实施细则

第五条（资助上限）同一企业同一年度获得本细则资助总额不超过800万元，同一项目不重复享受区级资助。
第六条（算力补贴）对租用智能算力的企业，按实际费用的30%给予补贴，最高200万元。
""")
    assert_measures(doc, [("第六条", "(算力补贴)对租用智能")])


def test_a_grant_by_another_documents_article_is_a_cross_reference():
    doc = extract("""益阳市制造强市专项资金项目申报指引

一、奖补标准
（一）技术改造项目。设备投资额300万元以上的工业技术改造项目，按照益政发〔2024〕8号文件第四条规定给予补助。
（二）首台套产品。对首次认定的省级首台（套）重大技术装备，给予一次性奖励50万元。
""")
    assert_measures(doc, [("（二）", "首台套产品。对首次认")])


def test_what_lower_governments_are_told_to_do_is_no_measure():
    doc = extract("""四川省支持先进材料产业集群发展若干政策措施

（一）对新认定的省级链主企业，给予一次性奖励300万元。
（二）对新获批国家先进制造业集群的，省级给予集群促进机构奖励500万元。
（三）各市（州）可结合实际对本地链主企业给予叠加支持，鼓励市县按照不低于1:1比例安排配套资金。
""")
    assert_measures(doc, [("（一）", "对新认定的省级链主企"), ("（二）", "对新获批国家先进制造")])


def test_a_line_on_who_pays_the_items_makes_their_parent_the_measure():
    doc = extract("""湖北省支持产业链补链强链若干措施

（一）链主企业奖励。对年度营业收入首次突破100亿元的链主企业，给予一次性奖励500万元。
（二）补链项目招引。支持各地围绕产业链图谱引进补链项目：
　　1.引进填补省内产业链空白环节的项目，按设备投资的10%给予补助，最高2000万元；
　　2.引进关键零部件本地化配套项目，按设备投资的6%给予补助，最高800万元。
　　上述补助由省级财政承担60%，市县财政承担40%。
""")
    assert_measures(doc, [("（一）", "链主企业奖励。对年度"), ("（二）", "补链项目招引。支持各")])


def test_an_article_on_the_rules_still_to_be_made_is_no_measure():
    doc = extract("""闵行区支持新材料产业发展若干措施

第二条（研发投入）对研发投入增幅超过20%的企业，按增量部分的10%给予奖励，最高200万元。
第三条（实施细则）
区经委会同区财政局等部门制定实施细则，明确申报条件、流程和审核要求。
第四条（附则）本措施自2025年7月1日起施行，由区经委负责解释。
""")
    assert_measures(doc, [("第二条", "(研发投入)对研发投入")])


def test_a_mechanism_of_the_government_is_no_measure_but_a_service_desk_is():
    doc = extract("""正定县支持民营经济发展若干措施

1.对首次入选省级专精特新中小企业的，给予一次性奖励20万元。（县工信局）
2.建立县级领导包联重点企业制度，每半年召开一次企业家恳谈会，协调解决企业反映的困难和问题。（县工商联）
3.健全涉企政策会商机制。由县发改局牵头，每季度会商一次政策兑现进度。
4.建立重点企业服务管家制度。为规模以上工业企业每户确定1名服务管家，提供政策申报、用工对接等“一对一”服务。（县营商环境服务中心）
""")
    assert_measures(doc, [("1", "对首次入选省级专精特新"), ("4", "建立重点企业服务管家制")])


def test_a_firms_cost_the_treasury_bears_is_a_service():
    doc = extract("""荔浦市支持中小微企业融资若干措施

（一）对使用市级应急转贷资金周转的中小微企业，按转贷金额每日0.1‰收取资金使用费，高于此标准的银行转贷成本由市财政承担。（市金融办）
（二）对企业开展数字化改造诊断的，诊断服务费用由市财政全额承担。（市工信局）
（三）所需资金由市财政在中小企业发展专项资金中列支。
""")
    assert_measures(doc, [("（一）", "对使用市级应急转贷资金"), ("（二）", "对企业开展数字化改造诊")])


def test_talents_brought_into_a_service_scheme_are_served():
    doc = extract("""余姚市支持智能光电产业发展若干政策

（一）对新引进的光电产业项目，按设备投资额的10%给予补助，最高500万元。
（二）智能光电产业链重点企业引进的高层次人才纳入“姚江英才卡”服务范围，在子女入学、就医等方面提供绿色通道服务。（责任单位：市委人才办）
""")
    assert_measures(doc, [("（一）", "对新引进的光电产业项目"), ("（二）", "智能光电产业链重点企业")])


def test_a_no_double_rule_and_an_invitation_to_the_districts_grant_nothing():
    doc = extract("""上海市支持首版次软件推广应用实施细则

第五条 对首版次软件产品，按照合同金额的20%给予支持，最高300万元。
第六条 同一产品已获得市级其他财政资金支持的，不重复支持。鼓励各区对获得本细则支持的项目按照1:1的比例给予配套。
第七条 本细则自2026年1月1日起施行。
""")
    assert_measures(doc, [("第五条", "对首版次软件产品,按照")])


def test_a_joint_approval_promised_to_firms_is_a_service():
    doc = extract("""杭州市上城区促进首发经济发展若干措施

（一）对新开设的品牌首店，给予一次性奖励30万元。
（二）对首发活动涉及的临时搭建、户外展示等审批事项，实行“一窗受理、并联审批”，3个工作日内办结。（责任单位：区城管局、区市场监管局）
""")
    assert_measures(doc, [("（一）", "对新开设的品牌首店,给"), ("（二）", "对首发活动涉及的临时搭")])


def test_a_funds_running_costs_and_a_funding_heading_are_no_measures():
    doc = extract("""龙岩市新罗区工业发展专项资金管理办法

第八条 对首次纳入规模以上统计的工业企业，给予一次性奖励10万元。
第九条 专项资金每年可安排不超过2%用于项目评审、绩效评价等工作经费。
第十条 强化资金统筹。上述所需资金从区工业发展专项资金中列支，与市级同类资金不重复支持。
""")
    assert_measures(doc, [("第八条", "对首次纳入规模以上统计")])


def test_tiers_announced_as_carried_out_by_level_fold_into_their_award():
    doc = extract("""兴国县支持电子信息产业发展若干措施

1．落户奖励。对新引进的电子信息制造项目，按实际固定资产投资给予落户奖励，分档执行：
（1）固定资产投资3000万元至1亿元的，奖励30万元；
（2）固定资产投资1亿元以上的，奖励80万元。
（县商务局）
2．厂房租金补贴。租用标准厂房的，前两年租金全额补贴。（县工信局）
""")
    assert_measures(doc, [("1．", "落户奖励。对新引进的电"), ("2．", "厂房租金补贴。租用标准")])


def test_items_with_a_highest_one_rule_after_them_are_tiers_of_one_award():
    doc = extract("乐清市支持电气产业发展若干政策\n"
                  "一、支持企业上规升级。\n"
                  "(1)对首次纳入规模以上工业统计的电气企业，给予一次性奖励8万元；\n"
                  "(2)对年营业收入首次突破3亿元的电气企业，给予一次性奖励20万元。\n"
                  "上述奖励同一企业同一年度按最高一项执行。（责任单位：市经信局）\n"
                  "二、对新认定的省级企业技术中心，给予一次性奖励30万元。（责任单位：市经信局）\n")
    assert_measures(doc, [("一、", "支持企业上规升级。(1)对"), ("二、", "对新认定的省级企业技术中")])


def test_a_requirements_section_and_better_rated_firms_differential_power_price():
    doc = extract("东营市关于组织申报2026年度制造业高质量发展奖补资金的通知\n"
                  "各县区工业和信息化局：\n"
                  "一、支持内容\n"
                  "（一）对新认定的国家级工业设计中心，给予一次性奖励100万元。\n"
                  "（二）对亩均效益评价为A类的企业，在用地、用能指标安排上予以优先保障，并按规定享受差别化电价政策。（责任单位：市发改委）\n"
                  "（三）对亩均效益评价为D类的企业，实行差别化电价，每千瓦时加价0.1元。\n"
                  "二、有关要求\n"
                  "（一）各县区要严格审核把关，对申报材料真实性负责。\n"
                  "（二）奖补资金按照市、县1:1比例分担，市级资金通过转移支付下达。\n")
    assert_measures(doc, [("（一）", "对新认定的国家级工业设计"), ("（二）", "对亩均效益评价为A类的")])


def test_a_work_plans_duties_section_grants_nothing():
    doc = extract("白城市洮北区工业产业链链长制工作方案\n"
                  "一、工作目标\n到2026年底，重点产业链规上企业产值增长10%以上。\n"
                  "二、工作职责\n"
                  "（一）研究产业链发展规划。梳理产业链图谱，形成产业链招商目录和重点企业清单。（责任单位：区工信局）\n"
                  "（二）推动项目招引落地。围绕产业链缺失环节开展精准招商，全年新引进亿元以上项目不少于2个。（责任单位：区招商局）\n"
                  "三、支持政策\n"
                  "（一）对新引进的链主企业，给予一次性奖励50万元。（责任单位：区工信局）\n")
    assert_measures(doc, [("（一）", "对新引进的链主企业，给予")])


def test_an_amount_that_decides_who_approves_is_procedure():
    doc = extract("花都区工业发展专项资金管理办法\n"
                  "第一条 对新认定的省级企业技术中心，给予一次性奖励30万元。\n"
                  "第二条 单个项目年度资助金额超过300万元的，须报区政府审定。\n")
    assert_measures(doc, [("第一条", "对新认定的省级企业技术中")])


def test_a_fund_regulations_budget_allocation_and_oversight_articles_grant_nothing():
    doc = extract("屯昌县支持热带农业加工产业发展办法\n"
                  "第一条 县热带农业加工产业扶持资金由县财政每年预算安排，资金规模原则上不超过2000万元，由县农业农村局统筹管理。\n"
                  "第二条 对新建农产品精深加工项目，按设备投资额的10%给予补助，最高100万元。（责任单位：县农业农村局）\n"
                  "第三条 支持人才引进。企业引进的高层次人才，按照《屯昌县高层次人才服务办法》享受相应待遇。\n"
                  "第四条 加强安全生产和食品安全监管，督促企业落实安全生产和食品安全主体责任。\n"
                  "第五条 县级产业补助资金按因素法分配到乡镇，其中基础因素权重为30%，绩效因素权重为70%。\n"
                  "第六条 单笔支出100万元以上的产业补助项目，须经县政府常务会议集体研究。\n")
    assert_measures(doc, [("第二条", "对新建农产品精深加工项")])


def test_a_task_assignment_table_has_no_measures():
    doc = extract("广州市天河区人民政府办公室关于印发天河区推动人工智能产业发展工作方案重点任务分工的通知\n\n"
                  "区各有关单位：\n现将《天河区推动人工智能产业发展工作方案重点任务分工》印发给你们，请按照职责分工抓好落实。\n"
                  "广州市天河区人民政府办公室\n2025年5月20日\n\n"
                  "天河区推动人工智能产业发展工作方案重点任务分工\n\n"
                  "| 序号 | 重点任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
                  "| 1 | 开展全区人工智能企业摸底调查，建立重点企业和重点项目清单，实行动态管理。 | 区工业和信息化局 | 2025年7月底前 |\n"
                  "| 2 | 建立人工智能重点项目要素保障调度台账，每月调度项目用地、用能、用工进展。 | 区发展改革局 | 持续推进 |\n")
    assert_measures(doc, [])


def test_tiers_of_an_award_to_a_named_recipient_and_an_invitation_to_towns():
    doc = extract("北流市支持陶瓷产业发展若干措施\n"
                  "第一条 支持企业做大做强。对年主营业务收入首次达到以下规模的陶瓷企业，给予企业经营团队一次性奖励：\n"
                  "（一）首次达到2亿元的，奖励20万元；\n（二）首次达到5亿元的，奖励50万元。\n"
                  "（责任单位：市工业和信息化局）\n"
                  "第二条 鼓励各镇（街道）结合实际出台配套措施，对辖区内陶瓷企业给予支持。\n")
    assert_measures(doc, [("第一条", "支持企业做大做强。对年")])


def test_a_payment_schedule_after_the_items_and_labelled_facets_with_their_own_tiers():
    doc = extract("武进区科技创新政策实施细则\n"
                  "第三条 高新技术企业培育\n"
                  "（一）对首次认定的高新技术企业，给予20万元奖励。\n"
                  "（二）对重新认定的高新技术企业，给予10万元奖励。\n"
                  "上述奖励资金分两次拨付，首次拨付60%，次年拨付剩余40%。\n"
                  "第四条 首次升规奖励\n"
                  "（一）申报条件：上年度首次纳入规模以上工业统计的企业。\n"
                  "（二）支持标准：按企业上年度营业收入分档给予一次性奖励：\n"
                  "1.营业收入2000万元（含）至1亿元的，奖励10万元；\n"
                  "2.营业收入1亿元（含）以上的，奖励20万元。\n"
                  "（三）申报材料：申请表、入规证明。\n")
    assert_measures(doc, [("第三条", "高新技术企业培育（一）对"), ("第四条", "首次升规奖励（一）申报条")])


def test_the_next_item_glued_to_the_units_its_predecessor_ends_with():
    doc = extract("邯郸市支持钢铁产业转型升级若干措施\n"
                  "1.对完成超低排放改造的钢铁企业，按改造投资额的5%给予奖励，最高500万元。牵头单位：市生态环境局；配合单位：市财政局"
                  "2.对新引进的钢材深加工企业，按设备投资额的8%给予补助，最高300万元。牵头单位：市商务局\n")
    assert_measures(doc, [("1.", "对完成超低排放改造的钢铁"), ("2.", "对新引进的钢材深加工企业")])


def test_a_five_year_plans_sections_grant_nothing():
    doc = extract("邯郸市丛台区国民经济和社会发展第十五个五年规划纲要\n"
                  "第十章 推动规划落地见效\n"
                  "第一节 强化要素保障\n\n加大财政投入力度，积极争取中央预算内投资和省级专项资金支持，探索设立区级产业发展基金，引导社会资本投向重点产业。\n"
                  "第二节 健全实施机制\n\n区发展改革局负责规划实施的综合协调，各部门按照职责分工制定专项规划和年度计划，确保目标任务落到实处。\n")
    assert_measures(doc, [])


def test_a_notice_continuing_a_reduction_is_the_policy_and_a_reckoning_rule_grants_nothing():
    doc = extract("淮北高新技术产业开发区管委会关于延续执行标准化厂房租金减免政策的通知\n淮高管〔2025〕9号\n\n"
                  "各有关企业：\n为稳定企业经营预期，经管委会研究，决定延续执行标准化厂房租金减免政策，现将有关事项通知如下：\n"
                  "一、对租用园区标准化厂房的工业企业，第一年租金全免，第二年、第三年按50%减免。\n"
                  "二、奖励资金按企业上年度地方财政贡献核定的，以区税务部门出具的数据为准；同一企业当年获得的各类奖励总额，原则上不超过其上年度地方财政贡献的100%。\n"
                  "三、本通知自2025年1月1日起执行，至2026年12月31日止。\n"
                  "淮北高新技术产业开发区管委会\n2024年12月20日\n")
    assert_measures(doc, [("一、", "对租用园区标准化厂房的工")])


def test_an_item_that_only_raises_the_rate_of_the_one_before_it():
    doc = extract("高要区招商引资若干措施实施细则\n"
                  "1、新落户企业经营贡献奖励。(1)企业年度缴纳税收地方留成部分超过100万元的，前两年按地方留成部分的80%给予奖励。"
                  "(2)企业年度缴纳税收地方留成部分超过1000万元的，奖励比例在上述基础上提高10个百分点。（责任单位：区财政局）\n"
                  "2、厂房建设补助。企业自建厂房的，按建筑面积每平方米150元给予补助，单个企业最高不超过500万元。\n")
    assert_measures(doc, [("1、", "新落户企业经营贡献奖励。"), ("2、", "厂房建设补助。企业自建厂")])


def test_a_funds_budget_said_as_the_treasury_sets_it_aside():
    doc = extract("博兴县支持厨具产业发展若干措施\n"
                  "1.对新认定的省级专精特新企业，给予一次性奖励20万元。责任单位：县工信局\n"
                  "2.县财政每年安排厨具产业发展专项资金5000万元，用于本措施各项奖补兑现。责任单位：县财政局\n")
    assert_measures(doc, [("1.", "对新认定的省级专精特新企")])


def test_a_payment_method_article_and_a_contract_threshold_grant_nothing():
    doc = extract("南沙区促进生物医药产业发展办法\n"
                  "1.对新获批上市的一类创新药，给予最高1000万元奖励。\n"
                  "2.资金兑现方式。本办法扶持资金采取事后奖补方式，分两年拨付，首年拨付60%，次年拨付40%。\n"
                  "3.项目实施期一般不超过3年。市财政支持经费在50万元以上的项目，须签订任务书并实行中期评估。\n")
    assert_measures(doc, [("1.", "对新获批上市的一类创新药")])


def test_items_that_name_the_levels_an_intro_announces_are_tiers():
    doc = extract("襄阳市支持新能源汽车产业发展若干措施\n"
                  "（一）产销规模奖励。对新能源整车企业年度销售收入达到以下标准的，给予一次性奖励，同一企业按最高档次奖励：\n"
                  "1.年度销售收入首次突破50亿元的，奖励200万元；\n2.年度销售收入首次突破100亿元的，奖励500万元。\n"
                  "（责任单位：市经信局、市财政局）\n"
                  "（二）对新建动力电池回收利用项目，按设备投资额的10%给予补助，最高300万元。\n")
    assert_measures(doc, [("（一）", "产销规模奖励。对新能源整"), ("（二）", "对新建动力电池回收利用项")])


def test_a_funds_cap_on_any_one_project_grants_nothing():
    doc = extract("泉州市商务发展专项资金管理办法\n"
                  "第三条 对新认定的省级跨境电商产业园，给予一次性奖励100万元。\n"
                  "第四条 单个项目支持额度一般不超过500万元，具体标准按年度申报指南执行。\n"
                  "第五条 每个项目补助金额原则上不高于项目总投资的30%。\n")
    assert_measures(doc, [("第三条", "对新认定的省级跨境电商产")])


def test_items_under_an_intro_that_supports_by_bands_are_its_tiers():
    doc = extract("合肥市算力券实施细则\n"
                  "第四条 推理算力券。对租用推理算力的企业，根据年度合同金额分档支持：\n"
                  "（一）合同金额100万元（含）至500万元的，按合同金额的15%给予支持，最高50万元；\n"
                  "（二）合同金额500万元以上的，按合同金额的20%给予支持，最高150万元。\n"
                  "第五条 对新建智算中心，按设备投资额的10%给予补助，最高1000万元。\n")
    assert_measures(doc, [("第四条", "推理算力券。对租用推理算"), ("第五条", "对新建智算中心，按设备投")])


def test_who_pays_for_the_measures_and_a_procedure_article_grant_nothing_and_housing_sold_at_a_discount_does():
    doc = extract("湖州市吴兴区人才安居办法\n"
                  "第三条 对新引进的A类人才，给予最高200万元购房补贴。\n"
                  "第四条 每年筹集不少于100套人才房，按不高于市场价格80%的价格定向配售给B类、C类人才。\n"
                  "第五条 认定程序：\n1.个人申请；\n2.用人单位初审；\n3.区人才办复核，公示5个工作日无异议的，纳入人才库。\n"
                  "第六条 安居补贴资金由区、镇（街道）两级财政按6:4比例分担，其中区属单位所需资金由区财政全额承担。\n")
    assert_measures(doc, [("第三条", "对新引进的A类人才，给予"), ("第四条", "每年筹集不少于100套人才")])


def test_a_performance_heading_over_a_grant_with_tiers_and_what_is_not_a_grant():
    doc = extract("上海市研发与转化功能型平台支持办法\n"
                  "一、支持内容\n（一）运营绩效。按年度绩效评价结果给予运营补助：\n1．评价优秀的，给予最高500万元；\n2．评价良好的，给予最高200万元。\n"
                  "（二）支持举办国际学术会议，具体扶持标准按照《上海市会展业发展扶持办法》执行。\n"
                  "（三）市科委负责平台认定和绩效评价，市财政局负责资金保障。\n"
                  "（四）鼓励各设区市结合实际，按照不低于1:0.3的比例安排配套资金。\n")
    assert_measures(doc, [("（一）", "运营绩效。按年度绩效评价")])


def test_a_line_under_the_items_naming_them_by_number_is_their_shared_terms():
    doc = extract("石林县支持食品加工业发展若干措施\n"
                  "一、对主营业务收入首次超过5000万元的农产品加工企业，一次性奖励10万元。\n"
                  "二、支持品牌营销推广\n"
                  "（1）对企业在省外开设特色产品专卖店的，每个店补助5万元。\n"
                  "（2）对企业参加“云品出滇”展会的，按实际费用的50%给予补助，最高5万元。\n"
                  "以上（1）（2）所需资金由县商务发展资金列支。（县工业商务和信息化局）\n")
    assert_measures(doc, [("一、", "对主营业务收入首次超过5"), ("二、", "支持品牌营销推广（1）对")])


def test_items_that_name_their_level_by_a_places_name_are_tiers():
    doc = extract("狮山镇支持新型研发机构发展办法\n"
                  "1.建设启动支持。对新落户的新型研发机构，按以下标准给予建设启动资金：\n"
                  "(1)经广东省认定的，给予最高300万元；\n(2)经佛山市认定的，给予最高100万元。\n"
                  "2.研发设备补助。对新型研发机构购置研发仪器设备的，按实际投入的20%给予补助，每家每年最高150万元。\n")
    assert_measures(doc, [("1.", "建设启动支持。对新落户的"), ("2.", "研发设备补助。对新型研发")])


def test_a_funds_source_a_rule_against_double_interest_and_priority_the_firms_enjoy():
    doc = extract("宜昌市支持企业上市若干措施\n"
                  "第二条 专项资金来源于市级财政年度预算安排，原则上不超过5000万元。\n"
                  "第三条 对在沪深交易所首发上市的企业，给予一次性奖励500万元。\n"
                  "第四条 已获得省级知识产权质押融资贴息的同一笔贷款，市级不再重复给予贴息。\n"
                  "第五条 “金种子”企业在项目用地、能耗指标、人才引进等方面享受优先保障。\n")
    assert_measures(doc, [("第三条", "对在沪深交易所首发上市的"), ("第五条", "“金种子”企业在项目用地")])


def test_a_web_entity_inside_a_one_line_page_does_not_break_its_clause():
    doc = extract("某区人民政府 &gt; 政策文件 &nbsp;发布日期：2023-07-06 &nbsp;某区加快培育专精特新企业的若干意见 "
                  "为实施&ldquo;专精特新&rdquo;发展战略，现提出以下意见。 "
                  "加大梯度培育奖励。对首次认定为国家级专精特新&ldquo;小巨人&rdquo;企业的，给予80万元奖励。（区经信局） "
                  "强化人才服务保障。专精特新企业经营者优先推荐参加&ldquo;婺商&rdquo;领军人才培训，企业引进的高层次人才优先享受人才公寓配租。（区人才办） "
                  "鼓励企业上市挂牌。对在浙江股权交易中心&ldquo;专精特新&rdquo;板挂牌的企业，给予20万元奖励。（区金融发展中心） "
                  "加强金融信贷支持。对专精特新企业新增的信用贷款，按贷款额的1%给予贴息，每家企业每年最高30万元。（区财政局）\n")
    assert [m.text[:8] for m in measures_of(doc)] == ["加大梯度培育奖励", "强化人才服务保障", "鼓励企业上市挂牌", "加强金融信贷支持"]


def test_talents_housed_by_the_government_get_a_service():
    doc = extract("第八师石河子市支持工业发展若干措施\n"
                  "1.对新认定的兵团级专精特新企业，给予一次性奖励20万元。\n"
                  "2.人才安居保障。企业引进的博士研究生和正高级职称人才，由师市提供人才公寓，其子女入学由师市教育局统筹优先安排。\n")
    assert_measures(doc, [("1.", "对新认定的兵团级专精特新"), ("2.", "人才安居保障。企业引进的")])


def test_the_period_the_applicants_and_the_funds_budget_and_payment_grant_nothing():
    doc = extract("襄阳市汽车以旧换新补贴实施细则\n"
                  "一、实施时间\n2025年1月1日至2025年12月31日。\n"
                  "二、申领对象\n在本市注册、具有独立法人资格的汽车销售企业。\n"
                  "三、对报废旧车并购买新能源乘用车的个人消费者，每辆补贴2万元。\n"
                  "四、补贴资金实行预拨加清算方式。市财政局根据市商务局提出的资金需求预拨资金。\n"
                  "五、市级配套资金按照中央和省级下达资金的5%安排，纳入年度预算。\n")
    assert_measures(doc, [("三、", "对报废旧车并购买新能源乘")])


def test_an_implementing_rules_applicant_conditions_and_payment_grant_nothing_and_a_full_return_does():
    doc = extract("广汉市促进工业发展若干措施实施细则\n"
                  "第一条 申请《若干措施》第二条奖励的企业，上年度营业收入应经会计师事务所审计。\n"
                  "第二条 奖补资金实行“先申报、后审核、再兑付”，首期拨付60%，项目验收合格后拨付剩余40%。\n"
                  "第三条 市级工业节能专项资金（以下简称专项资金）由市财政预算安排，每年安排不超过1亿元。\n"
                  "第四条 贡献奖励。企业投产后前三年形成的市级财力全额奖励给企业，后两年减半奖励。\n"
                  "第五条 支持清洁生产审核\n对通过清洁生产审核评估验收的企业，按审核费用的50%给予补助，最高5万元。\n")
    assert_measures(doc, [("第四条", "贡献奖励。企业投产后前三"), ("第五条", "支持清洁生产审核对通过清")])


def test_priority_purchase_is_support_and_a_funds_setting_up_and_its_guarantee_section_are_not():
    doc = extract("永川区标准厂房租金减免实施细则\n"
                  "一、支持内容\n"
                  "1.对新引进制造业企业租用标准厂房的，前两年免收租金。\n"
                  "2.企业租赁期满三年且年纳税额达到500万元的，可按评估价格优先购买所租厂房。\n"
                  "3.设立区级招商引资奖励资金，每年安排不少于5000万元，专项用于本细则兑现。\n"
                  "二、资金保障\n所需资金由区级财政统筹省、市下达的发展资金安排。\n")
    assert_measures(doc, [("1.", "对新引进制造业企业租用标"), ("2.", "企业租赁期满三年且年纳税")])


def test_subsidies_listed_under_a_give_the_following_intro_each_capped_are_measures_and_the_goal_section_is_not():
    doc = extract("南沙区港澳青年创新创业基地扶持办法\n"
                  "一、总体目标\n到2027年，建成港澳青年创新创业基地20个以上。\n"
                  "二、基地运营补贴。对基地运营主体给予以下补贴：\n"
                  "（一）按入驻港澳青年团队数量，每个团队每年给予2万元运营补贴，每个基地每年最高100万元；\n"
                  "（二）基地举办路演、投融资对接活动的，按实际发生费用的50%给予补贴，每个基地每年最高30万元。\n")
    assert_measures(doc, [("（一）", "按入驻港澳青年团队数量，"), ("（二）", "基地举办路演、投融资对接")])
    assert yuan(find_measure(doc, "按入驻港澳青年团队数量")) == [20000, 1000000]


def test_tiers_after_a_standards_follow_intro_interest_tiers_and_support_headings_that_name_matching_or_lowering_costs():
    doc = extract("从江县支持直播电商发展若干措施\n"
                  "一、培育本土带货主播。对在县内注册的主播，按年度直播销售额给予奖励，同一主播同一年度不重复享受，具体标准如下：\n"
                  "1.年销售额100万元（含）至300万元的，奖励1万元；\n2.年销售额300万元（含）以上的，奖励3万元。\n"
                  "二、对新增的中小微企业流动资金贷款给予贴息：\n1.贷款额100万元以下的，按实际支付利息的50%给予贴息；\n"
                  "2.贷款额100万元（含）以上的，按实际支付利息的30%给予贴息。\n单户企业每年贴息最高不超过20万元。\n"
                  "三、绩效评价配套。对在省绩效评价中获得奖补的孵化器，按省级奖补资金1:1给予配套。\n"
                  "四、降低应急还贷资金使用成本。应急还贷资金使用费率由日0.1‰降至日0.05‰。\n")
    assert_measures(doc, [("一、", "培育本土带货主播。对在县"), ("二、", "对新增的中小微企业流动资"),
                          ("三、", "绩效评价配套。对在省绩效"), ("四、", "降低应急还贷资金使用成本")])


def test_business_environment_reforms_that_firms_get_are_measures_and_the_governments_own_work_is_not():
    doc = extract("朔州市朔城区促进民营经济高质量发展若干措施\n"
                  "（一）压缩审批时限。对民营企业投资的一般工业项目，工程建设项目审批全流程时限压减至25个工作日以内。（责任单位：区行政审批服务管理局）\n"
                  "（二）推行“无事不扰”。同一部门对同一企业的行政检查每年不超过1次，推行跨部门联合检查。（责任单位：区司法局）\n"
                  "（三）为重点民营投资项目配备代办员，提供从签约到投产的全流程免费代办服务。牵头单位：区行政审批服务管理局\n"
                  "（四）建设项目施工许可分阶段办理。对民营投资建设项目，允许分阶段办理施工许可。（责任单位：区住建局）\n"
                  "（五）加快清欠进度。机关事业单位与民营企业签订的合同，付款期限一般不超过60日。（责任单位：区财政局）\n"
                  "（六）投标保证金减负。民营企业承接政府投资项目的，允许以银行保函、工程保证保险替代现金缴纳投标保证金。\n"
                  "（七）加强组织领导。建立区促进民营经济发展工作联席会议制度，定期研究解决重大问题。\n"
                  "（八）规范审核程序。区行政审批服务管理局每月汇总审批事项，报区政府备案，并接受区审计局审计。\n")
    assert_measures(doc, [("（一）", "压缩审批时限。对民营企业"), ("（二）", "推行“无事不扰”。同一部"),
                          ("（三）", "为重点民营投资项目配备代"), ("（四）", "建设项目施工许可分阶段办"),
                          ("（五）", "加快清欠进度。机关事业单"), ("（六）", "投标保证金减负。民营企业")])


def test_a_shared_payment_period_after_the_items_makes_their_parent_the_measure():
    doc = extract("个旧市支持经营主体吸纳就业若干措施\n"
                  "一、支持企业招用高校毕业生。\n"
                  "（1）企业招用离校2年内未就业高校毕业生的，按每人2000元给予一次性补贴；\n"
                  "（2）企业为其缴纳社会保险费的，按单位实际缴费额给予社会保险补贴。\n"
                  "上述补贴期限最长不超过1年，同一人员不重复享受。（牵头单位：市人力资源社会保障局）\n"
                  "二、支持创业孵化基地建设。对新认定的市级创业孵化基地，给予一次性奖励10万元。\n")
    assert_measures(doc, [("一、", "支持企业招用高校毕业生。"), ("二、", "支持创业孵化基地建设。对")])
    assert find_measure(doc, "支持企业招用高校毕业生").agencies


def test_the_funds_budget_and_source_grant_nothing_and_a_publicity_heading_still_can():
    doc = extract("宿州市支持量子科技产业发展若干政策\n"
                  "1.对新建量子科技中试平台，按设备投资额的20%给予补助，最高500万元。\n"
                  "2.加大资金保障。市财政每年统筹安排不少于3亿元资金用于支持量子科技产业发展。\n"
                  "3.项目经费从市级科技专项资金中列支，年度支持总额不超过1亿元。\n"
                  "4.加大宣传推介。对新获评国家级量子科技示范应用场景的企业，给予一次性奖励50万元。\n")
    assert_measures(doc, [("1.", "对新建量子科技中试平台，"), ("4.", "加大宣传推介。对新获评国")])


def test_tiers_under_a_condition_or_a_scale_naming_its_payee_and_items_under_a_shared_no_double_rule_fold():
    doc = extract("公主岭市支持畜牧业和首台套发展若干措施\n"
                  "（一）支持规模养殖场智能化改造。对存栏生猪1000头以上的规模养殖场实施环境控制改造的：\n\n"
                  "1.改造投资50万元以上不足100万元的，补助10万元；\n\n2.改造投资100万元以上的，补助20万元。\n"
                  "（二）示范应用奖励。对首台（套）产品在市内实现示范应用的，按以下标准奖励用户单位：\n"
                  "1.单个合同金额1000万元以上的，奖励100万元；\n2.单个合同金额500万元至1000万元（不含）的，奖励50万元。\n"
                  "（三）人才保障。\n(1)对企业引进的全日制博士研究生，给予每月2000元生活补贴，最长3年；\n"
                  "(2)对引进的全日制硕士研究生，给予每月1000元生活补贴，最长3年。\n以上补贴与省级同类补贴不重复享受。【责任单位：市人社局】\n")
    assert_measures(doc, [("（一）", "支持规模养殖场智能化改造"), ("（二）", "示范应用奖励。对首台（套"), ("（三）", "人才保障。(1)对企业引进")])
    assert yuan(find_measure(doc, "支持规模养殖场智能化改造")) == [500000, 1000000, 100000, 1000000, 200000]


def test_reforms_firms_get_are_measures_even_when_no_firm_is_named():
    doc = extract("大连市金州区优化营商环境若干措施\n"
                  "1.实行“承诺即入”。对市场准入类许可事项，企业作出符合条件承诺的，当场办理。责任单位：区营商局\n"
                  "2.推行“一业一证”改革。便利店、药店等20个行业实行一张行业综合许可证，审批时限压缩至5个工作日。责任单位：区营商局\n"
                  "3.推行“首违不罚”。对民营企业首次违法且危害后果轻微并及时改正的，依法不予行政处罚。（责任单位：区司法局）\n"
                  "4.限期清偿。区各部门对拖欠民营企业的账款，无争议部分在60日内清偿。责任单位：区财政局\n"
                  "5.规范申报审核。区营商局会同区财政局对申报材料进行审核，审核结果公示5个工作日。\n")
    assert_measures(doc, [("1.", "实行“承诺即入”。对市场"), ("2.", "推行“一业一证”改革。便"),
                          ("3.", "推行“首违不罚”。对民营"), ("4.", "限期清偿。区各部门对拖欠")])


def test_numbers_written_as_one_character_with_their_stop_mark_items():
    doc = extract("兴化市支持不锈钢产业发展若干政策\n"
                  "⒈支持企业扩大有效投入。对新增设备投资1000万元以上的项目，按设备投资额的8%给予补助，最高300万元。\n"
                  "⒉支持标准和质量提升。对企业主导制定国际标准、国家标准的，分别给予50万元、30万元奖励。\n"
                  "⒊支持人才引进。对不锈钢企业引进的高层次人才，优先安排人才公寓。\n")
    assert_measures(doc, [("⒈", "支持企业扩大有效投入。对"), ("⒉", "支持标准和质量提升。对企"), ("⒊", "支持人才引进。对不锈钢企")])


def test_a_programmes_object_section_its_payment_schedule_budget_and_dispatching_grant_nothing():
    doc = extract("樟树市推进小升规工作实施方案\n"
                  "一、实施范围和对象 全市范围内从事工业生产的企业。\n"
                  "二、培育对象\n纳入“小升规”培育库的企业须为在樟树市辖区内登记注册、年主营业务收入1000万元以下的工业企业。\n"
                  "三、奖励政策\n1.首次上规奖励。对首次纳入规模以上工业统计的企业，给予一次性奖励10万元。\n"
                  "2.奖励兑现。奖励资金分两次兑付：企业入规时兑付50%，次年保持在规后兑付剩余50%。\n"
                  "3.市财政每年统筹安排中小企业发展专项资金2000万元，所需资金由市、乡两级分担。\n"
                  "四、加强运行调度。市工信局牵头建立工业经济运行周调度机制，每周分析研判运行情况。\n")
    assert_measures(doc, [("1.", "首次上规奖励。对首次纳入")])


def test_an_implementing_rules_facets_of_one_article_make_it_one_measure_with_its_units():
    doc = extract("鄞州区推进数字经济高质量发展若干政策实施细则\n"
                  "（一）数字化改造项目补助\n"
                  "1.政策条款：对企业实施数字化改造，项目设备及软件投资500万元以上的，按投资额的10%给予补助，最高200万元。\n"
                  "2.申报条件：项目在2024年1月1日后开工、申报时已完成建设。\n"
                  "3.申报材料：项目申报表、设备及软件购置发票清单。\n"
                  "4.兑现方式：年度集中申报，经区经信局会同区财政局复审后兑现。\n"
                  "5.责任单位：区经信局、区财政局\n"
                  "（二）省级数字经济项目配套\n"
                  "1.政策条款：对获得省级补助的项目，按省级补助资金1:0.5给予配套。\n"
                  "2.责任单位：区经信局\n")
    assert_measures(doc, [("（一）", "数字化改造项目补助1.政"), ("（二）", "省级数字经济项目配套1.")])
    assert [a.raw for a in find_measure(doc, "数字化改造项目补助").agencies] == ["区经信局", "区财政局"]


def test_who_may_apply_is_no_measure_though_its_threshold_is_money():
    doc = extract("佛山市科技创新券实施细则\n"
                  "第三条 申领对象为在佛山市注册、上年度营业收入不超过2亿元的科技型中小企业。\n"
                  "第四条 创新券按服务合同金额的50%抵扣服务费用，每家企业每年最高20万元。\n")
    assert_measures(doc, [("第四条", "创新券按服务合同金额的5")])


def test_an_interpretation_appended_after_the_clauses_is_no_part_of_the_policy():
    doc = extract("重庆市南岸区人民政府办公室关于印发南岸区支持科技型企业融资发展的若干措施的通知\n南岸府办发〔2025〕6号\n"
                  "各街道办事处，区政府各部门：\n现将《南岸区支持科技型企业融资发展的若干措施》印发给你们，请认真贯彻执行。\n"
                  "重庆市南岸区人民政府办公室\n2025年2月20日\n"
                  "南岸区支持科技型企业融资发展的若干措施\n"
                  "一、对科技型企业获得的银行贷款，按贷款市场报价利率的50%给予贴息，每家企业每年最高100万元。\n"
                  "二、本措施自2025年3月1日起施行，有效期2年。\n\n相关解读：\n\n"
                  "《南岸区支持科技型企业融资发展的若干措施》政策解读\n\n一、出台背景\n近年来，我区科技型企业融资难问题突出。\n\n"
                  "二、主要内容\n《若干措施》共提出2条支持政策：一是贷款贴息，按LPR的50%给予贴息，每家企业每年最高100万元；"
                  "二是担保费补助，按担保额的1%给予补助。\n")
    assert_measures(doc, [("一、", "对科技型企业获得的银行贷")])
