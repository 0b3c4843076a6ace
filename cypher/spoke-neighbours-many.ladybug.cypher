// spoke-neighbours for a long list of actors on LadybugDB 0.19.1 (same rows). `a.id IN $ids` is tested
// against every actor, item by item: 1.4 s for 7,285 ids at 10^6. An UNWIND of the ids is joined to
// the actors by hash instead (0.6 s), but costs more for a few ids (37 ms against 6 ms for one), so
// the graph repository takes this query only for long lists (neighbourQueries).
UNWIND $ids AS id
MATCH (a:Actor {id: id})-[:SPOKE_ABOUT]-(b:Actor)
RETURN a.id AS id, collect(DISTINCT b.id) AS neighbours
