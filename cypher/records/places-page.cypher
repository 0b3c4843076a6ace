// A page of places as seed records, in id order after $after (keyset paging, as records/actors-page).
MATCH (n:Place) WHERE n.id > $after
RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.description AS description
ORDER BY id LIMIT $limit
