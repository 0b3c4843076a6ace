// How many statements find-statements-by-speakers matches (same filter).
MATCH (sp:Actor)-[:SAID]->(s:Statement)
WHERE sp.id IN $speakers
  AND (size($stances) = 0 OR EXISTS { MATCH (s)-[ab:ABOUT]->() WHERE ab.stance IN $stances })
  AND ($q = '' OR s.searchText CONTAINS $q)
  AND ($anyDate OR (s.date >= date($from) AND s.date <= date($to)))
RETURN count(DISTINCT s) AS total
