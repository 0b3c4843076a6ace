// spoke-edges-among for Neo4j (same rows as spoke-edges-among.cypher). Each relationship among the set is
// found from whichever end has few of them. Much-quoted sets hold speakers with thousands of SPOKE_ABOUT
// relationships and actors spoken about by thousands, and the relationships kept join the two kinds: a
// busy speaker's are found from a quiet target's incoming ones, and those between a busy speaker and a
// much-spoken-of actor by their `pair` index (schema.neo4j.cypher). Expanding every speaker of the slowest
// depth-1 sample at 10^6 read 67,420 relationships to keep 7,037 (100,712 database hits; 45,595 this way).
// Medians, interleaved: 46 → 40 ms there, 62 → 53 for a depth-2 sample's 200 actors, 60 → 55 for a path's
// 229. Past 200 relationships a seek per pair costs less than the expansion (50 to 3,200 measured).
// The dates come as text: the JavaScript driver turns each Date value into year, month and day with
// 64-bit integer arithmetic, which cost more than the query for thousands of rows. The seek is a hint:
// planned while the index's statistics still count none of the derived relationships (built as an
// imported graph is first opened), Neo4j scanned the whole index instead (see statements-page-of-pair).
MATCH (x:Actor)
WHERE x.id IN $ids
WITH x, COUNT { (x)-[:SPOKE_ABOUT]->() } > 200 AS speaksMuch, COUNT { (x)<-[:SPOKE_ABOUT]-() } > 200 AS muchSpokenOf
WITH collect(x) AS members,
     collect(CASE WHEN NOT speaksMuch THEN x END) AS quietSpeakers,
     collect(CASE WHEN speaksMuch THEN x END) AS busySpeakers,
     collect(CASE WHEN NOT muchSpokenOf THEN x END) AS quietTargets,
     collect(CASE WHEN muchSpokenOf THEN x END) AS busyTargets
CALL (members, quietSpeakers, busySpeakers, quietTargets, busyTargets) {
  UNWIND quietSpeakers AS a
  MATCH (a)-[d:SPOKE_ABOUT]->(b)
  WHERE b IN members
  RETURN a, b, d
  UNION ALL
  UNWIND quietTargets AS b
  MATCH (a)-[d:SPOKE_ABOUT]->(b)
  WHERE a IN busySpeakers
  RETURN a, b, d
  UNION ALL
  UNWIND busySpeakers AS a
  UNWIND busyTargets AS b
  MATCH ()-[d:SPOKE_ABOUT {pair: a.id + ' ' + b.id}]->()
  USING INDEX SEEK d:SPOKE_ABOUT(pair)
  RETURN a, b, d
}
WITH a, b, d
WHERE size($stances) = 0 OR d.stance IN $stances
WITH a, b, collect(d.stance) AS stances, collect(d.statements) AS counts, min(d.firstDate) AS firstDate, max(d.lastDate) AS lastDate
RETURN a.id AS source, b.id AS target, stances, counts, toString(firstDate) AS firstDate, toString(lastDate) AS lastDate
