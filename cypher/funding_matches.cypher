// Funding matches per higher-level source (district money matching city, provincial or national money)
// Parameters: $source (part of the source's name, e.g. 算力券, or null for all),
// $limit, $offset (a page of the rows, by source name, policy and measure, or null for all). Every
// row carries total: the rows before the cut. The page is found from each source's count of
// matches (its degree, no match read), and only the matches of the sources it spans are read.
MATCH (f:FundingSource) WHERE $source IS NULL OR f.name CONTAINS $source
WITH f, f.name AS name, COUNT { (f)<-[:MATCHES_CITY_FUNDING]-() } AS n
WITH name, collect(f) AS sources, sum(n) AS n WHERE n > 0
WITH name, sources, n ORDER BY name
WITH collect({sources: sources, n: n}) AS names, sum(n) AS total
WITH names, total, coalesce($offset, 0) AS start
WITH names, total, start, CASE WHEN $limit IS NULL THEN total ELSE start + $limit END AS stop
// the names whose rows fall in [start, stop), and how many rows come before the first of them
WITH total, start, stop, reduce(acc = {seen: 0, before: 0, keep: []}, x IN names |
     CASE WHEN acc.seen < stop AND acc.seen + x.n > start
          THEN {seen: acc.seen + x.n, before: CASE WHEN size(acc.keep) = 0 THEN acc.seen ELSE acc.before END,
                keep: acc.keep + x.sources}
          ELSE {seen: acc.seen + x.n, before: acc.before, keep: acc.keep} END) AS page
UNWIND page.keep AS f
MATCH (m)-[r:MATCHES_CITY_FUNDING]->(f)
WITH total, start - page.before AS skip, stop - page.before AS until, m, r, f ORDER BY f.name, m.policy_id, m.id
WITH total, skip, until, collect({m: m, r: r, f: f}) AS found
UNWIND found[skip..until] AS row
WITH row.m AS m, row.r AS r, row.f AS f, total
MATCH (p:Policy {id: m.policy_id})
RETURN f.id AS source_id, f.name AS source, f.level AS level, f.scope AS scope, m.id AS measure_id,
       m.path AS measure_path, p.id AS policy_id, p.title AS policy_title, p.region AS region,
       r.ratio AS ratio, r.cap_yuan AS cap_yuan, total
ORDER BY source, policy_id, measure_id
