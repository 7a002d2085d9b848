// Measures of a region's policies with their responsible agencies
// The department graph of a region in one answer (GET /graph/departments/{region}): each measure
// with a responsible agency, of the policies whose region name contains $region, with the agencies'
// names; by policy id, then the measure's place in its document. Starts from the region's policies
// (a text index on Policy.region serves CONTAINS).
// Parameters: $region (part of a region name such as 长春新区)
MATCH (p:Policy) WHERE p.region CONTAINS $region
MATCH (p)-[:HAS_MEASURE]->(m:Measure)-[:RESPONSIBLE_DEPT]->(a:Agency)
WITH p, m, a.name AS agency ORDER BY agency
WITH p, m, collect(agency) AS agencies
RETURN p.id AS policy_id, p.title AS policy_title, m.id AS measure_id, m.path AS path, m.heading AS heading, agencies
ORDER BY policy_id, m.start, measure_id
