// spoke-edges-among for Neo4j (same rows as spoke-edges-among.cypher). The far end of each relationship
// is matched to the set by a hash join on the node (USING JOIN), not by reading its id and testing it
// against the list: from the speakers of a much-quoted actor's neighbourhood, 67,420 relationships whose
// far end would be read, to keep 7,037. The dates come as text: the JavaScript driver turns each Date
// value into year, month and day with 64-bit integer arithmetic, which cost more than the query for
// thousands of rows.
MATCH (a:Actor)-[d:SPOKE_ABOUT]->(b:Actor)
USING JOIN ON b
WHERE a.id IN $ids AND b.id IN $ids
  AND (size($stances) = 0 OR d.stance IN $stances)
WITH a, b, collect(d.stance) AS stances, collect(d.statements) AS counts, min(d.firstDate) AS firstDate, max(d.lastDate) AS lastDate
RETURN a.id AS source, b.id AS target, stances, counts, toString(firstDate) AS firstDate, toString(lastDate) AS lastDate
