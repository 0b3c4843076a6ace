// Write API: removes these statements' RELAYED links before the record is written again whole.
MATCH (:Actor)-[r:RELAYED]->(s:Statement) WHERE s.id IN $ids
DELETE r
