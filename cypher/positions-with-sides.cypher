// Every position (or one, with $id) with how many distinct actors support and reject it.
MATCH (p:Position)
WHERE $id = '' OR p.id = $id
OPTIONAL MATCH (a:Actor)-[:SAID]->(:Statement)-[t:TAKES]->(p)
RETURN p.id AS id, p.label AS label, p.description AS description,
       count(DISTINCT CASE WHEN t.stance = 'supports' THEN a.id ELSE NULL END) AS supporters,
       count(DISTINCT CASE WHEN t.stance = 'rejects' THEN a.id ELSE NULL END) AS rejecters
ORDER BY label, id
