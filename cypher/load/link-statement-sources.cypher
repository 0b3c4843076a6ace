// Seed load: the sources a statement is cited in, with the document's exact words.
// The excerpt is part of the merged pattern: a record citing one source for several passages keeps each one.
UNWIND $rows AS r
MATCH (s:Statement {id: r.statement}), (src:Source {id: r.source})
MERGE (s)-[:CITED_IN {excerpt: r.excerpt}]->(src)
