// Seed load: each speaker of a statement (several for a joint text); rank 0 is the first-named.
UNWIND $rows AS r
MATCH (a:Actor {id: r.speaker}), (s:Statement {id: r.statement})
MERGE (a)-[l:SAID]->(s)
SET l.rank = r.rank
