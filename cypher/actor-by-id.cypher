// One actor by its key, with how many statements it made and how many were about it (the row of
// actors-by-ids). Actor detail asks for one actor: an id given as an equality parameter is looked up by
// its key on both engines, where LadybugDB 0.19.1 scans every actor even for a list of one.
MATCH (a:Actor {id: $id})
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, a.description AS description, a.unnamed AS unnamed,
       COUNT { (a)-[:SAID]->() } AS statementsBy, COUNT { ()-[:ABOUT]->(a) } AS statementsAbout
