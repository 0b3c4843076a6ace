// What each of these statements is about (actors, events, places), with the stance toward each.
UNWIND $ids AS statementId
MATCH (s:Statement {id: statementId})-[ab:ABOUT]->(t:Actor)
RETURN s.id AS statement, t.id AS id, t.name AS name, t.kind AS kind, ab.stance AS stance
UNION ALL
UNWIND $ids AS statementId
MATCH (s:Statement {id: statementId})-[ab:ABOUT]->(t:Event)
RETURN s.id AS statement, t.id AS id, t.name AS name, 'event' AS kind, ab.stance AS stance
UNION ALL
UNWIND $ids AS statementId
MATCH (s:Statement {id: statementId})-[ab:ABOUT]->(t:Place)
RETURN s.id AS statement, t.id AS id, t.name AS name, 'place' AS kind, ab.stance AS stance
