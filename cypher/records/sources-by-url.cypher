// Sources whose url is one of these: an import reuses a source it already knows by its address.
MATCH (n:Source) WHERE n.url IN $urls
RETURN n.url AS url, n.id AS id
ORDER BY n.id
