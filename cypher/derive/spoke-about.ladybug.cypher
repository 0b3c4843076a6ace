// derive/spoke-about for LadybugDB 0.19.1 (the same relationships; the statement keys sorted by list_sort).
// The WITH between the hops keeps it from planning the ABOUT hop as a nested scan for every speaker (two
// much-quoted speakers at 10^6 relationships: 0.3 s instead of 19 s). count(DISTINCT s) comes after min()
// and max(): one before them turns the last of them into null.
UNWIND $rows AS r
MATCH (a:Actor {id: r.speaker})-[:SAID]->(s:Statement)
WITH a, s
MATCH (s)-[ab:ABOUT]->(b:Actor)
WITH a, b, ab.stance AS stance, min(s.date) AS firstDate, max(s.date) AS lastDate, count(DISTINCT s) AS statements,
     list_sort(collect(DISTINCT coalesce(CAST(s.date AS STRING), '9999-99-99') + ' ' + s.id)) AS statementKeys
CREATE (a)-[:SPOKE_ABOUT {stance: stance, statements: statements, firstDate: firstDate, lastDate: lastDate, statementKeys: statementKeys}]->(b)
