// Every source (or one, with $id) with how many statements cite it.
MATCH (src:Source)
WHERE $id = '' OR src.id = $id
OPTIONAL MATCH (s:Statement)-[:CITED_IN]->(src)
RETURN src.id AS id, src.title AS title, src.publisher AS publisher, src.url AS url, src.published AS published, src.kind AS kind, count(DISTINCT s) AS statementCount
ORDER BY title, id
