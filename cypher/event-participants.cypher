// Who took part in these events, and in what role.
UNWIND $ids AS eventId
MATCH (a:Actor)-[r:PARTICIPATED_IN]->(e:Event {id: eventId})
RETURN e.id AS event, a.id AS id, a.name AS name, a.kind AS kind, r.role AS role
ORDER BY event, name
