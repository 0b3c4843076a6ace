// How many nodes of each label the graph holds (health, stats, and load checks).
// The count comes before the label's name (WITH): Neo4j then reads it from its count store, where
// `RETURN 'Actor' AS label, count(n)` scanned every node of the label (256,906 db hits at 10^6 against 6).
MATCH (n:Actor) WITH count(n) AS n RETURN 'Actor' AS label, n
UNION ALL MATCH (n:Statement) WITH count(n) AS n RETURN 'Statement' AS label, n
UNION ALL MATCH (n:Source) WITH count(n) AS n RETURN 'Source' AS label, n
UNION ALL MATCH (n:Position) WITH count(n) AS n RETURN 'Position' AS label, n
UNION ALL MATCH (n:Event) WITH count(n) AS n RETURN 'Event' AS label, n
UNION ALL MATCH (n:Place) WITH count(n) AS n RETURN 'Place' AS label, n
