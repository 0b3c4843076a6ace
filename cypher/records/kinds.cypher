// Which kind of record each id names (all ids when $anyId): reference checks, and the export's list of records.
MATCH (n:Actor) WHERE $anyId OR n.id IN $ids RETURN n.id AS id, 'actor' AS kind
UNION ALL MATCH (n:Statement) WHERE $anyId OR n.id IN $ids RETURN n.id AS id, 'statement' AS kind
UNION ALL MATCH (n:Source) WHERE $anyId OR n.id IN $ids RETURN n.id AS id, 'source' AS kind
UNION ALL MATCH (n:Position) WHERE $anyId OR n.id IN $ids RETURN n.id AS id, 'position' AS kind
UNION ALL MATCH (n:Event) WHERE $anyId OR n.id IN $ids RETURN n.id AS id, 'event' AS kind
UNION ALL MATCH (n:Place) WHERE $anyId OR n.id IN $ids RETURN n.id AS id, 'place' AS kind
