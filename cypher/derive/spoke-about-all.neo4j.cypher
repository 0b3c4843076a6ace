// Builds every derived "spoke about" relationship (as derive/spoke-about does for some speakers), for a
// graph that has statements but none of them yet: one made by an earlier version or by neo4j-admin import.
MATCH (a:Actor)-[:SAID]->(s:Statement)-[ab:ABOUT]->(b:Actor)
WITH a, b, ab.stance AS stance, count(DISTINCT s) AS statements, min(s.date) AS firstDate, max(s.date) AS lastDate
CREATE (a)-[:SPOKE_ABOUT {stance: stance, statements: statements, firstDate: firstDate, lastDate: lastDate}]->(b)
