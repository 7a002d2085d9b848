import pytest

from extraction.policy_dates import dates_in
from extraction.policy_facts import based_on, interpreting_agency, non_cumulative, normalise_doc_number, supersedes
from extraction.textview import matching_view


@pytest.mark.parametrize("raw, number", [
    ("通经信局〔2024〕136号", "通经信局〔2024〕136号"),
    ("京经信发[2022]162号", "京经信发〔2022〕162号"),
    ("杭政函(2021)94号", "杭政函〔2021〕94号"),
    ("深府规（2023）5号", "深府规〔2023〕5号"),
    ("无文号", None),
])
def test_doc_numbers_are_normalised(raw, number):
    assert normalise_doc_number(matching_view(raw)) == number


@pytest.mark.parametrize("text, start, end, rule", [
    ("自2023年8月25日起施行,有效期至2026年12月31日", "2023-08-25", "2026-12-31", "date"),
    ("2022年11月25日起施行,有效期三年", "2022-11-25", "2025-11-24", "date"),
    ("本措施自印发之日起施行，有效期5年", None, None, "on_issue"),
    ("自发布之日起30日后施行", None, None, "days_after_issue:30"),
    ("自2024年3月1日起实施至2027年2月28日", "2024-03-01", "2027-02-28", "date"),
])
def test_dates(text, start, end, rule):
    d = dates_in(matching_view(text))
    assert (d.effective_from, d.expires_on, d.effective_rule) == (start, end, rule)


def test_supersedes_with_and_without_numbers():
    text = matching_view("本办法自印发之日起施行，原《某区支持软件产业发展办法》（某科发〔2021〕7号）同时废止；"
                         "特修订《某区人才办法》。")
    assert [(r.title, r.doc_number) for r in supersedes(text)] == [
        ("某区支持软件产业发展办法", "某科发〔2021〕7号"), ("某区人才办法", None)]


def test_based_on_lists_every_cited_document():
    text = matching_view("根据《甲办法》《乙意见》(京发〔2020〕3号)等文件,结合实际,制定本措施。")
    assert [(r.title, r.doc_number) for r in based_on(text)] == [("甲办法", None), ("乙意见", "京发〔2020〕3号")]


@pytest.mark.parametrize("text, agency", [
    ("本办法由区发展改革委负责解释。", "区发展改革委"),
    ("本措施由区商务局会同相关部门负责政策解释。", "区商务局"),
    ("本措施由甲委员会和乙宣传部联合印发,共同负责解释。", "甲委员会和乙宣传部"),
])
def test_interpreting_agency(text, agency):
    assert interpreting_agency(matching_view(text))[0] == agency


@pytest.mark.parametrize("text, expected", [
    ("按照从优不重复的原则予以支持", True), ("可按最优执行，但不重复执行", True), ("给予最高100万元", False),
])
def test_non_cumulative(text, expected):
    assert non_cumulative(text) is expected


@pytest.mark.parametrize("text, issued, expected", [
    ("本措施执行期限为2024年1月1日至2026年12月31日。", None, ("2024-01-01", "2026-12-31")),
    ("本措施有效期为2024年1月1日—2025年12月31日。", None, ("2024-01-01", "2025-12-31")),
    ("本办法有效期：2023年7月1日至2028年6月30日。", None, ("2023-07-01", "2028-06-30")),
    ("本措施自2024年1月1日起执行，执行期三年。", None, ("2024-01-01", "2026-12-31")),
    ("本措施自印发之日起30日后施行，有效期三年。", "2024-03-15", ("2024-04-14", "2027-04-13")),
])
def test_validity_periods_in_their_written_forms(text, issued, expected):
    d = dates_in(matching_view(text), issued)
    assert (d.effective_from, d.expires_on) == expected
