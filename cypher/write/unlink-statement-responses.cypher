// Write API: removes these statements' RESPONDS_TO links before the record is written again whole.
MATCH (s:Statement)-[r:RESPONDS_TO]->(:Statement) WHERE s.id IN $ids
DELETE r
