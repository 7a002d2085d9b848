"""Notice shells from provinces, counties, county-level cities, development zones and new areas not
covered by real_shapes: 办公厅/办公室 issuers, joint notices, 转发 notices, red-header 文件 lines,
文号 in the title line or in web metadata, YAML headers, 附件 headings. Texts written for these tests;
expectations follow /work/shared/devset/README.md."""
import pytest

from tests.extraction.real_shapes.helpers import (
    assert_measures, extract, find_measure, measures_of, norm, norm_docno, norm_number, norm_title, policy, same_region, t2s)

SHANDONG_PROVINCE_OFFICE = """山东省人民政府办公厅关于印发山东省支持新一代信息技术产业加快发展若干政策措施的通知
鲁政办字〔2024〕52号

各市人民政府，省政府各部门、各直属机构，各大企业，各高等院校：
　　《山东省支持新一代信息技术产业加快发展若干政策措施》已经省政府同意，现印发给你们，请认真贯彻执行。

山东省人民政府办公厅
2024年4月22日

（此件公开发布）

山东省支持新一代信息技术产业加快发展若干政策措施

为加快新一代信息技术产业发展，制定以下政策措施。
一、支持集成电路企业流片。对首次流片的企业，按流片费用的30%给予补助，单个企业最高500万元。（责任单位：省工业和信息化厅、省财政厅）
二、支持软件首版次推广。对认定的首版次高端软件产品，按不超过合同金额的20%给予奖励，最高200万元。（责任单位：省工业和信息化厅）
三、本政策措施自2024年6月1日起施行，有效期至2026年12月31日。
"""

SICHUAN_COUNTY = """三台县人民政府关于印发《三台县支持食品加工产业发展十条措施》的通知
三府发〔2024〕6号
各乡镇人民政府，县级各部门：
　　现将《三台县支持食品加工产业发展十条措施》印发给你们，请认真抓好贯彻落实。
三台县人民政府
2024年3月15日
三台县支持食品加工产业发展十条措施
一、支持企业新建项目。对新建食品加工项目固定资产投资超过5000万元的，按设备投资的8%给予补助，最高300万元。
二、支持企业品牌建设。对新获得“四川省名牌产品”称号的企业，给予10万元奖励。
三、本措施自印发之日起施行，有效期三年。
"""

HUNAN_COUNTY_CITY_CN_DATE = """浏阳市人民政府办公室关于印发《浏阳市促进烟花爆竹产业转型升级若干措施》的通知
浏政办发〔2024〕4号

各乡镇人民政府、街道办事处，市直有关单位：
　　《浏阳市促进烟花爆竹产业转型升级若干措施》已经市人民政府同意，现印发给你们，请认真组织实施。

浏阳市人民政府办公室
二〇二四年三月八日

浏阳市促进烟花爆竹产业转型升级若干措施

（一）支持机械化改造。对烟花爆竹企业实施机械化、自动化改造的，按设备投资额的20%给予补助，最高100万元。
（二）支持安全技术研发。对企业开展本质安全技术研发并取得发明专利的，每件奖励2万元。
（三）本措施自印发之日起施行，有效期两年。
"""

FUJIAN_DOCNO_IN_TITLE_LINE = """晋江市人民政府关于印发晋江市支持鞋服产业数字化转型若干措施的通知（晋政文〔2024〕31号）
各镇人民政府、街道办事处，市直各有关单位：
　　现将《晋江市支持鞋服产业数字化转型若干措施》印发给你们，请认真贯彻执行。
晋江市人民政府
2024年5月6日
晋江市支持鞋服产业数字化转型若干措施
1.支持数字化改造。对鞋服企业实施数字化改造，设备和软件投入超过200万元的，按投入的15%给予补助，最高300万元。
2.支持直播电商发展。对年直播销售额首次超过1亿元的鞋服企业，给予50万元奖励。
3.本措施自印发之日起施行，有效期至2026年12月31日。
"""

ANHUI_JOINT = """芜湖市经济和信息化局　芜湖市财政局
关于印发《芜湖市支持机器人产业发展若干政策》的通知
芜经信〔2024〕45号

各县市区经信局、财政局，各开发区经发局、财政局：
　　为加快我市机器人产业发展，市经信局、市财政局联合制定了《芜湖市支持机器人产业发展若干政策》，现印发给你们，请认真贯彻执行。

芜湖市经济和信息化局　　　　　芜湖市财政局
2024年7月12日

芜湖市支持机器人产业发展若干政策

第一条 为推动机器人产业集聚发展，制定本政策。
第二条 对机器人整机企业年销售额首次突破1亿元的，给予100万元奖励。
第三条 对本地企业购买本市机器人产品的，按购买金额的10%给予补贴，每家企业每年最高200万元。
第四条 本政策自2024年8月1日起施行，有效期3年。
"""

HEILONGJIANG_RED_HEADER = """黑龙江省工业和信息化厅
黑龙江省财政厅
文件
黑工信联发〔2024〕12号

黑龙江省工业和信息化厅 黑龙江省财政厅关于印发《黑龙江省支持石墨产业高质量发展若干措施》的通知

各市（地）工信局、财政局：
　　现将《黑龙江省支持石墨产业高质量发展若干措施》印发给你们，请结合实际认真贯彻落实。

黑龙江省工业和信息化厅　　黑龙江省财政厅
2024年9月2日

黑龙江省支持石墨产业高质量发展若干措施

一、支持石墨精深加工项目建设。对新建石墨负极材料、石墨烯等精深加工项目，按设备投资的10%给予补助，最高1000万元。
二、支持石墨新产品研发。对首次实现产业化的石墨新产品，给予研发企业最高200万元奖励。
三、本措施自印发之日起施行，有效期至2027年12月31日。
"""

XINJIANG_REGION_OFFICE = """新疆维吾尔自治区人民政府办公厅关于印发《自治区支持纺织服装产业发展若干政策措施》的通知
新政办发〔2024〕19号

伊犁哈萨克自治州，各地、州、市人民政府（行政公署），自治区人民政府各组成部门、各直属机构：
　　《自治区支持纺织服装产业发展若干政策措施》已经自治区人民政府同意，现印发给你们，请认真贯彻执行。

新疆维吾尔自治区人民政府办公厅
2024年6月18日

自治区支持纺织服装产业发展若干政策措施

一、支持纺织项目建设。对新建纺纱、织造、印染项目，按设备投资的15%给予补助，单个项目最高2000万元。
二、支持稳定就业。对纺织服装企业新招用员工并签订1年以上劳动合同的，按每人每年2000元给予社会保险补贴。
三、本政策措施自2024年7月1日起施行，有效期5年。
"""

GUANGXI_FORWARD = """玉林市人民政府办公室关于转发市工业和信息化局玉林市支持机械制造产业发展若干措施的通知
玉政办发〔2024〕11号

各县（市、区）人民政府，市人民政府各组成部门、各直属机构：
　　市工业和信息化局制定的《玉林市支持机械制造产业发展若干措施》已经市人民政府同意，现转发给你们，请认真贯彻执行。

玉林市人民政府办公室
2024年4月3日

玉林市支持机械制造产业发展若干措施
玉林市工业和信息化局

一、支持内燃机产品升级。对内燃机企业研发国六及以上排放标准新产品并实现量产的，每款产品奖励50万元。
二、支持配套企业落户。对新引进的机械制造配套企业，按设备投资的8%给予补助，最高300万元。
三、本措施自印发之日起施行，有效期三年。
"""

HAINAN_YAML = """---
title: "海南省工业和信息化厅关于印发《海南省支持新型储能产业发展若干措施》的通知"
doc_no: "琼工信规〔2024〕2号"
source: "海南省工业和信息化厅"
date: "2024-02-20"
---
海南省工业和信息化厅关于印发《海南省支持新型储能产业发展若干措施》的通知

各市、县、自治县工业和信息化主管部门，洋浦经济开发区管委会，有关企业：
　　现将《海南省支持新型储能产业发展若干措施》印发给你们，请认真组织实施。

海南省工业和信息化厅
2024年2月20日

海南省支持新型储能产业发展若干措施

（一）支持储能电池制造。对在我省新建储能电池生产线的企业，按设备投资的10%给予补助，最高3000万元。
（二）支持独立储能电站运营。对新建电网侧独立储能电站，按放电量给予0.2元/千瓦时的补贴，单个项目每年最高500万元。
（三）本措施自印发之日起施行，有效期至2026年12月31日。
"""

NINGXIA_WEB_METADATA = """索 引 号：640100000/2024-00215
发文机关：银川市人民政府
发文字号：银政发〔2024〕40号
主题分类：工业、交通
成文日期：2024年05月20日
发布日期：2024年05月23日
标　　题：银川市人民政府关于印发《银川市支持新材料产业发展若干措施》的通知

银川市人民政府关于印发《银川市支持新材料产业发展若干措施》的通知

各县（市）、区人民政府，市政府各部门、各直属机构：
　　现将《银川市支持新材料产业发展若干措施》印发给你们，请认真贯彻执行。

银川市人民政府
2024年5月20日

银川市支持新材料产业发展若干措施

一、支持企业做大规模。对新材料企业年销售收入首次超过5亿元的，给予100万元奖励。
二、支持中试线建设。对新材料企业新建中试线的，按设备投资的20%给予补助，最高200万元。
三、本措施自印发之日起施行，有效期两年。
"""

GANSU_NEW_AREA = """兰州新区管委会关于印发《兰州新区支持精细化工产业发展若干措施》的通知
新管发〔2024〕15号

新区各部门、各园区，各镇（街道），各驻区单位：
　　现将《兰州新区支持精细化工产业发展若干措施》印发给你们，请认真贯彻落实。

兰州新区管委会
2024年8月8日

兰州新区支持精细化工产业发展若干措施

第一条 对新落户的精细化工项目，固定资产投资超过1亿元的，按固定资产投资的5%给予补助，最高2000万元。
第二条 对精细化工企业新建安全环保设施的，按设施投资的20%给予补助，最高300万元。
第三条 本措施由兰州新区经济发展局负责解释，自印发之日起施行，有效期3年。
"""

TIBET_TRIAL = """拉萨市人民政府关于印发《拉萨市支持高原特色农畜产品加工业发展若干措施（试行）》的通知
拉政发〔2024〕9号

各县（区）人民政府，市直各部门：
　　现将《拉萨市支持高原特色农畜产品加工业发展若干措施（试行）》印发给你们，请认真贯彻执行。

拉萨市人民政府
2024年3月28日

拉萨市支持高原特色农畜产品加工业发展若干措施（试行）

一、支持精深加工项目。对新建青稞、牦牛肉精深加工项目，按设备投资的20%给予补助，最高500万元。
二、支持绿色有机认证。对新获得绿色食品、有机农产品认证的企业，每个产品奖励5万元。
三、本措施自2024年4月1日起试行，试行期2年。
"""

HUNAN_DEV_ZONE = """长沙经济技术开发区管理委员会关于印发《长沙经开区支持工程机械产业链发展若干政策》的通知
长经开管发〔2024〕8号

各街道，管委会各部门，园区各企业：
　　现将《长沙经开区支持工程机械产业链发展若干政策》印发给你们，请认真抓好落实。

长沙经济技术开发区管理委员会
2024年2月1日

长沙经开区支持工程机械产业链发展若干政策

1.支持本地配套。对区内主机企业采购区内零部件企业产品年度金额新增超过1亿元的，给予主机企业100万元奖励。
2.支持零部件企业技改。对零部件企业技改项目，按设备投资的10%给予补助，最高500万元。
3.本政策自2024年3月1日起施行，有效期至2026年2月28日。
"""

SICHUAN_NEW_AREA = """四川天府新区管理委员会关于印发《四川天府新区支持总部经济发展若干政策》的通知
天府管发〔2024〕3号

新区各部门，各街道，各直属企业：
　　现将《四川天府新区支持总部经济发展若干政策》印发给你们，请遵照执行。

四川天府新区管理委员会
2024年1月10日

四川天府新区支持总部经济发展若干政策

第一条 支持总部企业落户。对新认定的区域总部企业，按实缴注册资本的2%给予落户奖励，最高2000万元。
第二条 支持总部企业购置办公用房。对新购置自用办公用房的总部企业，按购房价格的10%给予补贴，最高1000万元。
第三条 本政策自印发之日起施行，有效期3年。
"""

FUZHOU_ATTACHMENTS = """福州市工业和信息化局关于印发《福州市支持工业互联网发展若干措施》的通知
榕工信规〔2024〕3号

各县（市）区工信局，高新区经发局：
　　现将《福州市支持工业互联网发展若干措施》印发给你们，请认真组织实施。

附件：1.福州市支持工业互联网发展若干措施
　　　2.福州市工业互联网项目申报表

福州市工业和信息化局
2024年1月22日

附件1

福州市支持工业互联网发展若干措施

一、支持工业互联网平台建设。对新认定的国家级工业互联网平台，给予500万元奖励。
二、支持企业上云上平台。对企业购买工业互联网平台服务的，按服务费用的30%给予补助，最高50万元。
三、本措施自印发之日起施行，有效期3年。

附件2

福州市工业互联网项目申报表

1.企业名称：
2.项目名称：
3.项目总投资（万元）：
4.申请补助金额（万元）：
"""

BENGBU_COLON_METADATA = """标题：蚌埠市人民政府办公室关于印发《蚌埠市支持硅基新材料产业发展若干政策》的通知
发文字号：蚌政办〔2024〕20号
发文机关：蚌埠市人民政府办公室
成文日期：2024年10月15日

各县、区人民政府，市政府各部门、各直属单位：
　　经市政府同意，现将《蚌埠市支持硅基新材料产业发展若干政策》印发给你们，请认真贯彻执行。

蚌埠市支持硅基新材料产业发展若干政策

一、支持超薄玻璃项目。对新建超薄电子玻璃生产线的，按设备投资的10%给予补助，最高3000万元。
二、支持硅基材料研发。对硅基新材料企业年度研发投入超过1000万元的，按增量部分的15%给予奖励，最高200万元。
三、本政策自印发之日起施行，有效期三年。
"""

SHOUGUANG_PAREN_DOCNO = """寿光市人民政府关于印发寿光市支持蔬菜种业创新发展若干措施的通知
（寿政发〔2024〕3号）

各镇人民政府（街道办事处），寿光经济开发区管委会，市政府各部门、单位：
　　现将《寿光市支持蔬菜种业创新发展若干措施》印发给你们，请认真贯彻执行。

寿光市人民政府
2024年2月27日

寿光市支持蔬菜种业创新发展若干措施

一、支持育种创新。对新通过国家登记的蔬菜品种，每个品种奖励5万元。
二、支持种业企业做大。对年销售收入首次超过1亿元的种业企业，给予100万元奖励。
三、本措施自2024年3月1日起施行，有效期至2027年2月28日。
"""

FEIXI_RED_HEADER = """肥西县人民政府文件

肥西政〔2024〕12号

肥西县人民政府关于印发《肥西县促进新能源汽车零部件产业发展若干政策》的通知

各乡镇人民政府，县政府各部门、各直属机构：
　　现将《肥西县促进新能源汽车零部件产业发展若干政策》印发给你们，请认真贯彻执行。

肥西县人民政府
2024年4月9日

肥西县促进新能源汽车零部件产业发展若干政策

（一）支持零部件项目落地。对新落户的零部件项目，设备投资超过2000万元的，按设备投资的8%给予补助，最高800万元。
（二）支持进入整车配套体系。对首次进入整车企业一级供应商名录的零部件企业，给予30万元奖励。
（三）本政策自印发之日起施行，有效期两年。
"""

KORLA_OFFICE = """库尔勒市人民政府办公室关于印发《库尔勒市支持香梨精深加工产业发展若干措施》的通知
库政办发〔2024〕16号

各乡镇人民政府、街道办事处，市直各单位：
　　经市人民政府同意，现将《库尔勒市支持香梨精深加工产业发展若干措施》印发给你们，请认真组织实施。

库尔勒市人民政府办公室
2024年6月5日

库尔勒市支持香梨精深加工产业发展若干措施

1、支持精深加工设备购置。对香梨加工企业购置精深加工设备的，按购置金额的15%给予补助，最高100万元。
2、支持冷链仓储建设。对新建库容1000吨以上冷库的，给予一次性补助50万元。
3、本措施自印发之日起施行，有效期三年。
"""

LUCHUAN_COUNTY = """陆川县人民政府关于印发《陆川县支持铁锅产业集群发展若干措施》的通知
陆政发〔2024〕7号
各乡镇人民政府，县直各单位：
现将《陆川县支持铁锅产业集群发展若干措施》印发给你们，请认真贯彻落实。
陆川县人民政府
2024年11月20日
陆川县支持铁锅产业集群发展若干措施
一、支持铁锅企业技改。对铁锅企业实施自动化生产线改造的，按设备投资的15%给予补助，最高200万元。
二、支持电商销售。对年网络零售额首次超过1000万元的铁锅企业，给予10万元奖励。
三、本措施自印发之日起施行，有效期一年。
"""

WUYISHAN_NO_PLACE_IN_TITLE = """关于印发《关于支持民营经济高质量发展的若干措施》的通知
武政〔2024〕12号

各乡（镇）人民政府、街道办事处，市直各单位：
　　现将《关于支持民营经济高质量发展的若干措施》印发给你们，请认真贯彻执行。

武夷山市人民政府
2024年7月29日

关于支持民营经济高质量发展的若干措施

一、支持茶企做大做强。对年销售收入首次超过1亿元的茶叶企业，给予50万元奖励。
二、支持民营企业上市。对在境内证券交易所首发上市的民营企业，给予300万元奖励。
三、本措施自印发之日起施行，有效期三年。
"""

HUNAN_MD_TABLE = """| 索引号 | 430000/2024-01234 |
| --- | --- |
| 发文机关 | 湖南省人民政府办公厅 |
| 发文字号 | 湘政办发〔2024〕21号 |
| 成文日期 | 2024年05月06日 |

# 湖南省人民政府办公厅关于印发《湖南省支持计算产业高质量发展若干政策措施》的通知

各市州人民政府，省政府各厅委、各直属机构：

《湖南省支持计算产业高质量发展若干政策措施》已经省人民政府同意，现印发给你们，请认真贯彻执行。

湖南省人民政府办公厅

2024年5月6日

## 湖南省支持计算产业高质量发展若干政策措施

一、支持计算整机企业发展。对年营业收入首次突破50亿元的计算整机企业，给予500万元奖励。

二、支持算力基础设施建设。对新建智算中心的，按设备投资的10%给予补助，最高3000万元。

三、本政策措施自2024年6月1日起施行，有效期至2028年5月31日。
"""

JIUQUAN_GLUED = """酒泉市人民政府关于印发《酒泉市支持新能源装备制造产业发展若干措施》的通知 酒政发〔2024〕25号 各县（市、区）人民政府，市政府各部门：现将《酒泉市支持新能源装备制造产业发展若干措施》印发给你们，请认真贯彻执行。 酒泉市人民政府 2024年6月28日 酒泉市支持新能源装备制造产业发展若干措施 一、支持风电装备整机项目。对新落户的风电整机项目，按设备投资的8%给予补助，最高2000万元。 二、支持光伏组件本地配套。对本地新能源项目采购本市光伏组件的，按采购金额的3%给予奖励，最高500万元。 三、本措施自印发之日起施行，有效期三年。
"""

# A policy addressed directly (no 印发 notice in front): addressees, then the policy's own text with
# its numbered clauses, then the signature, on a web page with a footer. The title and 文号 are above
# the addressees, the issuer and date only in the signature.
FUZHOU_NEW_AREA_DIRECT = """福州新区门户网站
首页 | 走进新区 | 政务公开 | 投资服务
当前位置：首页 > 政务公开 > 规范性文件
福州新区关于促进临空经济高质量发展的若干措施
发布时间：2025-03-18 09:12　　来源：新区经济发展局
榕新管〔2025〕7号
各镇（街道），新区各部门，各有关单位：
　　为加快临空经济区建设，经管委会研究，现提出如下措施。
一、支持航空物流企业落户。对新落户的航空物流企业，年营业收入首次达到5000万元的，给予一次性奖励100万元。
二、支持开辟货运航线。对新开辟国际全货机航线的航空公司，每条航线给予最高300万元补助。
三、本措施自印发之日起施行，有效期三年。

福州新区管理委员会
2025年3月14日

网站地图 | 联系我们
主办：福州新区管理委员会办公室　　闽ICP备12345678号
"""

# The same shape as a county government's 意见 with no web page around it, the issuer a county.
GANZI_COUNTY_DIRECT = """康定市人民政府关于支持高原特色文旅产业发展的意见
康府发〔2024〕21号
各乡（镇）人民政府、街道办事处，市级各部门：
为推动文旅产业提质增效，结合我市实际，提出如下意见。
（一）支持星级酒店建设。对新评定为四星级、五星级的旅游饭店，分别给予30万元、50万元一次性奖励。
（二）支持旅游景区提档升级。对新评定为国家4A级旅游景区的，给予100万元奖励。
（三）本意见自2024年9月1日起施行，有效期至2026年8月31日。
康定市人民政府
2024年8月20日
"""

# A news repost: account name, post time, a 【】 headline with 重磅！, a lead that names the policy
# with its 文号 in brackets and ends 全文如下, then the policy under its own title.
NANNING_REPOST = """南宁发布
2025年2月8日 20:15　广西

【聚焦】速看！南宁出台支持跨境电商发展十条措施（全文）

　　日前，市人民政府办公室印发《南宁市支持跨境电子商务高质量发展若干措施》（南府办规〔2025〕3号），围绕主体培育、物流通道、海外仓建设等方面给予支持。全文如下：

南宁市支持跨境电子商务高质量发展若干措施

　　为加快建设面向东盟的跨境电商枢纽，制定如下措施。
一、支持跨境电商主体落户。对新落户的跨境电商企业，年度进出口额首次超过1000万美元的，给予一次性奖励30万元。
二、支持海外仓建设。对企业新建的公共海外仓，按实际投资额的20%给予补助，最高100万元。
三、本措施自2025年3月1日起施行，有效期至2027年12月31日。
"""

# A PDF copy of a zone's red-header notice: the notice title broken inside 《》 over two lines, the
# zone signing with its full name, the validity and an amount broken by the page's line ends.
ZONE_PDF_SPLIT_TITLE = """苏州工业园区管理委员会文件

苏园管规〔2024〕5号

园区管委会关于印发《苏州工业园区关于支持
生物医药产业创新发展的若干措施》的通知

各部门、各直属单位：
　　《苏州工业园区关于支持生物医药产业创新发展的若干措
施》已经管委会研究同意，现印发给你们，请认真贯彻执行。

　　　　　　　　　　　　　　苏州工业园区管理委员会
　　　　　　　　　　　　　　　　　2024年6月3日

苏州工业园区关于支持生物医药产业创新发展的若干措施
　　一、对新获批上市的1类创新药，给予研发单位最高不超过30
00万元奖励。
　　二、对新建GMP生产线的企业，按设备投资的10%给予补助，最高
500万元。
　　三、本措施自印发之日起施行，有效
期3年。
"""

# A site's metadata table with two key/value pairs a row, then the notice.
TABLE_TWO_PAIRS = """| 索 引 号 | 11450000MB00000000/2024-00312 | 分　　类 | 工业 |
| 发布机构 | 广西壮族自治区工业和信息化厅 | 成文日期 | 2024年08月12日 |
| 标　　题 | 广西壮族自治区工业和信息化厅关于印发《广西支持铝产业高质量发展若干措施》的通知 |
| 发文字号 | 桂工信规〔2024〕4号 | 发布日期 | 2024年08月16日 |

广西壮族自治区工业和信息化厅关于印发《广西支持铝产业高质量发展若干措施》的通知

各市工业和信息化局：
现将《广西支持铝产业高质量发展若干措施》印发给你们，请认真贯彻落实。

广西壮族自治区工业和信息化厅
2024年8月12日

广西支持铝产业高质量发展若干措施
一、支持铝精深加工项目。对新建铝精深加工项目，按设备投资的8%给予补助，最高1000万元。
二、本措施自2024年9月1日起施行，有效期至2027年8月31日。
"""

# A copy numbered in its margin: each line opens with its number and two spaces, the notice title
# (with no 《》) and the notice text broken over lines, numbers cut at line ends.
LINE_NUMBERED = """1  三亚市人民政府关于印发三亚市支持邮轮游艇产业发展
2  若干措施的通知
3  三府规〔2024〕8号
4  各区人民政府，市政府直属各单位：
5  　　现将《三亚市支持邮轮游艇产业发展若干措施》印
6  发给你们，请认真贯彻执行。
7  三亚市人民政府
8  2024年9月2日
9  三亚市支持邮轮游艇产业发展若干措施
10  　　一、对新开辟以三亚为母港的国际邮轮航线，每条航线给予
11  一次性奖励200万元；年度完成20航次以上的，再给予30
12  万元奖励。
13  　　二、对新落户的游艇制造企业，按设备投资额的10%给予补助，
14  最高1000万元。
15  　　三、本措施自2024年10月1日起施行，有效期3年。
"""

# A town's notice on an HTML page, signed by the town with its district in front.
TOWN_HTML = """<div class="title">乐从镇人民政府关于印发《乐从镇支持家具产业转型升级扶持办法》的通知</div>
<p>各村（社区）、镇属各部门：</p>
<p>&nbsp;&nbsp;现将《乐从镇支持家具产业转型升级扶持办法》印发给你们，请认真贯彻执行。</p>
<p>佛山市顺德区乐从镇人民政府</p>
<p>2024年5月6日</p>
<p><strong>乐从镇支持家具产业转型升级扶持办法</strong></p>
<p>一、对家具企业购置智能化生产设备的，按设备投资额的10%给予补助，最高100万元。</p>
<p>二、本办法自2024年6月1日起施行，有效期3年。</p>
"""

# A page run into one line: the 文号 labelled inline, the signature's date before (此件主动公开).
ONE_LINE_PAGE = "石狮市人民政府 首页 政务公开 当前位置：首页 > 政务公开 > 政策文件 石狮市人民政府办公室关于印发石狮市支持服装产业数字化转型若干措施的通知 索引号：FJ05810-2024-00031 文号：狮政办〔2024〕9号 各镇人民政府、街道办事处，市直有关单位： 现将《石狮市支持服装产业数字化转型若干措施》印发给你们，请认真组织实施。 石狮市人民政府办公室 2024年5月20日 （此件主动公开） 石狮市支持服装产业数字化转型若干措施 一、支持智能化改造。对服装企业智能化改造项目，按设备投资额的10%给予补助，最高300万元。 二、本措施自印发之日起施行，有效期至2026年12月31日。"

# A traditional-script page: the 文号 keeps its glyphs (義…號), as the devset annotates.
TRADITIONAL_DOCNO = """溫州市人民政府門戶網站
溫州市人民政府辦公室關於印發溫州市支持鞋業高質量發展若干政策的通知
發布時間：2024-03-12
文號：溫政辦發〔2024〕11號
各縣（市、區）人民政府，市政府直屬各單位：
　　《溫州市支持鞋業高質量發展若干政策》已經市政府同意，現印發給你們，請認真組織實施。
溫州市人民政府辦公室
2024年3月12日
溫州市支持鞋業高質量發展若干政策
一、支持智能化改造。對鞋企智能化改造項目，按設備投資額的10%給予補助，最高300萬元。
二、本政策自2024年4月1日起施行，有效期3年。
"""

# A zone the lexicon lacks, named after its city (柳州 + 柳东 + 新区); a 申报指南 as the page's title
ZONE_GUIDE_PAGE = """首页 > 政务服务 > 办事指南
柳州柳东新区新能源汽车零部件企业奖补资金申报指南
发布时间：2025-04-11  来源：柳东新区经济发展局
一、申报对象
在柳东新区注册，从事新能源汽车零部件生产的规模以上工业企业。
二、申报条件
（一）企业上年度主营业务收入不低于2000万元；
（二）企业近三年无重大安全生产事故。
三、奖补标准
按《柳州市支持新能源汽车产业发展若干政策》第五条规定的标准执行。
四、申报材料
1.申报表；
2.营业执照复印件。
五、咨询电话
0772-2000XXX
"""

# A policy library's page: a breadcrumb, then 【label】value metadata, several labels to a line
BRACKET_METADATA = """政策库 > 湖北省 > 襄阳市
【政策名称】襄阳市支持汽车零部件产业发展若干政策
【发文机构】襄阳市人民政府办公室
【发文字号】襄政办发〔2025〕4号
【发布日期】2025-03-10　【时效性】现行有效
收藏 | 分享
襄阳市人民政府办公室关于印发《襄阳市支持汽车零部件产业发展若干政策》的通知
各县（市、区）人民政府，市政府各部门：
现将《襄阳市支持汽车零部件产业发展若干政策》印发给你们，请认真贯彻执行。
襄阳市人民政府办公室
2025年3月6日
襄阳市支持汽车零部件产业发展若干政策
一、支持零部件项目落地。对新引进的零部件项目，按设备投资额的5%给予补助，最高500万元。
二、本政策自2025年4月1日起施行，有效期三年。
"""

# A zone's PDF notice: its title over three lines, the quoted title saying 关于 again
THREE_LINE_QUOTED_GUANYU = """昆山高新技术产业开发区管理委员会文件

昆高新管〔2025〕9号

昆山高新技术产业开发区管理委员会关于印发《昆山高
新技术产业开发区关于支持机器人产业发展的若干
措施》的通知

各部门、各单位：
现将《昆山高新技术产业开发区关于支持机器人产业发展的若
干措施》印发给你们，请认真贯彻落实。

昆山高新技术产业开发区管理委员会
2025年6月3日

昆山高新技术产业开发区关于支持机器人产业
发展的若干措施

一、对新引进的机器人整机企业，按设备投资额的10%给予补助，最高1000万元。
二、本措施自2025年7月1日起施行，有效期三年。
"""

# A notice with no 《》 in its title; the notice text's 《…》 broken by a line end
NOTICE_TEXT_QUOTE_BROKEN = """佳木斯市人民政府办公室
关于印发佳木斯市支持大豆精深加工产业
高质量发展若干措施的通知

各县（市）、区人民政府，市政府各部门：
　　经市政府同意，现将《佳木斯市支持大豆精深加工产
业高质量发展若干措施》印发给你们，请认真组织实施。
　　　　　　　　　　　　　　佳木斯市人民政府办公室
　　　　　　　　　　　　　　　　2024年8月2日

佳木斯市支持大豆精深加工产业
高质量发展若干措施

　　一、对新建大豆精深加工项目，按设备投资额的10%给予补助，最高500万元。
　　二、本措施自印发之日起施行，有效期三年。
"""

# A department's disclosure page: breadcrumb, 信息名称/生成日期 labels; the notice is signed four days earlier
DISCLOSURE_LABELS = """果洛州人民政府 > 政府信息公开 > 部门文件
信息名称：果洛州财政局关于印发《果洛州畜牧产业发展专项资金管理办法》的通知
索 引 号：116326000000123456/2024-00031
发布机构：果洛州财政局
生成日期：2024-07-22
文　　号：果财农〔2024〕9号

果洛州财政局关于印发《果洛州畜牧产业发展专项资金管理办法》的通知

各县财政局：
现将《果洛州畜牧产业发展专项资金管理办法》印发给你们，请遵照执行。

果洛州财政局
2024年7月18日

果洛州畜牧产业发展专项资金管理办法

第一条 对新建标准化养殖场的，按建设投资的20%给予补助，最高100万元。
第二条 本办法自发布之日起施行，有效期三年。
"""

# A red-header PDF of a directly issued 实施意见: the issuer's line heads the title (GB/T 9704)
ISSUER_LINE_TITLE = """周口市人民政府文件
周政〔2024〕21号
周口市人民政府
关于加快食品产业高质量
发展的实施意见
各县（市、区）人民政府，市人民政府各部门：
为加快食品产业发展，结合我市实际，提出如下意见。
一、对新建食品精深加工项目，按设备投资额的10%给予补助，最高1000万元。
二、本意见自印发之日起施行，有效期三年。
周口市人民政府
2024年7月1日
"""

# A WeChat article: a lead naming the policy (近日…印发《X》…👇), call-outs, then X's own title
WECHAT_LEAD = """红花岗发布
2024-06-03 发表于贵州
🔥速看！红花岗区消费新政来了！
近日，红花岗区人民政府办公室印发《红花岗区促进消费扩容提质若干措施》，一起来看看有哪些亮点👇
━━━━━━━━━━━━
红花岗区促进消费扩容提质若干措施
一、支持商业综合体提升。对实施改造的商业综合体，按改造投入的20%给予补助，最高100万元。
📌划重点：改造投入补20%，封顶100万元！
二、支持品牌首店落户。对新开设的省级首店，给予一次性奖励20万元。
"""

# A notice that issues nothing: its own text is the policy (奖励标准 in it); the form in 附件1 is not
APPLICATION_NOTICE = """钦州市工业和信息化局关于组织申报2025年度工业企业技改奖励资金的通知
钦工信发〔2025〕12号

各县、区工信部门：
　　根据《钦州市促进工业技术改造若干措施》有关规定，现就组织申报有关事项通知如下：
　　一、申报对象
　　在钦州市注册、2024年度完成技术改造的规模以上工业企业。
　　二、奖励标准
　　（一）对设备投资500万元以上的技改项目，按设备投资额的8%给予奖励，最高200万元。
　　（二）对获评自治区智能工厂的企业，给予一次性奖励30万元。
　　三、申报材料
　　1.申报表（附件1）；
　　2.营业执照复印件。
　　四、联系方式
　　市工业和信息化局投资科，电话：0777-28XXXXX。

　　附件：1.钦州市工业企业技改奖励资金申报表
　　　　　2.技改奖励资金申报汇总表

钦州市工业和信息化局
2025年6月20日

附件1
钦州市工业企业技改奖励资金申报表
企业名称（盖章）：________
1.设备投资额：________万元
2.申请奖励金额：________万元
县（区）工信部门审核意见：
（盖章）　　　　年　月　日
"""

# A portal page: menus and a breadcrumb, then 【标　　题】 metadata
PORTAL_BRACKETS = """北海市人民政府  English | 无障碍 | 长者模式
首页 政务公开 政务服务 互动交流
您现在的位置：首页 > 政务公开 > 规范性文件

【标　　题】北海市人民政府办公室关于印发《北海市支持海洋装备产业发展若干政策》的通知
【文　　号】北政办规〔2024〕9号
【成文日期】2024-05-08　【发布日期】2024-05-11

北海市人民政府办公室关于印发《北海市支持海洋装备产业发展若干政策》的通知
各县、区人民政府，市直各单位：
　　《北海市支持海洋装备产业发展若干政策》已经市人民政府同意，现印发给你们，请认真遵照执行。
北海市人民政府办公室
2024年5月8日
北海市支持海洋装备产业发展若干政策
一、对新建海洋装备制造项目，按设备投资额的10%给予补助，最高1000万元。
二、本政策自印发之日起施行，有效期三年。
"""

# A 政策解读 page whose interpretation is followed by 附：政策原文 and the notice with the policy itself
INTERPRETATION_WITH_ORIGINAL = """《马鞍山市支持智能装备产业发展实施细则》政策解读
发布时间：2024-10-09  来源：市经济和信息化局
　　近日，市政府办公室印发了《马鞍山市支持智能装备产业发展实施细则》，现解读如下。
　　一、主要内容
　　（一）支持项目落地。对新落户项目按设备投资额给予最高800万元补助。
　　（二）支持首台套。对首台套产品给予最高100万元奖励。
　　附：政策原文
马鞍山市人民政府办公室关于印发《马鞍山市支持智能装备产业发展实施细则》的通知
马政办〔2024〕27号
各县、区人民政府，市政府各部门：
　　《马鞍山市支持智能装备产业发展实施细则》已经市政府同意，现印发给你们，请认真组织实施。
马鞍山市人民政府办公室
2024年9月20日
马鞍山市支持智能装备产业发展实施细则
第一条 支持项目落地。对新落户的智能装备项目，按设备投资额的10%给予补助，最高800万元。
第二条 支持首台套。对新认定的省级首台套产品，给予100万元奖励。
第三条 本细则自印发之日起施行。
"""

# A disclosure catalogue flattened one cell a line (索引号 / 值 / 公开方式 / 值 …) under the site's name
CATALOGUE_CELLS = """镇江市丹徒区人民政府
政府信息公开目录

索引号
014101XXX/2025-00021
公开方式
主动公开
发布机构
镇江市丹徒区工业和信息化局
文号
徒工信发〔2025〕3号
生成日期
2025-03-12

关于印发《丹徒区支持智能制造发展若干措施》的通知

各镇人民政府，区各部门：
　　现将《丹徒区支持智能制造发展若干措施》印发给你们，请认真贯彻执行。

镇江市丹徒区工业和信息化局
2025年3月10日

丹徒区支持智能制造发展若干措施
一、对新认定的省级智能工厂，给予50万元奖励。
二、本措施自印发之日起施行。
"""

# A 公示 page under a breadcrumb of three levels: the 公示 line is the title, and it has no measures
PUBLICITY_BREADCRUMB = """烟台市牟平区人民政府 > 信息公开 > 公示公告

关于2025年度牟平区工业企业技术改造奖补资金拟支持项目的公示

信息来源：区工业和信息化局　　发布日期：2025-09-15

根据《牟平区支持工业企业技术改造奖补办法》有关规定，拟对以下10个项目给予奖补资金共计860万元。现予以公示。
1.烟台某机械有限公司　智能化改造项目　奖补120万元
2.烟台某食品有限公司　生产线升级项目　奖补80万元
"""

# A notice that extends another policy's validity: titled by the notice, no measures, the new end
EXTENSION_NOTICE = """襄阳市人民政府办公室关于延长《襄阳市支持外贸企业稳订单拓市场若干措施》有效期的通知

襄政办发〔2025〕40号

各县（市、区）人民政府，市政府各部门：
《襄阳市支持外贸企业稳订单拓市场若干措施》（襄政办发〔2023〕12号）有效期至2025年12月31日。经市人民政府同意，决定将其有效期延长至2026年12月31日，政策内容保持不变。
本通知自印发之日起施行。

襄阳市人民政府办公室
2025年12月18日
"""

# A red-header PDF: the issuer's name and the 文号 on one line; a 惠企政策清单 whose items cite
# the article of another document they come from (《X》（…号）第三条)
RED_HEADER_LIST = """宜城市人民政府办公室                     宜政办发〔2025〕5号

宜城市2025年惠企政策清单（第一批）

一、科技创新类
1.高新技术企业认定奖励
政策内容：对首次认定的高新技术企业给予一次性奖励10万元。
政策依据：《宜城市促进科技创新若干措施》（宜政发〔2024〕8号）第三条
责任单位：市科技局
2.企业研发投入补助
政策内容：对上年度研发投入增量超过50万元的企业，按增量部分的10%给予补助，单家企业最高20万元。
政策依据：《宜城市促进科技创新若干措施》（宜政发〔2024〕8号）第五条
责任单位：市科技局、市财政局
"""

# A portal page: breadcrumb, a 字号/打印 bar, then metadata two labelled values to a line
SPACED_PAIRS = """首页 > 政务公开 > 政策文件 > 规范性文件

字号：[大] [中] [小]　　打印本页　　关闭窗口

索引号：11440605XX/2024-00412　　分类：人才工作
发布机构：江门市蓬江区人才工作领导小组办公室　　成文日期：2024-06-14
文号：蓬人才办〔2024〕5号　　发布日期：2024-06-20
名称：江门市蓬江区引进海外高层次人才扶持办法

江门市蓬江区引进海外高层次人才扶持办法

第一条　对入选国家级重大人才工程的海外人才，给予一次性安家补贴100万元。
第二条　本办法自印发之日起施行。
"""

# A notice without 《》 in its title whose text cites the basis (《A》) before the policy it issues (《B》)
CITES_THEN_ISSUES = """天津市东丽区商务局 天津市东丽区财政局
关于印发东丽区支持外贸稳规模若干措施的通知
东商务规〔2025〕1号

各街道，区有关部门：
  为贯彻落实《天津市推动外贸稳规模优结构的若干措施》（津政办发〔2024〕19号），经区政府同意，现将《东丽区支持外贸稳规模若干措施》印发给你们，请认真贯彻落实。

                                    天津市东丽区商务局
                                      2025年3月14日

东丽区支持外贸稳规模若干措施
一、对年度进出口额首次突破1亿元的企业，给予10万元奖励。
二、本措施自印发之日起施行。
"""

# An interpretation that gives its policy's 文号 only where it says when the policy was issued
INTERPRETATION_ISSUED_AS = """《赣州市章贡区推动电子信息产业发展若干措施》政策解读
来源：章贡区工业和信息化局  发布时间：2025-08-12
一、出台背景
为推动电子信息产业发展，区工信局起草了《赣州市章贡区推动电子信息产业发展若干措施》（以下简称《若干措施》），已经区政府常务会议审议通过，于2025年8月1日正式印发（章府发〔2025〕11号）。
二、主要内容
（一）支持企业技术改造。对企业购置生产设备的，按设备投资额的10%给予补助，最高300万元。
"""

CASES = [
    pytest.param(SHANDONG_PROVINCE_OFFICE, dict(
        title="山东省支持新一代信息技术产业加快发展若干政策措施", doc_number="鲁政办字〔2024〕52号", region="山东省",
        measures=[("一、", "支持集成电路企业流片"), ("二、", "支持软件首版次推广")],
        effective_from="2024-06-01", expires_on="2026-12-31"), id="shandong-province-office-no-guillemets-in-title"),
    pytest.param(SICHUAN_COUNTY, dict(
        title="三台县支持食品加工产业发展十条措施", doc_number="三府发〔2024〕6号", region="三台县",
        measures=[("一、", "支持企业新建项目"), ("二、", "支持企业品牌建设")],
        effective_from="2024-03-15", expires_on="2027-03-14"), id="sichuan-county-dense-lines"),
    pytest.param(HUNAN_COUNTY_CITY_CN_DATE, dict(
        title="浏阳市促进烟花爆竹产业转型升级若干措施", doc_number="浏政办发〔2024〕4号", region="浏阳市",
        measures=[("（一）", "支持机械化改造"), ("（二）", "支持安全技术研发")],
        effective_from="2024-03-08", expires_on="2026-03-07"), id="hunan-county-city-chinese-numeral-signature-date"),
    pytest.param(FUJIAN_DOCNO_IN_TITLE_LINE, dict(
        title="晋江市支持鞋服产业数字化转型若干措施", doc_number="晋政文〔2024〕31号", region="晋江市",
        measures=[("1.", "支持数字化改造"), ("2.", "支持直播电商发展")],
        effective_from="2024-05-06", expires_on="2026-12-31"), id="fujian-county-city-docno-in-title-line"),
    pytest.param(ANHUI_JOINT, dict(
        title="芜湖市支持机器人产业发展若干政策", doc_number="芜经信〔2024〕45号", region="芜湖市",
        measures=[("第二条", "对机器人整机企业年销售"), ("第三条", "对本地企业购买本市机器")],
        effective_from="2024-08-01", expires_on="2027-07-31"), id="anhui-joint-notice-two-departments"),
    pytest.param(HEILONGJIANG_RED_HEADER, dict(
        title="黑龙江省支持石墨产业高质量发展若干措施", doc_number="黑工信联发〔2024〕12号", region="黑龙江省",
        measures=[("一、", "支持石墨精深加工项目"), ("二、", "支持石墨新产品研发")],
        effective_from="2024-09-02", expires_on="2027-12-31"), id="heilongjiang-joint-red-header-wenjian"),
    pytest.param(XINJIANG_REGION_OFFICE, dict(
        title="自治区支持纺织服装产业发展若干政策措施", doc_number="新政办发〔2024〕19号", region="新疆维吾尔自治区",
        measures=[("一、", "支持纺织项目建设"), ("二、", "支持稳定就业")],
        effective_from="2024-07-01", expires_on="2029-06-30"), id="xinjiang-autonomous-region-office"),
    pytest.param(GUANGXI_FORWARD, dict(
        title="玉林市支持机械制造产业发展若干措施", region="玉林市",
        measures=[("一、", "支持内燃机产品升级"), ("二、", "支持配套企业落户")],
        effective_from="2024-04-03", expires_on="2027-04-02"), id="guangxi-zhuanfa-department-policy"),
    pytest.param(HAINAN_YAML, dict(
        title="海南省支持新型储能产业发展若干措施", doc_number="琼工信规〔2024〕2号", region="海南省",
        measures=[("（一）", "支持储能电池制造"), ("（二）", "支持独立储能电站运营")],
        effective_from="2024-02-20", expires_on="2026-12-31"), id="hainan-yaml-english-keys-docno-only-in-yaml"),
    pytest.param(NINGXIA_WEB_METADATA, dict(
        title="银川市支持新材料产业发展若干措施", doc_number="银政发〔2024〕40号", region="银川市",
        measures=[("一、", "支持企业做大规模"), ("二、", "支持中试线建设")],
        effective_from="2024-05-20", expires_on="2026-05-19"), id="ningxia-web-metadata-table-index-number"),
    pytest.param(GANSU_NEW_AREA, dict(
        title="兰州新区支持精细化工产业发展若干措施", doc_number="新管发〔2024〕15号", region="兰州新区",
        measures=[("第一条", "对新落户的精细化工"), ("第二条", "对精细化工企业新建")],
        effective_from="2024-08-08", expires_on="2027-08-07"), id="gansu-lanzhou-new-area"),
    pytest.param(TIBET_TRIAL, dict(
        title="拉萨市支持高原特色农畜产品加工业发展若干措施（试行）", doc_number="拉政发〔2024〕9号", region="拉萨市",
        measures=[("一、", "支持精深加工项目"), ("二、", "支持绿色有机认证")],
        effective_from="2024-04-01", expires_on="2026-03-31"), id="tibet-trial-start-date-two-years"),
    pytest.param(HUNAN_DEV_ZONE, dict(
        title="长沙经开区支持工程机械产业链发展若干政策", doc_number="长经开管发〔2024〕8号", region="长沙经济技术开发区",
        measures=[("1.", "支持本地配套"), ("2.", "支持零部件企业技改")],
        effective_from="2024-03-01", expires_on="2026-02-28"), id="hunan-economic-development-zone"),
    pytest.param(SICHUAN_NEW_AREA, dict(
        title="四川天府新区支持总部经济发展若干政策", doc_number="天府管发〔2024〕3号", region="四川天府新区",
        measures=[("第一条", "支持总部企业落户"), ("第二条", "支持总部企业购置办公")],
        effective_from="2024-01-10", expires_on="2027-01-09"), id="sichuan-tianfu-new-area"),
    pytest.param(FUZHOU_ATTACHMENTS, dict(
        title="福州市支持工业互联网发展若干措施", doc_number="榕工信规〔2024〕3号", region="福州市",
        measures=[("一、", "支持工业互联网平台建设"), ("二、", "支持企业上云上平台")],
        effective_from="2024-01-22", expires_on="2027-01-21"), id="fujian-attachment-headings-and-form"),
    pytest.param(BENGBU_COLON_METADATA, dict(
        title="蚌埠市支持硅基新材料产业发展若干政策", doc_number="蚌政办〔2024〕20号", region="蚌埠市",
        measures=[("一、", "支持超薄玻璃项目"), ("二、", "支持硅基材料研发")],
        effective_from="2024-10-15", expires_on="2027-10-14"), id="anhui-colon-metadata-chengwen-date-no-signature"),
    pytest.param(SHOUGUANG_PAREN_DOCNO, dict(
        title="寿光市支持蔬菜种业创新发展若干措施", doc_number="寿政发〔2024〕3号", region="寿光市",
        measures=[("一、", "支持育种创新"), ("二、", "支持种业企业做大")],
        effective_from="2024-03-01", expires_on="2027-02-28"), id="shandong-county-city-docno-in-parens"),
    pytest.param(FEIXI_RED_HEADER, dict(
        title="肥西县促进新能源汽车零部件产业发展若干政策", doc_number="肥西政〔2024〕12号", region="肥西县",
        measures=[("（一）", "支持零部件项目落地"), ("（二）", "支持进入整车配套体系")],
        effective_from="2024-04-09", expires_on="2026-04-08"), id="anhui-county-red-header"),
    pytest.param(KORLA_OFFICE, dict(
        title="库尔勒市支持香梨精深加工产业发展若干措施", doc_number="库政办发〔2024〕16号", region="库尔勒市",
        measures=[("1、", "支持精深加工设备购置"), ("2、", "支持冷链仓储建设")],
        effective_from="2024-06-05", expires_on="2027-06-04"), id="xinjiang-county-city-office"),
    pytest.param(LUCHUAN_COUNTY, dict(
        title="陆川县支持铁锅产业集群发展若干措施", doc_number="陆政发〔2024〕7号", region="陆川县",
        measures=[("一、", "支持铁锅企业技改"), ("二、", "支持电商销售")],
        effective_from="2024-11-20", expires_on="2025-11-19"), id="guangxi-county-one-year-across-year-end"),
    pytest.param(WUYISHAN_NO_PLACE_IN_TITLE, dict(
        title="关于支持民营经济高质量发展的若干措施", doc_number="武政〔2024〕12号", region="武夷山市",
        measures=[("一、", "支持茶企做大做强"), ("二、", "支持民营企业上市")],
        effective_from="2024-07-29", expires_on="2027-07-28"), id="fujian-issuer-only-in-signature-title-without-place"),
    pytest.param(HUNAN_MD_TABLE, dict(
        title="湖南省支持计算产业高质量发展若干政策措施", doc_number="湘政办发〔2024〕21号", region="湖南省",
        measures=[("一、", "支持计算整机企业发展"), ("二、", "支持算力基础设施建设")],
        effective_from="2024-06-01", expires_on="2028-05-31"), id="hunan-markdown-table-metadata"),
    pytest.param(JIUQUAN_GLUED, dict(
        title="酒泉市支持新能源装备制造产业发展若干措施", doc_number="酒政发〔2024〕25号", region="酒泉市",
        measures=[("一、", "支持风电装备整机项目"), ("二、", "支持光伏组件本地配套")],
        effective_from="2024-06-28", expires_on="2027-06-27"), id="gansu-whole-notice-glued-on-one-line"),
    pytest.param(FUZHOU_NEW_AREA_DIRECT, dict(
        title="福州新区关于促进临空经济高质量发展的若干措施", doc_number="榕新管〔2025〕7号", region="福州新区",
        measures=[("一、", "支持航空物流企业落户"), ("二、", "支持开辟货运航线")],
        effective_from="2025-03-14", expires_on="2028-03-13"), id="policy-addressed-directly-on-a-web-page"),
    pytest.param(GANZI_COUNTY_DIRECT, dict(
        title="康定市人民政府关于支持高原特色文旅产业发展的意见", doc_number="康府发〔2024〕21号", region="康定市",
        measures=[("（一）", "支持星级酒店建设"), ("（二）", "支持旅游景区提档升级")],
        effective_from="2024-09-01", expires_on="2026-08-31"), id="county-opinion-addressed-directly"),
    pytest.param(NANNING_REPOST, dict(
        title="南宁市支持跨境电子商务高质量发展若干措施", doc_number="南府办规〔2025〕3号", region="南宁市",
        measures=[("一、", "支持跨境电商主体落户"), ("二、", "支持海外仓建设")],
        effective_from="2025-03-01", expires_on="2027-12-31"), id="news-repost-headline-lead-with-docno"),
    pytest.param(ZONE_PDF_SPLIT_TITLE, dict(
        title="苏州工业园区关于支持生物医药产业创新发展的若干措施", doc_number="苏园管规〔2024〕5号", region="苏州工业园区",
        measures=[("一、", "对新获批上市的1类"), ("二、", "对新建GMP生产线")],
        effective_from="2024-06-03", expires_on="2027-06-02"), id="zone-pdf-notice-title-over-two-lines"),
    pytest.param(TABLE_TWO_PAIRS, dict(
        title="广西支持铝产业高质量发展若干措施", doc_number="桂工信规〔2024〕4号", region="广西壮族自治区",
        measures=[("一、", "支持铝精深加工项目")],
        effective_from="2024-09-01", expires_on="2027-08-31"), id="metadata-table-two-pairs-a-row"),
    pytest.param(LINE_NUMBERED, dict(
        title="三亚市支持邮轮游艇产业发展若干措施", doc_number="三府规〔2024〕8号", region="三亚市",
        measures=[("一、", "对新开辟以三亚为母港"), ("二、", "对新落户的游艇制造")],
        effective_from="2024-10-01", expires_on="2027-09-30"), id="line-numbered-copy"),
    pytest.param(TOWN_HTML, dict(
        title="乐从镇支持家具产业转型升级扶持办法", region="佛山市顺德区乐从镇",
        measures=[("一、", "对家具企业购置智能化")],
        effective_from="2024-06-01", expires_on="2027-05-31"), id="town-notice-on-html-page"),
    pytest.param(ONE_LINE_PAGE, dict(
        doc_number="狮政办〔2024〕9号", region="石狮市",
        effective_from="2024-05-20", expires_on="2026-12-31"), id="one-line-page-inline-docno-and-signature-date"),
    pytest.param(ZONE_GUIDE_PAGE, dict(
        title="柳州柳东新区新能源汽车零部件企业奖补资金申报指南", region="柳州柳东新区", measures=[]),
        id="named-zone-guide-page-after-a-breadcrumb"),
    pytest.param(BRACKET_METADATA, dict(
        title="襄阳市支持汽车零部件产业发展若干政策", doc_number="襄政办发〔2025〕4号", region="襄阳市",
        measures=[("一、", "支持零部件项目落地")], effective_from="2025-04-01", expires_on="2028-03-31"),
        id="breadcrumb-then-bracket-label-metadata"),
    pytest.param(THREE_LINE_QUOTED_GUANYU, dict(
        title="昆山高新技术产业开发区关于支持机器人产业发展的若干措施", doc_number="昆高新管〔2025〕9号",
        region="昆山高新技术产业开发区", measures=[("一、", "对新引进的机器人整机")]),
        id="three-line-notice-title-quoting-a-guanyu-title"),
    pytest.param(NOTICE_TEXT_QUOTE_BROKEN, dict(
        title="佳木斯市支持大豆精深加工产业高质量发展若干措施", region="佳木斯市",
        measures=[("一、", "对新建大豆精深加工")], effective_from="2024-08-02", expires_on="2027-08-01"),
        id="notice-without-quotes-and-a-broken-quote-in-its-text"),
    pytest.param(DISCLOSURE_LABELS, dict(
        title="果洛州畜牧产业发展专项资金管理办法", doc_number="果财农〔2024〕9号",
        effective_from="2024-07-18", expires_on="2027-07-17"), id="disclosure-page-labels-and-the-signature-date"),
    pytest.param(ISSUER_LINE_TITLE, dict(
        title="周口市人民政府关于加快食品产业高质量发展的实施意见", doc_number="周政〔2024〕21号", region="周口市",
        measures=[("一、", "对新建食品精深加工")]), id="issuer-line-heads-a-directly-issued-title"),
    pytest.param(WECHAT_LEAD, dict(
        title="红花岗区促进消费扩容提质若干措施", measures=[("一、", "支持商业综合体提升"), ("二、", "支持品牌首店落户")]),
        id="wechat-lead-naming-the-policy-and-call-outs"),
    pytest.param(APPLICATION_NOTICE, dict(
        title="钦州市工业和信息化局关于组织申报2025年度工业企业技改奖励资金的通知", doc_number="钦工信发〔2025〕12号",
        measures=[("（一）", "对设备投资500万元"), ("（二）", "对获评自治区智能工厂")]),
        id="a-notice-that-issues-nothing-is-the-policy"),
    pytest.param(PORTAL_BRACKETS, dict(
        title="北海市支持海洋装备产业发展若干政策", doc_number="北政办规〔2024〕9号", region="北海市",
        measures=[("一、", "对新建海洋装备制造")]), id="portal-menus-then-bracket-metadata"),
    pytest.param(INTERPRETATION_WITH_ORIGINAL, dict(
        title="马鞍山市支持智能装备产业发展实施细则", doc_number="马政办〔2024〕27号", region="马鞍山市",
        measures=[("第一条", "支持项目落地"), ("第二条", "支持首台套")]), id="interpretation-followed-by-the-original"),
    pytest.param(CATALOGUE_CELLS, dict(
        title="丹徒区支持智能制造发展若干措施", doc_number="徒工信发〔2025〕3号", measures=[("一、", "对新认定的省级智能")]),
        id="disclosure-catalogue-one-cell-a-line"),
    pytest.param(PUBLICITY_BREADCRUMB, dict(
        title="关于2025年度牟平区工业企业技术改造奖补资金拟支持项目的公示", measures=[]),
        id="publicity-under-a-breadcrumb"),
    pytest.param(EXTENSION_NOTICE, dict(
        title="襄阳市人民政府办公室关于延长《襄阳市支持外贸企业稳订单拓市场若干措施》有效期的通知",
        doc_number="襄政办发〔2025〕40号", measures=[], effective_from="2025-12-18", expires_on="2026-12-31"),
        id="a-notice-extending-another-policy"),
    pytest.param(RED_HEADER_LIST, dict(
        title="宜城市2025年惠企政策清单（第一批）", doc_number="宜政办发〔2025〕5号",
        measures=[("1.", "高新技术企业认定奖励"), ("2.", "企业研发投入补助")]),
        id="red-header-number-on-the-issuer-line-and-a-policy-list"),
    pytest.param(SPACED_PAIRS, dict(
        title="江门市蓬江区引进海外高层次人才扶持办法", doc_number="蓬人才办〔2024〕5号",
        measures=[("第一条", "对入选国家级重大人才")]), id="metadata-two-pairs-a-line-under-a-print-bar"),
    pytest.param(CITES_THEN_ISSUES, dict(
        title="东丽区支持外贸稳规模若干措施", doc_number="东商务规〔2025〕1号",
        measures=[("一、", "对年度进出口额首次")]), id="notice-text-cites-a-basis-before-the-policy-it-issues"),
    pytest.param(INTERPRETATION_ISSUED_AS, dict(
        title="赣州市章贡区推动电子信息产业发展若干措施", doc_number="章府发〔2025〕11号", measures=[]),
        id="interpretation-gives-the-number-where-it-was-issued"),
    pytest.param(TRADITIONAL_DOCNO, dict(
        title="溫州市支持鞋業高質量發展若干政策", doc_number="溫政辦發〔2024〕11號", region="温州市",
        effective_from="2024-04-01", expires_on="2027-03-31"), id="traditional-page-docno-keeps-its-glyphs"),
]


def _with(key):
    return [c for c in CASES if key in c.values[1]]


@pytest.mark.parametrize("text, exp", _with("title"))
def test_title(text, exp):
    p = policy(extract(text))
    assert norm_title(p.title) == norm_title(exp["title"]), p.title
    assert not p.title_inferred


@pytest.mark.parametrize("text, exp", _with("doc_number"))
def test_doc_number(text, exp):
    p = policy(extract(text))
    assert norm_docno(p.doc_number) == norm_docno(exp["doc_number"]), p.doc_number


@pytest.mark.parametrize("text, exp", _with("region"))
def test_region(text, exp):
    p = policy(extract(text))
    assert same_region(p.region, exp["region"]), f"region {p.region!r}, expected {exp['region']!r}"


@pytest.mark.parametrize("text, exp", _with("measures"))
def test_measures_in_shell(text, exp):
    assert_measures(extract(text), exp["measures"])


@pytest.mark.parametrize("text, exp", _with("effective_from"))
def test_dates(text, exp):
    p = policy(extract(text))
    assert (p.effective_from, p.expires_on) == (exp["effective_from"], exp.get("expires_on"))


def test_interpreting_agency_inside_closing_article():
    p = policy(extract(GANSU_NEW_AREA))
    got = t2s(norm(p.interpreting_agency))
    assert got and ("经济发展局" in got) and (got in "兰州新区经济发展局" or "兰州新区经济发展局" in got), \
        p.interpreting_agency


PUTIAN_TWO_POLICIES = """莆田市人民政府关于印发《莆田市支持鞋业转型升级若干措施》《莆田市支持工艺美术产业发展若干措施》的通知
莆政综〔2024〕40号

各县（区）人民政府（管委会），市直有关单位：
　　现将《莆田市支持鞋业转型升级若干措施》《莆田市支持工艺美术产业发展若干措施》印发给你们，请认真贯彻执行。

莆田市人民政府
2024年8月15日

莆田市支持鞋业转型升级若干措施

一、支持鞋企智能化改造。对鞋企智能化改造项目，按设备投资的10%给予补助，最高300万元。
二、支持鞋业品牌培育。对新获评中国驰名商标的鞋企，给予100万元奖励。
三、本措施自印发之日起施行，有效期三年。

莆田市支持工艺美术产业发展若干措施

一、支持工艺美术大师工作室建设。对新认定的国家级工艺美术大师工作室，给予30万元补助。
二、支持工艺美术企业参展。对参加国家级工艺美术展会的企业，按展位费的50%给予补助，最高10万元。
三、本措施自印发之日起施行，有效期三年。
"""


def test_one_notice_two_policies_each_with_its_measures():
    doc = extract(PUTIAN_TWO_POLICIES)
    titles = [norm_title(p.title) for p in doc.policies]
    assert titles == [norm_title("莆田市支持鞋业转型升级若干措施"), norm_title("莆田市支持工艺美术产业发展若干措施")], titles
    first, second = doc.policies
    assert [norm_number(m.number) for m in first.measures] == ["一", "二"], \
        [(m.number, m.text[:12]) for m in first.measures]
    assert len(second.measures) == 2 and "工艺美术大师工作室" in norm(second.measures[0].text + (second.measures[0].heading or "")), \
        [(m.number, m.text[:12]) for m in second.measures]
    for p in doc.policies:
        assert same_region(p.region, "莆田市"), p.region
        assert (p.effective_from, p.expires_on) == ("2024-08-15", "2027-08-14"), (p.title, p.effective_from, p.expires_on)


WUZHONG_INTERPRETATION = """苏州市吴中区人民政府
首页 > 政务公开 > 政策解读 > 文字解读
《吴中区支持机器人产业发展若干政策》解读
发布时间：2025-04-02　来源：区工业和信息化局

　　近日，区政府印发《吴中区支持机器人产业发展若干政策》（吴政规〔2025〕2号，以下简称《政策》）。现解读如下：
一、出台背景
　　为推动机器人产业集聚发展，制定《政策》。
二、主要内容
　　（一）支持整机企业落户。对新落户的机器人整机企业给予最高500万元奖励。
三、有效期
　　《政策》自2025年4月1日起施行，有效期3年。
"""


def test_an_interpretation_page_is_titled_by_its_policy_not_its_breadcrumb():
    p = policy(extract(WUZHONG_INTERPRETATION))
    assert norm_title(p.title) == norm_title("吴中区支持机器人产业发展若干政策"), p.title
    assert norm_docno(p.doc_number) == norm_docno("吴政规〔2025〕2号"), p.doc_number
    assert not p.measures  # an interpretation's items restate the policy, they are not its measures


def test_a_number_broken_by_a_pdf_line_end_is_one_amount():
    m = find_measure(extract(ZONE_PDF_SPLIT_TITLE), "对新获批上市的1类")
    assert [a.value for a in m.amounts if a.unit == "yuan"] == [30_000_000]


def test_margin_numbers_are_not_read_into_amounts():
    m = find_measure(extract(LINE_NUMBERED), "对新开辟以三亚为母港")
    assert [a.value for a in m.amounts if a.unit == "yuan"] == [2_000_000, 300_000]


# A compilation page: numbered entries 十二、/十三、 each a policy's title over its (文号 date 印发).
COMPILATION_PAGE = """汉中市惠企政策汇编（2024年版）  第二部分

八、汉中市支持装备制造产业发展若干措施
（汉政办发〔2023〕11号）

    （一）支持重点项目建设。对装备制造项目，当年设备投资额达到2000万元以上的，按设备投资额的8%给予补助，最高500万元。
    （二）支持企业扩产。对装备制造企业年度产值首次突破5亿元的，奖励50万元。
    本措施自2023年6月1日起施行，有效期至2025年12月31日。

九、汉中市促进茶产业发展若干措施
（汉政办发〔2023〕19号  2023年9月12日印发）

    1、支持茶园提质。对新建标准化茶园的，每亩补助500元，单个主体最高50万元。
    2、支持品牌建设。对新获评中国驰名商标的茶企，给予一次性奖励100万元。
    本措施自印发之日起施行。
"""

QA_PAGE = """汉中市工业和信息化局 | 政策解读

《汉中市促进茶产业发展若干措施》政策问答

发布日期：2023-09-20

    现就《汉中市促进茶产业发展若干措施》（汉政办发〔2023〕19号，以下简称《措施》）中企业关注的问题解答如下。
    1. 问：新建茶园能拿到多少补助？
    答：对新建标准化茶园的，每亩补助500元，单个主体最高50万元。
"""


def test_a_compilation_page_holds_each_policy_with_its_own_number_and_date():
    doc = extract(COMPILATION_PAGE)
    got = [(norm_title(p.title), norm_docno(p.doc_number), p.effective_from, len(p.measures)) for p in doc.policies]
    assert got == [(norm_title("汉中市支持装备制造产业发展若干措施"), norm_docno("汉政办发〔2023〕11号"), "2023-06-01", 2),
                   (norm_title("汉中市促进茶产业发展若干措施"), norm_docno("汉政办发〔2023〕19号"), "2023-09-12", 2)]


def test_a_qa_page_is_titled_by_its_policy_and_has_no_measures():
    p = policy(extract(QA_PAGE))
    assert (norm_title(p.title), norm_docno(p.doc_number), p.measures) == (
        norm_title("汉中市促进茶产业发展若干措施"), norm_docno("汉政办发〔2023〕19号"), [])


# A joint notice whose title runs over three lines, ending (修订); two policies named only in the
# notice text (the notice title lists them without 《》), printed as 附件1 and 附件2; a draft.
THREE_LINE_REVISED = """甘肃省工业和信息化厅
甘肃省财政厅
关于印发《甘肃省支持新能源装备产业链
延链补链强链若干政策
（修订）》的通知
甘工信规〔2025〕4号

各市州工业和信息化局、财政局：
    省工业和信息化厅、省财政厅对《甘肃省支持新能源装备产业链延链补链强链若干政策》进行了修订，现将修订后的政策印发给你们，请认真贯彻执行。

甘肃省工业和信息化厅        甘肃省财政厅
2025年5月6日

甘肃省支持新能源装备产业链延链补链强链若干政策（修订）

第一条  支持重点项目建设。对新能源装备产业链重点项目，按设备投资额的10%给予补助，最高2000万元。
第二条  本政策自2025年6月1日起施行，有效期至2027年12月31日。
"""

TWO_ATTACHED = """                                     璧山府发〔2024〕9号

重庆市璧山区人民政府
关于印发璧山区支持电子信息产业发展若干政策和璧山区支持新能源汽车产业发展若干政策的通知

各镇人民政府、街道办事处，区政府各部门：
现将《璧山区支持电子信息产业发展若干政策》《璧山区支持新能源汽车产业发展若干政策》印发给你们，请认真贯彻执行。

重庆市璧山区人民政府
2024年5月8日

附件1

璧山区支持电子信息产业发展若干政策

第一条 支持项目落地。对新落户的电子信息企业，按设备投资额的8%给予补助，最高1000万元。
第二条 本政策自印发之日起施行，有效期至2026年12月31日。

附件2

璧山区支持新能源汽车产业发展若干政策

第一条 支持整车项目。对新落户的整车企业，按设备投资额的10%给予补助，最高3000万元。
第二条 本政策自印发之日起施行，有效期三年。
"""

DRAFT_ON_ISSUE = """湘潭高新区管委会关于《湘潭高新区支持风电装备产业发展若干措施（征求意见稿）》公开征求意见的公告
发布时间：2025-08-05

湘潭高新区支持风电装备产业发展若干措施（征求意见稿）

一、支持整机项目。对新落户的风电整机企业，按设备投资额的10%给予补助，最高2000万元。
二、本措施自印发之日起施行，有效期至2027年12月31日。
"""


def test_a_notice_title_over_three_lines_keeps_its_revised_mark():
    p = policy(extract(THREE_LINE_REVISED))
    assert norm_title(p.title) == norm_title("甘肃省支持新能源装备产业链延链补链强链若干政策（修订）"), p.title


def test_two_policies_named_in_the_notice_text_are_two_policies():
    doc = extract(TWO_ATTACHED)
    got = [(norm_title(p.title), norm_docno(p.doc_number), p.effective_from, p.expires_on, len(p.measures))
           for p in doc.policies]
    assert got == [(norm_title("璧山区支持电子信息产业发展若干政策"), norm_docno("璧山府发〔2024〕9号"), "2024-05-08", "2026-12-31", 1),
                   (norm_title("璧山区支持新能源汽车产业发展若干政策"), norm_docno("璧山府发〔2024〕9号"), "2024-05-08", "2027-05-07", 1)]


def test_a_draft_that_takes_effect_on_issue_has_no_start_yet():
    p = next(p for p in extract(DRAFT_ON_ISSUE).policies if "征求意见稿" in (p.title or ""))
    assert (p.effective_from, p.expires_on) == (None, "2027-12-31")


BOX_TABLE = """漳州市人民政府办公室关于印发漳州市促进食品产业高质量发展若干措施的通知
来源：漳州市人民政府办公室  发布时间：2024-08-13

┌──────────┬──────────────────────────┐
│ 索 引 号 │ 003560015/202408-00012    │
│ 文    号 │ 漳政办〔2024〕27号         │
│ 成文日期 │ 2024-08-09                 │
└──────────┴──────────────────────────┘

各县（区）人民政府，市直有关单位：
　　《漳州市促进食品产业高质量发展若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。

漳州市促进食品产业高质量发展若干措施
一、支持食品企业技改。对食品企业技术改造项目，按设备投资额的10%给予补助，最高300万元。
二、本措施自2024年9月1日起施行，有效期至2026年12月31日。
"""


def test_a_box_drawn_metadata_table_gives_the_number():
    assert norm_docno(policy(extract(BOX_TABLE)).doc_number) == norm_docno("漳政办〔2024〕27号")


PICTURE_READ = """北京市怀柔区人民政府
首页 > 政务公开 > 政策解读 > 图文解读
一图读懂｜《怀柔区促进仪器仪表产业发展若干措施》
【图片1：政策亮点】
①落地奖励：新落地仪器项目，最高可获2000万元
②研发支持：最高补助研发投入的30%
"""


def test_a_picture_reading_page_is_an_interpretation_with_no_measures():
    p = policy(extract(PICTURE_READ))
    assert (norm_title(p.title), p.measures) == (norm_title("怀柔区促进仪器仪表产业发展若干措施"), [])


def test_a_call_for_applications_with_a_date_line_under_its_title_keeps_its_number():
    p = policy(extract("""金凤区科学技术局关于组织申报2025年度科技创新奖补资金的通知
发布日期：2025-04-15　　信息来源：金凤区科学技术局
金科发〔2025〕5号
各有关企业：
　　现就组织申报2025年度科技创新奖补资金有关事项通知如下。
　　一、支持内容及标准
　　（一）高新技术企业培育。对首次认定的国家高新技术企业给予20万元奖励。
　　（二）电价优惠。对农产品初加工用电执行农业生产电价。
"""))
    assert norm_docno(p.doc_number) == norm_docno("金科发〔2025〕5号")
    assert [m.number for m in p.measures] == ["(一)", "(二)"]  # a price concession is a support too


def test_a_sites_name_over_its_interpretation_section_is_not_the_interpretations_title():
    p = policy(extract("""武威市凉州区人民政府 · 政策解读
您当前的位置：首页 > 政务公开 > 政策解读
《凉州区促进招商引资若干政策》政策问答
发布时间：2024-10-12　来源：区投资促进局
　　近日，凉州区人民政府印发《凉州区促进招商引资若干政策》（凉政发〔2024〕18号，以下简称《若干政策》）。
　　1.问：哪些企业可以享受《若干政策》？
　　答：新落户凉州区的企业均可申请。
"""))
    assert norm_title(p.title) == norm_title("凉州区促进招商引资若干政策")
    assert norm_docno(p.doc_number) == norm_docno("凉政发〔2024〕18号")
    assert p.measures == []


def test_a_free_trade_zones_new_area_is_its_region():
    p = policy(extract("""中国（上海）自由贸易试验区临港新片区管理委员会关于印发《临港新片区支持生物医药产业发展若干措施》的通知
沪自贸临管规〔2025〕3号
各有关单位：
　　现将《临港新片区支持生物医药产业发展若干措施》印发给你们，请遵照执行。
中国（上海）自由贸易试验区临港新片区管理委员会
2025年3月1日
临港新片区支持生物医药产业发展若干措施
一、对新落户的生物医药企业，给予一次性奖励100万元。
"""))
    assert same_region(p.region, "中国（上海）自由贸易试验区临港新片区")


def test_a_metadata_issuer_tells_which_district_of_that_name():
    p = policy(extract("""名　　称：朝阳区促进光电信息产业发展扶持办法（试行）
发布机构：长春市朝阳区人民政府
文　　号：长朝府发〔2025〕9号
朝阳区促进光电信息产业发展扶持办法（试行）
第一条 对新落户的光电企业，给予一次性奖励50万元。
"""))
    assert p.region == "长春市朝阳区"  # not 北京市朝阳区


@pytest.mark.parametrize("heading", ["图解|文字解读：《赤峰市促进文化旅游产业发展若干政策》", "政策解读：《赤峰市促进文化旅游产业发展若干政策》",
                                     "【文字解读】《赤峰市促进文化旅游产业发展若干政策》"])
def test_an_interpretations_heading_before_the_title_it_reads(heading):
    p = policy(extract(f"""首页 > 政务公开 > 政策解读
{heading}
发布时间：2025-04-03 来源：赤峰市文化旅游广电局
　　近日，市人民政府办公室印发了《赤峰市促进文化旅游产业发展若干政策》（赤政办发〔2025〕9号，以下简称《若干政策》）。现就有关内容解读如下。
　　一、主要内容
　　（一）支持文旅市场主体壮大。对新评定的国家5A级旅游景区给予一次性奖励，最高可达500万元。
　　（二）支持文艺精品和演艺发展。对原创剧目创排给予最高100万元扶持。
"""))
    assert (norm_title(p.title), p.measures) == (norm_title("赤峰市促进文化旅游产业发展若干政策"), [])
    assert norm_docno(p.doc_number) == norm_docno("赤政办发〔2025〕9号")


def test_a_red_headers_file_line_with_its_number_after_one_space():
    p = policy(extract("""安吉县人民政府办公室文件 安政办发〔2025〕31号
安吉县人民政府办公室关于印发安吉县推进数字化车间建设实施细则的通知
各乡镇人民政府、街道办事处，县政府各部门：
　　经县政府同意，现将《安吉县推进数字化车间建设实施细则》印发给你们，请遵照执行。
安吉县人民政府办公室
2025年8月28日
安吉县推进数字化车间建设实施细则
　　一、对新认定的省级数字化车间，给予一次性奖励30万元。
"""))
    assert norm_docno(p.doc_number) == norm_docno("安政办发〔2025〕31号")


def test_addressees_over_two_lines_of_a_pdf_copy_end_the_joint_red_header():
    p = policy(extract("""信阳市人力资源和社会保障局
信  阳  市  财  政  局
文件
信人社〔2024〕51号
信阳市人力资源和社会保障局 信阳市财政局
关于贯彻落实河南省支持青年就业创业政策的
实施意见
各县（区）人力资源和社会保障局、财政局，上天梯产业集聚区、
羊山新区人社、财政部门：
为贯彻落实《河南省人民政府办公厅关于进一步做好青年就业创业工作的通知》，结合我市实际，提出以下实施意见。
一、对吸纳离校2年内未就业高校毕业生的企业，按每人1000元给予一次性吸纳就业补贴。
二、河南省就业见习补贴标准按省定政策执行，市级再按每人每月200元给予补助。
信阳市人力资源和社会保障局　　信阳市财政局
2024年8月12日
"""))
    assert p.region == "信阳市"  # the issuers', not 河南省 the body names most
    assert p.measures


CALL_WITH_STANDARDS = """福贡县文化和旅游局
关于组织申报2026年度县级乡村旅游发展专项资金项目的通知

各乡（镇）人民政府，各有关企业：

根据《福贡县乡村旅游发展专项资金管理办法》（福政办规〔2024〕2号），现将2026年度项目申报有关事项通知如下。

一、支持方向和标准

1．乡村民宿提升。对完成客房改造并通过县级验收的民宿，给予一次性补助3万元。

2．农文旅融合项目。对年接待游客2万人次以上的农文旅融合项目，按设施投入的30%给予补助，最高15万元。

3．支持方式。县级资金下达后，乡镇按有关规定予以配套。

二、申报材料

1．项目申报表；

2．营业执照复印件。

福贡县文化和旅游局
2026年3月2日
"""


def test_a_call_for_applications_whose_standards_come_before_its_signature_has_them_as_measures():
    doc = extract(CALL_WITH_STANDARDS)
    assert_measures(doc, [("1．", "乡村民宿提升。对完成"), ("2．", "农文旅融合项目。对年")])


def test_a_notice_handing_out_money_to_named_recipients_has_no_measures():
    text = CALL_WITH_STANDARDS.replace("关于组织申报2026年度县级乡村旅游发展专项资金项目的通知",
                                       "关于下达2026年度县级乡村旅游发展专项资金的通知")
    assert measures_of(extract(text)) == []


def test_a_picture_reading_titled_with_a_bar_is_an_interpretation():
    doc = extract("""常德市人民政府门户网站
首页 > 政务公开 > 政策解读
一图读懂｜《常德市支持链主企业发展若干措施》政策解读
发布时间：2026-02-03 来源：市工业和信息化局

二、主要内容
（一）链主企业培育。明确链主企业的认定条件和营收突破奖励的档次。
（二）产业基金支持。依托市产业发展基金设立子基金，支持链上企业并购重组。
""")
    assert norm(policy(doc).title) == "常德市支持链主企业发展若干措施"
    assert measures_of(doc) == []


def test_a_pages_title_tail_and_a_notice_run_into_one_line_leave_title_number_and_date():
    doc = extract("""宁德市人民政府关于印发宁德市支持锂电新能源产业发展若干措施的通知_政策文件_宁德市人民政府网
宁政综〔2025〕17号 各县（市、区）人民政府，东侨开发区管委会，市直各单位：现将《宁德市支持锂电新能源产业发展若干措施》印发给你们，请认真贯彻执行。 宁德市人民政府 2025年6月18日 宁德市支持锂电新能源产业发展若干措施 为加快打造世界级锂电新能源产业集群，制定如下措施。
一、对新落户的锂电材料项目，按设备投资的8%给予补助，最高2000万元。
二、对新认定的国家级企业技术中心，给予一次性奖励100万元。
""")
    p = policy(doc)
    assert norm(p.title) == "宁德市支持锂电新能源产业发展若干措施"
    assert norm_docno(p.doc_number) == norm_docno("宁政综〔2025〕17号")
    assert_measures(doc, [("一、", "对新落户的锂电材料项"), ("二、", "对新认定的国家级企业")])


def test_labels_under_a_databases_section_label_or_a_font_switch_are_the_header():
    doc = extract("""【政策文件库】
文件名称：昭通市人民政府关于印发昭通市加快高原特色农业发展若干政策措施的通知
发文字号：昭政规〔2025〕4号
发文机关：昭通市人民政府
成文日期：2025年5月6日
-------------------------------------------------
昭通市人民政府关于印发昭通市加快高原特色农业发展若干政策措施的通知

各县（市、区）人民政府，市直各委、办、局：

现将《昭通市加快高原特色农业发展若干政策措施》印发给你们，请认真贯彻落实。

昭通市人民政府
2025年5月6日

昭通市加快高原特色农业发展若干政策措施

一、对新认定的国家级农业产业化重点龙头企业，给予一次性奖励50万元。
""")
    assert norm(policy(doc).title) == "昭通市加快高原特色农业发展若干政策措施"
    font = extract("""晋城市城区人民政府门户网站
首页 | 政务公开 | 政务服务
当前位置：首页 > 政务公开 > 政策文件
【字体：大 中 小】 【打印】 【关闭】
发布机构：晋城市城区人民政府
发文字号：城政发〔2025〕6号
成文日期：2025年04月10日
晋城市城区人民政府关于印发城区促进夜间经济发展若干措施的通知
各街道办事处，区政府各委、局、办：
现将《城区促进夜间经济发展若干措施》印发给你们，请认真组织实施。
晋城市城区人民政府
2025年4月10日
城区促进夜间经济发展若干措施
一、对新认定的市级夜间经济示范街区，给予一次性奖励30万元。
""")
    assert norm(policy(font).title) == "城区促进夜间经济发展若干措施"
    assert norm_docno(policy(font).doc_number) == norm_docno("城政发〔2025〕6号")


def test_a_notice_text_whose_title_the_page_lost_still_issues_the_policy_under_it():
    doc = extract("""郫都区支持无人机产业发展若干政策措施-政策汇编-天府政策通
当前位置:政策汇编>区(市)县政策>郫都区 发布时间:2025-10-21 来源:成都市郫都区经济科技和信息化局
各镇人民政府、街道办事处,区级各部门:《郫都区支持无人机产业发展若干政策措施》已经区政府常务会议审议通过,现印发给你们,请认真贯彻执行。成都市郫都区人民政府办公室 2025年10月12日 郫府办发〔2025〕33号
郫都区支持无人机产业发展若干政策措施
一、对新落户的无人机整机企业，给予一次性奖励200万元。
""")
    p = policy(doc)
    assert norm(p.title) == "郫都区支持无人机产业发展若干政策措施"
    assert norm_docno(p.doc_number) == norm_docno("郫府办发〔2025〕33号")
    assert_measures(doc, [("一、", "对新落户的无人机整机")])


def test_a_regulations_issuing_note_under_its_title_gives_its_number():
    doc = extract("""吉安市科技创新专项资金管理办法

（吉市科字〔2025〕9号　2025年7月2日　吉安市科学技术局　吉安市财政局印发）

第一条　为规范科技创新专项资金管理，制定本办法。
第二条　对新认定的市级新型研发机构，给予一次性补助50万元。
""")
    assert norm_docno(policy(doc).doc_number) == norm_docno("吉市科字〔2025〕9号")


def test_a_repeal_titled_over_its_pages_labels_repeals_every_item_it_lists():
    doc = extract("""天津市河东区人民政府办公室关于废止《河东区促进楼宇经济发展若干措施》等3件行政规范性文件的通知

发布日期：2025-09-30　　来源：河东区人民政府办公室　　字号：[大][中][小]

河东政办发〔2025〕18号

各街道办事处，区政府各委、局：

经清理审查，决定废止以下3件行政规范性文件：

1.《河东区促进楼宇经济发展若干措施》（河东政办发〔2021〕12号）

2.《河东区支持小微企业发展的实施细则》（河东政办规〔2022〕5号）

3.《河东区商贸流通奖补资金管理办法》（河东商务规〔2020〕2号）

天津市河东区人民政府办公室
2025年9月26日
""")
    got = sorted(norm_docno(r.doc_number) for r in policy(doc).supersedes)
    assert got == sorted(norm_docno(n) for n in ("河东政办发〔2021〕12号", "河东政办规〔2022〕5号", "河东商务规〔2020〕2号"))
    assert measures_of(doc) == []


@pytest.mark.parametrize("head, title", [
    ("首页 > 政务公开 > 惠企政策\n【字体：大 中 小】　打印本页　关闭窗口\n樊城区2026年促进民营经济发展政策一览表\n发布时间：2026-03-05 10:12　来源：区发改局",
     "樊城区2026年促进民营经济发展政策一览表"),
    ("宁陵县人民政府 政府信息公开\n【信息公开目录】 > 县政府文件 > 规范性文件　　【字体：大 中 小】【打印】【关闭】\n宁陵县支持中小微企业发展壮大十条措施",
     "宁陵县支持中小微企业发展壮大十条措施"),
    ("宝鸡高新区管委会　　当前位置：首页 >> 信息公开 >> 惠企政策\n宝鸡高新区2026年惠企政策清单（第二版）", "宝鸡高新区2026年惠企政策清单（第二版）"),
    ("首页 > 政务公开 > 区级文件\n重庆市渝北区人民政府\n渝北区支持软件产业发展十条措施", "渝北区支持软件产业发展十条措施"),
    ("湛江市海洋发展局\n首页|机构概况|新闻动态|政务公开|政策法规\n湛江市扶持海洋渔业发展实施细则", "湛江市扶持海洋渔业发展实施细则"),
])
def test_a_pages_title_under_its_tools_menus_or_issuer_line(head, title):
    doc = extract(head + "\n为加快发展，结合实际，制定如下措施。\n一、对新认定的国家级专精特新“小巨人”企业，给予一次性奖励50万元。\n")
    assert norm(policy(doc).title) == norm(title)


def test_an_interpretation_saying_when_its_policy_was_issued_dates_it():
    doc = extract("""邢台市信都区人民政府
政策解读
《信都区支持个体工商户发展十条措施》政策解读

一、出台背景
为落实省级政策，区市场监管局起草了《信都区支持个体工商户发展十条措施》（信政规〔2025〕3号），经区政府常务会议审议通过，于2025年5月20日印发实施。

二、有效期限
《十条措施》自印发之日起施行，有效期三年。
""")
    p = policy(doc)
    assert (p.effective_from, p.expires_on) == ("2025-05-20", "2028-05-19")
    assert measures_of(doc) == []


def test_a_notice_that_says_xian_yu_yin_fa_under_a_metadata_title():
    # 现予印发 is a notice's text: the policy is the quoted title, not the notice
    doc = extract(
        "标题：长沙市岳麓区科学技术局关于印发《岳麓区促进人工智能产业发展若干措施》的通知\n"
        "发文字号：岳科发〔2025〕3号\n发布日期：2025-05-06\n\n"
        "各有关单位：\n"
        "　　为加快人工智能产业发展，我局制定了《岳麓区促进人工智能产业发展若干措施》，经区政府同意，现予印发，请遵照执行。\n"
        "长沙市岳麓区科学技术局\n2025年5月6日\n\n"
        "岳麓区促进人工智能产业发展若干措施\n"
        "一、对新认定的人工智能企业，给予一次性奖励20万元。（责任单位：区科技局）\n")
    p = policy(doc)
    assert p.title == "岳麓区促进人工智能产业发展若干措施"
    assert norm_docno(p.doc_number) == norm_docno("岳科发〔2025〕3号")


def test_a_notice_title_under_a_disclosure_catalogues_labels_cut_into_lines():
    # a catalogue page copied onto one line: cut at its spaces, each label and value is a line
    doc = extract(
        "您当前的位置：首页 > 信息公开 > 规范性文件 索引号 11330110MB1A12345X/2025-01234 组配分类 规范性文件 发布机构 "
        "杭州市余杭区经济和信息化局 生成日期 2025-03-10 文号 余经信〔2025〕12号 主题分类 工业、交通 有效性 有效 "
        "杭州市余杭区经济和信息化局 杭州市余杭区财政局关于印发《余杭区支持软件产业发展若干政策》的通知 发布时间：2025-03-12 "
        "各镇人民政府、街道办事处，区级各有关单位： 现将《余杭区支持软件产业发展若干政策》印发给你们，请认真组织实施。 "
        "杭州市余杭区经济和信息化局 杭州市余杭区财政局 2025年3月10日 余杭区支持软件产业发展若干政策 "
        "一、对年度软件业务收入首次突破1亿元的企业，给予50万元奖励。 二、对企业购买工业软件的，按实际支付费用的20%给予补助，最高30万元。")
    p = policy(doc)
    assert p.title == "余杭区支持软件产业发展若干政策"
    assert norm_docno(p.doc_number) == norm_docno("余经信〔2025〕12号")


def test_a_law_databases_title_label():
    doc = extract("【法规标题】佛山市顺德区人民政府关于印发佛山市顺德区促进家电产业发展扶持办法的通知\n"
                  "【发布部门】佛山市顺德区人民政府\n【发文字号】顺府〔2012〕45号\n【发布日期】2012.05.10\n【时效性】失效\n\n"
                  "佛山市顺德区人民政府关于印发佛山市顺德区促进家电产业发展扶持办法的通知\n\n"
                  "各镇人民政府、街道办事处，区直各单位：\n　　现将《佛山市顺德区促进家电产业发展扶持办法》印发给你们，请认真贯彻执行。\n\n"
                  "佛山市顺德区人民政府\n二〇一二年五月十日\n\n佛山市顺德区促进家电产业发展扶持办法\n"
                  "第一条 对新认定的省级工程技术研究中心，给予30万元奖励。\n")
    p = policy(doc)
    assert p.title == "佛山市顺德区促进家电产业发展扶持办法"
    assert norm_docno(p.doc_number) == norm_docno("顺府〔2012〕45号")


def test_a_number_on_a_markdown_quoted_line_under_a_yaml_header():
    doc = extract("""---
title: 上海市商务委员会关于印发《上海市促进跨境电商发展专项支持实施细则》的通知
publisher: 上海市商务委员会
date: 2026-02-10
---
> 沪商规范〔2026〕2号

各区商务委，有关单位：
　　现将《上海市促进跨境电商发展专项支持实施细则》印发给你们，请认真按照执行。

上海市商务委员会
2026年2月10日

上海市促进跨境电商发展专项支持实施细则
一、对新认定的市级跨境电商示范园区，给予一次性奖励100万元。
""")
    assert norm_docno(policy(doc).doc_number) == norm_docno("沪商规范〔2026〕2号")


def test_a_zones_policy_compilation_is_titled_as_written():
    doc = extract("首页 > 政务公开 > 政策文件 > 政策汇编\n山东平度经济开发区惠企政策汇编（2024年版）\n来源：平度经济开发区管委会  发布日期：2024-07-15\n\n"
                  "一、对年度设备投资额达到300万元的技改项目，按设备投资额的10%给予奖补，单个企业年度最高150万元。\n"
                  "二、对新认定的国家级工程技术研究中心，给予100万元奖励。\n")
    assert norm_title(policy(doc).title) == norm_title("山东平度经济开发区惠企政策汇编（2024年版）")


WECHAT_REPOST = """绵竹发布
2026-06-15 17:45 四川

点击蓝字·关注我们

🎯划重点
◆ 装备制造企业技改：最高补助300万元
◆ 首次获评省级智能工厂：奖励50万元
◆ 获评国家级“小巨人”：按省级奖励50%配套
◆ 重点项目：优先保障用地指标

绵竹市人民政府办公室
关于印发《绵竹市支持高端装备制造业发展若干措施》的通知
竹府办发〔2026〕12号

各乡镇人民政府、街道办事处，市级各部门：
《绵竹市支持高端装备制造业发展若干措施》已经市政府常务会议审议通过，现印发给你们，请结合实际认真贯彻落实。

绵竹市人民政府办公室
2026年6月10日

绵竹市支持高端装备制造业发展若干措施

一、支持重点

（一）鼓励技术改造。对年度设备投资额1000万元以上的技改项目，按设备投资额的8%给予补助，最高300万元。

（二）支持智能制造。对首次获评省级智能工厂的企业，奖励50万元。

二、附则

本措施自2026年7月1日起施行，有效期2年。

来源：绵竹市经信局
编辑：刘畅 | 审核：陈刚
"""


def test_a_public_accounts_summary_over_the_notice_and_a_focus_heading_over_grants():
    doc = extract(WECHAT_REPOST)
    p = policy(doc)
    assert norm_title(p.title) == norm_title("绵竹市支持高端装备制造业发展若干措施")
    assert norm_docno(p.doc_number) == norm_docno("竹府办发〔2026〕12号")
    assert [m.number for m in measures_of(doc)] == ["(一)", "(二)"]


def test_a_picture_summary_titled_with_a_vertical_stroke_is_an_interpretation():
    doc = extract("张店发布\n2026-05-20 19:02 山东\n\n点击蓝字 关注我们\n\n"
                  "一图读懂丨《张店区支持新材料产业高质量发展的若干措施》\n\n[图片]\n📖 图1：政策背景\n"
                  "为贯彻落实省、市关于新材料产业高质量发展的部署要求，张店区近日出台若干措施。\n\n[图片]\n💰 图2：支持内容\n"
                  "01 新落地新材料项目，按实际设备投资的10%给予补助，最高500万元\n"
                  "02 新认定省级新材料创新平台，奖励50万元\n\n来源：张店区工业和信息化局\n")
    assert measures_of(doc) == []
    assert norm_title(policy(doc).title) == norm_title("张店区支持新材料产业高质量发展的若干措施")


def test_a_notice_that_names_its_policy_without_book_marks():
    doc = extract("勐腊县人民政府 - 政府信息公开 - 规范性文件\n"
                  "标题：勐腊县人民政府办公室关于印发勐腊县促进口岸经济发展扶持办法（试行）的通知\n文号：勐政办规〔2025〕2号\n\n"
                  "勐腊县促进口岸经济发展扶持办法（试行）\n"
                  "一、对新落户的跨境物流企业，给予一次性奖励20万元。\n二、对新开通的国际货运班列，每列奖励5万元，最高100万元。\n")
    assert norm_title(policy(doc).title) == norm_title("勐腊县促进口岸经济发展扶持办法（试行）")


@pytest.mark.parametrize("text", [
    "首页 > 政务公开 > 政策解读\n吴江区智能制造政策一问一答\n来源：苏州市吴江区工业和信息化局　发布时间：2025-04-18\n\n"
    "　　近日，区政府办公室印发《吴江区推进智能制造高质量发展若干政策》（吴江政办规〔2025〕3号）。现就企业关心的问题解答如下。\n"
    "　　1.问：智能化改造项目的奖励标准是什么？\n　　答：对设备投资额500万元以上的项目，按设备投资额的10%给予奖励，最高200万元。\n"
    "　　2.问：获评省级示范工厂的，还能获得区级奖励吗？\n　　答：可以，区级一次性奖励50万元。\n",
    "政策问答｜吴江区工业技术改造专项资金热点问题\n2024-08-15 16:02　来源：苏州市吴江区工业和信息化局\n\n"
    "（一）新政策与原政策是什么关系？\n　　新的《吴江区推进智能制造高质量发展若干政策》（吴江政办规〔2025〕3号）自2025年7月1日起施行。\n"
    "（二）设备补助的比例是多少？\n　　按设备投资额的10%给予补助，单个项目最高200万元。\n",
])
def test_a_question_and_answer_page_reads_the_policy_it_answers_about_and_grants_nothing(text):
    doc = extract(text)
    assert measures_of(doc) == []
    assert norm_title(policy(doc).title) == norm_title("吴江区推进智能制造高质量发展若干政策")
    assert norm_docno(policy(doc).doc_number) == norm_docno("吴江政办规〔2025〕3号")


def test_a_policys_appended_questions_and_answers_are_not_its_clauses():
    doc = extract("南浔区支持电梯产业发展的若干意见\n"
                  "1.对电梯整机企业年营业收入首次突破10亿元、30亿元的，分别奖励50万元、150万元。\n"
                  "2.对企业参加境外重点电梯展会的，按展位费的70%给予补助，最高20万元。\n"
                  "3.本意见自2025年1月1日起施行，有效期3年。\n\n附件：政策问答\n\n"
                  "　　问1：第1条的营业收入以什么为准？\n　　答：（1）以统计部门年报数据为准；\n"
                  "（2）突破30亿元的企业已享受10亿元档奖励的，差额补足100万元。\n")
    assert [m.number for m in measures_of(doc)] == ["1", "2"]


def test_an_issuer_line_heading_the_page_is_no_part_of_the_title_but_under_a_red_header_it_is():
    page = ("阜阳市颍州区人民政府\n关于废止《颍州区支持电商产业发展若干措施》的通知\n颍政〔2025〕9号\n\n"
            "各乡镇人民政府、街道办事处，区政府各部门：\n　　经区政府研究，决定废止《颍州区支持电商产业发展若干措施》"
            "（颍政〔2022〕14号），自印发之日起停止执行。\n\n阜阳市颍州区人民政府\n2025年4月2日\n")
    red = ("阜阳市颍州区人民政府文件\n颍政〔2025〕9号\n阜阳市颍州区人民政府\n"
           "关于废止《颍州区支持电商产业发展若干措施》的通知\n各乡镇人民政府、街道办事处，区政府各部门：\n"
           "　　经区政府研究，决定废止《颍州区支持电商产业发展若干措施》（颍政〔2022〕14号），自印发之日起停止执行。\n"
           "阜阳市颍州区人民政府\n2025年4月2日\n")
    direct = ("中共临泉县委 临泉县人民政府\n关于促进民营经济高质量发展的若干措施\n临发〔2025〕3号\n\n"
              "一、对首次进入省民营企业百强的企业，一次性奖励50万元。（牵头单位：县工信局）\n"
              "二、本措施自印发之日起施行，有效期至2027年12月31日。\n")
    assert norm_title(policy(extract(page)).title) == norm_title("关于废止《颍州区支持电商产业发展若干措施》的通知")
    assert norm_title(policy(extract(red)).title) == norm_title("阜阳市颍州区人民政府关于废止《颍州区支持电商产业发展若干措施》的通知")
    assert norm_title(policy(extract(direct)).title) == norm_title("关于促进民营经济高质量发展的若干措施")


def test_a_news_page_headline_over_a_repost_lead_is_not_the_title_and_a_news_report_alone_has_no_measures():
    repost = ("嘉善县人民政府\n【政策发布】嘉善县出台支持数字经济发展若干政策\n2025-03-02 09:10　　来源：嘉善日报\n\n"
              "近日，我县出台《嘉善县支持数字经济高质量发展若干政策》（善政办〔2025〕6号），从主体培育、场景开放等方面给予支持。全文如下。\n\n"
              "嘉善县支持数字经济高质量发展若干政策\n\n"
              "一、对首次入选省级数字经济“核心企业”的，给予一次性奖励30万元。\n"
              "二、本政策自2025年4月1日起施行，有效期至2027年12月31日。\n")
    report = ("福清新闻网\n首页 > 福清新闻\n福清出台数字经济若干措施 单个项目最高支持2000万元\n2025-09-03　来源：福清日报\n\n"
              "本报讯（记者 林立）2日，记者从市政府新闻办获悉，《福清市加快数字经济创新发展若干措施》正式出台。\n\n"
              "亮点一：算力补贴“降本”。对企业租用本市智能算力的，按合同金额的最高30%给予补贴，每家企业每年最高500万元。\n\n"
              "亮点二：重大项目“一事一议”。对总投资超过10亿元的数字经济重大项目，单个项目最高支持2000万元。\n\n"
              "责任编辑：黄静\n")
    p = policy(extract(repost))
    assert norm_title(p.title) == norm_title("嘉善县支持数字经济高质量发展若干政策")
    assert norm_docno(p.doc_number) == norm_docno("善政办〔2025〕6号")
    doc = extract(report)
    assert norm_title(policy(doc).title) == norm_title("福清市加快数字经济创新发展若干措施")
    assert measures_of(doc) == []


def test_a_news_lead_without_the_text_is_a_report_and_a_policy_original_heading_over_a_notice_is_skipped():
    report = ("嘉兴市秀洲区人民政府\n首页 > 新闻中心 > 秀洲要闻\n我区出台制造业“新十条” 单个项目最高可获2000万元支持\n"
              "2025-06-18 08:30　来源：秀洲发布\n\n"
              "近日，嘉兴市秀洲区出台《秀洲区推动制造业高质量发展的若干政策意见》（以下简称《意见》），围绕项目招引、技术改造等方面给予支持。\n\n"
              "《意见》提出，对新引进的总投资10亿元以上的先进制造业项目，按照“一事一议”给予支持，单个项目最高可获2000万元。\n")
    original = ("常州市新北区人民政府\n当前位置：首页>新闻动态>部门动态\n区工信局：《新北区推进智能制造发展若干措施》政策原文\n"
                "发布日期：2024-04-12　信息来源：区工业和信息化局\n\n"
                "为加快推进制造业智能化改造，近日，区政府办公室印发《新北区推进智能制造发展若干措施》，现将政策原文发布如下。\n\n"
                "政策原文\n\n常州市新北区人民政府办公室文件\n新政办发〔2024〕21号\n\n"
                "区政府办公室关于印发《新北区推进智能制造发展若干措施》的通知\n\n各镇人民政府、街道办事处：\n"
                "现将《新北区推进智能制造发展若干措施》印发给你们，请认真组织实施。\n\n常州市新北区人民政府办公室\n2024年3月29日\n\n"
                "新北区推进智能制造发展若干措施\n\n"
                "第一条 对当年完成智能化改造、设备投资额500万元以上的项目，按设备投资额的8%给予补助，单个项目最高500万元。\n"
                "第二条 本措施自印发之日起施行，有效期三年。\n")
    doc = extract(report)
    assert norm_title(policy(doc).title) == norm_title("秀洲区推动制造业高质量发展的若干政策意见") and measures_of(doc) == []
    p = policy(extract(original))
    assert norm_title(p.title) == norm_title("新北区推进智能制造发展若干措施")
    assert norm_docno(p.doc_number) == norm_docno("新政办发〔2024〕21号") and p.issued_on == "2024-03-29"


def test_a_pages_title_with_its_site_after_it_and_a_document_sharing_sites_labels():
    site_after = ("寶山區關(guān)于促進機器人產(chǎn)業(yè)發(fā)展的若干政策_上海_政策庫\n"
                  "發(fā)文機關(guān)：上海市寶山區經濟委員會　發(fā)文字號：寶經委規〔2024〕2號　成文日期：2024-06-18\n"
                  "【打印】【收藏】【分享到】\n為加快建設機器人產業集聚區，制定本政策。\n"
                  "一、支持企業落戶。對新引進的機器人整機企業，按其實繳注冊資本的2%給予一次性開辦補貼，最高200萬元。\n")
    shared = ("文檔分享網 > 政策文件 > 北京市\n朝陽區關於推動文化產業高質量發展的若干措施（試行）.doc\n"
              "上傳者：zhengce_2024　上傳時間：2024-08-09　頁數：4頁　下載積分：2\n[下載] [收藏] [舉報]\n"
              "朝陽區關於推動文化產業高質量發展的若干措施（試行）\n\n朝政發〔2024〕9號\n"
              "一、對新認定的市級文化產業園區，給予一次性獎勵100萬元。\n")
    p = policy(extract(site_after))
    assert norm_title(p.title) == norm_title("寶山區關于促進機器人產業發展的若干政策")
    assert norm_docno(p.doc_number) == norm_docno("寶經委規〔2024〕2號")
    assert norm_title(policy(extract(shared)).title) == norm_title("朝陽區關於推動文化產業高質量發展的若干措施（試行）")


def test_a_pages_labels_in_brackets_are_no_part_of_the_title_under_them():
    text = ("江门市江海区人民政府门户网站\n无障碍 | 长者模式 | 繁體\n"
            "【索引号】11440704MB2C12345X/2025-00031　【发布机构】江门市江海区人民政府办公室\n"
            "【文号】江海府办规〔2025〕2号　【发布日期】2025-03-06\n江海区促进工业经济高质量发展扶持办法\n"
            "第一条　对首次纳入规模以上工业统计的企业，给予一次性奖励10万元。\n")
    p = policy(extract(text))
    assert norm_title(p.title) == norm_title("江海区促进工业经济高质量发展扶持办法")
    assert norm_docno(p.doc_number) == norm_docno("江海府办规〔2025〕2号")
