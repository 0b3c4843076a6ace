// Write API: removes these events' AT links before the record is written again whole.
MATCH (e:Event)-[r:AT]->(:Place) WHERE e.id IN $ids
DELETE r
