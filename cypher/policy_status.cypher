// Status of a policy on a date (in force, not yet effective, expired, superseded by whom and since when)
// A policy is superseded on D when a policy that voids it is effective by D (or has no known date).
// Parameters: $policy (policy id), $date (YYYY-MM-DD, null for today)
WITH coalesce($date, toString(date())) AS d
MATCH (p:Policy {id: $policy})
OPTIONAL MATCH (n:Policy)-[:SUPERSEDES]->(p)
WHERE n.effective_from IS NULL OR n.effective_from <= d
WITH p, d, n ORDER BY n.id
WITH p, d, collect(n.id) AS by, collect(n.effective_from) AS known
RETURN p.id AS id, p.title AS title,
       CASE WHEN size(by) > 0 THEN 'superseded'
            WHEN p.expires_on IS NOT NULL AND p.expires_on < d THEN 'expired'
            WHEN p.effective_from IS NOT NULL AND p.effective_from > d THEN 'not_yet_effective'
            WHEN coalesce(p.stub, false) THEN 'unknown'
            ELSE 'in_force' END AS status,
       by AS superseded_by,
       reduce(m = null, k IN known | CASE WHEN m IS NULL OR k < m THEN k ELSE m END) AS superseded_since,
       p.effective_from AS effective_from, p.expires_on AS expires_on
