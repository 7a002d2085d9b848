// Measures and policies per responsible agency
// Parameters: $agency (part of an agency's full name, e.g. 科学技术局)
MATCH (m:Measure)-[r:RESPONSIBLE_DEPT]->(a:Agency)
WHERE a.name CONTAINS $agency
OPTIONAL MATCH (p:Policy {id: m.policy_id})
RETURN a.name AS agency, r.role AS role, m.id AS measure_id, m.path AS measure_path,
       m.heading AS measure_heading, m.policy_id AS policy_id, p.title AS policy_title
ORDER BY agency, coalesce(policy_id, ''), coalesce(measure_path, ''), measure_id
