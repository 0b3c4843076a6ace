// Builds the derived "spoke about" relationships of these speakers from their statements: one per
// speaker, actor spoken about and stance, with how many statements, their first and last dates, and
// their sort keys in page order (statementKeys: the date, or 9999-99-99 when undated, a space and the
// id), from which statements-page-of-pair reads a page without finding and sorting the pair's statements.
// `pair` (the two ids, space-separated) is indexed (schema.neo4j.cypher): between two much-quoted actors
// the index finds their relationships where expanding either one reads thousands.
// Every write of statements rebuilds its speakers' in the same transaction (server/writes/steps.ts), so the
// network views read one relationship per pair where they would expand every statement.
// With them, one SPOKE_ABOUT_PAIR per speaker and actor spoken about folds the pair's stances with their
// statements, first and last dates, which the network views read: a much-quoted actor's pairs have several
// stances each (docs/performance.md, "One relationship per pair on Neo4j"). Its dates are text, as those views hand
// them out; a list property cannot hold a null, so an undated stance's date is ''.
UNWIND $rows AS r
MATCH (a:Actor {id: r.speaker})-[:SAID]->(s:Statement)-[ab:ABOUT]->(b:Actor)
WITH a, b, ab.stance AS stance, s, coalesce(toString(s.date), '9999-99-99') + ' ' + s.id AS key
ORDER BY key
WITH a, b, stance, count(DISTINCT s) AS statements, min(s.date) AS firstDate, max(s.date) AS lastDate, collect(DISTINCT key) AS statementKeys
CREATE (a)-[:SPOKE_ABOUT {pair: a.id + ' ' + b.id, stance: stance, statements: statements, firstDate: firstDate, lastDate: lastDate, statementKeys: statementKeys}]->(b)
WITH a, b, collect(stance) AS stances, collect(statements) AS counts,
     collect(coalesce(toString(firstDate), '')) AS firstDates, collect(coalesce(toString(lastDate), '')) AS lastDates,
     toString(min(firstDate)) AS firstDate, toString(max(lastDate)) AS lastDate
CREATE (a)-[:SPOKE_ABOUT_PAIR {pair: a.id + ' ' + b.id, stances: stances, counts: counts, firstDates: firstDates, lastDates: lastDates, firstDate: firstDate, lastDate: lastDate}]->(b)
