// spoke-pairs for LadybugDB 0.19.1 (same rows as spoke-pairs.cypher).
// count(DISTINCT s) comes last: in LadybugDB 0.19.1 a count(DISTINCT) before min() and max() turns the
// last of them into null.
// The WITH between the two hops keeps LadybugDB 0.19.1 from planning a nested scan of ABOUT for every
// statement (see spoken-about.ladybug.cypher).
MATCH (b:Actor)<-[ab:ABOUT]-(s:Statement)
WHERE (size($stances) = 0 OR ab.stance IN $stances)
  AND ($anyDate OR (s.date >= date($from) AND s.date <= date($to)))
WITH b, ab, s
MATCH (a:Actor)-[:SAID]->(s)
RETURN a.id AS source, b.id AS target, ab.stance AS stance, min(s.date) AS firstDate, max(s.date) AS lastDate, count(DISTINCT s) AS statements
