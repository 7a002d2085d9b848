import pytest

pytestmark = pytest.mark.neo4j


def test_the_suite_talks_to_a_real_neo4j_5_26(neo4j_driver):
    records, _, _ = neo4j_driver.execute_query("CALL dbms.components() YIELD name, versions, edition "
                                               "RETURN name, versions[0] AS version, edition")
    (row,) = records
    assert row["name"] == "Neo4j Kernel"
    assert row["version"].startswith("5.26.")
    assert row["edition"] == "community"
