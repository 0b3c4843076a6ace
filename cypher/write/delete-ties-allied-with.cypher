// Write API: deletes these ALLIED_WITH ties, each named by its two actors.
UNWIND $rows AS r
MATCH (a:Actor {id: r.from})-[t:ALLIED_WITH]->(b:Actor {id: r.to})
DELETE t
