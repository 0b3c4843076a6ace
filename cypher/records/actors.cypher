// Actors with these ids, as seed records.
MATCH (n:Actor) WHERE n.id IN $ids
RETURN n.id AS id, n.name AS name, n.kind AS kind, n.aliases AS aliases, n.description AS description, n.unnamed AS unnamed
