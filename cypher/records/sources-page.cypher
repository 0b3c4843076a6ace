// A page of sources as seed records, in id order after $after (keyset paging, as records/actors-page).
MATCH (n:Source) WHERE n.id > $after
RETURN n.id AS id, n.title AS title, n.publisher AS publisher, n.url AS url, n.published AS published, n.kind AS kind, n.file AS file
ORDER BY id LIMIT $limit
