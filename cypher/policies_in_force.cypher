// Policies in force on a date, by region and sector
// Parameters: $date (YYYY-MM-DD, null for today), $region (part of a region name, or null),
// $sector (a sector name such as 人工智能, or null)
WITH coalesce($date, toString(date())) AS d
MATCH (p:Policy)
WHERE NOT coalesce(p.stub, false)
  AND ($region IS NULL OR coalesce(p.region, '') CONTAINS $region)
  AND ($sector IS NULL OR EXISTS { MATCH (p)-[:HAS_MEASURE]->(:Measure)-[:TARGETS]->(:Sector {name: $sector}) })
OPTIONAL MATCH (n:Policy)-[:SUPERSEDES]->(p)
WHERE n.effective_from IS NULL OR n.effective_from <= d
WITH p, d, count(n) AS superseders
WHERE superseders = 0
  AND NOT (p.expires_on IS NOT NULL AND p.expires_on < d)
  AND NOT (p.effective_from IS NOT NULL AND p.effective_from > d)
RETURN p.id AS id, p.title AS title, p.region AS region, p.effective_from AS effective_from,
       p.expires_on AS expires_on
ORDER BY id
