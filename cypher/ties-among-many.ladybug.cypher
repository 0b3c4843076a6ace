// ties-among for a long list of actors on LadybugDB 0.19.1 (same rows). `a.id IN $ids AND b.id IN $ids`
// is planned as two scans of every actor, each tested against every item of the list, in each of the
// four parts: 91 ms for 100 ids at 10^6, 124–235 ms for 200. Here the ids are unwound and joined to the
// actors by hash, and the far end is tested only on the few ties found, after a WITH (so that the test
// is not pushed down into a scan): 23–35 ms whatever the length, which the plain query beats below
// about 30 ids (tiesAmongQuery). One MATCH per part binds both ends (upstream: two MATCH clauses after
// an UNWIND can crash).
UNWIND $ids AS x
MATCH (a:Actor {id: x})-[t:MEMBER_OF]->(b:Actor)
WITH a, t, b
WHERE b.id IN $ids AND (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN 'MEMBER_OF' AS type, a.id AS fromId, b.id AS toId, t.role AS detail, t.since AS since, t.until AS until
UNION ALL
UNWIND $ids AS x
MATCH (a:Actor {id: x})-[t:HOLDS_OFFICE]->(b:Actor)
WITH a, t, b
WHERE b.id IN $ids AND (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN 'HOLDS_OFFICE' AS type, a.id AS fromId, b.id AS toId, t.title AS detail, t.since AS since, t.until AS until
UNION ALL
UNWIND $ids AS x
MATCH (a:Actor {id: x})-[t:ALLIED_WITH]->(b:Actor)
WITH a, t, b
WHERE b.id IN $ids AND (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN 'ALLIED_WITH' AS type, a.id AS fromId, b.id AS toId, t.basis AS detail, t.since AS since, t.until AS until
UNION ALL
UNWIND $ids AS x
MATCH (a:Actor {id: x})-[t:SUPPLIES_ARMS_TO]->(b:Actor)
WITH a, t, b
WHERE b.id IN $ids AND (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN 'SUPPLIES_ARMS_TO' AS type, a.id AS fromId, b.id AS toId, t.items AS detail, t.since AS since, t.until AS until

