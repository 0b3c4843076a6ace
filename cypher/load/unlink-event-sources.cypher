// Load: removes these events' REPORTED_IN links before the record is written again whole.
UNWIND $rows AS row
MATCH (e:Event {id: row.id})-[r:REPORTED_IN]->(:Source)
DELETE r
