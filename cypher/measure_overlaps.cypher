// Overlaps of one measure (what else funds the same kind of thing for the same object, with score and basis)
// Parameters: $measure (measure id)
MATCH (m:Measure {id: $measure})-[o:OVERLAPS]-(x:Measure)
MATCH (p:Policy {id: x.policy_id})
RETURN x.id AS measure_id, x.region AS region, p.title AS policy_title, x.path AS path, x.heading AS heading,
       o.score AS score, o.basis AS basis, coalesce(o.kinds, []) AS kinds, coalesce(o.objects, []) AS objects, o.same_region AS same_region, o.non_cumulative AS non_cumulative,
       o.cluster AS cluster
ORDER BY score DESC, measure_id
