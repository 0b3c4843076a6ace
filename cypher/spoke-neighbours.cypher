// Which actors spoke about these actors, or were spoken about by them? One row per actor and
// neighbour. Used with tie-neighbours to expand neighbourhoods and find paths, one query per level.
// Plain patterns with the id filter unconditional: LadybugDB 0.19.1 planned the former chain of
// OPTIONAL MATCH … collect() over every statement in the graph (150 ms for one actor at 10^6
// relationships, 1.4 s for 200), and ignores a WHERE condition made of parameters alone, so the
// caller decides whether to run this query at all.
MATCH (a:Actor)-[:SAID]->(:Statement)-[:ABOUT]->(b:Actor)
WHERE a.id IN $ids
RETURN a.id AS id, b.id AS neighbour
UNION
MATCH (b:Actor)-[:SAID]->(:Statement)-[:ABOUT]->(a:Actor)
WHERE a.id IN $ids
RETURN a.id AS id, b.id AS neighbour
