// Every tie between actors, as it stood on $asOf (when $useAsOf): ties-among for the whole network.
MATCH (a:Actor)-[t:MEMBER_OF]->(b:Actor)
WHERE (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN 'MEMBER_OF' AS type, a.id AS fromId, b.id AS toId, t.role AS detail, t.since AS since, t.until AS until
UNION ALL
MATCH (a:Actor)-[t:HOLDS_OFFICE]->(b:Actor)
WHERE (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN 'HOLDS_OFFICE' AS type, a.id AS fromId, b.id AS toId, t.title AS detail, t.since AS since, t.until AS until
UNION ALL
MATCH (a:Actor)-[t:ALLIED_WITH]->(b:Actor)
WHERE (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN 'ALLIED_WITH' AS type, a.id AS fromId, b.id AS toId, t.basis AS detail, t.since AS since, t.until AS until
UNION ALL
MATCH (a:Actor)-[t:SUPPLIES_ARMS_TO]->(b:Actor)
WHERE (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN 'SUPPLIES_ARMS_TO' AS type, a.id AS fromId, b.id AS toId, t.items AS detail, t.since AS since, t.until AS until
