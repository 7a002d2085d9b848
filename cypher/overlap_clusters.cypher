// Overlap clusters (measures of different policies that fund the same thing), by region and sector
// Each row is one group with its members, their regions and caps, and what its pairs share
// (kinds of support, objects); non_cumulative_pairs counts
// pairs in one region under a 从优不重复 rule, where a company has to choose.
// Parameters: $region (part of a region name, or null), $sector (a sector name, or null),
// $cluster (one group's id, or null for all; indexed: Measure.overlap_cluster, OVERLAPS.cluster),
// $limit, $offset (a page of the groups, largest first, or null for all; cut before each group's
// members and pairs are read, the costly part). Every row carries total: the groups before the cut.
CALL () {  // the candidate groups and their sizes, from what the filters name, not from every group
  // one group: an index seek
  MATCH (m:Measure) WHERE m.overlap_cluster = $cluster RETURN m.overlap_cluster AS cluster, count(*) AS size
  UNION ALL  // the groups of the sector's measures
  WITH 1 AS one WHERE $cluster IS NULL AND $sector IS NOT NULL
  MATCH (:Sector {name: $sector})<-[:TARGETS]-(x:Measure) WHERE x.overlap_cluster IS NOT NULL
  WITH DISTINCT x.overlap_cluster AS cluster
  MATCH (m:Measure) WHERE m.overlap_cluster = cluster RETURN cluster, count(*) AS size
  UNION ALL  // the groups with a member in a region whose name contains $region: from those regions' policies'
  // measures (a measure's region is its policy's), or, when those are more than the measures with a group (a broad
  // text such as 县 names most regions), from every group's members
  WITH 1 AS one WHERE $cluster IS NULL AND $sector IS NULL AND $region IS NOT NULL
  MATCH (r:Region) WHERE r.name CONTAINS $region
  MATCH (r)<-[:IN_REGION]-(pol:Policy)
  WITH one, collect(pol) AS pols, sum(COUNT { (pol)-[:HAS_MEASURE]->() }) AS measures  // no row when none matched
  WITH pols, measures < COUNT { MATCH (g:Measure) WHERE g.overlap_cluster IS NOT NULL } AS narrow
  CALL (pols, narrow) {
    WITH pols WHERE narrow
    UNWIND pols AS pol
    MATCH (pol)-[:HAS_MEASURE]->(x:Measure) WHERE x.overlap_cluster IS NOT NULL AND x.region CONTAINS $region
    WITH DISTINCT x.overlap_cluster AS cluster
    MATCH (m:Measure) WHERE m.overlap_cluster = cluster RETURN cluster, count(*) AS size
    UNION ALL
    WITH narrow WHERE NOT narrow
    MATCH (m:Measure) WHERE m.overlap_cluster IS NOT NULL
    WITH m.overlap_cluster AS cluster, collect(m) AS members
    WHERE any(x IN members WHERE coalesce(x.region, '') CONTAINS $region)
    RETURN cluster, size(members) AS size
  }
  RETURN cluster, size
  UNION ALL  // no filter: every group, counted from the index alone (no member is read)
  WITH 1 AS one WHERE $cluster IS NULL AND $sector IS NULL AND $region IS NULL
  MATCH (m:Measure) WHERE m.overlap_cluster IS NOT NULL RETURN m.overlap_cluster AS cluster, count(*) AS size
}
// the filters no branch above applied: the region of one group or of the sector's groups, the sector of one group
WITH cluster, size
WHERE ($region IS NULL OR ($cluster IS NULL AND $sector IS NULL)
       OR EXISTS { MATCH (x:Measure) WHERE x.overlap_cluster = cluster AND coalesce(x.region, '') CONTAINS $region })
  AND ($sector IS NULL OR $cluster IS NULL
       OR EXISTS { MATCH (x:Measure)-[:TARGETS]->(:Sector {name: $sector}) WHERE x.overlap_cluster = cluster })
WITH cluster, size ORDER BY size DESC, cluster
WITH collect(cluster) AS groups
WITH size(groups) AS total, coalesce($offset, 0) AS start, groups
UNWIND groups[start..CASE WHEN $limit IS NULL THEN size(groups) ELSE start + $limit END] AS cluster
CALL (cluster) {  // the page's groups' members
  MATCH (x:Measure) WHERE x.overlap_cluster = cluster RETURN collect(x) AS members
}
CALL (members) {
  UNWIND members AS x
  MATCH (p:Policy {id: x.policy_id})
  WITH x, p ORDER BY coalesce(x.region, ''), p.title, x.start, x.id
  RETURN collect({measure_id: x.id, region: x.region, policy_id: p.id, policy_title: p.title, path: x.path,
                  heading: x.heading, max_cap_yuan: x.max_cap_yuan}) AS rows,
         count(DISTINCT p) AS policies
}
CALL (members) {
  UNWIND members AS x
  WITH DISTINCT coalesce(x.region, '') AS r ORDER BY r
  RETURN collect(r) AS regions
}
CALL (cluster) {  // the group's pairs: an index seek (OVERLAPS.cluster), those starting at a member
  OPTIONAL MATCH ()-[o:OVERLAPS]->() WHERE o.cluster = cluster
  WITH o WHERE o IS NULL OR startNode(o).overlap_cluster = cluster
  WITH collect(o) AS pairs
  RETURN size(pairs) AS pairs, size([o IN pairs WHERE o.non_cumulative]) AS non_cumulative_pairs,
         COLLECT { UNWIND pairs AS o UNWIND coalesce(o.kinds, []) AS k RETURN DISTINCT k ORDER BY k } AS kinds,
         COLLECT { UNWIND pairs AS o UNWIND coalesce(o.objects, []) AS k RETURN DISTINCT k ORDER BY k } AS objects
}
RETURN cluster, size(members) AS size, policies, regions, pairs, non_cumulative_pairs, kinds, objects, rows AS members,
       total
ORDER BY size DESC, cluster
