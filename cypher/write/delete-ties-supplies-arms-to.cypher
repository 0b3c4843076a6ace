// Write API: deletes these SUPPLIES_ARMS_TO ties, each named by its two actors.
UNWIND $rows AS r
MATCH (a:Actor {id: r.from})-[t:SUPPLIES_ARMS_TO]->(b:Actor {id: r.to})
DELETE t
