// Measures a company with title X in region R is eligible for, by title
// A measure is listed when one of its title conditions is the title $title or part of it (专精特新小巨人
// also holds 专精特新) and its policy is in region $region or a region above it (PART_OF). Only the
// title is checked: the other conditions (condition_types) and the policy's status are for the reader;
// `policykg match` checks them all.
// Parameters: $title (a title as held, e.g. 专精特新小巨人), $region (a region name in the graph, e.g. 长春新区)
MATCH (r:Region {name: $region})-[:PART_OF*0..5]->(up:Region)<-[:IN_REGION]-(p:Policy)-[:HAS_MEASURE]->(m:Measure)
WHERE any(t IN coalesce(m.condition_titles, []) WHERE $title CONTAINS t)
RETURN DISTINCT up.name AS region, p.id AS policy_id, p.title AS policy_title, m.id AS measure_id, m.path AS path,
       m.heading AS heading, m.max_cap_yuan AS max_cap_yuan,
       [t IN m.condition_titles WHERE $title CONTAINS t] AS titles
ORDER BY region, policy_id, path, measure_id
