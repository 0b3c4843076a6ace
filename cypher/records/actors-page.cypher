// A page of actors as seed records, in id order after $after (keyset paging: an export reads the graph
// a page at a time, and each page starts from an index seek, not from the first actor).
MATCH (n:Actor) WHERE n.id > $after
RETURN n.id AS id, n.name AS name, n.kind AS kind, n.aliases AS aliases, n.description AS description, n.unnamed AS unnamed
ORDER BY id LIMIT $limit
