// A page of positions as seed records, in id order after $after (keyset paging, as records/actors-page).
MATCH (n:Position) WHERE n.id > $after
RETURN n.id AS id, n.label AS label, n.description AS description
ORDER BY id LIMIT $limit
