// What each of these statements is about (actors, events, places), with the stance toward each.
MATCH (s:Statement)-[ab:ABOUT]->(t:Actor)
WHERE s.id IN $ids
RETURN s.id AS statement, t.id AS id, t.name AS name, t.kind AS kind, ab.stance AS stance
UNION ALL
MATCH (s:Statement)-[ab:ABOUT]->(t:Event)
WHERE s.id IN $ids
RETURN s.id AS statement, t.id AS id, t.name AS name, 'event' AS kind, ab.stance AS stance
UNION ALL
MATCH (s:Statement)-[ab:ABOUT]->(t:Place)
WHERE s.id IN $ids
RETURN s.id AS statement, t.id AS id, t.name AS name, 'place' AS kind, ab.stance AS stance
