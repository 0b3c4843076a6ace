// Write API: removes these statements' SAID links before the record is written again whole.
MATCH (:Actor)-[r:SAID]->(s:Statement) WHERE s.id IN $ids
DELETE r
