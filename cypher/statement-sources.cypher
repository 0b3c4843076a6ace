// The sources each of these statements is cited in, with the document's words.
MATCH (s:Statement)-[c:CITED_IN]->(src:Source)
WHERE s.id IN $ids
RETURN s.id AS statement, src.id AS id, src.title AS title, src.url AS url, src.publisher AS publisher, c.excerpt AS excerpt
ORDER BY statement, id, excerpt
