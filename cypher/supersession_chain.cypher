// Supersession chain of a policy (both directions, with dates)
// Every SUPERSEDES link in the chain the policy belongs to, newer -> older; a fork (two
// successors of one voided document) shows as two rows with the same older_id.
// Parameters: $policy (policy id)
MATCH (p:Policy {id: $policy})
MATCH (p)-[:SUPERSEDES*0..25]-(x:Policy)
WITH DISTINCT x
MATCH (x)-[:SUPERSEDES]->(y:Policy)
WITH DISTINCT x, y
RETURN x.id AS newer_id, x.title AS newer_title, x.doc_number AS newer_doc_number,
       x.effective_from AS newer_effective_from, y.id AS older_id, y.title AS older_title,
       y.doc_number AS older_doc_number, y.expires_on AS older_expires_on, coalesce(y.stub, false) AS older_stub
ORDER BY newer_id, older_id
