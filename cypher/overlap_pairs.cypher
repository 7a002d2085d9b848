// Pairs of one overlap group (each OVERLAPS between two of its members, with score and basis)
// What the group's view draws, in one read instead of one measure_overlaps per member.
// Parameters: $cluster (one group's id; indexed: Measure.overlap_cluster)
MATCH (a:Measure) WHERE a.overlap_cluster = $cluster
MATCH (a)-[o:OVERLAPS]->(b:Measure) WHERE b.overlap_cluster = $cluster
RETURN a.id AS a, b.id AS b, o.score AS score, o.basis AS basis, coalesce(o.kinds, []) AS kinds,
       coalesce(o.objects, []) AS objects, o.non_cumulative AS non_cumulative
ORDER BY a, b
