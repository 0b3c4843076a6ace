// Load: removes these statements' RELAYED links before the record is written again whole.
UNWIND $rows AS row
MATCH (:Actor)-[r:RELAYED]->(s:Statement {id: row.id})
DELETE r
