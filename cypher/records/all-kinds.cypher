// Every record id in the graph with its kind: the export's list of records.
MATCH (n:Actor) RETURN n.id AS id, 'actor' AS kind
UNION ALL MATCH (n:Statement) RETURN n.id AS id, 'statement' AS kind
UNION ALL MATCH (n:Source) RETURN n.id AS id, 'source' AS kind
UNION ALL MATCH (n:Position) RETURN n.id AS id, 'position' AS kind
UNION ALL MATCH (n:Event) RETURN n.id AS id, 'event' AS kind
UNION ALL MATCH (n:Place) RETURN n.id AS id, 'place' AS kind
