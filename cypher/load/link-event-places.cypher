// Seed load: where events happened.
UNWIND $rows AS r
MATCH (e:Event {id: r.event}), (p:Place {id: r.place})
MERGE (e)-[:AT]->(p)
