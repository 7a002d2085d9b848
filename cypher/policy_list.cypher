// Policies by region, sector and text, a page in id order
// What GET /policies lists without a date. Parameters: $region (part of a region name, or null),
// $sector (a sector name such as 人工智能, or null: a policy with a measure for it), $text (text in
// the title or document number, or null), $include_stubs (true to list stubs too: policies only
// cited, never loaded), $limit, $offset (a page, in id order, or null for all; cut before the rows
// are built). Every row carries total: the policies before the cut. Starts from the sector
// (Sector.id), else from the region, else from the text (text indexes on Policy.region, .title and
// .doc_number serve CONTAINS), else every policy.
CALL () {
  MATCH (p:Policy) WHERE $sector IS NULL AND $region IS NULL AND $text IS NULL RETURN p
  UNION ALL
  MATCH (p:Policy) WHERE $sector IS NULL AND p.region CONTAINS $region RETURN p
  UNION ALL
  MATCH (:Sector {id: 'sector:' + $sector})<-[:TARGETS]-(:Measure)<-[:HAS_MEASURE]-(p:Policy) RETURN DISTINCT p
  UNION ALL
  CALL () {  // only a text: the text indexes on the title and on the document number
    MATCH (p:Policy) WHERE $sector IS NULL AND $region IS NULL AND p.title CONTAINS $text RETURN p
    UNION
    MATCH (p:Policy) WHERE $sector IS NULL AND $region IS NULL AND p.doc_number CONTAINS $text RETURN p
  }
  RETURN p
}
WITH p
WHERE (coalesce($include_stubs, false) OR NOT coalesce(p.stub, false))
  AND ($region IS NULL OR coalesce(p.region, '') CONTAINS $region)
  AND ($text IS NULL OR coalesce(p.title, '') CONTAINS $text OR coalesce(p.doc_number, '') CONTAINS $text)
WITH p ORDER BY p.id
WITH collect(p) AS policies
WITH size(policies) AS total, coalesce($offset, 0) AS start, policies
UNWIND policies[start..CASE WHEN $limit IS NULL THEN size(policies) ELSE start + $limit END] AS p
RETURN p.id AS id, p.title AS title, p.title_inferred AS title_inferred, p.region AS region, p.level AS level,
       p.doc_number AS doc_number, p.effective_from AS effective_from, p.expires_on AS expires_on,
       p.issued_on AS issued_on, p.stub AS stub, p.measure_count AS measure_count, p.document AS document, total
ORDER BY id
