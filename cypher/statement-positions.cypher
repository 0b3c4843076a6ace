// The positions each of these statements supports or rejects.
// (MATCH … WHERE id IN $ids, not UNWIND: LadybugDB 0.19.1 joins UNWIND values after matching every
// statement's links, 400 ms for 50 statements at 10^6 relationships; the IN filter is applied first.)
MATCH (s:Statement)-[t:TAKES]->(p:Position)
WHERE s.id IN $ids
RETURN s.id AS statement, p.id AS id, p.label AS label, t.stance AS stance
ORDER BY statement, id
