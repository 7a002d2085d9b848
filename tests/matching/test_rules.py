"""The calculation and decision rules on measures written for them (not seed wording)."""
from __future__ import annotations

import datetime as dt

import pytest

from extraction.errors import InputError
from matching.profile import profile_from_dict
from matching.rules import evaluate, stack

ON = dt.date(2026, 6, 1)


def P(**kw):
    return profile_from_dict({"location": "某区", "titles": [], "projects": [], "awards": [], **kw})


def M(conds=(), amounts=(), matches=(), sectors=()):
    c = [{"text": "x", "start": 1, "end": 2, "rule": "t", **x} for x in conds]
    a = [{"text": f"{v / 1e4:g}万元", "unit": "yuan", "start": 3, "end": 4, "period": None, **{"value": v, **x}}
         for v, x in amounts]
    return {"conditions": c, "amounts": a, "funding_matches": list(matches), "sectors": list(sectors),
            "start": 0, "end": 10, "heading": "h"}


SHARE = {"type": "share_base", "base": "rd_spend", "rate": 0.1, "cap_yuan": 2_000_000}
FIG = [{"year": 2025, "revenue": 100_000_000, "rd_spend": 30_000_000}, {"year": 2024, "revenue": 80_000_000}]


def test_share_times_base_is_capped_at_the_per_recipient_cap():
    r = evaluate(P(figures=FIG), M([SHARE]), ["某区"], ON)
    assert r["verdict"] == "eligible" and r["amount"]["yuan"] == 2_000_000
    assert "10% x rd_spend 2025 3000万元 = 300万元, cap 200万元 -> 200万元" in r["amount"]["rule"]


def test_a_per_year_cap_of_the_measure_caps_the_share():
    m = M([{**SHARE, "cap_yuan": None}], [(1_000_000, {"role": "cap", "period": "per_year"})])
    r = evaluate(P(figures=FIG), m, ["某区"], ON)
    assert r["amount"]["yuan"] == 1_000_000 and "per_year cap" in r["amount"]["rule"]


def test_one_fixed_award_is_the_amount_several_only_an_upper_bound():
    title = {"type": "title", "name": "高新技术企业", "level": "national", "new": False}
    p = P(titles=[{"name": "高新技术企业", "level": "national"}])
    one = evaluate(p, M([title], [(300_000, {"role": "fixed"})]), ["某区"], ON)
    assert one["amount"]["yuan"] == 300_000
    two = evaluate(p, M([title], [(300_000, {"role": "fixed"}), (500_000, {"role": "fixed"})]), ["某区"], ON)
    assert two["amount"].get("yuan") is None and two["amount"]["up_to_yuan"] == 500_000


def test_co_funding_multiplies_the_matching_award_at_its_ratio_and_cap():
    fm = {"source": "某市算力券资金", "level": "city", "ratio": 0.5, "cap_yuan": 300_000, "text": "1:0.5", "start": 5,
          "end": 8}
    p = P(awards=[{"source": "某市算力券", "amount_yuan": 800_000}])
    r = evaluate(p, M(matches=[fm]), ["某区"], ON)
    assert r["amount"]["yuan"] == 300_000 and r["amount"]["higher_yuan"] == 800_000
    assert evaluate(P(), M(matches=[fm]), ["某区"], ON)["fails"] == ["funding"]
    assert evaluate(P(awards=None), M(matches=[fm]), ["某区"], ON)["missing"] == ["funding"]


@pytest.mark.parametrize("revenue,verdict", [(50_000_000, "eligible"), (200_000_000, "eligible"),
                                             (20_000_000, "not_eligible"), (600_000_000, "not_eligible")])
def test_thresholds_of_one_metric_are_tiers(revenue, verdict):
    t = lambda cmp, v: {"type": "threshold", "metric": "revenue", "comparator": cmp, "value": v, "unit": "yuan"}  # noqa
    m = M([t(">=", 3e7), t("<", 1e8), t(">=", 1e8), t("<", 5e8)], [(50_000, {"role": "fixed"})])
    r = evaluate(P(figures=[{"year": 2025, "revenue": revenue}]), m, ["某区"], ON)
    assert r["verdict"] == verdict


def test_a_new_title_must_be_recent_and_a_list_left_out_is_unknown():
    cond = {"type": "title", "name": "专精特新", "level": None, "new": True}
    m = M([cond], [(100_000, {"role": "fixed"})])
    recent = P(titles=[{"name": "专精特新小巨人", "level": "national", "won_on": "2025-03-01"}])
    old = P(titles=[{"name": "专精特新", "level": "provincial", "won_on": "2021-03-01"}])
    assert evaluate(recent, m, ["某区"], ON)["verdict"] == "eligible"
    assert evaluate(old, m, ["某区"], ON)["fails"] == ["title"]
    assert evaluate(P(titles=None), m, ["某区"], ON)["missing"] == ["title"]


def test_a_sector_outside_the_firm_fails_and_nothing_typed_is_unknown():
    assert evaluate(P(sectors=["算力"]), M(sectors=["动漫游戏"]), ["某区"], ON)["fails"] == ["sector"]
    r = evaluate(P(sectors=["算力"]), M(amounts=[(500_000, {"role": "cap"})], sectors=["算力"]), ["某区"], ON)
    assert r["verdict"] == "unknown" and r["missing"] == ["conditions"]


def _line(pid, path, yuan, nc):
    return {"policy_id": pid, "policy_title": pid, "path": path, "non_cumulative": nc,
            "amount": {"yuan": yuan, "basis": "fixed"}}


def test_non_cumulative_policy_counts_only_its_best_line_others_add_up():
    lines = [_line("a", "1", 100, True), _line("a", "2", 300, True), _line("b", "1", 50, False),
             _line("b", "2", 70, False)]
    t = stack(lines)
    assert t["yuan"] == 300 + 50 + 70
    assert [x["counted"] for x in lines] == [False, True, True, True]
    assert any("从优不重复" in s for s in t["steps"])


def test_a_bad_profile_names_the_field():
    with pytest.raises(InputError, match="size"):
        profile_from_dict({"location": "某区", "size": "huge"})
    with pytest.raises(InputError, match="location"):
        profile_from_dict({})
