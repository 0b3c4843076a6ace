// Load: removes these statements' SAID links before the record is written again whole.
UNWIND $rows AS row
MATCH (:Actor)-[r:SAID]->(s:Statement {id: row.id})
DELETE r
