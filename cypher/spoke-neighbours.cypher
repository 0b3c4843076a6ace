// Which actors spoke about these actors, or were spoken about by them? One row per actor, with its
// neighbours as a list. Used with tie-neighbours to expand neighbourhoods and find paths, one query per
// level. It reads the derived SPOKE_ABOUT relationships (cypher/derive/): one per pair and stance, where
// the statements would be tens of thousands for a much-quoted actor. A list per actor, not a row per
// neighbour: LadybugDB hands rows to JavaScript one object at a time.
MATCH (a:Actor)-[:SPOKE_ABOUT]-(b:Actor)
WHERE a.id IN $ids
RETURN a.id AS id, collect(DISTINCT b.id) AS neighbours
