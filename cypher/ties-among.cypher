// Which ties join actors of this set, as they stood on $asOf (when $useAsOf)? (ties-all: every actor's.)
// A query of its own, not an "everyone" switch: Neo4j cannot seek the ids' index behind an OR with a parameter.
MATCH (a:Actor)-[t:MEMBER_OF]->(b:Actor)
WHERE a.id IN $ids AND b.id IN $ids AND (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN 'MEMBER_OF' AS type, a.id AS fromId, b.id AS toId, t.role AS detail, t.since AS since, t.until AS until
UNION ALL
MATCH (a:Actor)-[t:HOLDS_OFFICE]->(b:Actor)
WHERE a.id IN $ids AND b.id IN $ids AND (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN 'HOLDS_OFFICE' AS type, a.id AS fromId, b.id AS toId, t.title AS detail, t.since AS since, t.until AS until
UNION ALL
MATCH (a:Actor)-[t:ALLIED_WITH]->(b:Actor)
WHERE a.id IN $ids AND b.id IN $ids AND (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN 'ALLIED_WITH' AS type, a.id AS fromId, b.id AS toId, t.basis AS detail, t.since AS since, t.until AS until
UNION ALL
MATCH (a:Actor)-[t:SUPPLIES_ARMS_TO]->(b:Actor)
WHERE a.id IN $ids AND b.id IN $ids AND (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN 'SUPPLIES_ARMS_TO' AS type, a.id AS fromId, b.id AS toId, t.items AS detail, t.since AS since, t.until AS until
