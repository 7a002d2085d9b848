// Funding matches per higher-level source (district money matching city, provincial or national money)
// Parameters: $source (part of the source's name, e.g. 算力券, or null for all)
MATCH (m:Measure)-[r:MATCHES_CITY_FUNDING]->(f:FundingSource)
WHERE $source IS NULL OR f.name CONTAINS $source
MATCH (p:Policy {id: m.policy_id})
RETURN f.id AS source_id, f.name AS source, f.level AS level, f.scope AS scope, m.id AS measure_id,
       m.path AS measure_path, p.id AS policy_id, p.title AS policy_title, p.region AS region,
       r.ratio AS ratio, r.cap_yuan AS cap_yuan
ORDER BY source, policy_id, measure_id
