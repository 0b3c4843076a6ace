// Builds every derived "spoke about" relationship (as derive/spoke-about does for some speakers), for a
// graph that has statements but none of them yet (one made by neo4j-admin import), or whose relationships
// lack the pair and statement keys (made by an earlier version; derive/clear-spoke-about-all removes them first).
// Their fold per pair follows in a transaction of its own (derive/spoke-about-pairs-all).
MATCH (a:Actor)-[:SAID]->(s:Statement)-[ab:ABOUT]->(b:Actor)
WITH a, b, ab.stance AS stance, s, coalesce(toString(s.date), '9999-99-99') + ' ' + s.id AS key
ORDER BY key
WITH a, b, stance, count(DISTINCT s) AS statements, min(s.date) AS firstDate, max(s.date) AS lastDate, collect(DISTINCT key) AS statementKeys
CREATE (a)-[:SPOKE_ABOUT {pair: a.id + ' ' + b.id, stance: stance, statements: statements, firstDate: firstDate, lastDate: lastDate, statementKeys: statementKeys}]->(b)
