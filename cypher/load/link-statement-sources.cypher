// Seed load: the sources a statement is cited in, with the document's exact words.
UNWIND $rows AS r
MATCH (s:Statement {id: r.statement}), (src:Source {id: r.source})
MERGE (s)-[c:CITED_IN]->(src)
SET c.excerpt = r.excerpt
