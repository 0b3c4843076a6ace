// Which actors spoke about these actors, or were spoken about by them? One row per actor and
// neighbour. Used with tie-neighbours to expand neighbourhoods and find paths, one query per level.
MATCH (a:Actor)-[:SAID]->(:Statement)-[:ABOUT]->(b:Actor)
WHERE a.id IN $ids
RETURN a.id AS id, b.id AS neighbour
UNION
MATCH (b:Actor)-[:SAID]->(:Statement)-[:ABOUT]->(a:Actor)
WHERE a.id IN $ids
RETURN a.id AS id, b.id AS neighbour
