// tie-neighbours for LadybugDB 0.19.1 (same rows as tie-neighbours.neo4j.cypher): one pattern over the four
// tie types, whose type LadybugDB names with label(), and the actors tested by their offset in the Actor
// table ($actorOffsets, looked up by the store from $ids). As four parts, one per type, each
// testing every actor's id against the list, took 13–20 ms for a few actors, 146 ms for 200 and 3.6 s for
// 7,285 at 10^6 relationships; this takes 7–16 ms, and 0.2 s for 7,285. The as-of test follows in a WITH,
// so that the offsets are tested while matching.
MATCH (a:Actor)-[t:MEMBER_OF|HOLDS_OFFICE|ALLIED_WITH|SUPPLIES_ARMS_TO]-(b:Actor)
WHERE offset(id(a)) IN $actorOffsets
WITH a, b, t
WHERE (NOT $useAsOf OR ((t.since IS NULL OR t.since <= date($asOf)) AND (t.until IS NULL OR t.until >= date($asOf))))
RETURN DISTINCT a.id AS id, b.id AS neighbour, label(t) AS type
