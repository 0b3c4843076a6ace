// Seed load: what a statement is about (here: Place targets), with the speaker's stance toward it.
UNWIND $rows AS r
MATCH (s:Statement {id: r.statement}), (t:Place {id: r.target})
MERGE (s)-[a:ABOUT]->(t)
SET a.stance = r.stance
