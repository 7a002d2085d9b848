// Funding matches per higher-level source (district money matching city, provincial or national money)
// Parameters: $source (part of the source's name, e.g. 算力券, or null for all),
// $limit, $offset (a page of the rows, by source, policy and measure, or null for all; cut before
// the rows' policies and properties are read). Every row carries total: the rows before the cut.
MATCH (m:Measure)-[r:MATCHES_CITY_FUNDING]->(f:FundingSource)
WHERE $source IS NULL OR f.name CONTAINS $source
WITH m, r, f ORDER BY f.name, m.policy_id, m.id
WITH collect({m: m, r: r, f: f}) AS found
WITH found, size(found) AS total, coalesce($offset, 0) AS start
UNWIND found[start..CASE WHEN $limit IS NULL THEN size(found) ELSE start + $limit END] AS row
WITH row.m AS m, row.r AS r, row.f AS f, total
MATCH (p:Policy {id: m.policy_id})
RETURN f.id AS source_id, f.name AS source, f.level AS level, f.scope AS scope, m.id AS measure_id,
       m.path AS measure_path, p.id AS policy_id, p.title AS policy_title, p.region AS region,
       r.ratio AS ratio, r.cap_yuan AS cap_yuan, total
ORDER BY source, policy_id, measure_id
