// spoken-about for LadybugDB 0.19.1 (same rows as spoken-about.cypher).
// The WITH between the two hops keeps LadybugDB 0.19.1 from planning a nested scan of ABOUT for every
// statement (35 s at 10^6 relationships, 0.2 s with it).
MATCH (b:Actor)<-[ab:ABOUT]-(s:Statement)
WHERE (size($stances) = 0 OR ab.stance IN $stances)
  AND ($anyDate OR (s.date >= date($from) AND s.date <= date($to)))
WITH b, ab, s
MATCH (a:Actor)-[:SAID]->(s)
RETURN a.id AS source, b.id AS target, ab.stance AS stance, s.id AS statement, s.date AS date
ORDER BY source, target, statement
