// The positions each of these statements supports or rejects, with the figure it gives ('' for none).
MATCH (s:Statement)-[t:TAKES]->(p:Position)
WHERE s.id IN $ids
RETURN s.id AS statement, p.id AS id, p.label AS label, t.stance AS stance, coalesce(t.figure, '') AS figure
ORDER BY statement, id
