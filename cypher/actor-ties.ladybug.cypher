// actor-ties for LadybugDB (it has no type() or startNode()): one part per tie type.
// One part per direction, each starting from the actor by an id equal to $id: LadybugDB 0.19.1 then
// looks the actor up by its key and follows its own ties (13 ms at 10^6 relationships), where
// `a.id = $id OR b.id = $id` scanned every tie of the type (75 ms). A tie from the actor to itself
// is listed once, by the outgoing part.
MATCH (a:Actor {id: $id})-[t:MEMBER_OF]->(b:Actor)
WHERE (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN 'MEMBER_OF' AS type, a.id AS fromId, b.id AS toId, a.name AS fromName, a.kind AS fromKind, b.name AS toName, b.kind AS toKind, t.role AS detail, t.since AS since, t.until AS until, t.source AS source, t.excerpt AS excerpt
UNION ALL
MATCH (a:Actor)-[t:MEMBER_OF]->(b:Actor {id: $id})
WHERE (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf)))) AND a.id <> $id
RETURN 'MEMBER_OF' AS type, a.id AS fromId, b.id AS toId, a.name AS fromName, a.kind AS fromKind, b.name AS toName, b.kind AS toKind, t.role AS detail, t.since AS since, t.until AS until, t.source AS source, t.excerpt AS excerpt
UNION ALL
MATCH (a:Actor {id: $id})-[t:HOLDS_OFFICE]->(b:Actor)
WHERE (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN 'HOLDS_OFFICE' AS type, a.id AS fromId, b.id AS toId, a.name AS fromName, a.kind AS fromKind, b.name AS toName, b.kind AS toKind, t.title AS detail, t.since AS since, t.until AS until, t.source AS source, t.excerpt AS excerpt
UNION ALL
MATCH (a:Actor)-[t:HOLDS_OFFICE]->(b:Actor {id: $id})
WHERE (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf)))) AND a.id <> $id
RETURN 'HOLDS_OFFICE' AS type, a.id AS fromId, b.id AS toId, a.name AS fromName, a.kind AS fromKind, b.name AS toName, b.kind AS toKind, t.title AS detail, t.since AS since, t.until AS until, t.source AS source, t.excerpt AS excerpt
UNION ALL
MATCH (a:Actor {id: $id})-[t:ALLIED_WITH]->(b:Actor)
WHERE (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN 'ALLIED_WITH' AS type, a.id AS fromId, b.id AS toId, a.name AS fromName, a.kind AS fromKind, b.name AS toName, b.kind AS toKind, t.basis AS detail, t.since AS since, t.until AS until, t.source AS source, t.excerpt AS excerpt
UNION ALL
MATCH (a:Actor)-[t:ALLIED_WITH]->(b:Actor {id: $id})
WHERE (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf)))) AND a.id <> $id
RETURN 'ALLIED_WITH' AS type, a.id AS fromId, b.id AS toId, a.name AS fromName, a.kind AS fromKind, b.name AS toName, b.kind AS toKind, t.basis AS detail, t.since AS since, t.until AS until, t.source AS source, t.excerpt AS excerpt
UNION ALL
MATCH (a:Actor {id: $id})-[t:SUPPLIES_ARMS_TO]->(b:Actor)
WHERE (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN 'SUPPLIES_ARMS_TO' AS type, a.id AS fromId, b.id AS toId, a.name AS fromName, a.kind AS fromKind, b.name AS toName, b.kind AS toKind, t.items AS detail, t.since AS since, t.until AS until, t.source AS source, t.excerpt AS excerpt
UNION ALL
MATCH (a:Actor)-[t:SUPPLIES_ARMS_TO]->(b:Actor {id: $id})
WHERE (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf)))) AND a.id <> $id
RETURN 'SUPPLIES_ARMS_TO' AS type, a.id AS fromId, b.id AS toId, a.name AS fromName, a.kind AS fromKind, b.name AS toName, b.kind AS toKind, t.items AS detail, t.since AS since, t.until AS until, t.source AS source, t.excerpt AS excerpt
