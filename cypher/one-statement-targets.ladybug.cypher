// statement-targets for one statement on LadybugDB 0.19.1 (same rows): looked up by its key and its
// ABOUT relationships followed, to actors, events and places in one pattern, the kind from label()
// (1.4-2.5 ms at 10^6 relationships, against 3.3-6.0 ms for one UNION part per kind of target).
MATCH (s:Statement {id: $id})-[ab:ABOUT]->(t)
RETURN s.id AS statement, t.id AS id, t.name AS name, CASE label(t) WHEN 'Actor' THEN t.kind WHEN 'Event' THEN 'event' ELSE 'place' END AS kind, ab.stance AS stance
