// Measures and policies per responsible agency
// Parameters: $agency (part of an agency's full name, e.g. 科学技术局),
// $limit, $offset (a page of the agency names, in name order, or null for all; cut before their
// measures are read). Every row carries total: the agency names (with a measure) before the cut.
// An Agency's id is made from its name (graph/rows.py), so a name is one node; RESPONSIBLE_DEPT
// only comes from a Measure, so the relationship count (a degree, no expansion) says "has a measure".
MATCH (a:Agency)
WHERE a.name CONTAINS $agency AND COUNT { (a)<-[:RESPONSIBLE_DEPT]-() } > 0
WITH a ORDER BY a.name
WITH collect(a) AS named
WITH size(named) AS total, coalesce($offset, 0) AS start, named
UNWIND named[start..CASE WHEN $limit IS NULL THEN size(named) ELSE start + $limit END] AS a
MATCH (m:Measure)-[r:RESPONSIBLE_DEPT]->(a)
OPTIONAL MATCH (p:Policy {id: m.policy_id})
RETURN a.name AS agency, r.role AS role, m.id AS measure_id, m.path AS measure_path,
       m.heading AS measure_heading, m.policy_id AS policy_id, p.title AS policy_title, total
ORDER BY agency, coalesce(policy_id, ''), coalesce(measure_path, ''), measure_id
