// Load: removes these statements' RESPONDS_TO links before the record is written again whole.
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})-[r:RESPONDS_TO]->(:Statement)
DELETE r
