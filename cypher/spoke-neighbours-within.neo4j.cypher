// Which of these actors' "spoke about" neighbours are within $within? One row per actor that has any,
// with those neighbours as a list (the rows of spoke-neighbours, kept to $within). A path's search asks
// it first on a level that may meet the other side's frontier ($within): a much-quoted level then
// returns its few hundred links, not its thousands of neighbours. The hint makes Neo4j look each actor
// of $within up once and join the near side's relationships to them by node; tested by id or as a list
// of nodes it read a property or walked the list for every relationship. The slowest bench route's
// meeting level at 10^6 relationships (115 actors against 130, 78,000 relationships): 56 ms for
// spoke-neighbours, 141 and 172 ms tested so, 23 ms joined (medians, interleaved); 18 ms over the
// relationships per pair (SPOKE_ABOUT_PAIR, as spoke-neighbours) rather than per stance.
// spoke-neighbours-within.ladybug.cypher gives the same rows.
MATCH (a:Actor)-[:SPOKE_ABOUT_PAIR]-(b:Actor)
USING JOIN ON b
WHERE a.id IN $ids AND b.id IN $within
RETURN a.id AS id, collect(DISTINCT b.id) AS neighbours
