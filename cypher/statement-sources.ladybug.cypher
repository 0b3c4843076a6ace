// statement-sources for LadybugDB 0.19.1 (same rows as statement-sources.cypher).
// Each statement is found by its key (UNWIND … {id: …}, an index lookup), then its links with OPTIONAL
// MATCH: LadybugDB 0.19.1 plans a plain MATCH from UNWIND values, or a WHERE id IN list, as a scan of
// every statement's links (50 statements at 10^6 relationships: 60 ms this way, 130-290 ms the others).
UNWIND $ids AS statementId
MATCH (s:Statement {id: statementId})
OPTIONAL MATCH (s)-[c:CITED_IN]->(src:Source)
WITH s, c, src WHERE src IS NOT NULL
RETURN s.id AS statement, src.id AS id, src.title AS title, src.url AS url, src.publisher AS publisher, c.excerpt AS excerpt
ORDER BY statement, id, excerpt
