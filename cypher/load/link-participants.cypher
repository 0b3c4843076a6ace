// Seed load: who took part in events, and in what role.
UNWIND $rows AS r
MATCH (a:Actor {id: r.actor}), (e:Event {id: r.event})
MERGE (a)-[t:PARTICIPATED_IN]->(e)
SET t.role = r.role
