// actor-by-id for LadybugDB 0.19.1 (same row): its COUNT { } takes a MATCH. Looked up by its key, 5-10 ms
// at 10^6 with the counts, where actors-by-ids for the one id took 10-28 ms.
MATCH (a:Actor {id: $id})
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, a.description AS description, a.unnamed AS unnamed,
       COUNT { MATCH (a)-[:SAID]->(:Statement) } AS statementsBy, COUNT { MATCH (:Statement)-[:ABOUT]->(a) } AS statementsAbout
