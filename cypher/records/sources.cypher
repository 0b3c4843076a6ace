// Sources with these ids, as seed records.
MATCH (n:Source) WHERE n.id IN $ids
RETURN n.id AS id, n.title AS title, n.publisher AS publisher, n.url AS url, n.published AS published, n.kind AS kind, n.file AS file
