// actors-by-ids for LadybugDB 0.19.1 (same rows). `a.id IN $ids` is planned as a scan of every actor,
// each tested against every item of the list (22 ms for 200 ids at 10^6), and OPTIONAL MATCH … count()
// as scans of every SAID and ABOUT relationship. The ids unwound and joined to the actors by hash, with
// a COUNT { } per actor: 15–18 ms for 1 to 200 ids, against 12–48 ms. DISTINCT keeps one row per actor
// when an id is given twice, as the IN test does. (UNWIND followed by two aggregating OPTIONAL MATCHes
// crashes 0.19.1.)
UNWIND $ids AS x
WITH DISTINCT x
MATCH (a:Actor {id: x})
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, a.description AS description, a.unnamed AS unnamed,
       COUNT { MATCH (a)-[:SAID]->(:Statement) } AS statementsBy, COUNT { MATCH (:Statement)-[:ABOUT]->(a) } AS statementsAbout
