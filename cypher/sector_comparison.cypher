// Sector comparison across regions (caps, shares and matching ratios side by side)
// Parameters: $sector (a sector name such as 人工智能)
MATCH (m:Measure)-[:TARGETS]->(:Sector {name: $sector})
MATCH (p:Policy {id: m.policy_id})
CALL (m) {
  OPTIONAL MATCH (m)-[:HAS_AMOUNT]->(a:Amount)
  WHERE a.unit = 'percent' AND a.role = 'share'
  WITH a.value AS v ORDER BY v
  RETURN collect(v) AS shares
}
CALL (m) {
  OPTIONAL MATCH (m)-[r:MATCHES_CITY_FUNDING]->(:FundingSource)
  WITH r.ratio AS v ORDER BY v
  RETURN collect(v) AS ratios
}
RETURN coalesce(p.region, '') AS region, p.id AS policy_id, p.title AS policy_title, m.id AS measure_id,
       m.path AS measure_path, m.heading AS heading, m.support_type AS support_type,
       m.max_cap_yuan AS max_cap_yuan, shares, ratios
ORDER BY region, policy_id, m.start, measure_id
