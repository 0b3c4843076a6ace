// Builds the derived "spoke about" relationships of these speakers from their statements: one per
// speaker, actor spoken about and stance, with how many statements and their first and last dates.
// Every write of statements rebuilds its speakers' in the same transaction (server/writes/steps.ts), so the
// network views read one relationship per pair where they would expand every statement.
UNWIND $rows AS r
MATCH (a:Actor {id: r.speaker})-[:SAID]->(s:Statement)-[ab:ABOUT]->(b:Actor)
WITH a, b, ab.stance AS stance, count(DISTINCT s) AS statements, min(s.date) AS firstDate, max(s.date) AS lastDate
CREATE (a)-[:SPOKE_ABOUT {stance: stance, statements: statements, firstDate: firstDate, lastDate: lastDate}]->(b)
