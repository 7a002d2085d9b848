// Status of a policy on a date (in force, not yet effective, expired, superseded, or unknown), with certainty and reason
// A policy starts on its effective date, else on its issue date when its text states no rule of
// its own. It is superseded on D when a policy that voids it has started by D; `unknown` when the
// dates the answer needs are unknown (no start date, a voiding policy with no start date, a
// stub); in force with no stated end means "until voided" (certainty 'assumed').
// Keep in step with policies_in_force.cypher and graph/questions.py status_of.
// Parameters: $policy (policy id), $date (YYYY-MM-DD, null for today)
WITH coalesce($date, toString(date())) AS d
MATCH (p:Policy {id: $policy})
OPTIONAL MATCH (n:Policy)-[:SUPERSEDES]->(p)
WITH d, p, n, coalesce(n.effective_from, CASE WHEN n.effective_rule IS NULL AND NOT coalesce(n.stub, false)
                                              THEN n.issued_on END) AS ns
ORDER BY n.id
WITH d, p, collect(CASE WHEN n IS NOT NULL AND (ns IS NULL OR ns <= d)
                        THEN {id: n.id, start: ns, stated: n.effective_from IS NOT NULL} END) AS voiders
WITH d, p, voiders, [v IN voiders WHERE v.start IS NOT NULL] AS by,
     coalesce(p.effective_from, CASE WHEN p.effective_rule IS NULL AND NOT coalesce(p.stub, false)
                                     THEN p.issued_on END) AS s
WITH d, p, voiders, by, s, p.expires_on AS e,
     reduce(m = null, v IN by | CASE WHEN m IS NULL OR v.start < m THEN v.start ELSE m END) AS since,
     (s IS NOT NULL AND p.effective_from IS NULL) AS assumed_start
WITH d, p, voiders, by, since, s, e, assumed_start,
     CASE WHEN assumed_start THEN s + ' (its issue date)' ELSE s END AS st
WITH d, p, voiders, since, s, e, assumed_start,
     CASE
       WHEN size(by) > 0 THEN ['superseded', CASE WHEN any(v IN by WHERE v.stated) THEN 'stated' ELSE 'assumed' END,
                               'voided by a policy in force from ' + since]
       WHEN e IS NOT NULL AND e < d THEN ['expired', 'stated', 'valid until ' + e]
       WHEN s IS NOT NULL AND s > d THEN ['not_yet_effective', CASE WHEN assumed_start THEN 'assumed' ELSE 'stated' END,
                                          'takes effect on ' + st]
       WHEN size(voiders) > 0 THEN ['unknown', 'unknown', 'voided by a policy with no start date']
       WHEN coalesce(p.stub, false) THEN ['unknown', 'unknown', 'only cited by another policy: no dates known']
       WHEN s IS NULL THEN ['unknown', 'unknown', 'no start date' + CASE WHEN coalesce(p.effective_rule, '') CONTAINS 'issue'
                                                             THEN ' (takes effect on issue; issue date unknown)' ELSE '' END]
       WHEN e IS NOT NULL THEN ['in_force', CASE WHEN assumed_start THEN 'assumed' ELSE 'stated' END,
                                'in force from ' + st + ' to ' + e]
       WHEN p.validity_years IS NOT NULL THEN ['unknown', 'unknown', 'no end date (a validity period is stated, but not from when)']
       ELSE ['in_force', 'assumed', 'in force from ' + st + '; no end date stated: in force until voided']
     END AS answer
RETURN p.id AS id, p.title AS title, d AS date, answer[0] AS status, answer[1] AS certainty, answer[2] AS reason,
       [v IN voiders | v.id] AS superseded_by, since AS superseded_since,
       p.effective_from AS effective_from, p.expires_on AS expires_on, p.issued_on AS issued_on
