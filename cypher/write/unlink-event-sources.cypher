// Write API: removes these events' REPORTED_IN links before the record is written again whole.
MATCH (e:Event)-[r:REPORTED_IN]->(:Source) WHERE e.id IN $ids
DELETE r
