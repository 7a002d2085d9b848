// Department map of a region (agency, its measures, co-responsible agencies)
// Parameters: $region (part of a region name such as 长春新区, or null for all regions)
// Starts from the region's policies (a text index on Policy.region serves CONTAINS).
CALL () {
  MATCH (p:Policy) WHERE $region IS NULL RETURN p
  UNION ALL
  MATCH (p:Policy) WHERE p.region CONTAINS $region RETURN p
}
MATCH (p)-[:HAS_MEASURE]->(m:Measure)-[:RESPONSIBLE_DEPT]->(a:Agency)
WITH DISTINCT a, m, p
WITH a, m, trim(coalesce(p.title, '') + ' ' + coalesce(m.path, '') + ' ' + coalesce(m.heading, '')) AS label
ORDER BY label
WITH a, collect(m) AS ms, collect(label) AS measures
CALL (a, ms) {
  UNWIND ms AS m
  MATCH (m)-[:RESPONSIBLE_DEPT]->(o:Agency)
  WHERE o <> a
  WITH DISTINCT o.name AS co
  ORDER BY co
  RETURN collect(co) AS co_agencies
}
RETURN a.name AS agency, size(ms) AS measure_count, measures, co_agencies
ORDER BY agency
