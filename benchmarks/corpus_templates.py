"""Wording the corpus generator draws from (benchmarks/generate_corpus.py): rules as data.

Modelled on seed/ and ../shared/devset: the measure openings, amount phrasings, 责任单位 lines,
notice wrappers and closing articles found there. Slots in braces are filled by the generator:
{obj} the object a measure funds, {a} {b} {cap} {thr} amounts in 万元, {pct} a percentage,
{ratio} a match ratio, {higher} the higher-level region (市级/省级), {unit} the region's
own level word (区/县/市).
"""
from __future__ import annotations

# Themes a policy is about: name used in titles -> the objects its measures fund.
# An object is a specific sector, technology, programme or title (never 企业/发展 alone).
THEMES: dict[str, list[str]] = {
    "人工智能": ["人工智能", "大模型", "智能机器人", "计算机视觉", "智能传感器"],
    "集成电路": ["集成电路", "芯片设计", "先进封装", "半导体材料"],
    "生物医药": ["生物医药", "创新药", "高端医疗器械", "细胞与基因治疗"],
    "新能源汽车": ["新能源汽车", "动力电池", "充电桩", "智能网联汽车"],
    "数字经济": ["数字经济", "工业互联网", "软件和信息服务", "数据要素", "区块链"],
    "智能制造": ["智能制造", "工业机器人", "数字化车间", "智能工厂"],
    "新材料": ["新材料", "高性能纤维", "先进陶瓷", "稀土功能材料"],
    "低空经济": ["低空经济", "无人机", "通用航空", "电动垂直起降飞行器"],
    "氢能": ["氢能", "燃料电池", "储氢装备", "绿色氢能"],
    "文化创意": ["文化创意", "网络视听", "数字动漫", "电竞游戏", "创意设计"],
    "现代服务业": ["现代物流", "跨境电商", "检验检测", "人力资源服务", "总部经济"],
    "元宇宙": ["元宇宙", "虚拟现实", "数字孪生", "虚拟数字人"],
    "节能环保": ["节能环保", "光伏", "储能", "合同能源管理"],
    "高端装备": ["高端装备", "航空航天", "海洋工程装备", "轨道交通装备"],
}
# The objects of title awards: titles any theme's companies can earn (so their measures overlap
# across themes, as real ones do).
TITLE_OBJECTS = ["专精特新“小巨人”企业", "高新技术企业", "瞪羚企业", "制造业单项冠军", "绿色工厂", "知识产权示范企业"]

# Policy title patterns: {r} region as written, {t} theme.
TITLES = [
    "{r}关于支持{t}产业高质量发展的若干措施",
    "{r}促进{t}产业发展的若干政策",
    "{r}加快{t}产业发展扶持办法",
    "{r}支持{t}产业创新发展的实施细则",
    "{r}关于加快推进{t}产业集聚发展的若干意见",
    "{r}{t}产业专项扶持资金管理办法",
    "{r}推动{t}产业高质量发展若干措施（试行）",
]
# The body's word for itself, matched to the title's ending.
SELF_WORD = {"若干措施": "本措施", "若干政策": "本政策", "扶持办法": "本办法", "实施细则": "本细则",
             "若干意见": "本意见", "管理办法": "本办法", "（试行）": "本措施"}

# Measure templates: kind -> (headings, bodies). Each body grants money (or a concrete service)
# the way real clauses do; several bodies per kind so the same kind reads differently.
TEMPLATES: dict[str, dict[str, list[str]]] = {
    "rd_subsidy": {
        "headings": ["支持{obj}关键技术攻关", "鼓励{obj}企业加大研发投入", "支持{obj}研发创新"],
        "bodies": [
            "对{obj}领域上年度研发投入达到{thr}万元以上的企业，按照其年度研发投入的{pct}%给予补助，单个企业每年最高{cap}万元。",
            "鼓励{obj}企业开展核心技术攻关，对经认定的研发项目，按项目研发投入的{pct}%给予资助，最高不超过{cap}万元。",
            "对{obj}企业承担的重大研发项目，按照实际研发费用的{pct}%给予后补助，每个项目最高支持{cap}万元。",
        ],
    },
    "equipment_upgrade": {
        "headings": ["支持{obj}企业技术改造", "推动{obj}设备更新", "鼓励{obj}项目扩产增效"],
        "bodies": [
            "对{obj}企业实施技术改造项目，设备投资额在{thr}万元以上的，按设备投资额的{pct}%给予补助，单个项目最高不超过{cap}万元。",
            "支持{obj}企业购置先进生产设备，对年度设备投资额达到{thr}万元的项目，按照设备购置额的{pct}%给予奖励，最高{cap}万元。",
        ],
    },
    "scale_award": {
        "headings": ["支持{obj}企业上规模", "鼓励{obj}企业做大做强"],
        "bodies": [
            "对首次纳入规模以上统计的{obj}企业，给予{a}万元一次性奖励。",
            "对年营业收入首次突破1亿元、5亿元的{obj}企业，分别给予{a}万元、{b}万元奖励。",
        ],
    },
    "title_award": {
        "headings": ["培育{obj}", "支持企业争创{obj}", "梯次培育{obj}"],
        "bodies": [
            "对新获评国家级{obj}称号的企业，给予{a}万元一次性奖励；对新获评省级{obj}称号的企业，给予{b}万元一次性奖励。",
            "对首次获评{obj}称号的企业，给予最高{a}万元奖励，每家企业只能享受一次本项奖励。",
        ],
    },
    "rent_subsidy": {
        "headings": ["支持{obj}企业落户", "降低{obj}企业办公成本"],
        "bodies": [
            "对新引进的{obj}企业租用办公用房的，按照实际租金的{pct}%给予房租补贴，每年最高{cap}万元，补贴期限不超过3年。",
            "对入驻产业园区的{obj}企业，前两年按租金的{pct}%给予补贴，单个企业每年补贴最高不超过{cap}万元。",
        ],
    },
    "talent_award": {
        "headings": ["集聚{obj}高层次人才", "支持{obj}人才引进"],
        "bodies": [
            "对{obj}企业引进的高层次人才，给予最高{a}万元安家补贴，并在子女入学、医疗保障等方面提供优先服务。",
            "对{obj}领域新引进的领军人才团队，给予最高{cap}万元项目资助；对其核心成员，给予每人每月{small}元生活补贴。",
        ],
    },
    "compute_voucher": {
        "headings": ["发放{obj}算力券", "降低{obj}算力使用成本"],
        "bodies": [
            "对{obj}企业购买智能算力服务的，按照合同金额的{pct}%给予算力补贴，单个企业每年最高{cap}万元。",
        ],
    },
    "platform_award": {
        "headings": ["支持{obj}创新平台建设", "鼓励建设{obj}公共服务平台"],
        "bodies": [
            "对新认定的国家级、省级{obj}创新中心，分别给予{a}万元、{b}万元奖励。",
            "对建设{obj}公共技术服务平台的，按平台建设投入的{pct}%给予补助，最高{cap}万元。",
        ],
    },
    "loan_interest": {
        "headings": ["加大{obj}金融支持", "支持{obj}企业融资"],
        "bodies": [
            "对{obj}企业获得银行贷款用于项目建设的，按照贷款市场报价利率（LPR）的{pct}%给予贴息，单个企业每年最高{cap}万元。",
            "对{obj}企业通过融资担保获得贷款的，按担保费的{pct}%给予补贴，每家企业每年补贴不超过{cap}万元。",
        ],
    },
    "first_use": {
        "headings": ["推广{obj}首购首用", "支持{obj}应用场景开放"],
        "bodies": [
            "对{obj}产品首次在本地实现应用的，按照产品销售合同金额的{pct}%给予奖励，最高{cap}万元。",
            "对开放{obj}应用场景并形成示范案例的单位，每个场景给予{a}万元奖励。",
        ],
    },
    "investment_award": {
        "headings": ["鼓励{obj}重大项目落地", "支持{obj}项目招引"],
        "bodies": [
            "对新落地的{obj}项目，固定资产投资额达到{thr}万元以上的，按投资额的{pct}%给予奖励，最高{cap}万元。",
            "对总部新迁入的{obj}企业，实缴注册资本达到{thr}万元的，给予{a}万元落户奖励。",
        ],
    },
}
# A district's top-up of higher-level money: its own kind so that overlap ground truth can tell
# it from the money it tops up.
MATCH_TEMPLATE = {
    "headings": ["强化{obj}政策协同", "做好{obj}资金配套"],
    "bodies": [
        "对获得{higher}{obj}专项资金支持的项目，按照{ratio}的比例给予{unit}级配套支持，最高不超过{cap}万元。",
        "对获得{higher}资金支持的{obj}项目，{unit}级财政按照{ratio}给予配套，单个项目配套金额最高{cap}万元。",
    ],
}
# Kinds that make sense only for some themes.
KIND_THEMES = {"compute_voucher": {"人工智能", "数字经济", "元宇宙"}}

# Small variations a near-duplicate clause gets in another region's policy.
SYNONYMS = [("给予", "予以"), ("最高", "最高不超过"), ("企业", "企业（单位）"), ("按照", "按"), ("奖励", "奖补")]

# Responsible units, as the region's own short forms; {u} is 区/县/市.
AGENCIES = ["{u}经信委", "{u}发改委", "{u}科委", "{u}财政局", "{u}商务委", "{u}人社局", "{u}市场监管局",
            "{u}工信局", "{u}科技局", "{u}投促局", "{u}金融办", "{u}数据局"]
AGENCY_LINES = ["（责任单位：{list}）", "（责任部门：{list}）", "(责任单位:{list})", "（牵头单位：{first}；配合单位：{rest}）"]

# Issuers of the notice and their 文号 abbreviations.
ISSUERS = [("人民政府办公室", "政办发"), ("人民政府", "政发"), ("经济和信息化委员会", "经信规"),
           ("发展和改革委员会", "发改规"), ("科学技术委员会", "科规"), ("工业和信息化局", "工信发")]
ADDRESSEES = {
    "区": ["各街道办事处、镇人民政府，区政府各委、办、局：", "各镇人民政府、街道办事处，区各有关单位："],
    "县": ["各乡镇人民政府、街道办事处，县直各单位：", "各乡、镇人民政府，县政府各部门："],
    "市": ["各区县人民政府，市政府各委、办、局：", "各县（市、区）人民政府，市直有关单位："],
}
PREAMBLES = [
    "为深入贯彻落实党中央、国务院关于推动{t}产业发展的决策部署，加快培育新质生产力，根据《{basis}》（{basis_no}），结合{rs}实际，制定{self}。",
    "为进一步优化营商环境，促进{rs}{t}产业集聚发展，打造具有竞争力的产业集群，依据《{basis}》等文件精神，特制定{self}。",
    "为加快{t}产业高质量发展，推动产业链创新链深度融合，结合本{unit}实际，制定{self}。",
]
# Section headings used when measures are grouped (一、 … / 第一章 …).
SECTIONS = ["支持企业做大做强", "鼓励技术创新", "强化要素保障", "促进产业集聚", "优化产业生态", "加大金融支持"]
