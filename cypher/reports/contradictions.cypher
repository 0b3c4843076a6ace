// @title Contradictions
// @description Pairs of statements by different speakers that take opposite sides on the same position, optionally for one position.
// @param position string default="" "A position id (see GET /api/positions); empty for every position"
// @param limit integer(1,5000) default=1000 "Most pairs to list"
MATCH (a:Actor)-[:SAID]->(s1:Statement)-[t1:TAKES]->(p:Position)<-[t2:TAKES]-(s2:Statement)<-[:SAID]-(b:Actor)
WHERE t1.stance = 'supports' AND t2.stance = 'rejects' AND a.id <> b.id
  AND ($position = '' OR p.id = $position)
RETURN p.id AS position, p.label AS positionLabel,
       a.id AS supporter, a.name AS supporterName, s1.id AS supportStatement, s1.date AS supportDate, s1.datePrecision AS supportDatePrecision,
       b.id AS rejecter, b.name AS rejecterName, s2.id AS rejectStatement, s2.date AS rejectDate, s2.datePrecision AS rejectDatePrecision
ORDER BY positionLabel, supporterName, rejecterName, supportStatement, rejectStatement
LIMIT $limit
