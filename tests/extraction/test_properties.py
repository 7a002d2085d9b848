"""Property tests: any text extracts without raising, and every offset points at its text."""
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extraction.pipeline import extract_text

PIECES = ["一、", "（一）", "(二)", "第十 三条", "1.", "2、", "最高", "IooO万元", "100万元", "30%", "1:0.5", "1：1",
          "（责任部门：财政局、科技局", "）", "\n", " ", "《某办法》", "(某发〔2024〕1号)", "作废", "同时废止", "配套",
          "市级资金支持的", "区级", "给予", "。", "，", "元/㎡/月", "㎡", "负责解释", "自印发之日起施行", "有效期三年",
          "2024年1月1日", "[bookmark: x]", "[地址:北京海淀区]面议", "若干措施", "-", "人工智能", "AI"]

chinese_soup = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=60).map("".join)


def _check_offsets(text, doc):
    for p in doc.policies:
        assert 0 <= p.start <= p.end <= len(text)
        for m in p.measures:
            assert text[m.start:m.end] == m.text
            for a in m.amounts:
                assert text[a.start:a.end] == a.text
                assert m.start <= a.start and a.end <= m.end
            for g in m.agencies:  # (a name a line end broke, 区工业和信\n息化局, is read through: raw drops the break)
                assert re.sub(r"[ \t\u3000]*\n[ \t\u3000]*", "", text[g.start:g.end]) == g.raw
            for f in m.funding_matches:
                assert text[f.start:f.end] == f.text
        for r in p.supersedes + p.based_on:
            assert 0 <= r.start <= r.end <= len(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=chinese_soup)
@example(text="一、（责任部门：财政局、科技局\n配套100万元")  # (found by Hypothesis: a name read across a line end)
def test_any_policy_like_text_extracts_and_offsets_point_at_text(nlp, text):
    _check_offsets(text, extract_text(text, "h.txt", nlp=nlp))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_any_unicode_text_extracts(nlp, text):
    _check_offsets(text, extract_text(text, "h.txt", nlp=nlp))


def test_seed_offsets_point_at_their_text(nlp, seed_texts):
    for path, text in seed_texts.items():
        _check_offsets(text, extract_text(text, path, nlp=nlp))
