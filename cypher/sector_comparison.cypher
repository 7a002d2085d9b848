// Sector comparison across regions (caps, shares and matching ratios side by side)
// Parameters: $sector (a sector name such as 人工智能), $regions (parts of region names, e.g.
// ['长春', '通州']: measures of a region whose name contains one of them, or null for all),
// $limit, $offset (a page of the rows, or null for all; cut before each row's amounts and
// matching ratios are read). Every row carries total: the rows before the cut.
// A measure's region is its policy's (graph/rows.py writes both): the filter and the order read
// the measure alone, and only the page's policies are looked up.
MATCH (m:Measure)-[:TARGETS]->(:Sector {name: $sector})
WITH m, coalesce(m.region, '') AS region
WHERE $regions IS NULL OR any(x IN $regions WHERE region CONTAINS x)
WITH m, region ORDER BY region, m.policy_id, m.start, m.id
WITH collect({m: m, region: region}) AS found
WITH found, size(found) AS total, coalesce($offset, 0) AS start
UNWIND found[start..CASE WHEN $limit IS NULL THEN size(found) ELSE start + $limit END] AS row
WITH row.m AS m, row.region AS region, total
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
RETURN region, p.id AS policy_id, p.title AS policy_title, m.id AS measure_id,
       m.path AS measure_path, m.heading AS heading, m.support_type AS support_type,
       m.max_cap_yuan AS max_cap_yuan, shares, ratios, total
ORDER BY region, policy_id, m.start, measure_id
