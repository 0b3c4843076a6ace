// records/ties-page on LadybugDB, which names a relationship's table with label() where Neo4j has type().
// Ties in the order of their names (`TYPE:from:to`) after $after: every tie ($every), or those with both
// ends among $actors; the name is the sort key itself, as on Neo4j.
MATCH (a:Actor)-[t:MEMBER_OF|HOLDS_OFFICE|ALLIED_WITH|SUPPLIES_ARMS_TO]->(b:Actor)
WITH a, b, t, label(t) + ':' + a.id + ':' + b.id AS key
WHERE key > $after AND ($every OR (a.id IN $actors AND b.id IN $actors))
RETURN key, label(t) AS type, a.id AS fromId, b.id AS toId, coalesce(t.role, t.title, t.basis, t.items) AS detail,
       t.since AS since, t.until AS until, t.source AS source, t.excerpt AS excerpt
ORDER BY key LIMIT $limit
