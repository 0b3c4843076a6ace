// Write API: deletes these HOLDS_OFFICE ties, each named by its two actors.
UNWIND $rows AS r
MATCH (a:Actor {id: r.from})-[t:HOLDS_OFFICE]->(b:Actor {id: r.to})
DELETE t
