// How many statements find-statements-by-speakers-about matches (same filter).
MATCH (sp:Actor)-[:SAID]->(s:Statement)-[ab:ABOUT]->(t)
WHERE sp.id IN $speakers AND t.id IN $about
  AND (size($stances) = 0 OR ab.stance IN $stances)
  AND ($q = '' OR s.searchText CONTAINS $q)
  AND ($anyDate OR (s.date >= date($from) AND s.date <= date($to)))
RETURN count(DISTINCT s) AS total
