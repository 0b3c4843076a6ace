// Which actors are tied to these actors, either way, by ties that stood on $asOf (when $useAsOf)?
// One row per actor, neighbour and tie type; the caller keeps the types it was asked for.
// One part per tie type: the two engines name a relationship's type with different functions.
MATCH (a:Actor)-[t:MEMBER_OF]-(b:Actor)
WHERE a.id IN $ids AND (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN a.id AS id, b.id AS neighbour, 'MEMBER_OF' AS type
UNION
MATCH (a:Actor)-[t:HOLDS_OFFICE]-(b:Actor)
WHERE a.id IN $ids AND (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN a.id AS id, b.id AS neighbour, 'HOLDS_OFFICE' AS type
UNION
MATCH (a:Actor)-[t:ALLIED_WITH]-(b:Actor)
WHERE a.id IN $ids AND (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN a.id AS id, b.id AS neighbour, 'ALLIED_WITH' AS type
UNION
MATCH (a:Actor)-[t:SUPPLIES_ARMS_TO]-(b:Actor)
WHERE a.id IN $ids AND (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN a.id AS id, b.id AS neighbour, 'SUPPLIES_ARMS_TO' AS type
