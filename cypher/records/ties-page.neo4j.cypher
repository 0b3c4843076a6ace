// A page of ties as seed records in the order of their names (`TYPE:from:to`) after $after: every tie
// ($every), or those with both ends among $actors. The name is the sort key itself, since ordering by
// (type, from, to) differs where an id continues with a character before ':' ('ab' / 'ab-c').
MATCH (a:Actor)-[t:MEMBER_OF|HOLDS_OFFICE|ALLIED_WITH|SUPPLIES_ARMS_TO]->(b:Actor)
WITH a, b, t, type(t) + ':' + a.id + ':' + b.id AS key
WHERE key > $after AND ($every OR (a.id IN $actors AND b.id IN $actors))
RETURN key, type(t) AS type, a.id AS fromId, b.id AS toId, coalesce(t.role, t.title, t.basis, t.items) AS detail,
       t.since AS since, t.until AS until, t.source AS source, t.excerpt AS excerpt
ORDER BY key LIMIT $limit
