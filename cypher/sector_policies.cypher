// Policies with a measure for a sector
// Each policy once, by id: what GET /policies?sector= lists when no date is asked (every status).
// Parameters: $sector (a sector name such as 人工智能)
MATCH (m:Measure)-[:TARGETS]->(:Sector {name: $sector})
WITH DISTINCT m.policy_id AS pid
MATCH (p:Policy {id: pid})
RETURN p.id AS id, p.title AS title
ORDER BY id
