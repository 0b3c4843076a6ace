// Which ties join actors of this set, as they stood on $asOf (when $useAsOf)? (ties-all: every actor's.)
// One pattern over the four tie types, each tie's detail read from the property its type has (four
// UNION ALL parts, one per type, seek the ids twice each: 17-19 ms for a path's 229 actors at 10^6
// relationships, against 9-11 ms). ties-among.ladybug.cypher gives the same rows.
// A query of its own, not an "everyone" switch: Neo4j cannot seek the ids' index behind an OR with a parameter.
MATCH (a:Actor)-[t:MEMBER_OF|HOLDS_OFFICE|ALLIED_WITH|SUPPLIES_ARMS_TO]->(b:Actor)
WHERE a.id IN $ids AND b.id IN $ids AND (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN type(t) AS type, a.id AS fromId, b.id AS toId,
       CASE type(t) WHEN 'MEMBER_OF' THEN t.role WHEN 'HOLDS_OFFICE' THEN t.title WHEN 'ALLIED_WITH' THEN t.basis ELSE t.items END AS detail,
       t.since AS since, t.until AS until
