// Which kind of record each of these ids names (reference checks, the routes' check of ids given as filters):
// one key lookup per id and label, which both engines answer from their indexes (a `WHERE n.id IN $ids`
// scans the table on LadybugDB, and an `$all OR …` alternative made Neo4j scan every label).
UNWIND $ids AS wanted MATCH (n:Actor {id: wanted}) RETURN n.id AS id, 'actor' AS kind
UNION ALL UNWIND $ids AS wanted MATCH (n:Statement {id: wanted}) RETURN n.id AS id, 'statement' AS kind
UNION ALL UNWIND $ids AS wanted MATCH (n:Source {id: wanted}) RETURN n.id AS id, 'source' AS kind
UNION ALL UNWIND $ids AS wanted MATCH (n:Position {id: wanted}) RETURN n.id AS id, 'position' AS kind
UNION ALL UNWIND $ids AS wanted MATCH (n:Event {id: wanted}) RETURN n.id AS id, 'event' AS kind
UNION ALL UNWIND $ids AS wanted MATCH (n:Place {id: wanted}) RETURN n.id AS id, 'place' AS kind
