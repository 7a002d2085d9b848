"""Status on a date with its certainty (README, "Status on a date"), on both stores: documents
written for these tests (a dated policy, an open-ended one, an undated one, one dated only by
its page's 发布日期, one voided by an undated policy) and the seeds' undated policies."""
import re

import pytest

from extraction.pipeline import extract_text

REGION = "杭州市余杭区"
CLOSED = f"""{REGION}支持人工智能产业发展若干措施

一、支持算法研发。对人工智能企业开展核心算法研发的，按研发投入的20%给予补助，最高100万元。由余杭区科技局负责。
二、本措施自2024年3月1日起施行，有效期至2026年12月31日。
"""
OPEN = f"""{REGION}支持集成电路产业发展若干措施

一、支持芯片设计。对集成电路设计企业首次流片的，按流片费用的30%给予补助，最高200万元。由余杭区经信局负责。
二、本措施自2025年3月1日起施行。
"""
UNDATED = f"""{REGION}支持工业互联网发展若干措施

一、支持平台建设。对新建工业互联网平台的企业，按投资额的10%给予补助，最高80万元。由余杭区经信局负责。
二、本措施自印发之日起施行。
"""
# no 施行 clause of its own: it starts on the page's 发布日期, and voids CLOSED
ISSUED = f"""标题: {REGION}加快人工智能产业发展若干措施
发布日期: 2025-05-10

{REGION}加快人工智能产业发展若干措施

一、支持大模型研发。对人工智能企业开展大模型研发的，按研发投入的30%给予补助，最高300万元。由余杭区科技局负责。
二、原《{REGION}支持人工智能产业发展若干措施》同时废止。
"""
# a validity period but no start rule: dated by its 发布日期, its end is not stated as a date
ISSUED_WITH_PERIOD = f"""标题: {REGION}支持数字贸易发展若干措施
发布日期: 2025-05-10

{REGION}支持数字贸易发展若干措施

一、支持平台建设。对新建数字贸易平台的企业，按投资额的10%给予补助，最高80万元。由余杭区商务局负责。
二、本措施有效期3年。
"""
# starts on an issue date the text does not give, and voids OPEN
UNDATED_VOIDER = f"""{REGION}促进集成电路产业高质量发展若干措施

一、支持芯片制造。对集成电路制造企业新增设备投资的，按投资额的15%给予补助，最高500万元。由余杭区经信局负责。
二、本措施自印发之日起施行，《{REGION}支持集成电路产业发展若干措施》同时废止。
"""


def _load(store, nlp, **texts) -> dict[str, str]:
    """Ingest the texts; their policy ids by name."""
    ids = {}
    for name, text in texts.items():
        doc = extract_text(text, f"tests/{name}.txt", nlp=nlp)
        (policy,) = doc.policies
        store.ingest(doc)
        ids[name] = policy.id
    return ids


def _status(store, pid, date):
    (row,) = store.query("policy_status", {"policy": pid, "date": date})
    assert row["date"] == date
    return row["status"], row["certainty"], row["reason"]


def _in_force(store, date, include_unknown=False):
    return [(r["id"], r["status"]) for r in
            store.query("policies_in_force", {"date": date, "include_unknown": include_unknown})]


def test_stated_dates_prove_the_status(any_store, nlp):
    ids = _load(any_store, nlp, closed=CLOSED, open=OPEN, undated=UNDATED)
    closed, open_ = ids["closed"], ids["open"]
    assert _status(any_store, closed, "2024-02-29") == ("not_yet_effective", "stated", "takes effect on 2024-03-01")
    assert _status(any_store, closed, "2024-03-01") == ("in_force", "stated", "in force from 2024-03-01 to 2026-12-31")
    assert _status(any_store, closed, "2026-12-31")[0] == "in_force"
    assert _status(any_store, closed, "2027-01-01") == ("expired", "stated", "valid until 2026-12-31")
    # no end stated: in force until voided, and marked as that assumption
    assert _status(any_store, open_, "2031-01-01") == (
        "in_force", "assumed", "in force from 2025-03-01; no end date stated: in force until voided")
    assert _status(any_store, open_, "2020-01-01")[0] == "not_yet_effective"


def test_a_policy_without_a_start_date_is_unknown_on_every_date(any_store, nlp):
    ids = _load(any_store, nlp, closed=CLOSED, open=OPEN, undated=UNDATED)
    for date in ("2000-01-01", "2025-06-01", "2031-01-01"):
        assert _status(any_store, ids["undated"], date) == (
            "unknown", "unknown", "no start date (takes effect on issue; issue date unknown)")
    assert _in_force(any_store, "2025-06-01") == sorted((ids[k], "in_force") for k in ("closed", "open"))
    assert _in_force(any_store, "2031-01-01") == [(ids["open"], "in_force")]
    # on request, the unknown ones too, after the known ones, with their reason
    assert _in_force(any_store, "2031-01-01", True) == [(ids["open"], "in_force"), (ids["undated"], "unknown")]
    assert _in_force(any_store, "2000-01-01", True) == [(ids["undated"], "unknown")]


def test_an_issue_date_starts_a_policy_that_states_no_start_and_voids_its_predecessor(any_store, nlp):
    ids = _load(any_store, nlp, closed=CLOSED, issued=ISSUED)
    issued, closed = ids["issued"], ids["closed"]
    assert _status(any_store, issued, "2025-05-09") == (
        "not_yet_effective", "assumed", "takes effect on 2025-05-10 (its issue date)")
    assert _status(any_store, issued, "2031-01-01")[:2] == ("in_force", "assumed")
    assert _status(any_store, closed, "2025-05-09")[0] == "in_force"
    (row,) = any_store.query("policy_status", {"policy": closed, "date": "2025-05-10"})
    assert (row["status"], row["certainty"], row["superseded_by"], row["superseded_since"]) == (
        "superseded", "assumed", [issued], "2025-05-10")


def test_a_stated_validity_period_from_an_unstated_start_leaves_the_end_unknown(any_store, nlp):
    pid = _load(any_store, nlp, period=ISSUED_WITH_PERIOD)["period"]
    assert _status(any_store, pid, "2025-05-01")[:2] == ("not_yet_effective", "assumed")
    assert _status(any_store, pid, "2026-01-01") == (
        "unknown", "unknown", "no end date (a validity period is stated, but not from when)")


def test_a_policy_voided_by_an_undated_one_is_unknown_once_it_would_be_in_force(any_store, nlp):
    ids = _load(any_store, nlp, open=OPEN, voider=UNDATED_VOIDER)
    open_, voider = ids["open"], ids["voider"]
    assert _status(any_store, open_, "2025-01-01")[0] == "not_yet_effective"  # its own dates prove it
    (row,) = any_store.query("policy_status", {"policy": open_, "date": "2025-06-01"})
    assert (row["status"], row["reason"], row["superseded_by"], row["superseded_since"]) == (
        "unknown", "voided by a policy with no start date", [voider], None)
    assert _in_force(any_store, "2025-06-01") == []
    assert _in_force(any_store, "2025-06-01", True) == sorted([(open_, "unknown"), (voider, "unknown")])


def test_include_unknown_is_a_yes_or_no_parameter(any_store, nlp):
    ids = _load(any_store, nlp, undated=UNDATED)
    assert any_store.query("policies_in_force", {"date": "2031-01-01", "include_unknown": "true"})[0]["id"] == \
        ids["undated"]
    assert any_store.query("policies_in_force", {"date": "2031-01-01", "include_unknown": "false"}) == []
    from extraction.errors import InputError

    with pytest.raises(InputError, match="include_unknown.*true or false"):
        any_store.query("policies_in_force", {"date": "2031-01-01", "include_unknown": "maybe"})


def test_seed_policies_without_dates_are_never_listed_as_in_force(any_store, seed_documents):
    for doc in seed_documents:
        any_store.ingest(doc)
    policies = [p for d in seed_documents for p in d.policies]
    undated = {p.id for p in policies if not p.effective_from and not p.expires_on and not p.issued_on}
    assert undated
    for date in ("2020-01-01", "2026-06-01", "2031-01-01"):
        listed = dict(_in_force(any_store, date))
        assert undated.isdisjoint(listed), date
        everything = {r["id"]: r for r in any_store.query("policies_in_force", {"date": date, "include_unknown": True})}
        assert undated <= set(everything)
        assert all(everything[i]["status"] == "unknown" and everything[i]["reason"].startswith("no start date")
                   for i in undated)
        # what is listed in force has a known start on or before the date
        assert all(p.effective_from and p.effective_from <= date for p in policies if p.id in listed)
    # a policy voiding a document numbered 〔2025〕 is not in force on 2020-01-01
    voiders_2025 = {p.id for p in policies for ref in p.supersedes
                    if ref.doc_number and re.search(r"〔2025〕", ref.doc_number)}
    assert voiders_2025 and voiders_2025.isdisjoint(dict(_in_force(any_store, "2020-01-01")))
