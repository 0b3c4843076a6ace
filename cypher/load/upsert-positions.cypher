// Seed load: creates or updates positions by id.
UNWIND $rows AS r
MERGE (n:Position {id: r.id})
SET n.label = r.label, n.description = r.description
