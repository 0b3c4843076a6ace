// @title Supporters and rejecters of a position
// @description Who supports and who rejects a position (or every position), with how many statements each and their ids.
// @param position string default="" "A position id (see GET /api/positions); empty for every position"
MATCH (a:Actor)-[:SAID]->(s:Statement)-[tk:TAKES]->(p:Position)
WHERE $position = '' OR p.id = $position
WITH p, tk.stance AS side, a, s
// statementIds come in order of id: sorted before collect() (SKIP 0: LadybugDB takes ORDER BY in a WITH only with SKIP or LIMIT).
ORDER BY s.id SKIP 0
RETURN p.id AS position, p.label AS positionLabel, side, a.id AS actor, a.name AS actorName,
       count(s) AS statements, collect(s.id) AS statementIds
ORDER BY positionLabel, side DESC, statements DESC, actorName
