// Seed load: the positions a statement supports or rejects.
UNWIND $rows AS r
MATCH (s:Statement {id: r.statement}), (p:Position {id: r.position})
MERGE (s)-[t:TAKES]->(p)
SET t.stance = r.stance
