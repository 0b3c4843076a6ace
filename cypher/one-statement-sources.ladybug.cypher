// statement-sources for one statement on LadybugDB 0.19.1 (same rows): looked up by its key, see
// one-statement.ladybug.cypher (2-4 ms at 10^6, against 60-90 ms for the list form). Unordered: the
// repository puts a statement's sources in one order for both engines.
MATCH (s:Statement {id: $id})-[c:CITED_IN]->(src:Source)
RETURN s.id AS statement, src.id AS id, src.title AS title, src.url AS url, src.publisher AS publisher, c.excerpt AS excerpt
