// spoke-pairs-among for LadybugDB 0.19.1 (same rows as spoke-pairs-among.cypher).
// count(DISTINCT s) comes last: in LadybugDB 0.19.1 a count(DISTINCT) before min() and max() turns the
// last of them into null.
// The MATCH filters on the ids alone and the optional filters follow in a WITH: LadybugDB 0.19.1
// plans the whole conjunction as a scan of every statement's links (see spoken-among.ladybug.cypher).
MATCH (a:Actor)-[:SAID]->(s:Statement)-[ab:ABOUT]->(b:Actor)
WHERE offset(id(a)) IN $actorOffsets AND offset(id(b)) IN $actorOffsets
WITH a, b, ab, s
WHERE (size($stances) = 0 OR ab.stance IN $stances)
  AND ($anyDate OR (s.date >= date($from) AND s.date <= date($to)))
RETURN a.id AS source, b.id AS target, ab.stance AS stance, min(s.date) AS firstDate, max(s.date) AS lastDate, count(DISTINCT s) AS statements
