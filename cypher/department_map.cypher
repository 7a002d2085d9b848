// Department map of a region (agency, its measures, co-responsible agencies)
// Parameters: $region (part of a region name such as 长春新区, or null for all regions)
MATCH (p:Policy)-[:HAS_MEASURE]->(m:Measure)-[:RESPONSIBLE_DEPT]->(a:Agency)
WHERE $region IS NULL OR coalesce(p.region, '') CONTAINS $region
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
