// Places with these ids, as seed records.
MATCH (n:Place) WHERE n.id IN $ids
RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.description AS description
