// actor-ties for LadybugDB 0.19.1 (same rows as actor-ties.neo4j.cypher). It has no type(), startNode()
// or endNode(): label() names the type, and a relationship's internal `_src` says which way it points
// (struct_extract, compared with the actor's internal id). One undirected pattern over the four tie
// tables, from the actor looked up by an id equal to $id: 4-12 ms at 10^6 relationships, where a part
// per type and direction (eight, each from the key) took 10-27 ms. Each property is read from the
// table that has it. A tie from the actor to itself is matched both ways; DISTINCT lists it once (a
// type and two ends name one tie: loads and writes merge on them).
MATCH (x:Actor {id: $id})-[t:MEMBER_OF|HOLDS_OFFICE|ALLIED_WITH|SUPPLIES_ARMS_TO]-(y:Actor)
WHERE NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf)))
WITH t, x, y, struct_extract(t, '_src') = id(x) AS outgoing
RETURN DISTINCT label(t) AS type, CASE WHEN outgoing THEN x.id ELSE y.id END AS fromId, CASE WHEN outgoing THEN y.id ELSE x.id END AS toId,
       CASE WHEN outgoing THEN x.name ELSE y.name END AS fromName, CASE WHEN outgoing THEN x.kind ELSE y.kind END AS fromKind,
       CASE WHEN outgoing THEN y.name ELSE x.name END AS toName, CASE WHEN outgoing THEN y.kind ELSE x.kind END AS toKind,
       coalesce(t.role, t.title, t.basis, t.items) AS detail, t.since AS since, t.until AS until, t.source AS source, t.excerpt AS excerpt
