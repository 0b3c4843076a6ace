// How many statements match the filters (same filter as find-statements)?
MATCH (sp:Actor)-[:SAID]->(s:Statement)
WHERE (size($speakers) = 0 OR sp.id IN $speakers)
  AND ($q = '' OR s.searchText CONTAINS $q)
  AND ($anyDate OR (s.date >= date($from) AND s.date <= date($to)))
  AND ((size($about) = 0 AND size($stances) = 0) OR EXISTS { MATCH (s)-[ab:ABOUT]->(t) WHERE (size($about) = 0 OR t.id IN $about) AND (size($stances) = 0 OR ab.stance IN $stances) })
  AND ($position = '' OR EXISTS { MATCH (s)-[:TAKES]->(p:Position) WHERE p.id = $position })
  AND ($source = '' OR EXISTS { MATCH (s)-[:CITED_IN]->(src:Source) WHERE src.id = $source })
  AND (size($involving) = 0 OR sp.id IN $involving OR EXISTS { MATCH (s)-[:ABOUT]->(t2:Actor) WHERE t2.id IN $involving })
RETURN count(DISTINCT s) AS total
