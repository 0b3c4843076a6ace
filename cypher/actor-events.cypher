// Which events did an actor take part in, and in what role?
MATCH (a:Actor {id: $id})-[p:PARTICIPATED_IN]->(e:Event)
RETURN e.id AS id, e.name AS name, e.date AS date, p.role AS role
ORDER BY e.date, e.id
