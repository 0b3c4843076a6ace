// Neo4j only: every derived "spoke about" relationship folded per pair (SPOKE_ABOUT_PAIR, as
// derive/spoke-about builds it for some speakers), from the ones per stance that derive/spoke-about-all
// has just built. It runs in a transaction of its own: at 10^6 relationships, both kinds built in one
// went past Neo4j's transaction memory with a 2 GB heap. Until it lands, the graph has no pair
// relationships, and derive/spoke-about-missing builds both again at the next start.
MATCH (a:Actor)-[d:SPOKE_ABOUT]->(b:Actor)
WITH a, b, collect(d.stance) AS stances, collect(d.statements) AS counts,
     collect(coalesce(toString(d.firstDate), '')) AS firstDates, collect(coalesce(toString(d.lastDate), '')) AS lastDates,
     toString(min(d.firstDate)) AS firstDate, toString(max(d.lastDate)) AS lastDate
CREATE (a)-[:SPOKE_ABOUT_PAIR {pair: a.id + ' ' + b.id, stances: stances, counts: counts, firstDates: firstDates, lastDates: lastDates, firstDate: firstDate, lastDate: lastDate}]->(b)
