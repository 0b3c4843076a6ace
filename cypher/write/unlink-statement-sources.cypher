// Write API: removes these statements' CITED_IN links before the record is written again whole.
MATCH (s:Statement)-[r:CITED_IN]->(:Source) WHERE s.id IN $ids
DELETE r
