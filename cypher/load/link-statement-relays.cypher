// Seed load: who passed a statement's words on (a tweeted testimony), when not its speaker.
UNWIND $rows AS r
MATCH (a:Actor {id: r.actor}), (s:Statement {id: r.statement})
MERGE (a)-[:RELAYED]->(s)
