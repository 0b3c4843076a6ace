// Seed load: statements that answer earlier statements.
UNWIND $rows AS r
MATCH (s:Statement {id: r.statement}), (t:Statement {id: r.respondsTo})
MERGE (s)-[:RESPONDS_TO]->(t)
