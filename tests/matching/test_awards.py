"""Several awards in one measure (extraction/awards.py splits, matching/awards.py adds): one clause
per convention, written for these tests (not seed or devset wording)."""
from __future__ import annotations

import datetime as dt

import pytest

from extraction.awards import split_awards
from matching.profile import profile_from_dict
from matching.rules import evaluate

ON = dt.date(2026, 6, 1)
OFFSET = 100  # the measure starts 100 characters into its file: every span is shifted by it


def P(**kw):
    return profile_from_dict({"location": "某区", "titles": [], "projects": [], "awards": [], **kw})


def M(text: str) -> dict:
    return {"text": text, "start": OFFSET, "end": OFFSET + len(text), "heading": "h", "conditions": [], "amounts": [],
            "funding_matches": [], "sectors": []}


def T(name, level="national", won_on="2025-09-01"):
    return {"name": name, "level": level, "won_on": won_on}


def yuan(r):
    a = r["amount"] or {}
    return a.get("yuan"), a.get("up_to_yuan")


CUMULATIVE = ("对首次认定为国家级专精特新小巨人企业的，给予一次性50万元奖励；期满复核通过的，给予10万元奖励；"
              "同时获评国家级制造业单项冠军的，再给予100万元奖励。")


def test_awards_are_split_with_their_segment_kind_and_stacking():
    split = split_awards(CUMULATIVE, OFFSET)
    got = [(a.kind, [x.value for x in a.amounts], a.cumulative) for a in split.awards]
    assert got == [("fixed", [500_000], False), ("fixed", [100_000], False), ("fixed", [1_000_000], True)]
    for a in split.awards:
        s, e = a.segment
        assert CUMULATIVE[s - OFFSET:e - OFFSET].endswith("奖励；") or e - OFFSET == len(CUMULATIVE)
        for x in a.amounts + a.conditions:
            assert CUMULATIVE[x.start - OFFSET:x.end - OFFSET] == x.text
    assert split.awards[1].untyped  # 期满复核: no profile says so


def test_cumulative_awards_a_firm_qualifies_for_are_added():
    both = P(titles=[T("专精特新小巨人"), T("单项冠军")])
    r = evaluate(both, M(CUMULATIVE), ["某区"], ON)
    assert r["verdict"] == "eligible" and yuan(r) == (1_500_000, None)
    assert "award 1 50万元; award 3 100万元 -> 150万元" in r["amount"]["rule"]
    assert [x["counted"] for x in r["awards"]] == [True, False, True]
    assert r["awards"][1]["verdict"] == "unknown" and r["awards"][1]["missing"] == ["award_condition"]
    one = evaluate(P(titles=[T("专精特新小巨人")]), M(CUMULATIVE), ["某区"], ON)
    assert yuan(one) == (500_000, None)


def test_every_award_line_carries_its_segment_and_rule():
    r = evaluate(P(titles=[T("专精特新小巨人")]), M(CUMULATIVE), ["某区"], ON)
    for x in r["awards"]:
        seg = x["segment"]
        assert CUMULATIVE[seg["start"] - OFFSET:seg["end"] - OFFSET] == seg["text"] and x["split_rule"]
    award_checks = [c for c in r["checks"] if c["check"] == "award"]
    assert len(award_checks) == 3 and all(c["rule"].startswith(f"award {i}") for i, c in enumerate(award_checks, 1))


TIERS = "对年营业收入首次突破5亿元、10亿元、20亿元的企业，分别给予30万元、50万元、100万元奖励。"


@pytest.mark.parametrize("revenue, verdict, amount", [
    (1.2e9, "eligible", (500_000, None)),
    (2.5e9, "eligible", (1_000_000, None)),
    (5.5e8, "eligible", (300_000, None)),
    (3e8, "not_eligible", (None, None)),
])
def test_respective_sums_go_with_their_thresholds_in_order(revenue, verdict, amount):
    r = evaluate(P(figures=[{"year": 2025, "revenue": revenue}]), M(TIERS), ["某区"], ON)
    assert r["verdict"] == verdict and yuan(r) == amount
    if verdict == "not_eligible":
        assert r["fails"] == ["threshold:revenue"]


def test_respective_sums_go_with_title_levels_in_order():
    text = "对新认定的国家级、省级、市级企业技术中心，分别给予100万元、50万元、20万元奖励，同时给予专项支持。"
    p = P(titles=[T("企业技术中心", "provincial")])
    r = evaluate(p, M(text), ["某区"], ON)
    assert r["verdict"] == "eligible" and yuan(r) == (500_000, None)
    assert "by level: holds provincial 企业技术中心" in r["awards"][0]["amount"]["rule"]
    none = evaluate(P(titles=[T("高新技术企业")]), M(text), ["某区"], ON)
    assert none["verdict"] == "not_eligible" and none["fails"] == ["title"]


TOP_UP = "企业研发投入强度达到3%的，给予10万元奖励；在此基础上，每提高1个百分点，再给予5万元，最高不超过30万元。"


@pytest.mark.parametrize("rd, amount, capped", [
    (6.5e6, 250_000, False),  # 6.5%: 3 whole points over 3% -> 10万 + 3 x 5万
    (3.2e6, 100_000, False),  # 3.2%: no whole point yet
    (9e6, 300_000, True),     # 9%: 10万 + 6 x 5万 = 40万, capped at 30万
])
def test_a_per_point_top_up_counts_whole_steps_over_its_threshold_within_the_cap(rd, amount, capped):
    p = P(figures=[{"year": 2025, "revenue": 1e8, "rd_spend": rd}])
    r = evaluate(p, M(TOP_UP), ["某区"], ON)
    assert r["verdict"] == "eligible" and yuan(r) == (amount, None)
    assert ("capped by 30万元" in r["amount"]["rule"]) == capped
    assert r["awards"][1]["kind"] == "per_unit" and r["awards"][1]["stacking"] == "cumulative"


def test_a_top_up_in_money_steps_and_an_unknown_figure():
    text = "对年纳税额超过1000万元的企业，给予20万元奖励，每增加500万元再奖励5万元。"
    r = evaluate(P(figures=[{"year": 2025, "tax": 2.3e7}]), M(text), ["某区"], ON)
    assert yuan(r) == (300_000, None)  # 20万 + floor(1300万 / 500万) x 5万
    r = evaluate(P(figures=[{"year": 2025, "revenue": 1e8}]), M(text), ["某区"], ON)
    assert r["verdict"] == "unknown" and "threshold:tax" in r["missing"]


SHARE_PLUS = ("对在本区注册的企业，按其上年度研发投入的10%给予补助，单个企业最高不超过50万元；"
              "获评市级企业技术中心的，另给予20万元奖励。")


def test_a_share_keeps_its_cap_and_an_extra_award_is_added():
    split = split_awards(SHARE_PLUS)
    assert [a.kind for a in split.awards] == ["share", "fixed"] and split.awards[1].cumulative
    figs = [{"year": 2025, "rd_spend": 3e6}]
    with_centre = P(titles=[T("企业技术中心", "city")], figures=figs)
    assert yuan(evaluate(with_centre, M(SHARE_PLUS), ["某区"], ON)) == (500_000, None)  # 30万 + 20万
    assert yuan(evaluate(P(figures=[{"year": 2025, "rd_spend": 9e6}]), M(SHARE_PLUS), ["某区"], ON)) == (500_000, None)


WIDE = ("支持对象为注册成立不满5年的中小企业。对年营业收入达到1000万元的，给予10万元奖励；"
        "年营业收入达到5000万元的，给予30万元奖励。")


def test_measure_wide_conditions_apply_to_every_award_and_alternatives_give_the_best():
    split = split_awards(WIDE)
    assert all({"age", "size"} <= {c.type for c in a.conditions} for a in split.awards)
    young = P(size="small", founded_on="2023-03-01", figures=[{"year": 2025, "revenue": 6e7}])
    r = evaluate(young, M(WIDE), ["某区"], ON)
    assert r["verdict"] == "eligible" and yuan(r) == (300_000, None)
    assert [x["counted"] for x in r["awards"]] == [False, True]
    old = young.model_copy(update={"founded_on": dt.date(2015, 3, 1)})
    r = evaluate(old, M(WIDE), ["某区"], ON)
    assert r["verdict"] == "not_eligible" and r["fails"] == ["age"]


def test_the_founding_date_is_compared_with_the_matching_date():
    p = P(size="small", founded_on="2021-09-01", figures=[{"year": 2025, "revenue": 2e7}])
    assert evaluate(p, M(WIDE), ["某区"], dt.date(2026, 6, 1))["verdict"] == "eligible"  # 4.75 years
    later = evaluate(p, M(WIDE), ["某区"], dt.date(2026, 10, 1))  # 5.08 years
    assert later["verdict"] == "not_eligible" and "age" in later["fails"]
    unknown_age = p.model_copy(update={"founded_on": None, "figures": young_figures()})
    assert evaluate(unknown_age, M(WIDE), ["某区"], ON)["missing"] == ["age"]


def young_figures():
    return profile_from_dict({"location": "某区", "figures": [{"year": 2025, "revenue": 6e7}]}).figures


def test_one_plain_award_keeps_the_whole_measure_path():
    text = "对新认定的国家高新技术企业，给予20万元奖励。"
    assert len(split_awards(text).awards) == 1
    r = evaluate(P(titles=[T("高新技术企业")]), M(text), ["某区"], ON)
    assert yuan(r) == (None, None) or "awards" not in r


def test_a_per_point_top_up_written_in_one_breath_still_adds_its_money_per_step():
    """每提高1个百分点奖励5万元: extraction reads the 5万元 as a rate (no amount of the measure's own, as the
    devset's NOTES say), and the award still adds it per whole step."""
    text = "企业研发投入强度达到3%的，给予10万元奖励；在此基础上，每提高1个百分点奖励5万元，最高不超过30万元。"
    r = evaluate(P(figures=[{"year": 2025, "revenue": 1e8, "rd_spend": 6.5e6}]), M(text), ["某区"], ON)
    assert r["verdict"] == "eligible" and yuan(r) == (250_000, None)
    assert r["awards"][1]["kind"] == "per_unit"
