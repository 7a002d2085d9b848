// Measures of a policy with their amounts, agencies, sectors and funding matches
// Parameters: $policy (policy id)
MATCH (p:Policy {id: $policy})-[:HAS_MEASURE]->(m:Measure)
CALL (m) {
  OPTIONAL MATCH (m)-[:HAS_AMOUNT]->(a:Amount)
  WITH a ORDER BY a.start
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE
    {text: a.text, value: a.value, unit: a.unit, role: a.role, period: a.period, repaired: a.repaired,
     start: a.start, end: a.end} END) AS amounts
}
CALL (m) {
  OPTIONAL MATCH (m)-[r:RESPONSIBLE_DEPT]->(g:Agency)
  WITH g, r ORDER BY g.name
  RETURN collect(CASE WHEN g IS NULL THEN null ELSE {name: g.name, raw: r.raw, role: r.role} END) AS agencies
}
CALL (m) {
  OPTIONAL MATCH (m)-[:TARGETS]->(s:Sector)
  WITH s.name AS s ORDER BY s
  RETURN collect(s) AS sectors
}
CALL (m) {
  OPTIONAL MATCH (m)-[r:MATCHES_CITY_FUNDING]->(f:FundingSource)
  WITH f, r ORDER BY f.name
  RETURN collect(CASE WHEN f IS NULL THEN null ELSE
    {source: f.name, level: f.level, ratio: r.ratio, cap_yuan: r.cap_yuan, text: r.text,
     start: r.start, end: r.end} END) AS funding_matches
}
RETURN m.id AS id, m.number AS number, m.path AS path, m.section AS section, m.heading AS heading,
       m.support_type AS support_type, m.text AS text, m.start AS start, m.end AS end, m.document AS document,
       m.conditions AS conditions, amounts, agencies, sectors, funding_matches
ORDER BY start, id
