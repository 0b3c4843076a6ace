// Which ties does an actor have, in either direction, as they stood on $asOf (when $useAsOf)?
// A tie from the actor to itself is listed once. Both ends come named, so the answer needs no second read.
MATCH (:Actor {id: $id})-[t:MEMBER_OF|HOLDS_OFFICE|ALLIED_WITH|SUPPLIES_ARMS_TO]-(:Actor)
WHERE NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf)))
WITH DISTINCT t
WITH t, startNode(t) AS a, endNode(t) AS b
RETURN type(t) AS type, a.id AS fromId, b.id AS toId, a.name AS fromName, a.kind AS fromKind, b.name AS toName, b.kind AS toKind,
       coalesce(t.role, t.title, t.basis, t.items) AS detail,
       t.since AS since, t.until AS until, t.source AS source, t.excerpt AS excerpt
