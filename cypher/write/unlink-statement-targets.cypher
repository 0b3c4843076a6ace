// Write API: removes these statements' ABOUT links before the record is written again whole.
MATCH (s:Statement)-[r:ABOUT]->() WHERE s.id IN $ids
DELETE r
