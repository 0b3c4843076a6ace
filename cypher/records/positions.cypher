// Positions with these ids, as seed records.
MATCH (n:Position) WHERE n.id IN $ids
RETURN n.id AS id, n.label AS label, n.description AS description
