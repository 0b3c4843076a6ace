// find-statements for given speakers and targets ($speakers and $about both set): same order.
// Callers skip this query when $offset is past the total (see find-statements).
MATCH (sp:Actor)-[:SAID]->(s:Statement)-[ab:ABOUT]->(t)
WHERE sp.id IN $speakers AND t.id IN $about
  AND (size($stances) = 0 OR ab.stance IN $stances)
  AND ($q = '' OR s.searchText CONTAINS $q)
  AND ($anyDate OR (s.date >= date($from) AND s.date <= date($to)))
WITH DISTINCT s
RETURN s.id AS id
ORDER BY s.date IS NULL, s.date, s.id
SKIP $offset LIMIT $limit
