// How many contradicting pairs there are (same pattern as contradictions).
MATCH (a:Actor)-[:SAID]->(s1:Statement)-[t1:TAKES]->(p:Position)<-[t2:TAKES]-(s2:Statement)<-[:SAID]-(b:Actor)
WHERE t1.stance = 'supports' AND t2.stance = 'rejects' AND a.id <> b.id AND ($position = '' OR p.id = $position)
RETURN count(*) AS total
