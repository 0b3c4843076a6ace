// Write API: removes these events' PARTICIPATED_IN links before the record is written again whole.
MATCH (:Actor)-[r:PARTICIPATED_IN]->(e:Event) WHERE e.id IN $ids
DELETE r
