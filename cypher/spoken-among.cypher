// Who spoke about whom among a set of actors: one row per statement and actor target with both ends
// in $ids, filtered by stance and dates. Folded into "spoke about" edges by the caller.
MATCH (a:Actor)-[:SAID]->(s:Statement)-[ab:ABOUT]->(b:Actor)
WHERE a.id IN $ids AND b.id IN $ids
  AND (size($stances) = 0 OR ab.stance IN $stances)
  AND ($anyDate OR (s.date >= date($from) AND s.date <= date($to)))
RETURN a.id AS source, b.id AS target, ab.stance AS stance, s.id AS statement, s.date AS date
ORDER BY source, target, statement
