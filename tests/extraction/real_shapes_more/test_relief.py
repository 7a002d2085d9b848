"""A relief package's concessions without money (rent waived on state-owned premises, public
procurement's price preference and advance payment) are measures; restating national policy is
not. Texts written for these tests; expectations follow /work/shared/devset/README.md."""
from tests.extraction.real_shapes.helpers import assert_measures, extract, measures_of

RELIEF = """衢江区助企纾困若干措施

（一）减免国有房屋租金。对承租区属国有企业、行政事业单位经营用房的服务业小微企业和个体工商户，2022年免除3个月租金。
（二）落实减税降费政策。认真落实国家出台的增值税留抵退税、小规模纳税人减免增值税等政策。
（三）免收房租。承租县属国有企业房产从事生产经营的小微企业、个体工商户，免收第二季度租金，减半收取第三季度租金。
（四）实行政府采购合同预付款。对中小企业的政府采购合同，预付款比例原则上不低于合同金额的30%。
（五）提高政府采购中小企业份额。对未预留份额专门面向中小企业的采购项目，将小微企业的价格扣除比例提高到10%至20%。
"""


def test_concessions_without_money_are_measures_restated_policy_is_not():
    assert_measures(extract(RELIEF), [("（一）", "减免国有房屋租金"), ("（三）", "免收房租"),
                                      ("（四）", "实行政府采购合同预付款"), ("（五）", "提高政府采购中小企业份额")])


SMALL_FIRMS = """通渭县支持个体工商户发展若干措施

（一）落实水电气价格优惠。工业企业用水价格按每立方米2.35元执行。
（二）免费培训。县人社局每年组织个体工商户经营者开展电商直播、财务管理等免费培训。
（三）每年举办“陇商讲堂”不少于4期，免费为个体工商户、小微企业负责人开展经营管理培训。
（四）建立个体工商户分型分类培育工作机制，定期研究解决重大问题。
"""


def test_price_and_training_concessions_are_measures_a_mechanism_is_not():
    assert_measures(extract(SMALL_FIRMS), [("（一）", "落实水电气价格优惠"), ("（二）", "免费培训"), ("（三）", "每年举办")])


def test_deferred_premiums_extended_loans_waived_rent_and_a_refunds_scale_are_relief_and_who_qualifies_is_not():
    doc = extract("厦门市助企纾困若干措施\n"
                  "一、返还对象\n依法参加失业保险并足额缴纳失业保险费12个月以上的企业。\n"
                  "二、支持措施\n"
                  "（一）对餐饮、零售、旅游等特困行业企业，阶段性缓缴企业职工基本养老保险费单位缴费部分。\n"
                  "（二）对受疫情影响面临暂时性生产经营困难的参保企业，放宽裁员率标准，返还标准按6个月的当地月人均失业保险金确定。\n"
                  "（三）对受疫情影响较大的中小微企业贷款，银行业金融机构按照市场化原则给予延期还本付息安排。\n"
                  "（四）承租区属国有企业经营用房的中小企业，2022年5月、6月租金全免，7月至9月租金减半收取。\n")
    assert [m.number for m in measures_of(doc)] == ["(一)", "(二)", "(三)", "(四)"]
