// The actors with these ids, with how many statements each made and how many were about them.
// (Only statements are said, and only statements are about anything: the patterns name no far label,
// so the counts are read from each actor's relationship counts.)
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, a.description AS description, a.unnamed AS unnamed,
       COUNT { (a)-[:SAID]->() } AS statementsBy, COUNT { ()-[:ABOUT]->(a) } AS statementsAbout
