// The sources each of these statements is cited in, with the document's words.
// (MATCH … WHERE id IN $ids, not UNWIND: LadybugDB 0.19.1 joins UNWIND values after matching every
// statement's links, 400 ms for 50 statements at 10^6 relationships; the IN filter is applied first.)
MATCH (s:Statement)-[c:CITED_IN]->(src:Source)
WHERE s.id IN $ids
RETURN s.id AS statement, src.id AS id, src.title AS title, src.url AS url, src.publisher AS publisher, c.excerpt AS excerpt
ORDER BY statement, id
