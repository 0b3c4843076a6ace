// Which actors are tied to these actors, either way, by ties that stood on $asOf (when $useAsOf)?
// One row per actor, neighbour and tie type; the caller keeps the types it was asked for. One pattern
// over the four tie types (one UNION part per type: 16 against 10 ms for a path's 229 actors at 10^6
// relationships). tie-neighbours.ladybug.cypher gives the same rows.
MATCH (a:Actor)-[t:MEMBER_OF|HOLDS_OFFICE|ALLIED_WITH|SUPPLIES_ARMS_TO]-(b:Actor)
WHERE a.id IN $ids AND (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN DISTINCT a.id AS id, b.id AS neighbour, type(t) AS type
