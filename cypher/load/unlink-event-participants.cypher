// Load: removes these events' PARTICIPATED_IN links before the record is written again whole.
UNWIND $rows AS row
MATCH (:Actor)-[r:PARTICIPATED_IN]->(e:Event {id: row.id})
DELETE r
