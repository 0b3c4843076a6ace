// Seed load: the positions a statement supports or rejects, with the figure it gives (null for none).
UNWIND $rows AS r
MATCH (s:Statement {id: r.statement}), (p:Position {id: r.position})
MERGE (s)-[t:TAKES]->(p)
SET t.stance = r.stance, t.figure = r.figure
