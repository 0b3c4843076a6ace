// Load: removes these statements' CITED_IN links before the record is written again whole.
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})-[r:CITED_IN]->(:Source)
DELETE r
