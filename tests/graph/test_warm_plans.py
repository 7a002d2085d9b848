"""The query plans `policykg serve` warms on Neo4j before the first request (issue 10: a cold
request paid 0.1-0.4 s of Cypher planning per query text and combination of parameter types)."""
import itertools

import pytest

from graph.contracts import QUESTIONS
from graph.neo4j_store import warm_reads
from graph.query_params import checked_params
from graph.schema import LABELS


def test_every_question_is_planned_with_each_null_pattern_its_callers_can_send():
    reads = warm_reads()
    for q in QUESTIONS.values():
        planned = [params for text, params in reads if text == q.query.text]
        optional = [p.name for p in q.params if p.type in ("text", "texts") and not p.required]
        pages = [p.name for p in q.params if p.type == "int" and not p.required]
        # the parameters exactly as the store sends them: checked_params accepts each set unchanged
        for params in planned:
            assert checked_params(q.name, params) == params
            assert len({params[name] is None for name in pages}) <= 1  # a page is limit and offset together
        nulls = {tuple(params[name] is None for name in optional + pages[:1]) for params in planned}
        patterns = len(optional) + bool(pages)
        assert nulls == set(itertools.product((True, False), repeat=patterns)), q.name
        assert len(planned) == 2 ** patterns, q.name


def test_node_lookups_of_every_label_are_planned():
    texts = [text for text, _ in warm_reads()]
    for label in LABELS:
        assert any(f"(n:{label} {{id: $id}})" in t for t in texts), label
        assert any(f"MATCH (n:{label}) RETURN" in t for t in texts), label


@pytest.mark.neo4j
def test_warm_plans_explains_each_read_on_the_server(neo4j_store):
    plans, seconds = neo4j_store.warm_plans()
    assert plans == len(warm_reads())
    assert seconds > 0
