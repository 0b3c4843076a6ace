// Write API: removes these statements' TAKES links before the record is written again whole.
MATCH (s:Statement)-[r:TAKES]->(:Position) WHERE s.id IN $ids
DELETE r
