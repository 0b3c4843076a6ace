// spoken-among for LadybugDB 0.19.1 (same rows as spoken-among.cypher).
// The MATCH filters on the ids alone and the optional filters follow in a WITH: LadybugDB 0.19.1
// plans the whole conjunction as a scan of every statement's links (490 ms instead of 9 ms for nine
// actors at 10^5 relationships).
MATCH (a:Actor)-[:SAID]->(s:Statement)-[ab:ABOUT]->(b:Actor)
WHERE offset(id(a)) IN $actorOffsets AND offset(id(b)) IN $actorOffsets
WITH a, b, ab, s
WHERE (size($stances) = 0 OR ab.stance IN $stances)
  AND ($anyDate OR (s.date >= date($from) AND s.date <= date($to)))
RETURN a.id AS source, b.id AS target, ab.stance AS stance, s.id AS statement, s.date AS date
ORDER BY source, target, statement
