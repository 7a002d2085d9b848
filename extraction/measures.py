"""Which clauses of a policy are support measures, decided by what they say.

The clause tree (clauses.py) says where numbered units are; this module says which of them
a company could claim. Every clause gets a Decision with its reason and a score, kept for
the review page:

- a section is skipped whole when its heading names a part of a policy that is not support
  (适用范围, 申报条件, 申报程序, 申报材料, 资金来源, 监督管理, 附则, 目标, 原则…), or when its
  intro says its items are conditions, materials or procedure (应当符合下列条件, 提交以下材料);
- a section whose own text already grants money with its items only as tiers, categories or
  conditions is one measure (the parent is used instead of its children; section_folds.py);
- a leaf is a measure when it grants something: money (an amount, a share or a 1:x match
  together with 给予/奖励/补贴/补助/资助/配套…) or a concrete non-money service to a
  beneficiary (对获得认定的企业，优先推荐…, 人才公寓, 子女入学); it is not when it states a
  purpose, a scope, a condition, a procedure, a penalty, a fund rule or a closing article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .clauses import Clause
from .grant_words import HEAD_SENTENCE, MONEY
from .section_folds import GRANT_INTRO, builds_on, facets, folds, shared_tail
from .textview import squash

# 一、支持重点 / 重点领域: what the policy focuses on (sectors, as a rule; items that grant under it are measures)
_FOCUS_WORDS = "发展方向|产业方向|重点方向|支持方向|扶持方向|支持领域|支持重点|重点领域|发展重点"
# Section headings that are never support, and the words that make a heading support anyway.
_NOT_SUPPORT_HEADING = re.compile(
    r"总则|附则|(?<!项)目的|^依据|宗旨|定义|适用范围|适用对象|支持对象|(?:实施|补贴|补助|支持|扶持)范围(?:和|与|及)对象|申报对象|申领对象|申请对象|扶持对象|资助对象|奖励对象|^[\u4e00-\u9fff]{2,4}对象$|支持范围|^(?:实施|活动|执行)(?:时间|期限|期间)$|扶持范围|申报范围|^\(?(?:实施|配套)细则\)?$|"
    r"申报条件|申请条件|认定条件|基本条件|申报要求|资格条件|资金来源|资金管理|资金使用|^(?:资金|经费)保障$|使用范围|资金拨付|拨付|"
    r"申报(?:和|与|及)(?:管理|兑现|审核|拨付)|(?:资金)?(?:兑现|拨付|兑付)方式|管理职责|职责分工|部门职责|工作职责|主要职责|工作机制|组织架构|组织实施|组织领导|组织保障|保障措施|工作要求|实施要求|有关要求|相关要求|其他要求|申报程序|申报流程|"
    r"申请程序|申请流程|办理流程|申报方式|申报时间|申报材料|申请材料|材料提交|审核|评审|审批|验收|监督|"
    r"绩效|法律责任|违规|信用管理|责任追究|其他事项|其他规定|注意事项|联系方式|附件|工作目标|发展目标|主要目标|总体目标|目标任务|"
    r"总体要求|基本原则|指导思想|工作原则|起草|背景|发展基础|发展现状|产业基础|现状|面临形势|发展形势|项目管理|项目库|保障措施|组织与认定|认定标准|认定程序|"
    rf"(?:{_FOCUS_WORDS}|核定|核算|(?<!加计)扣除|计算方法|政策衔接|宣传|解释|程序|流程)$"
)
_GRANT_VERB = re.compile(r"给予|予以|奖励|补贴|补助|资助|贴息|奖补|发放[^。]{0,12}券|抵扣|申领")
_TASKS_HEADING = re.compile(r"^(?:重点|主要|重大|专项)(?:任务|工作|举措|行动)$")  # (an action plan's 重点行动)
# 加强组织领导 / 强化督促考核: an action heading that names governance, not support
_GOVERNANCE_ACTION = re.compile(r"^(?:加强|强化|完善|健全|建立|做好|抓好|压实|狠抓|加大(?=资金|财政|经费))(?:组织|工作|政策|运行)?(?:领导|督促|督查|考核|宣传|监督|统筹|协调|调度|"
                                r"落实|机制|评估|责任|资金管理|资金保障|资金统筹|经费保障|督导|跟踪|保障$|实施$|推进$|专班|领导小组|联席会议|"
                                r"[\u4e00-\u9fff]{0,2}(?:兑现|考核|评价|协调|推进|督办|调度|会商|联动)机制$|[\u4e00-\u9fff]{0,6}(?<!数据)(?<!网络)(?<!信息)安全(?:服务|管理|监管)$|[\u4e00-\u9fff]{0,6}监管$)")  # (建立工作专班, 健全政策兑现机制, 加强夜间安全服务)
_FOCUS_HEADING = re.compile(rf"(?:{_FOCUS_WORDS})$")
_ACTION_HEADING = re.compile(r"^(?:鼓励|加强|推动|促进|强化|提升|加大|优化|打造|培育|探索|做强|做优|深化|完善|构建|推进|营造|积极|降低"
                             r"|压缩|压减|缩短|简化|精简|推行|放宽"  # (压缩审批时限: a reform, though it names 审批)
                             r"|支持(?!对象|范围|方式|方向|领域|重点|条件))")  # (四、支持清洁生产审核: support, though it names 审核)
_SUPPORT_HEADING = re.compile(r"内容|标准|措施|政策|奖励|补贴|补助|资助|额度|扶持方式|支持方式和|支持事项|奖补|配套|[和及与]方式")  # (支持范围和方式)
# What a clause's intro says its items are.
_CONDITIONS_INTRO = re.compile(
    r"(?:应当|应|须|需|必须)(?:同时)?(?:具备|符合|满足|提交|提供|报送)(?:以下|下列|如下)|"
    r"(?:以下|下列)(?:条件|情形|材料)(?![^。:]{0,6}(?:给予|予以))|不予(?:支持|受理|资助)|(?:申报|申请)材料(?:包括|如下)|"
    r"有下列情形之一|予以撤销|取消.{0,10}资格|(?:按|采取|采用)(?:以下|下列)(?:程序|步骤)"
)
_PURPOSE = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?(?:为了?|根据|按照|依据).{0,240}?(?:制\s*定|制\s*订|出\s*台)\s*(?:本|如下|以下)", re.S)  # (a PDF's line ends)
_SELF = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?(?:以上|本)(?:措施|政策|办法|细则|实施细则|意见|方案|规定|指南)")
_CLOSING = re.compile(r"负责解释|同时废止|作废|之日起(?:施行|实施|试行)|有效期(?!内)|试行期")  # (not 许可在有效期内继续有效)
_AWARD = re.compile(r"给予|予以|奖励|补贴|补助|资助|贴息|扶持资金|支持资金|配套|奖补|兑现|返还|减免|最高|不超过|按.{0,20}比例"
                    r"|优惠|承担\s*\d+(?:\.\d+)?\s*%"  # (物业费优惠。…按收费标准的50%收取 / 展位费由园区承担60%)
                    r"|发放[^。]{0,12}券|享受[^。]{0,12}(?:津贴|安家费|生活费)")
# what a business-environment reform gives firms: a deadline cut to N working days, fewer inspections
# (行政检查每年不超过1次, 综合查一次, 无事不扰), an agent who runs the paperwork, a permit in stages or on the
# spot, lenient enforcement, payment due within N days, a guarantee instead of a cash deposit
_REFORM = re.compile(
    r"(?:时限|时间)[^。,;]{0,4}(?:压缩|压减|缩短|减少)(?:至|到|为)|(?:压缩|压减|缩短)至\s*\d+\s*个?工作日|不超过\s*\d+\s*个工作日|"
    r"检查[^。,;]{0,8}(?:不超过|不得超过)\s*\d+\s*次|综合查一次|无事不扰|(?:检查|执法)事项[^。,;]{0,6}合并|减少[^。,;]{0,6}检查频次|"
    r"配备[^。,;]{0,8}(?:代办员|帮办员|服务专员)|(?:全程|全流程|免费)[^。,;]{0,4}(?:代办|帮办)|分阶段办理|当场办理|"
    r"首违不罚|免罚轻罚|不予(?:行政)?处罚|包容审慎|"
    r"付款期限[^。,;]{0,8}(?:不超过|不得超过)|\d+\s*日内(?:清偿|支付|付款)|(?:保函|保证保险)[^。,;]{0,10}(?:替代|代替)|以[^。]{0,12}保函[^。,;]{0,16}形式"
)
_SERVICE = re.compile(
    r"优先(?:推荐|支持|安排|保障|享受|纳入|办理|供地|列入|配置|采用|采购|配租|入驻|购买|承租|续租)|人才公寓|人才住房|公租房|住房保障|(?:定向|优惠)(?:配售|配租)|子女[^。,]{0,6}(?:入学|就学|入园|就读)|就医|统筹安排[^。]{0,16}(?:就读|入学|入住)|"
    r"绿色通道|一企一策|一事一议|专人服务|(?:提供|给予|加强).{0,12}(?:服务|保障|指导|支持|便利)|协调解决|纳入.{0,16}(?:库|名单|目录|清单)|"
    r"推荐申报|优先推荐|协助推荐|不(?:另行)?收取[^。,]{0,6}费|配偶[^。]{0,12}就业|免费[^。]{0,6}体检|免收|免除[^。]{0,8}(?:租金|费用)|免费提供|免费[^。]{0,8}?(?:开设|开放|展示|刊登|推介)|免租|免费[^。]{0,30}?(?:诊断|评估|培训|咨询)|减免[^。]{0,8}(?:租金|费用)|"
    # what public procurement concedes to small firms: 价格扣除 raised, 合同预付款
    r"价格扣除|(?:合同)?预付款|"
    # relief in hard times: premiums deferred, loans extended, rent waived or halved, a refund's scale
    r"缓缴|延期还本付息|租金全免|减半收取|返还标准|(?:费率|利率|收费标准)[^。,]{0,12}?(?:降至|下调)|"
    # a factory built for the firm (代建厂房, 代建回购, 先租后购), rent or tax waived by years (三免两减半),
    # land for its project secured (保障项目用地, 用地指标优先保障)
    r"代建(?:厂房|回购)|先租后[购让]|[一二三两]免[一二三两]减半|保障[^。,]{0,4}用地|用地(?:指标)?[^。,]{0,2}保障|"
    # a land-price concession: 工业用地出让价格可按…最低价标准的70%确定
    r"(?:出让|土地|用地)(?:价格|底价|起始价)[^。]{0,60}?(?:确定|执行)|"
    # services by name: 专人联系、专班服务, 即报即审, 容缺受理; talent services; application scenarios
    # opened to firms (每年发布应用场景清单，支持本地企业参与…)
    r"专人(?:联系|服务|对接)|专班服务|即报即审|即审即办|容缺受理|一口受理|一窗受理|并联审批|子女教育|(?:住房|医疗|教育|子女)[^。]{0,12}服务保障|纳入[^。]{0,20}服务范围|"
    r"(?:发布|开放)[^。]{0,16}场景(?:清单|机会|需求)|"
    # a firm's cost the government pays (诊断费用由区财政全额承担, 低于银行转贷成本的部分由区财政承担)
    r"(?:费用|成本|部分|差额)由[^。,;]{0,8}财政[^。,;]{0,4}承担|"
    # a talent's services: 优先就诊, 安排到相应单位 / 推荐就业岗位 for a spouse, 享受同等待遇
    r"优先就诊|专家预约|(?:安排|推荐)[^。]{0,6}(?:就业|岗位)|享受同等待遇|"
    # a price concession: 用电执行农业生产电价 / 享受居民用水价格 / 工业用水价格按每立方米2.35元执行
    r"(?:执行|享受)[^。,]{0,8}(?:电价|水价|气价|用水价格|用电价格)|用(?:水|电|气)价格[^。,]{0,20}执行|"
    # a tax concession: 税前加计扣除 / 加计5%抵减 / 减按15%的税率 / 免征 / 减半征收
    r"加计扣除|加计[^。,]{0,6}抵减|减按[^。]{0,20}?(?:税率|计入|征收)|免征|减半征收|" + _REFORM.pattern
)
_BENEFICIARY = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?(?:[^。]{0,60}?)?(?:对|为|支持|鼓励|将|可申请|可享受|(?:[,，]\s*|(?<=人才|企业|项目|机构|团队))纳入|(?<=企业|人才|项目)[^。,]{0,20}?享受)")  # (X的技术骨干可申请入住人才公寓)  # 将X纳入…服务范围 / X，纳入…配租范围 / X引进的人才纳入…服务范围: X benefits
_PROCEDURE = re.compile(
    r"申报|受理|审核|审定|评审|公示|拨付|下达|验收|提交|报送|审批|核查|复核|备案|预算|决算|审计|绩效评价|专户|"
    r"台账|归档|监督检查|申请表|复印件|加盖公章|营业执照|证明材料|承诺书|承诺函"
)
# 单个项目年度资助金额超过500万元的，须报区政府审定: an amount that decides who approves
_APPROVAL_THRESHOLD = re.compile(r"(?:超过|达到|高于|以上)[^。;,]{0,6}的[^。;,]{0,16}\s*,\s*(?:(?:须|需|应|应当|必须)?(?:报|经|提交)[^。;]{0,20}?"
                                 r"(?:审定|审批|批准|审议|研究|同意|决定|集体决策|集体研究)|(?:须|需|应当?|必须)签订[^。;]{0,8}(?:任务书|合同|协议))")
# (差别化电价, 每千瓦时加价0.1元, 加收水费: a surcharge on the worst-rated firms, the opposite of support;
# not 对A类企业…享受差别化电价政策, the better-rated firms' side of it)
_PENALTY = re.compile(r"追回|收回|追缴|取消.{0,8}资格|撤销|失信|弄虚作假|骗取|违规|追究|黑名单|不予(?:支持|受理)"
                      r"|(?<!享受)差别化(?:电价|水价|用能)|惩罚性(?:电价|水价)|每(?:千瓦时|度|吨|立方米)加价|加价(?:电费|水费)"
                      r"|加收(?:电费|水费|污水处理费)|倍征收")  # (not 按市场价加价收购, a price support)
# 同一企业同一年度获得专项资金支持的总额原则上不超过200万元: a cap on what one recipient gets in
# all, written as a clause of its own, grants nothing (a parent's trailing cap is read with its items)
_TOTAL_CAP = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?(?:同一|单个|单家|每个|每家|每户)(?:企业|项目|单位|主体)[^。;]{0,30}?(?:总额|累计|合计|总计|总和)"
                        r"[^。;]{0,16}?(?:不超过|不高于|最高|不得超过)[^。;]{0,20}[。;]?\s*$")
# 同一项目不得重复申请区级财政资金支持。…自筹资金…不低于70%: a rule for applicants, not a grant
# (同一项目同时获得国家、省、市资金支持的，区级配套按就高原则只配套一次: the same)
# (同一航线同时符合省级补助政策的，…按本细则标准的50%执行: a reduction of the other items, not one of its own)
_NO_DOUBLE = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?同一(?:项目|企业|单位|事项)(?:[^。;]{0,12}?不得(?:重复|同时|多头)(?:申请|申报|享受)"
                        r"|[^。;]{0,40}?(?:只|仅)(?:配套|奖励|补助|支持|享受)一次)"
                        r"|^\s*同一[\u4e00-\u9fff]{1,6}?按(?:最高|就高)[^。;]{0,8}?(?:资助|奖励|补助|支持)[^。]{0,6}?不重复"  # (同一标准项目按最高级别资助，不重复资助)
                        r"|^\s*同一[\u4e00-\u9fff]{1,4}同时(?:符合|享受|获得)[^。;]{0,60}?按本(?:细则|办法|政策|措施)[^。;]{0,6}?标准的\s*\d+(?:\.\d+)?\s*%\s*执行")
# 单个项目安排资金原则上不超过项目总投资的30% / 单个项目支持金额原则上不超过1000万元: a rule for allocating
# the fund, not a grant
_ALLOCATION_RULE = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?(?:单个|每个|同一)项目(?:安排|支持|补助|资助)(?:的)?(?:(?:专项)?资金|金额|额度)[^。;]{0,8}?(?:原则上)?(?:不超过|不高于|不得超过)"
                              # 专项资金每年可安排不超过3%用于第三方评审、绩效评价等工作经费: the fund's own running costs
                              r"|^\s*(?:\([^()]{1,12}\)\s*)?(?:专项|引导|扶持)?资金(?:每年|年度)?可?(?:安排|提取|列支)[^。;]{0,16}?用于[^。;]{0,30}?(?:工作经费|管理费用?|评审费)"
                              # 奖励资金按企业上年度地方财政贡献核定的，以区税务部门出具的数据为准: how an award is reckoned
                              r"|^\s*(?:\([^()]{1,12}\)\s*)?(?:奖励|补助|扶持|专项)资金按[^。;]{0,30}?(?:核定|计算|核算)的?\s*,\s*以[^。;]{0,24}?为准")
# 设立市级小微企业发展专项资金。市财政每年安排…3000万元，重点支持…: the fund is set up, granted elsewhere
_FUND_SETUP = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?(?:(?:设立|设置|安排|统筹)[^。;,]{0,24}?(?:专项资金|发展资金|引导资金|扶持资金|资金)"
                         r"(?:\s*[。;]|\s*,\s*每年安排[^。;]{0,20}?用于)"  # (设立县级招商引资奖励资金，每年安排不少于5000万元，专项用于本措施兑现)
                         # 县数字经济产业扶持资金由县财政每年预算安排，资金规模原则上不超过3000万元: the fund's budget
                         r"|[^。;,]{0,20}?(?:专项资金|发展资金|引导资金|扶持资金)(?:\([^()]{1,12}\))?(?:由|来源于|来自)[^。;,]{0,12}?(?:预算安排|安排|列支|统筹)"
                         # 县财政每年安排厨具产业发展专项资金5000万元，用于本措施各项奖补兑现: the same, said the other way
                         r"|[^。;,]{0,12}?财政(?:每年|年度)?(?:统筹)?安排[^。;,]{0,24}?(?:专项资金|发展资金|引导资金|扶持资金|资金)[^。;]{0,16}?用于"
                         # 项目经费从市级科技专项资金中列支: where the money comes from
                         r"|[^。;,]{0,12}?(?:经费|资金)(?:从|在)[^。;,]{0,24}?(?:中)?(?:列支|安排|支出)"
                         # 市级配套资金按照中央和省级下达资金的5%安排，纳入年度预算: the fund's budget line
                         r"|[^。;,]{0,12}?资金[^。;]{0,30}?安排\s*,\s*纳入[^。;,]{0,8}预算"
                         # 奖励资金分两次兑付：开工时兑付50%…: when the money is paid out
                         r"|(?:[^。;,]{2,10}。)?[^。;,]{0,16}?(?:奖励|补助|补贴|扶持|奖补)?资金分(?:[两二三四]|\d)(?:次|期|年)(?:兑付|拨付|兑现|发放|支付)"
                         # 市财政每年统筹安排中小企业发展专项资金2亿元，…: the fund's yearly budget
                         r"|[^。;,]{0,12}?财政(?:每年|年度)?(?:统筹)?安排[^。;,]{0,24}?资金\s*\d+(?:\.\d+)?\s*(?:万|亿)元\s*[,。;]"
                         # 补贴资金实行预拨加清算方式: how the fund is paid out
                         r"|[^。;,]{0,12}?资金实行[^。;,]{1,16}?(?:方式|制度|[”\"])\s*[。;,])")  # (奖补资金实行“先申报、后审核、再兑付”，首期拨付60%)
# 安居补贴资金由市、区镇两级财政按5:5比例分担，其中…由市财政全额承担: who pays for the measures, every sentence
_COST_SHARE = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?(?:[^。;,]{0,20}?(?:资金|经费)(?:由|按)[^。;]{0,40}?(?:分担|承担|负担)\s*[。;,]?\s*)+$")
_UNIT_NAMING_PROCEDURE = re.compile(r"(?:审批|审计|公共资源交易)[\u4e00-\u9fff]{0,6}?(?:局|委员会|委|办公室|办|中心)")
_RULES_ONLY = re.compile(r"(?:从优|从高|就高)[、,]?\s*不重复|不重复享受|不再同时享受|只能选择"
                         # 已获得省知识产权质押融资贴息的同一笔贷款，区级不再重复给予贴息: a rule against double money
                         r"|^\s*(?:已(?:获得|享受)|同一)[^。]{0,60}?不(?:再)?重复(?:给予|享受|支持|奖励|补助|贴息)[^。]{0,8}。?\s*$")
# A numbered item that opens by naming a support line of action (强化金融多元支撑。鼓励银行…).
_GRANT = re.compile(r"(?:给予|予以)[^。;]{0,24}(?:奖励|补贴|补助|资助|支持|扶持|贴息)")
_DIRECTION = re.compile(r"促进|降低|加强|建立|营造|推进|推广|积极|完善|深化|实施|开展|设立|发展|做大|支持|鼓励|提供|便利|服务|优先|加大|推动|引导|强化|提升|优化|打造|建设|构建|培育|探索|扩容|布局|做优|放大")
# 支持方式为无偿资助和贷款贴息 / 专项资金采取项目法和因素法相结合的方式分配: how money is given, not a grant
_SUPPORT_MODE = re.compile(
    r"^\s*(?:\([^()]{1,12}\)\s*)?[^。]{0,30}?(?:(?:支持|扶持|资助|补助|奖补)方式(?:为|是|包括|主要|分为)"
    r"|(?:采取|采用|实行)[^。,]{0,24}?(?:方式|办法)(?:分配|安排|下达|拨付|切块|给予支持|予以支持|给予扶持|予以扶持))"
)
# 市级就业补助资金按因素法分配，其中基础因素权重为20%: how a fund is shared out among governments
_ALLOCATION = re.compile(r"因素法|(?:分配|切块)[^。]{0,30}?权重")
# 加强安全生产和环境保护监管，督促企业落实…责任: oversight of firms, nothing for them
_OVERSIGHT = re.compile(r"^(?:加强|强化|严格|从严)[^。,;]{0,16}(?:监管|监督|执法|检查|管理)\s*[,;。]")
_MODE_HEADING = re.compile(r"^(?:支持|扶持|资助|补助|奖补|奖励)方式$")
# 三、支持人才引进。按《…》相关规定执行: a pointer to another policy, nothing granted here
# 对新材料企业上市的，按照《…若干政策》给予支持: what it gets is another policy's, nothing granted here
# 按照本办法附件《…奖励标准表》所列事项和标准给予扶持: the support is the attachment's, item by item
_POINTS_TO = re.compile(r"^(?:[^。]{0,20}。)?[^。]{0,40}?(?:按照?|依照|参照)(?:本办法|本细则|本政策|本措施)?(?:附件\d{0,2})?《[^》]{2,80}》"
                        r"(?:的?(?:有关|相关)?规定|所列(?:的)?(?:事项|项目)?(?:和|及)?(?:标准)?)?"
                        r"(?:(?:给予|予以)(?:支持|扶持|奖励)|享受(?:相应|有关|相关)?的?(?:待遇|政策|支持))")  # (…按照《X》享受相应待遇)
# 支持举办大型文化会展活动，具体扶持标准按照《西安市会展业发展扶持办法》执行: the terms are another policy's
_TERMS_ELSEWHERE = re.compile(r"具体(?:扶持|支持|奖励|补助|资助|奖补)?(?:标准|办法)(?:按照?|参照|依照)《[^》]{2,80}》(?:的?(?:有关|相关)规定)?执行")
_CROSS_REFERENCE = re.compile(r"^(?:[^。]{0,20}。)?\s*(?:按照?|依照|依据|参照|执行)《[^》]{2,80}》[^。]{0,16}(?:执行|办理|落实|规定)。?\s*$")
# 优先纳入"大连英才计划"支持范围: taken into a programme, which is support, not a scope statement
# 符合条件的企业按国家有关规定享受研发费用税前加计扣除政策: a pointer to rules stated elsewhere, no terms
# …用地保障和融资支持事项，分别按照区自然资源、金融工作部门的有关规定执行: handled under others' rules
# …设备投资额500万元以上的技术改造项目，按照岳政发〔2023〕6号文件第三条规定给予补助: the terms are in another
# document's article; the amount before it is who qualifies, not what is given
_BY_ARTICLE = re.compile(r"按(?:照)?[^。;]{0,30}?(?:文件|》|办法|政策|措施|细则)第[一二三四五六七八九十百\d]{1,5}条(?:第[一二三四五六七八九十\d]{1,3}[款项])?"
                         r"(?:的)?(?:有关|相关)?(?:规定|标准)?(?:给予|予以)(?:补助|奖励|支持|资助|奖补|补贴)")
# （八）各区县可结合实际对…给予叠加支持 / 各州（市）要设立…配套资金: what lower governments and departments are
# told to do; a company claims nothing from it
_TO_UNITS = re.compile(r"^\s*(?:[^。,;:]{2,14}。\s*)?(?:鼓励|引导)?各(?:设区的?市|区|县|市|州|盟|旗|乡|镇|街道|地|园区|开发区|部门|有关部门|有关单位|牵头单位|责任单位|成员单位)")
# 鼓励各区对…给予配套 / 各县(市、区)可结合实际…: what lower governments are invited to add
_INVITES_UNITS = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?(?:鼓励|引导)?各(?:设区的?市|区|县|市|州|地|园区|开发区)[^。]{0,8}?(?:可|结合实际|按照|按|对)")
_NO_REPEAT = re.compile(r"不(?:再)?重复(?:支持|奖励|补助|补贴|享受|资助|给予)|不得重复")


def _rules_and_invitations_only(text: str) -> bool:
    """A clause whose sentences only rule out double funding or invite lower governments to add
    money (同一产品已获得市级其他财政资金支持的，不重复支持。鼓励各区…按照1:0.5的比例给予配套): no grant of its own."""
    sentences = [x for x in re.split(r"(?<=。)", text) if x.strip()]
    if not any(_INVITES_UNITS.match(x) for x in sentences):
        return False
    return all(_INVITES_UNITS.match(x) or _NO_REPEAT.search(x) for x in sentences)


_BY_RULES = re.compile(r"按(?:照)?(?:国家|省|上级|中央)?(?:有关|相关)规定享受|按照?[^。,]{0,24}?的?(?:有关|相关)规定(?:执行|办理)")
_INCLUDED = re.compile(r"纳入[^。]{0,24}(?:支持|扶持)范围")
_SCOPE = re.compile(r"^[^。]{0,30}(?:适用于|适用范围|支持对象为|扶持对象为|支持范围)")


@dataclass
class Decision:
    clause: Clause
    start: int
    end: int
    measure: bool
    reason: str  # why: "grants_money", "section:申报条件", "conditions_intro", ...
    score: float  # 0..1, how strongly the text reads as a measure


_PART_NAME = re.compile(r"(?:对象|条件|范围|程序|流程|材料)$")


def _heading_kind(heading: str | None) -> str | None:
    """support / not_support for a short section heading; a long one is a sentence, not a name."""
    if not heading or len(heading) > 14 or _ACTION_HEADING.match(heading) and not _PART_NAME.search(heading):
        return None  # 鼓励外商投资重点领域 names a line of support, not a part of the document (培育对象 does)
    rest = _NOT_SUPPORT_HEADING.sub("", heading)  # 支持对象及内容: 内容 still makes it support
    if _SUPPORT_HEADING.search(rest):
        return "support"
    if rest != heading:
        return "not_support"
    return None


def _subtree(c: Clause) -> list[Clause]:
    out = [c]
    for child in c.children:
        out.extend(_subtree(child))
    return out


_GOVERNANCE_TITLE = re.compile(
    r"(?:资金|项目|财力|经费).{0,16}(?:管理|使用)|管理办法|申报指南|申报工作|申报的通知|组织申报|操作规程|实施程序|工作规程|解读"
    r"|任务分工|分工方案|责任分工|任务清单"  # (…工作方案重点任务分工: a table of the government's own tasks)
    r"|规划(?:纲要)?(?:\([^()]{4,14}\))?$"  # (…第十五个五年规划纲要: a plan's chapters set directions, they grant nothing)
)


# 关于2024年度…奖励资金拟支持项目的公示 / …名单的公告: who gets money under some policy, no measure of its own
_PUBLICATION_TITLE = re.compile(r"(?:名单|项目|结果|企业|单位|对象)[^。]{0,12}的?(?:公示|公告|通告)$|的公示$")


def genre_of(title: str | None) -> str:
    """"governance" for a document that runs a fund or a procedure (专项资金管理办法, 申报指南):
    there only clauses that grant something count, not statements of direction; "publication" for
    a list of recipients made public (…拟支持项目的公示): it has no measures."""
    if title and _PUBLICATION_TITLE.search(title):
        return "publication"
    return "governance" if title and _GOVERNANCE_TITLE.search(title) else "support"


# 建立…联系制度 / 健全…会商机制 opening a clause that provides nothing (no 提供/给予/实行/优先): a way the
# government works (建立…服务专员制度。为…提供…服务 is a service)
_MECHANISM = re.compile(r"^(?:建立|健全|建立健全|完善)[^。,;]{2,30}(?:制度|机制)\s*[。,;]")
# 落实《若干政策》第八条“优化审评审批服务”。…: a 实施细则's article opens by naming the parent's
# article it implements; the quoted name is its heading, not a cross-reference
_IMPLEMENTS = re.compile(r"^\s*(?:落实|贯彻落实|执行|细化)?《[^《》]{2,60}》第[一二三四五六七八九十百\d]{1,5}条(?:第[一二三四五六七八九十\d]{1,3}[款项])?(?:规定的|所列的?)?"
                         r"\s*[“\"](?P<heading>[^”\"。]{2,30})[”\"]\s*(?:的?(?:实施细则|具体措施))?\s*[。.:]?")


# an amending decision's item that only swaps words or figures inside an article, or deletes one:
# 将第四条第一款中的“8%”修改为“10%” / 删去第六条 (an item restating a whole article is a measure)
_AMENDS_WORDS = re.compile(r"^\s*(?:将?第[一二三四五六七八九十百\d]{1,5}条[^“\"。]{0,16}中的?[“\"]|(?:删去|删除)第[一二三四五六七八九十百\d]{1,5}条"
                           r"|[^。]{0,40}?由[“\"][^”\"]{1,80}[”\"](?:调整|修改|变更)为[“\"])")  # 贴息比例由“40%”调整为“60%”


# 区住房和建设局负责人才住房房源筹集，区人力资源局负责人才类别认定，区财政局负责资金保障: who does what
_DUTY = re.compile(r"\s*[^,;。:]{2,24}?(?:局|委|办|办公室|中心|部门|政府|管委会|委员会|科|处)(?:会同[^,;。]{2,24}?)?(?:具体)?负责[^,;。]{2,40}\s*")


# 申请《若干措施》第二条奖励的企业，上年度营业收入应经会计师事务所审计 / 申请…补贴的，应提供…凭证: what an
# applicant must meet or file (an 实施细则's articles on its policy's awards)
_APPLICANT_MUST = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?申请[^。,]{0,30}?(?:奖励|补贴|补助|资助|支持|奖补)的(?:企业|单位|项目|机构)?\s*,"
                            r"[^。]{0,80}?(?:应|须|需|必须)")


def _duties_only(text: str) -> bool:
    parts = [x for x in re.split(r"[,;。]", text) if x.strip()]
    return len(parts) >= 2 and all(_DUTY.fullmatch(x) for x in parts)


# …的，由区财政承担 / …人才，由师市提供人才公寓: who benefits, then the government that provides
_GOVERNMENT_PROVIDES = re.compile(r"(?:的|人才|企业)\s*,\s*由")


def leaf_reason(text: str, genre: str = "support") -> tuple[bool, str, float]:
    """Is one clause (its whole text, children folded in) a measure, why, and how surely."""
    if _duties_only(text):
        return False, "duties", 0.1
    if _APPLICANT_MUST.match(text) and not re.search(r"给予|予以", text):
        return False, "conditions", 0.1
    if _AMENDS_WORDS.match(text):
        return False, "amends_words", 0.1
    if re.search(r"_{3,}|＿{2,}|□", text):
        return False, "form_field", 0.05  # 营业收入：________万元: a field of an application form (附件1 申报表)
    if m := _IMPLEMENTS.match(text):
        text = f"{m.group('heading')}。{text[m.end():]}"
    money = bool(MONEY.search(text))
    award = bool(_AWARD.search(text))
    if _TO_UNITS.match(text):
        return False, "to_units", 0.1
    if _PURPOSE.search(text):
        return False, "purpose", 0.05
    if _ALLOCATION.search(text) and not _GRANT.search(text):
        return False, "support_mode", 0.1
    if _OVERSIGHT.match(text.strip()) and not _GRANT.search(text) and not MONEY.search(text):
        return False, "oversight", 0.2
    if _SUPPORT_MODE.search(text) and not re.search(r"1\s*:\s*[\d.]+|\d\s*%", text):
        return False, "support_mode", 0.1  # a mode with a 1:1 match or a rate still grants
    if not money and (_CROSS_REFERENCE.search(text.strip()) or _POINTS_TO.search(text.strip()) or _BY_RULES.search(text)
                      or _TERMS_ELSEWHERE.search(text)):
        return False, "cross_reference", 0.1
    if _SELF.search(text):
        return False, "self_reference", 0.05
    if not money and _CLOSING.search(text):
        return False, "closing", 0.05
    if _SCOPE.search(text) and not (money and award) and not _INCLUDED.search(text):
        return False, "scope", 0.1
    if _CONDITIONS_INTRO.search(text[:80]) and not (money and award and (len(text) > 120 or _GRANT.search(text[:80]))):
        return False, "conditions", 0.1
    # (…累计不超过200万元。享受本办法扶持的企业须承诺5年内不迁离: a cap, then what recipients owe)
    first, _, rest = text.partition("。")
    if (_TOTAL_CAP.match(text) or _TOTAL_CAP.match(first + "。") and not MONEY.search(rest) and not _AWARD.search(rest)
            or _NO_DOUBLE.match(text) or _ALLOCATION_RULE.match(text)) and not _GRANT.search(text):
        return False, "total_cap", 0.1
    if _COST_SHARE.match(text) and not _GRANT.search(text):
        return False, "fund_setup", 0.1
    if _FUND_SETUP.match(text) and not _GRANT.search(text) and not _SERVICE.search(text) \
            and not re.search(r"(?:^|[。;,])\s*对[^。;]{2,40}?(?:的|,)|为[^。;]{2,30}?提供", text):  # (…转贷资金，为企业提供续贷过桥服务: a service)
        return False, "fund_setup", 0.1
    penalties = len(_PENALTY.findall(text))
    # (一口受理、并联审批 names a service, not a procedure; nor does a unit's name: 区行政审批服务管理局, 市审计局)
    procedure = len(_PROCEDURE.findall(_UNIT_NAMING_PROCEDURE.sub("", _SERVICE.sub("", text))))
    if money and award and genre == "tasks" and not _GRANT_VERB.search(text):
        return False, "task", 0.2  # 围绕配套需求…每年引进投资5亿元以上项目: a target, not a grant
    if (money or award) and _rules_and_invitations_only(text):
        return False, "to_units", 0.1  # 同一产品…不重复支持。鼓励各区对获得本细则支持的项目按1:0.5给予配套
    if money and (by_article := _BY_ARTICLE.search(text)) and not MONEY.search(text, by_article.end()):
        return False, "cross_reference", 0.1
    if money and _APPROVAL_THRESHOLD.search(text) and not re.search(r"给予|予以", text):
        return False, "procedure", 0.2  # 单个项目资助金额超过500万元的，须报区政府审定: who approves, not a grant
    if money and award:
        if penalties >= 2 and penalties > len(_AWARD.findall(text)):
            return False, "penalty", 0.3
        return True, "grants_money", 0.9
    if not money and _RULES_ONLY.search(text):
        return False, "rules", 0.1
    if penalties:
        return False, "penalty", 0.2
    head = re.split(r"[。\n]", text.strip(), 1)[0]
    directs = bool(_DIRECTION.match(text.strip()) or len(head) <= 20 and _DIRECTION.search(head))
    # after a heading sentence (人才安居。对新引进的…): who benefits is named in the body
    body = text[len(m.group(0)):] if (m := HEAD_SENTENCE.match(text)) else text
    service = _SERVICE.search(body)
    # 人才公寓。高层次人才可申请入住… / 配偶就业。…安排到相应单位: a heading naming a service, granted below
    named = bool(m) and service is not None and _SERVICE.search(m.group(0)) is not None \
        and not _GOVERNANCE_ACTION.match(m.group(0).strip())
    # 入驻区政府指定总部楼宇的，前两年免租: whoever meets the condition gets the service
    # (入驻标准化厂房的工业企业，第一年免收租金: the same, the condition's subject named after it)
    # (租赁标准化厂房的企业，按每平方米6元的租金标准实行"三免两减半" / 科研人员离岗创办企业的，其企业…三年内免收
    # 场地租金: a condition that opens the sentence names who gets it)
    conditional = bool(service) and bool(re.search(r"的[^。,]{0,12},[^。,]{0,10}$", body[:service.start()])
                                         or re.search(r"^\s*[^。,;]{2,40}的(?:企业|项目|单位|主体|个体工商户)?\s*,[^。;]{0,40}$",
                                                      body[:service.start()]))
    if service and (_BENEFICIARY.search(body) or service.start() <= 12 or conditional or named
                    or service.group(0).startswith("免费")  # (街道统一配置摊车，免费提供入驻摊主使用)
                    or re.match(r"给[^。,;]{1,16}(?:人才|企业|职工|人员)", body[service.end():])  # (…定向配售给A至D类人才)
                    or _GOVERNMENT_PROVIDES.search(body[:60])) and procedure < 3:  # 优先推荐并指导企业申报…: a service, though it names 申报
        return True, "grants_service", 0.6
    if _REFORM.search(body) and procedure < 3 and not _PENALTY.search(text):
        return True, "grants_service", 0.6  # 审批时限压缩至5个工作日 / 当场办理: a reform firms get, whoever is named
    if (procedure >= 3 and not directs) or (procedure and not award and not directs):
        return False, "procedure", 0.2
    if service and (_BENEFICIARY.search(body) or service.start() <= 12 or _GOVERNMENT_PROVIDES.search(body[:60])):
        return True, "grants_service", 0.6
    if genre == "support" and _GRANT.search(text):
        return True, "grants_unquantified", 0.55
    if directs and _MECHANISM.match(text.strip()) and not re.search(r"提供|给予|予以|实行|优先", text):
        return False, "mechanism", 0.2  # 建立区级领导联系重点企业制度，每季度召开座谈会: how the government works
    if directs and len(text) >= 30 and genre == "support":
        return True, "support_direction", 0.45
    return False, "no_support", 0.3


def decide(roots: list[Clause], view: str, cut, genre: str = "support") -> list[Decision]:
    """Decisions for every clause that could be a measure; `cut(start, end)` trims a glued
    closing paragraph (本措施自…施行) off a measure's end."""
    out: list[Decision] = []

    def skip(node: Clause, reason: str, score: float) -> None:
        for c in _subtree(node):
            if not c.children:
                out.append(Decision(c, c.start, c.end, False, reason, score))

    def visit(node: Clause, genre: str = genre) -> None:
        kind = _heading_kind(node.heading)
        if node.heading and _TASKS_HEADING.search(node.heading.strip()):
            genre = "tasks"  # 三、重点任务: lines of work; an item there is a measure only when it grants
        # (（二）运营绩效。按年度绩效评价结果给予运营补助：over its tiers: the heading names what is paid for)
        own = view[node.body:node.own_end()]
        grants_items = bool(node.children) and bool(GRANT_INTRO.search(squash(own))) and not _CONDITIONS_INTRO.search(own)
        # (一、支持重点 over (一)鼓励技术改造。对…按设备投资额的8%给予补助: a focus heading over items that grant)
        grants_below = bool(node.heading) and _FOCUS_HEADING.search(node.heading.strip()) is not None and any(
            MONEY.search(view[c.body:c.end]) and _GRANT.search(view[c.body:c.end]) for c in node.children)
        if kind == "not_support" and not grants_items and not grants_below \
                and not any(_heading_kind(c.heading) == "support" for c in _subtree(node)[1:]):
            return skip(node, f"section:{node.heading}", 0.05)
        heading = squash(node.heading or "")  # (强化 组织 保障: a Word export spaces its words)
        if not node.children and heading and len(heading) <= 14 and _GOVERNANCE_ACTION.match(heading):
            return skip(node, f"section:{node.heading}", 0.05)  # 一、加强组织领导 / 四、强化督促考核, a paragraph under it
        if node.children and heading and len(heading) <= 14 and _GOVERNANCE_ACTION.match(heading):
            genre = "tasks"  # 五、强化组织保障 over (一)建立联席会议制度…: an item there is a measure only when it grants
        if not node.children and node.heading and _MODE_HEADING.match(node.heading.strip()):
            return skip(node, "support_mode", 0.1)  # 一、支持方式 / 采取事后奖补方式…: no items, no grant
        if not node.children:  # judged without a closing paragraph glued to it (…。\n本措施自印发之日起施行)
            cut_end = cut(node.start, node.end)
            is_measure, reason, score = leaf_reason(view[node.body:cut_end], genre)
            if node.style == "shi" and reason in ("support_direction", "grants_unquantified"):
                is_measure, reason = False, "shi_direction"  # 一是打造…高地: a line of work, not a grant
            end = cut_end if is_measure else node.end
            out.append(Decision(node, node.start, end, is_measure, reason, score))
            return
        intro = view[node.body:node.own_end()]
        if _PURPOSE.search(intro) or _SELF.search(intro):
            return skip(node, f"section_intro:{node.number}", 0.05)
        if _CONDITIONS_INTRO.search(intro) and not (MONEY.search(intro) and _AWARD.search(intro)):
            return skip(node, "conditions_intro", 0.1)
        if folds(node, view, intro) or shared_tail(node, view) or facets(node, view) or builds_on(node, view):
            text = view[node.body:node.end]
            is_measure, reason, score = leaf_reason(text, genre)
            if is_measure:
                out.append(Decision(node, node.start, cut(node.start, node.end), True, reason + "+items", score))
                return
        for child in node.children:
            visit(child, genre)

    for root in roots:
        visit(root)
    out.sort(key=lambda d: d.start)
    return out
