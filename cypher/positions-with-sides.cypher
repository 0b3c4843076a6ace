// Every position (or one, with $id) with how many distinct actors support and reject it.
MATCH (p:Position)
WHERE $id = '' OR p.id = $id
OPTIONAL MATCH (a:Actor)-[:SAID]->(:Statement)-[t:TAKES]->(p)
WITH p, collect(DISTINCT CASE WHEN t.stance = 'supports' THEN a.id ELSE NULL END) AS sup, collect(DISTINCT CASE WHEN t.stance = 'rejects' THEN a.id ELSE NULL END) AS rej
RETURN p.id AS id, p.label AS label, p.description AS description, size(sup) AS supporters, size(rej) AS rejecters
ORDER BY p.label, p.id
