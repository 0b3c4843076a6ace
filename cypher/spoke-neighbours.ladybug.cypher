// spoke-neighbours for LadybugDB 0.19.1 (same rows as spoke-neighbours.neo4j.cypher). The actors are tested by
// their offset in the Actor table ($actorOffsets, which the store looks up from $ids), not by reading
// each actor's id and comparing it with every item of the list: the same for a few actors, 49 → 20 ms
// for 200 and 1.0 s → 0.4 s for 7,285 at 10^6 relationships (an UNWIND of the ids joined by hash took 0.6 s).
MATCH (a:Actor)-[:SPOKE_ABOUT]-(b:Actor)
WHERE offset(id(a)) IN $actorOffsets
RETURN a.id AS id, collect(DISTINCT b.id) AS neighbours
