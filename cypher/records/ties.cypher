// Ties as seed records: every tie ($every), ties citing one of $sources, and ties touching the $actors
// (with $either, ties with either end among them; without, ties with both ends among them).
MATCH (a:Actor)-[t:MEMBER_OF]->(b:Actor)
WHERE $every OR t.source IN $sources OR ((a.id IN $actors OR b.id IN $actors) AND ($either OR (a.id IN $actors AND b.id IN $actors)))
RETURN 'MEMBER_OF' AS type, a.id AS fromId, b.id AS toId, t.role AS detail, t.since AS since, t.until AS until, t.source AS source, t.excerpt AS excerpt
UNION ALL MATCH (a:Actor)-[t:HOLDS_OFFICE]->(b:Actor)
WHERE $every OR t.source IN $sources OR ((a.id IN $actors OR b.id IN $actors) AND ($either OR (a.id IN $actors AND b.id IN $actors)))
RETURN 'HOLDS_OFFICE' AS type, a.id AS fromId, b.id AS toId, t.title AS detail, t.since AS since, t.until AS until, t.source AS source, t.excerpt AS excerpt
UNION ALL MATCH (a:Actor)-[t:ALLIED_WITH]->(b:Actor)
WHERE $every OR t.source IN $sources OR ((a.id IN $actors OR b.id IN $actors) AND ($either OR (a.id IN $actors AND b.id IN $actors)))
RETURN 'ALLIED_WITH' AS type, a.id AS fromId, b.id AS toId, t.basis AS detail, t.since AS since, t.until AS until, t.source AS source, t.excerpt AS excerpt
UNION ALL MATCH (a:Actor)-[t:SUPPLIES_ARMS_TO]->(b:Actor)
WHERE $every OR t.source IN $sources OR ((a.id IN $actors OR b.id IN $actors) AND ($either OR (a.id IN $actors AND b.id IN $actors)))
RETURN 'SUPPLIES_ARMS_TO' AS type, a.id AS fromId, b.id AS toId, t.items AS detail, t.since AS since, t.until AS until, t.source AS source, t.excerpt AS excerpt
