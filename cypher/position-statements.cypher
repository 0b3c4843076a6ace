// Who took which side on a position, and in which statements?
MATCH (a:Actor)-[:SAID]->(s:Statement)-[t:TAKES]->(p:Position {id: $id})
RETURN t.stance AS stance, a.id AS actorId, a.name AS actorName, a.kind AS actorKind, s.id AS statement
ORDER BY stance, actorName, s.date, statement
