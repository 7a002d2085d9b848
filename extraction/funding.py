"""Funding matches: local money computed from, or explicitly matching, higher-level money.

A sentence is a match when it has one of these triggers:
  - a ratio 1:x (给予最高1:0.5的区级资金支持, 按照1:0.5给予配套支持);
  - 配套 (50%的区级配套, 区级配套30%的补助资金, 按要求给予配套补助);
  - a share of higher-level money (按照市级支持资金30%予以补助, 按照市级支持额度的50%,
    实际到位国家、省级补助经费不高于25%的比例).
The source is the money or programme the sentence names (获得X支持的 / 入选X / 对获得X的);
its level comes from the words in it (国家/中央, 省, 市, 区). Ratio and cap are read from the
same sentence.
"""
from __future__ import annotations

import re

from .amounts import find_amounts
from .records import Amount, FundingMatch

_SENTENCE = re.compile(r"[^。;；]+")
_RATIO = re.compile(r"1\s*:\s*(?P<r>\d+(?:\.\d+)?)")
# (给予配\n套); 一级配套企业 / 进入一级配套体系 is a supplier tier, 本地配套率 local sourcing: no money
_MATCH_MONEY = re.compile(r"(?<!本地)(?<!就近)配套(?:性)?(?:支持|补助|资金|资助|奖励)|(?<![一二三])级配套(?!企业|体系|供应|商|率|产品|零部件)"
                          r"|给予配\s*套(?!企业|供应|商)|配套\d|专项配套")  # (给予配套企业10万元奖励: the supplier is paid)
_SHARE_OF_HIGHER = re.compile(
    r"(?P<src>[^,，。;；]{0,12}?(?:(?:支持|补助|资助|奖励|补贴|专项|奖补|扶持|贴息|拨付|到位|下达|补偿)(?:资金|额度|经费|金额|额)|国拨经费|财政拨款"
    r"|(?:上级|国家|中央|省|市)级?(?:财政)?资金|(?:上级|国家|中央|省|市)级(?:奖励|补助|补贴|资助)(?:标准|金额|数额)?))"  # (按省级奖励的50%, 按市级补贴标准的30%)
    r"(?:的|不高于|不超过|\s)*(?P<pct>\d+(?:\.\d+)?)\s*%"
)
# 市(州)、县(区)可按… / 各设区市可按照…: lower levels that may add money of their own
_LOWER_MAY = re.compile(r"(?:市\(州\)|县\(区\)|县\(市、区\)|市县|市、县|市州|各(?:设区的?)?(?:市|县|区))[^。;]{0,12}?可[^。;]{0,12}?按")
_LEVELLED = re.compile(r"国家|国拨|中央|省|自治区|兵团|市|上级")
# the money a share is of, named by a lower level right before it (按照区级实际支持金额的50%)
_LOWER_MONEY = re.compile(r"(?:区|县|镇|街道)(?:级|财政)[^,，。;；国省市上按照]{0,8}(?:支持|补助|资助|奖励|补贴|扶持|奖补)?(?:资金|额度|经费|金额|额)$")
# 镇按区级奖励金额的50%予以配套: for a town the district is the level above
_TOWN_ON_DISTRICT = re.compile(r"(?:镇|街道|乡)(?:\(街道\))?(?:级|财政)?再?按照?[^。;,，]{0,4}?(?:区|县)(?:级|财政)")
_HIGHER = r"(?:国家|中央|省|自治区|兵团|市|上级)(?:级|、|和|及|以上|财政)*"
_MONEY_NOUN = r"(?:资金|补贴|补助|资助|扶持资金|专项资金|经费|贴息|保险补偿)"  # (获得省级首台(套)保险补偿的产品)
# money conditional on higher-level money: 在获得市财政补贴的基础上 / 对获得省、市级…扶持资金的项目 /
# 享受上海市…专项资金的企业; a reward for a title (认定奖励) is not money from above.
_ON_TOP = re.compile(rf"在(?:获得|取得|享受)?[^。;，,]{{0,8}}?{_HIGHER}[^。;认]{{0,16}}?(?:{_MONEY_NOUN}|支持|扶持政策)"
                     r"(?:\d+(?:\.\d+)?个百分点)?[^。;]{0,4}?基础上")  # (在中央财政贴息1个百分点的基础上)
# 在市级奖励基础上再给予50%奖励: a share of the award above (a fixed sum on top of a title's award is no match)
_ON_TOP_SHARE = re.compile(rf"在(?:获得|取得|享受)?[^。;，,]{{0,8}}?(?P<src>{_HIGHER}[^。;认，,]{{0,16}}?(?:奖励|奖补|{_MONEY_NOUN}))[^。;，,]{{0,4}}?基础上"
                           r"\s*[,，]?\s*(?:[区县市镇]级|[区县市镇]财政)?再?(?:给予|按)(?P<pct>\d+(?:\.\d+)?)\s*%")
_HAVING = re.compile(rf"(?<![未没无])(?:获得|取得|享受|获批|争取到)(?:了)?[^。;，,]{{0,6}}?{_HIGHER}[^。;，,认]{{0,16}}?{_MONEY_NOUN}")
_TOP_UP = re.compile(r"上级[^。;]{0,20}(?:低于|不足)[^。;]{0,20}补足")
# (获得上级资金支持: 支持 there is the money's, not this government's grant)
_GRANTS = re.compile(r"给予|予以|补足|配套|(?<!资金)(?<!资助)支持|补助|补贴|奖励")
# 已获得中央财政奖补资金的，市级不再重复奖励 / 市级补助比例相应扣减: higher money that excludes or
# reduces this one, not a match
_EXCLUDED = re.compile(r"不再(?:重复)?(?:给予|奖励|支持|补助|享受|贴息)|不(?:重复|同时)(?:奖励|支持|享受|给予)|(?:相应|予以)?(?:扣减|核减|减半)"
                       # 区级补助不超过市级资助金额: the higher money caps this one, it is no match of it
                       r"|不(?:得)?(?:超过|高于)[^。;,，]{0,4}(?:国家|省|市|上级)级?[^。;,，]{0,6}(?:资助|支持|补助|奖励|资金)(?:金额|额度|资金)?"
                       # 区级补助与市级资金合计不超过设备投资额的20%: a cap on both together, not a match
                       r"|(?:与|和|及)[^。;,，]{0,4}(?:国家|省|市|上级)级?[^。;,，]{0,10}?(?:合计|累计|总额|总计|叠加)[^。;,，]{0,4}不(?:得)?(?:超过|高于)")
# 鼓励各设区市、县(市、区)给予配套支持: a higher level inviting lower ones to top up its money
_NOT_MATCH = re.compile(r"鼓励(?:各|有条件的)[^。;]{0,24}?(?:给予|安排|予以)?配套|"
                        r"鼓励[^。;]{0,20}?(?:政府|市\(州|县\(|区县|县区|市县|各地|地方)[^。;]{0,20}?(?:给予|安排|予以)?配套|"
                        # 省级补助资金下达后，项目所在设区市、县(市、区)按1:1比例配套: lower levels are required to match
                        r"(?:设区市|设区的市|市、县|市县|县\(市、区\)|县\(市|各市|各县)[^。;]{0,16}?按照?(?:不低于|不少于)?\s*1\s*:\s*[\d.]+\s*(?:的)?(?:比例)?\s*(?:安排|给予)?配套|"
                        # 按1:1比例跟投: co-investment beside private capital, not higher-level money
                        r"1\s*:\s*[\d.]+\s*[\"”]?\s*(?:的)?(?:比例)?[^。;]{0,40}?(?:跟投|同步投资)|"  # (按照“1:1”比例对社会天使投资…进行跟投)
                        # 鼓励市州、县(市、区)在此基础上按不低于1:0.5的比例给予奖励: the lower levels are invited
                        r"鼓励[^。;]{0,6}?(?:市州|市、州|市\(州|各市|各县|县\(市|区县|县区|市县|各地|地方)[^。;]{0,30}?(?:按|给予|予以)|积极争取|争取[^。;]{0,8}?(?:国家|省|市|上级)|"
                        # 各县(市、区)可结合实际给予配套支持 / 平台所在区可按照1:0.5的比例给予配套支持: the lower levels may top it up
                        r"(?:各|所在)(?:设区的?)?(?:县|区|市|地)[^。;]{0,12}?可[^。;]{0,20}?配套|(?:按|以)[^。;]{0,12}(?:承担|分担)|分级(?:承担|负担)|共同(?:承担|负担)")
_OBTAINED = re.compile(  # a 《quoted title》 inside the source is kept whole, 的 and all
    r"(?:获得|获批|取得|承担|已获得)(?P<src>(?:《[^》]{1,80}》|[^,，。;；《]){1,80}?)(?:的|、且|且|,|，)")
_SELECTED = re.compile(r"(?:入选|纳入|获评|列入)(?P<src>[^,，。;；]{2,60}?)(?:的|,|，)")
_ACCORDING = re.compile(r"(?:根据|按照|依据)(?P<src>《[^》]{2,80}》)")
_BASE = re.compile(r"按(?:其|照)?(?P<src>[^,，。;；]{2,30}?(?:销售额|收入|资金|额度|经费|奖励标准|奖励))")
_BEFORE_WORD = re.compile(r"(?P<src>[^,，、。;；和及与]{0,10}专项)配套")
_LEVEL_WORDS = (
    ("national", re.compile(r"国家|国拨|中央|国务院|工信部|工业和信息化部|部级")),
    ("provincial", re.compile(r"省|自治区|兵团")),
    ("city", re.compile(r"市|北京|上海|天津|重庆")),
)


def _clause_around(text: str, at: int) -> str:
    """The comma-delimited clause of `text` holding position `at`."""
    start = max(text.rfind(",", 0, at), text.rfind("，", 0, at)) + 1
    ends = [i for i in (text.find(",", at), text.find("，", at)) if i >= 0]
    return text[start:min(ends) if ends else len(text)]


def level_of(source: str) -> str:
    levels = [name for name, pattern in _LEVEL_WORDS if pattern.search(source)]
    if len(levels) > 1:
        return "multi"
    return levels[0] if levels else "unknown"


def find_funding_matches(view: str, source: str, start: int, end: int,
                         amounts: list[Amount] | None = None) -> list[FundingMatch]:
    amounts = amounts if amounts is not None else find_amounts(view, source, start, end)
    found: list[FundingMatch] = []
    for sentence in _SENTENCE.finditer(view, start, end):
        s, e = sentence.span()
        text = view[s:e]
        ratio = _RATIO.search(text)
        share = _SHARE_OF_HIGHER.search(text)
        town_share = bool(share) and _TOWN_ON_DISTRICT.search(text[: share.start("pct")]) is not None
        if share and not (_LEVELLED.search(share.group("src")) or _levelled_cue(text[: share.start()]) or town_share):
            share = None  # 按照项目投资额30%: a share of the applicant's own money, not a match
        if share and _LOWER_MONEY.search(share.group("src")) and not town_share:
            share = None  # 市级按照区级实际支持金额的50%再给予支持: a share of lower-level money
        share = share or _ON_TOP_SHARE.search(text)
        if share and _LOWER_MAY.search(text, 0, share.start("pct")):
            share = None  # 市(州)、县(区)可按不低于省级奖励的50%给予叠加奖励: the lower levels are invited to add theirs
        matched = _MATCH_MONEY.search(text)
        if matched and not (_LEVELLED.search(text[max(0, matched.start() - 15):matched.start()]) or
                            re.search(r"区级|县级|区财政|县财政", text[max(0, matched.start() - 15):matched.end()]) or
                            ratio or re.search(r"\d\s*%|\d\s*万?元", text)):
            matched = None  # 优先提供载体建设等配套支持: supporting facilities, not co-funding
        if not share and _NOT_MATCH.search(_clause_around(text, (ratio or matched).start()) if ratio or matched else text):
            ratio = matched = None  # cost sharing between levels, or only seeking higher-level money
            # (in the clause of the trigger: …区级按市级扶持资金1:1给予配套，所需资金由区、镇两级按6:4比例承担
            # matches, and then says who pays)
        conditional = None
        if not (ratio or share or matched):
            conditional = _ON_TOP.search(text) or _TOP_UP.search(text)
            having = _HAVING.search(text)
            if conditional is None and having and _GRANTS.search(text, having.end()):
                conditional = having
            if conditional is not None and (_EXCLUDED.search(text) or _NOT_MATCH.search(text)):
                conditional = None
        trigger = ratio or share or matched or conditional
        if trigger is None:
            continue
        if conditional is not None:
            value, rule = None, "funding.conditional_on_higher_level"
        elif ratio:
            value, rule = float(ratio.group("r")), "funding.ratio"
        elif share:
            value, rule = float(share.group("pct")) / 100, "funding.share_of_higher_level"
        else:
            pct = re.search(r"(\d+(?:\.\d+)?)\s*%", text)
            value, rule = (float(pct.group(1)) / 100 if pct else None), "funding.match_word"
        if trigger is share:
            src = _share_source(text, share)
        elif trigger is matched and matched.group(0) == "专项配套":  # 支持申报…重大专项配套
            word = _latest(_BEFORE_WORD, text[: matched.end()])
            src = _clean(word.group("src")) if word else "unspecified"
        elif trigger is conditional:
            src = _source(text[: trigger.end()])
        else:
            src = _source(text[: trigger.start()])
        t_abs = s + trigger.start()
        caps = [a for a in amounts if a.unit == "yuan" and a.role == "cap" and s <= a.start < e]
        cap = next((a.value for a in caps if a.start >= t_abs), caps[0].value if caps else None)
        lead = len(text) - len(text.lstrip())
        found.append(FundingMatch(
            source=src, level=level_of(src), ratio=value, cap_yuan=cap,
            text=source[s + lead:_rstrip_end(view, s, e)], start=s + lead, end=_rstrip_end(view, s, e),
            rule=rule,
        ))
    return found


def _levelled_cue(before: str) -> bool:
    return any(m and _LEVELLED.search(m.group("src")) for m in (_latest(_OBTAINED, before), _latest(_SELECTED, before)))


def _share_source(text: str, share: re.Match) -> str:
    before = text[: share.start()]
    hits = [m for m in (_latest(_OBTAINED, before), _latest(_SELECTED, before)) if m]
    if hits:
        return _clean(max(hits, key=lambda m: m.start()).group("src"))
    return _clean(share.group("src"))


def _latest(pattern: re.Pattern, text: str) -> re.Match | None:
    found = None
    for m in pattern.finditer(text):
        found = m
    return found


def _source(before: str) -> str:
    """The programme or money a match is of: what the clause says was obtained or selected,
    else a document it follows, else the money it is computed from."""
    candidates = []
    for rank, cues in enumerate(((_OBTAINED, _SELECTED), (_ACCORDING,), (_BASE,))):
        hits = [m for m in (_latest(c, before) for c in cues) if m]
        if hits:
            candidates.append((rank, _clean(max(hits, key=lambda m: m.start()).group("src"))))
    if not candidates:
        return "unspecified"
    # A source that names its level (北京市奖励标准) beats a vaguer one (获得数据的…).
    candidates.sort(key=lambda c: (level_of(c[1]) == "unknown", c[0]))
    return candidates[0][1]


def _clean(src: str) -> str:
    src = re.sub(r"^[^按]*按(?=[^按]*$)(?:照|其)?", "", src.strip())  # (县级再按市级奖励标准: the money after 按)
    src = re.sub(r"^(?:的|了|实际到位|按照|按其|按|根据|不低于|不高于|不超过)+", "", src)
    src = re.sub(r"(?:的支持|支持)$", "", src)
    return src.strip(" ,，、") or "unspecified"


def _rstrip_end(view: str, s: int, e: int) -> int:
    while e > s and view[e - 1].isspace():
        e -= 1
    return e
