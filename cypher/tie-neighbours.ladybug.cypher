// tie-neighbours for LadybugDB 0.19.1 (same rows as tie-neighbours.cypher). The as-of test follows
// in a WITH, so it applies the id filter while matching.
MATCH (a:Actor)-[t:MEMBER_OF]-(b:Actor)
WHERE a.id IN $ids
WITH a, b, t
WHERE (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN a.id AS id, b.id AS neighbour, 'MEMBER_OF' AS type
UNION
MATCH (a:Actor)-[t:HOLDS_OFFICE]-(b:Actor)
WHERE a.id IN $ids
WITH a, b, t
WHERE (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN a.id AS id, b.id AS neighbour, 'HOLDS_OFFICE' AS type
UNION
MATCH (a:Actor)-[t:ALLIED_WITH]-(b:Actor)
WHERE a.id IN $ids
WITH a, b, t
WHERE (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN a.id AS id, b.id AS neighbour, 'ALLIED_WITH' AS type
UNION
MATCH (a:Actor)-[t:SUPPLIES_ARMS_TO]-(b:Actor)
WHERE a.id IN $ids
WITH a, b, t
WHERE (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN a.id AS id, b.id AS neighbour, 'SUPPLIES_ARMS_TO' AS type
