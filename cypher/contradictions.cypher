// Pairs of statements by different speakers that take opposite sides on the same position.
// Callers skip this query when $offset is past the total: LadybugDB 0.19.1 crashes on an ORDER BY ... SKIP past the end.
MATCH (a:Actor)-[:SAID]->(s1:Statement)-[t1:TAKES]->(p:Position)<-[t2:TAKES]-(s2:Statement)<-[:SAID]-(b:Actor)
WHERE t1.stance = 'supports' AND t2.stance = 'rejects' AND a.id <> b.id AND ($position = '' OR p.id = $position)
RETURN p.id AS positionId, p.label AS positionLabel, s1.id AS supports, s2.id AS rejects
ORDER BY positionLabel, supports, rejects
SKIP $offset LIMIT $limit
