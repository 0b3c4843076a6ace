// spoke-edges for Neo4j: the dates come as text, since the JavaScript driver turns each Date value
// into year, month and day with 64-bit integer arithmetic, and the whole graph has hundreds of
// thousands of these rows.
MATCH (a:Actor)-[d:SPOKE_ABOUT]->(b:Actor)
WHERE size($stances) = 0 OR d.stance IN $stances
RETURN a.id AS source, b.id AS target, d.stance AS stance, d.statements AS statements,
       toString(d.firstDate) AS firstDate, toString(d.lastDate) AS lastDate
