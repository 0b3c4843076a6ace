// spoke-neighbours-within for LadybugDB 0.19.1 (same rows as spoke-neighbours-within.neo4j.cypher). Both
// sets are tested by their offset in the Actor table ($actorOffsets from $ids, $withinOffsets from
// $within, which the store looks up), as in spoke-neighbours.ladybug.cypher. The slowest bench route's
// meeting level at 10^6 relationships: 30 ms for spoke-neighbours, 12 ms this way.
MATCH (a:Actor)-[:SPOKE_ABOUT]-(b:Actor)
WHERE offset(id(a)) IN $actorOffsets AND offset(id(b)) IN $withinOffsets
RETURN a.id AS id, collect(DISTINCT b.id) AS neighbours
