// Which actors spoke about these actors, or were spoken about by them? One row per actor, with its
// neighbours as a list. Used with tie-neighbours to expand neighbourhoods and find paths, one query per
// level. It reads the derived SPOKE_ABOUT_PAIR relationships (cypher/derive/): one per pair, where the
// statements would be tens of thousands for a much-quoted actor and the relationships per stance more
// (a path level of 115 much-quoted actors at 10^6: 62 → 53 ms at the median, interleaved). A list per
// actor, not a row per neighbour: LadybugDB hands rows to JavaScript one object at a time. The
// neighbours are made distinct before their ids are read, so an id is read once per neighbour, not once
// per relationship (that level: 15,000 neighbours). The far end's label is not tested: the relationship
// joins two actors (derive/spoke-about), and testing it cost a database hit per relationship (that
// level, per stance: 206,000 hits → 128,000, median 85 → 74 and 75 → 68 ms, interleaved).
// spoke-neighbours.ladybug.cypher gives the same rows.
MATCH (a:Actor)-[:SPOKE_ABOUT_PAIR]-(b)
WHERE a.id IN $ids
WITH a, collect(DISTINCT b) AS neighbours
RETURN a.id AS id, [n IN neighbours | n.id] AS neighbours
