// Which statements match the filters? Ids only, ordered by date (undated last), then id; the
// caller fetches the details with the statement-* queries. Empty string or list means "any".
// $involving keeps statements made by, or about, any of those actors.
// Callers skip this query when $offset is past the total: LadybugDB 0.19.1 crashes on an ORDER BY ... SKIP past the end.
MATCH (sp:Actor)-[:SAID]->(s:Statement)
WHERE (size($speakers) = 0 OR sp.id IN $speakers)
  AND ($q = '' OR s.searchText CONTAINS $q)
  AND ($anyDate OR (s.date >= date($from) AND s.date <= date($to)))
  AND ((size($about) = 0 AND size($stances) = 0) OR EXISTS { MATCH (s)-[ab:ABOUT]->(t) WHERE (size($about) = 0 OR t.id IN $about) AND (size($stances) = 0 OR ab.stance IN $stances) })
  AND ($position = '' OR EXISTS { MATCH (s)-[:TAKES]->(p:Position) WHERE p.id = $position })
  AND ($source = '' OR EXISTS { MATCH (s)-[:CITED_IN]->(src:Source) WHERE src.id = $source })
  AND (size($involving) = 0 OR sp.id IN $involving OR EXISTS { MATCH (s)-[:ABOUT]->(t2:Actor) WHERE t2.id IN $involving })
WITH DISTINCT s
RETURN s.id AS id
ORDER BY s.date IS NULL, s.date, s.id
SKIP $offset LIMIT $limit
