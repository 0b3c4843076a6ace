// Load: removes these events' AT links before the record is written again whole.
UNWIND $rows AS row
MATCH (e:Event {id: row.id})-[r:AT]->(:Place)
DELETE r
