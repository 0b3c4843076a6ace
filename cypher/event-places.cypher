// Where these events happened.
UNWIND $ids AS eventId
MATCH (e:Event {id: eventId})-[:AT]->(p:Place)
RETURN e.id AS event, p.id AS id, p.name AS name
ORDER BY event, name
