// ties-among for LadybugDB 0.19.1 (same rows as ties-among.neo4j.cypher): one pattern over the four tie types,
// each tie's detail read from the property its type has, and both ends tested by their offset in the
// Actor table ($actorOffsets, looked up by the store from $ids). The query as four parts, one per type, tested
// every actor's id against the list twice in each (185–284 ms for 200 actors at 10^6 relationships), and
// unwinding the ids into each part cost 28–42 ms whatever the length; this takes 5–16 ms.
MATCH (a:Actor)-[t:MEMBER_OF|HOLDS_OFFICE|ALLIED_WITH|SUPPLIES_ARMS_TO]->(b:Actor)
WHERE offset(id(a)) IN $actorOffsets AND offset(id(b)) IN $actorOffsets
WITH a, t, b
WHERE (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN label(t) AS type, a.id AS fromId, b.id AS toId,
       CASE label(t) WHEN 'MEMBER_OF' THEN t.role WHEN 'HOLDS_OFFICE' THEN t.title WHEN 'ALLIED_WITH' THEN t.basis ELSE t.items END AS detail,
       t.since AS since, t.until AS until
