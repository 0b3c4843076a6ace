// Load: removes these statements' ABOUT links before the record is written again whole.
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})-[r:ABOUT]->()
DELETE r
