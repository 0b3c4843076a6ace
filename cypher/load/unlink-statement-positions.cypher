// Load: removes these statements' TAKES links before the record is written again whole.
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})-[r:TAKES]->(:Position)
DELETE r
