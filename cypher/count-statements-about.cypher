// How many statements find-statements-about matches (same filter).
MATCH (s:Statement)-[ab:ABOUT]->(t)
WHERE t.id IN $about
  AND (size($stances) = 0 OR ab.stance IN $stances)
  AND ($q = '' OR s.searchText CONTAINS $q)
  AND ($anyDate OR (s.date >= date($from) AND s.date <= date($to)))
RETURN count(DISTINCT s) AS total
