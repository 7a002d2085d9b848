// Policies in force on a date, by region and sector; with $include_unknown also those whose status is unknown
// "In force" and "unknown" as in policy_status.cypher (same rule, same reasons; keep in step):
// known in force first, then the unknown ones, each with its certainty and reason. Stubs (only
// cited, never loaded) are not listed.
// Parameters: $date (YYYY-MM-DD, null for today), $region (part of a region name, or null),
// $sector (a sector name such as 人工智能, or null), $include_unknown (true to list unknown ones too),
// $text (text in the title or document number, or null), $limit, $offset (a page, in the order
// above, or null for all; cut before the rows are returned: at 10k policies, carrying 2,500 rows
// to the client cost more than deriving them). Every row carries total: the policies before the cut.
WITH coalesce($date, toString(date())) AS d
CALL () {  // where to start: the sector's measures, the region (a text index serves CONTAINS), or every policy
  MATCH (p:Policy) WHERE $sector IS NULL AND $region IS NULL RETURN p
  UNION ALL
  MATCH (p:Policy) WHERE $sector IS NULL AND p.region CONTAINS $region RETURN p
  UNION ALL
  MATCH (:Sector {id: 'sector:' + $sector})<-[:TARGETS]-(:Measure)<-[:HAS_MEASURE]-(p:Policy) RETURN DISTINCT p
}
WITH d, p
WHERE NOT coalesce(p.stub, false) AND ($region IS NULL OR coalesce(p.region, '') CONTAINS $region)
  AND ($text IS NULL OR coalesce(p.title, '') CONTAINS $text OR coalesce(p.doc_number, '') CONTAINS $text)
WITH d, p, coalesce(p.effective_from, CASE WHEN p.effective_rule IS NULL THEN p.issued_on END) AS s0
// a policy expired or not yet in effect on d is never listed, whoever voids it; nor, without
// $include_unknown, one with no start date or no end date but a validity period: those are
// dropped before their voiders are looked up (most of a large graph, on most dates)
WHERE NOT (p.expires_on IS NOT NULL AND p.expires_on < d) AND NOT (s0 IS NOT NULL AND s0 > d)
  AND (coalesce($include_unknown, false)
       OR s0 IS NOT NULL AND NOT (p.expires_on IS NULL AND p.validity_years IS NOT NULL))
WITH d, p, COLLECT {  // the policies voiding p by then (most policies have none)
  MATCH (n:Policy)-[:SUPERSEDES]->(p)
  WITH n, coalesce(n.effective_from, CASE WHEN n.effective_rule IS NULL AND NOT coalesce(n.stub, false)
                                          THEN n.issued_on END) AS ns
  WHERE ns IS NULL OR ns <= d
  WITH n, ns ORDER BY n.id
  RETURN {id: n.id, start: ns, stated: n.effective_from IS NOT NULL}
} AS voiders
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
WITH p, answer[0] AS status, answer[1] AS certainty, answer[2] AS reason
WHERE status = 'in_force' OR (status = 'unknown' AND coalesce($include_unknown, false))
WITH p, status, certainty, reason ORDER BY CASE status WHEN 'in_force' THEN 0 ELSE 1 END, p.id
WITH collect({p: p, status: status, certainty: certainty, reason: reason}) AS kept
WITH size(kept) AS total, coalesce($offset, 0) AS start, kept
UNWIND kept[start..CASE WHEN $limit IS NULL THEN size(kept) ELSE start + $limit END] AS k
WITH k.p AS p, k.status AS status, k.certainty AS certainty, k.reason AS reason, total
RETURN p.id AS id, p.title AS title, p.region AS region, p.effective_from AS effective_from,
       p.expires_on AS expires_on, status, certainty, reason, coalesce(p.non_cumulative, false) AS non_cumulative,
       p.title_inferred AS title_inferred, p.level AS level, p.doc_number AS doc_number, p.issued_on AS issued_on,
       p.stub AS stub, p.measure_count AS measure_count, p.document AS document, total
ORDER BY CASE status WHEN 'in_force' THEN 0 ELSE 1 END, id
