// statement-targets for one statement on LadybugDB 0.19.1 (same rows): looked up by its key, see
// one-statement.ladybug.cypher (2-5 ms at 10^6, against 70-160 ms for the list form).
MATCH (s:Statement {id: $id})-[ab:ABOUT]->(t:Actor)
RETURN s.id AS statement, t.id AS id, t.name AS name, t.kind AS kind, ab.stance AS stance
UNION ALL
MATCH (s:Statement {id: $id})-[ab:ABOUT]->(t:Event)
RETURN s.id AS statement, t.id AS id, t.name AS name, 'event' AS kind, ab.stance AS stance
UNION ALL
MATCH (s:Statement {id: $id})-[ab:ABOUT]->(t:Place)
RETURN s.id AS statement, t.id AS id, t.name AS name, 'place' AS kind, ab.stance AS stance
