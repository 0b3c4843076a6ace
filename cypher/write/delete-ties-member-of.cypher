// Write API: deletes these MEMBER_OF ties, each named by its two actors.
UNWIND $rows AS r
MATCH (a:Actor {id: r.from})-[t:MEMBER_OF]->(b:Actor {id: r.to})
DELETE t
