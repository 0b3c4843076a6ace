// actors-by-ids for LadybugDB 0.19.1: chained OPTIONAL MATCH … count() (its COUNT { } subqueries were slower);
// MATCH … IN, not UNWIND: it fails on UNWIND followed by two aggregating OPTIONAL MATCHes.
MATCH (a:Actor)
WHERE a.id IN $ids
OPTIONAL MATCH (a)-[:SAID]->(made:Statement)
WITH a, count(made) AS statementsBy
OPTIONAL MATCH (heard:Statement)-[:ABOUT]->(a)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, a.description AS description, a.unnamed AS unnamed,
       statementsBy, count(heard) AS statementsAbout
