"""What a clause's words say: the vocabulary `measures.leaf_reason` weighs to decide whether a
numbered clause is a measure (grants and awards, services and reforms firms get, the beneficiary,
procedure, penalties, caps and allocation rules, a fund set up or shared, cross-references, rules
for other governments). Patterns only, no state.
"""
from __future__ import annotations

import re

PURPOSE = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?(?:为了?|根据|按照|依据).{0,240}?(?:制\s*定|制\s*订|出\s*台)\s*(?:本|如下|以下)", re.S)  # (a PDF's line ends)
SELF = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?(?:以上|本)(?:措施|政策|办法|细则|实施细则|意见|方案|规定|指南)")
CLOSING = re.compile(r"负责解释|同时废止|作废|之日起(?:施行|实施|试行)|有效期(?!内)|试行期")  # (not 许可在有效期内继续有效)
AWARD = re.compile(r"给予|予以|奖励|补贴|补助|资助|贴息|扶持资金|支持资金|配套|奖补|兑现|返还|减免|最高|不超过|按.{0,20}比例"
                    r"|优惠|承担\s*\d+(?:\.\d+)?\s*%"  # (物业费优惠。…按收费标准的50%收取 / 展位费由园区承担60%)
                    r"|发放[^。]{0,12}券|享受[^。]{0,12}(?:津贴|安家费|生活费)")
# what a business-environment reform gives firms: a deadline cut to N working days, fewer inspections
# (行政检查每年不超过1次, 综合查一次, 无事不扰), an agent who runs the paperwork, a permit in stages or on the
# spot, lenient enforcement, payment due within N days, a guarantee instead of a cash deposit
REFORM = re.compile(
    r"(?:时限|时间)[^。,;]{0,4}(?:压缩|压减|缩短|减少)(?:至|到|为)|(?:压缩|压减|缩短)至\s*\d+\s*个?工作日|不超过\s*\d+\s*个工作日|"
    r"检查[^。,;]{0,8}(?:不超过|不得超过)\s*\d+\s*次|综合查一次|无事不扰|(?:检查|执法)事项[^。,;]{0,6}合并|减少[^。,;]{0,6}检查频次|"
    r"配备[^。,;]{0,8}(?:代办员|帮办员|服务专员)|(?:全程|全流程|免费)[^。,;]{0,4}(?:代办|帮办)|分阶段办理|当场办理|"
    r"首违不罚|免罚轻罚|不予(?:行政)?处罚|包容审慎|"
    r"付款期限[^。,;]{0,8}(?:不超过|不得超过)|\d+\s*日内(?:清偿|支付|付款)|(?:保函|保证保险)[^。,;]{0,10}(?:替代|代替)|以[^。]{0,12}保函[^。,;]{0,16}形式"
)
SERVICE = re.compile(
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
    r"加计扣除|加计[^。,]{0,6}抵减|减按[^。]{0,20}?(?:税率|计入|征收)|免征|减半征收|" + REFORM.pattern
)
BENEFICIARY = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?(?:[^。]{0,60}?)?(?:对|为|支持|鼓励|将|可申请|可享受|(?:[,，]\s*|(?<=人才|企业|项目|机构|团队))纳入|(?<=企业|人才|项目)[^。,]{0,20}?享受)")  # (X的技术骨干可申请入住人才公寓)  # 将X纳入…服务范围 / X，纳入…配租范围 / X引进的人才纳入…服务范围: X benefits
PROCEDURE = re.compile(
    r"申报|受理|审核|审定|评审|公示|拨付|下达|验收|提交|报送|审批|核查|复核|备案|预算|决算|审计|绩效评价|专户|"
    r"台账|归档|监督检查|申请表|复印件|加盖公章|营业执照|证明材料|承诺书|承诺函"
)
# 单个项目年度资助金额超过500万元的，须报区政府审定: an amount that decides who approves
APPROVAL_THRESHOLD = re.compile(r"(?:超过|达到|高于|以上)[^。;,]{0,6}的[^。;,]{0,16}\s*,\s*(?:(?:须|需|应|应当|必须)?(?:报|经|提交)[^。;]{0,20}?"
                                 r"(?:审定|审批|批准|审议|研究|同意|决定|集体决策|集体研究)|(?:须|需|应当?|必须)签订[^。;]{0,8}(?:任务书|合同|协议))")
# (差别化电价, 每千瓦时加价0.1元, 加收水费: a surcharge on the worst-rated firms, the opposite of support;
# not 对A类企业…享受差别化电价政策, the better-rated firms' side of it)
PENALTY = re.compile(r"追回|收回|追缴|取消.{0,8}资格|撤销|失信|弄虚作假|骗取|违规|追究|黑名单|不予(?:支持|受理)"
                      r"|(?<!享受)差别化(?:电价|水价|用能)|惩罚性(?:电价|水价)|每(?:千瓦时|度|吨|立方米)加价|加价(?:电费|水费)"
                      r"|加收(?:电费|水费|污水处理费)|倍征收")  # (not 按市场价加价收购, a price support)
# 同一企业同一年度获得专项资金支持的总额原则上不超过200万元: a cap on what one recipient gets in
# all, written as a clause of its own, grants nothing (a parent's trailing cap is read with its items)
TOTAL_CAP = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?(?:同一|单个|单家|每个|每家|每户)(?:企业|项目|单位|主体)[^。;]{0,30}?(?:总额|累计|合计|总计|总和)"
                        r"[^。;]{0,16}?(?:不超过|不高于|最高|不得超过)[^。;]{0,20}[。;]?\s*$")
# 同一项目不得重复申请区级财政资金支持。…自筹资金…不低于70%: a rule for applicants, not a grant
# (同一项目同时获得国家、省、市资金支持的，区级配套按就高原则只配套一次: the same)
# (同一航线同时符合省级补助政策的，…按本细则标准的50%执行: a reduction of the other items, not one of its own)
NO_DOUBLE = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?同一(?:项目|企业|单位|事项)(?:[^。;]{0,12}?不得(?:重复|同时|多头)(?:申请|申报|享受)"
                        r"|[^。;]{0,40}?(?:只|仅)(?:配套|奖励|补助|支持|享受)一次)"
                        r"|^\s*同一[\u4e00-\u9fff]{1,6}?按(?:最高|就高)[^。;]{0,8}?(?:资助|奖励|补助|支持)[^。]{0,6}?不重复"  # (同一标准项目按最高级别资助，不重复资助)
                        r"|^\s*同一[\u4e00-\u9fff]{1,4}同时(?:符合|享受|获得)[^。;]{0,60}?按本(?:细则|办法|政策|措施)[^。;]{0,6}?标准的\s*\d+(?:\.\d+)?\s*%\s*执行")
# 单个项目安排资金原则上不超过项目总投资的30% / 单个项目支持金额原则上不超过1000万元: a rule for allocating
# the fund, not a grant
ALLOCATION_RULE = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?(?:单个|每个|同一)项目(?:安排|支持|补助|资助)(?:的)?(?:(?:专项)?资金|金额|额度)[^。;]{0,8}?(?:原则上)?(?:不超过|不高于|不得超过)"
                              # 专项资金每年可安排不超过3%用于第三方评审、绩效评价等工作经费: the fund's own running costs
                              r"|^\s*(?:\([^()]{1,12}\)\s*)?(?:专项|引导|扶持)?资金(?:每年|年度)?可?(?:安排|提取|列支)[^。;]{0,16}?用于[^。;]{0,30}?(?:工作经费|管理费用?|评审费)"
                              # 奖励资金按企业上年度地方财政贡献核定的，以区税务部门出具的数据为准: how an award is reckoned
                              r"|^\s*(?:\([^()]{1,12}\)\s*)?(?:奖励|补助|扶持|专项)资金按[^。;]{0,30}?(?:核定|计算|核算)的?\s*,\s*以[^。;]{0,24}?为准")
# 设立市级小微企业发展专项资金。市财政每年安排…3000万元，重点支持…: the fund is set up, granted elsewhere
FUND_SETUP = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?(?:(?:设立|设置|安排|统筹)[^。;,]{0,24}?(?:专项资金|发展资金|引导资金|扶持资金|资金)"
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
COST_SHARE = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?(?:[^。;,]{0,20}?(?:资金|经费)(?:由|按)[^。;]{0,40}?(?:分担|承担|负担)\s*[。;,]?\s*)+$")
UNIT_NAMING_PROCEDURE = re.compile(r"(?:审批|审计|公共资源交易)[\u4e00-\u9fff]{0,6}?(?:局|委员会|委|办公室|办|中心)")
RULES_ONLY = re.compile(r"(?:从优|从高|就高)[、,]?\s*不重复|不重复享受|不再同时享受|只能选择"
                         # 已获得省知识产权质押融资贴息的同一笔贷款，区级不再重复给予贴息: a rule against double money
                         r"|^\s*(?:已(?:获得|享受)|同一)[^。]{0,60}?不(?:再)?重复(?:给予|享受|支持|奖励|补助|贴息)[^。]{0,8}。?\s*$")
# A numbered item that opens by naming a support line of action (强化金融多元支撑。鼓励银行…).
GRANT = re.compile(r"(?:给予|予以)[^。;]{0,24}(?:奖励|补贴|补助|资助|支持|扶持|贴息)")
DIRECTION = re.compile(r"促进|降低|加强|建立|营造|推进|推广|积极|完善|深化|实施|开展|设立|发展|做大|支持|鼓励|提供|便利|服务|优先|加大|推动|引导|强化|提升|优化|打造|建设|构建|培育|探索|扩容|布局|做优|放大")
# 支持方式为无偿资助和贷款贴息 / 专项资金采取项目法和因素法相结合的方式分配: how money is given, not a grant
SUPPORT_MODE = re.compile(
    r"^\s*(?:\([^()]{1,12}\)\s*)?[^。]{0,30}?(?:(?:支持|扶持|资助|补助|奖补)方式(?:为|是|包括|主要|分为)"
    r"|(?:采取|采用|实行)[^。,]{0,24}?(?:方式|办法)(?:分配|安排|下达|拨付|切块|给予支持|予以支持|给予扶持|予以扶持))"
)
# 市级就业补助资金按因素法分配，其中基础因素权重为20%: how a fund is shared out among governments
ALLOCATION = re.compile(r"因素法|(?:分配|切块)[^。]{0,30}?权重")
# 加强安全生产和环境保护监管，督促企业落实…责任: oversight of firms, nothing for them
OVERSIGHT = re.compile(r"^(?:加强|强化|严格|从严)[^。,;]{0,16}(?:监管|监督|执法|检查|管理)\s*[,;。]")
MODE_HEADING = re.compile(r"^(?:支持|扶持|资助|补助|奖补|奖励)方式$")
# 三、支持人才引进。按《…》相关规定执行: a pointer to another policy, nothing granted here
# 对新材料企业上市的，按照《…若干政策》给予支持: what it gets is another policy's, nothing granted here
# 按照本办法附件《…奖励标准表》所列事项和标准给予扶持: the support is the attachment's, item by item
POINTS_TO = re.compile(r"^(?:[^。]{0,20}。)?[^。]{0,40}?(?:按照?|依照|参照)(?:本办法|本细则|本政策|本措施)?(?:附件\d{0,2})?《[^》]{2,80}》"
                        r"(?:的?(?:有关|相关)?规定|所列(?:的)?(?:事项|项目)?(?:和|及)?(?:标准)?)?"
                        r"(?:(?:给予|予以)(?:支持|扶持|奖励)|享受(?:相应|有关|相关)?的?(?:待遇|政策|支持))")  # (…按照《X》享受相应待遇)
# 支持举办大型文化会展活动，具体扶持标准按照《西安市会展业发展扶持办法》执行: the terms are another policy's
TERMS_ELSEWHERE = re.compile(r"具体(?:扶持|支持|奖励|补助|资助|奖补)?(?:标准|办法)(?:按照?|参照|依照)《[^》]{2,80}》(?:的?(?:有关|相关)规定)?执行")
CROSS_REFERENCE = re.compile(r"^(?:[^。]{0,20}。)?\s*(?:按照?|依照|依据|参照|执行)《[^》]{2,80}》[^。]{0,16}(?:执行|办理|落实|规定)。?\s*$")
# 优先纳入"大连英才计划"支持范围: taken into a programme, which is support, not a scope statement
# 符合条件的企业按国家有关规定享受研发费用税前加计扣除政策: a pointer to rules stated elsewhere, no terms
# …用地保障和融资支持事项，分别按照区自然资源、金融工作部门的有关规定执行: handled under others' rules
# …设备投资额500万元以上的技术改造项目，按照岳政发〔2023〕6号文件第三条规定给予补助: the terms are in another
# document's article; the amount before it is who qualifies, not what is given
BY_ARTICLE = re.compile(r"按(?:照)?[^。;]{0,30}?(?:文件|》|办法|政策|措施|细则)第[一二三四五六七八九十百\d]{1,5}条(?:第[一二三四五六七八九十\d]{1,3}[款项])?"
                         r"(?:的)?(?:有关|相关)?(?:规定|标准)?(?:给予|予以)(?:补助|奖励|支持|资助|奖补|补贴)")
# （八）各区县可结合实际对…给予叠加支持 / 各州（市）要设立…配套资金: what lower governments and departments are
# told to do; a company claims nothing from it
TO_UNITS = re.compile(r"^\s*(?:[^。,;:]{2,14}。\s*)?(?:鼓励|引导)?各(?:设区的?市|区|县|市|州|盟|旗|乡|镇|街道|地|园区|开发区|部门|有关部门|有关单位|牵头单位|责任单位|成员单位)")
# 鼓励各区对…给予配套 / 各县(市、区)可结合实际…: what lower governments are invited to add
INVITES_UNITS = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?(?:鼓励|引导)?各(?:设区的?市|区|县|市|州|地|园区|开发区)[^。]{0,8}?(?:可|结合实际|按照|按|对)")
NO_REPEAT = re.compile(r"不(?:再)?重复(?:支持|奖励|补助|补贴|享受|资助|给予)|不得重复")


def rules_and_invitations_only(text: str) -> bool:
    """A clause whose sentences only rule out double funding or invite lower governments to add
    money (同一产品已获得市级其他财政资金支持的，不重复支持。鼓励各区…按照1:0.5的比例给予配套): no grant of its own."""
    sentences = [x for x in re.split(r"(?<=。)", text) if x.strip()]
    if not any(INVITES_UNITS.match(x) for x in sentences):
        return False
    return all(INVITES_UNITS.match(x) or NO_REPEAT.search(x) for x in sentences)


BY_RULES = re.compile(r"按(?:照)?(?:国家|省|上级|中央)?(?:有关|相关)规定享受|按照?[^。,]{0,24}?的?(?:有关|相关)规定(?:执行|办理)")
INCLUDED = re.compile(r"纳入[^。]{0,24}(?:支持|扶持)范围")
_OBJECTS = r"(?:支持|扶持|申领|申报|申请|补贴|奖励|资助)对象为"
SCOPE = re.compile(rf"^[^。]{{0,30}}(?:适用于|适用范围|{_OBJECTS}|支持范围)")
# 申领对象为…营业收入不超过2亿元的企业: who may apply, the clause's opening
OBJECTS_ARE = re.compile(rf"^\s*(?:\([^()]{{1,12}}\)\s*)?{_OBJECTS}")
