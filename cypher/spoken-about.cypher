// Who spoke about whom across the whole graph: one row per statement and actor target, filtered by
// stance and dates. Folded into "spoke about" edges by the caller; spoken-among does the same for a set.
MATCH (a:Actor)-[:SAID]->(s:Statement)-[ab:ABOUT]->(b:Actor)
WHERE (size($stances) = 0 OR ab.stance IN $stances)
  AND ($anyDate OR (s.date >= date($from) AND s.date <= date($to)))
RETURN a.id AS source, b.id AS target, ab.stance AS stance, s.id AS statement, s.date AS date
ORDER BY source, target, statement
