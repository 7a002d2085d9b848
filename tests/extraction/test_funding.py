import pytest

from extraction.funding import find_funding_matches, level_of
from extraction.textview import matching_view


def matches(text):
    return [(f.source, f.level, f.ratio, f.cap_yuan) for f in find_funding_matches(matching_view(text), text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("对获得省级专精特新资金支持的企业，给予最高1:1的区级配套支持，最高100万元。",
     [("省级专精特新资金", "provincial", 1.0, 1e6)]),
    ("对获得国家重点研发计划支持的项目，按照国家支持资金的20%给予配套，最高不超过300万元。",
     [("国家重点研发计划", "national", 0.2, 3e6)]),
    ("入选市级工业互联网平台的，按照市级支持资金50%予以补助，最高200万元。",
     [("市级工业互联网平台", "city", 0.5, 2e6)]),
    ("获得市级奖励的企业，区级配套30%的补助资金。", [("市级奖励", "city", 0.3, None)]),
    ("对获得上海市算力券支持的企业，按1：0.5给予配套支持。", [("上海市算力券", "city", 0.5, None)]),
])
def test_matches(text, expected):
    assert matches(text) == expected


@pytest.mark.parametrize("text", [
    "按照项目投资额的30%给予补助，最高500万元。",
    "完善配套服务设施，提升园区配套水平。",
    "对获得市级专精特新认定的企业，给予20万元奖励。",
])
def test_non_matches(text):
    assert matches(text) == []


@pytest.mark.parametrize("source, level", [("国家、省、市重大科技专项", "multi"), ("市级资金", "city"),
                                           ("北京市人工智能算力券", "city"), ("电视台的销售额", "unknown")])
def test_levels(source, level):
    assert level_of(source) == level


def test_a_share_of_national_allocated_funds_is_a_match():
    from extraction.funding import find_funding_matches

    for text, expected in (("对获得国家科技重大专项立项的项目，按国拨经费的20%给予补助。", True),
                           ("对企业按照项目专项资金的30%给予奖励。", False)):  # no level named: the applicant's money
        view = matching_view(text)
        assert bool(find_funding_matches(view, text, 0, len(text))) is expected, text
