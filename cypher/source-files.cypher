// Source documents and the file each was read from (or one, with $id), for the source viewer.
MATCH (src:Source)
WHERE $id = '' OR src.id = $id
RETURN src.id AS id, src.title AS title, src.publisher AS publisher, src.url AS url, src.file AS file
ORDER BY file, id
