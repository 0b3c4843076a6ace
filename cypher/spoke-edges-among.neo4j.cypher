// spoke-edges-among for Neo4j (same rows as spoke-edges-among.cypher), from the relationships folded per
// pair (SPOKE_ABOUT_PAIR, derive/spoke-about): a much-quoted set's pairs have several stances each (the
// slowest depth-1 sample at 10^6: 7,037 relationships per stance, 1,625 pairs), and reading one per pair
// took 36 → 25 ms there and 51 → 34 ms for a path's 229 actors (medians, interleaved). A stance filter
// keeps the pair's stances within it and their dates; without one, the pair's own lists and dates are
// handed out as they are, not rebuilt place by place (the depth-1 sample: 25,229 → 19,817 database hits,
// median 23.1 → 21.0 ms, interleaved).
// Each relationship among the set is found from whichever end has few of them. Much-quoted sets hold
// speakers with thousands of relationships and actors spoken about by thousands, and the relationships
// kept join the two kinds: a busy speaker's are found from a quiet target's incoming ones, and those
// between a busy speaker and a much-spoken-of actor by their `pair` index (schema.neo4j.cypher), which
// past 200 relationships costs less than the expansion. The seek is a hint: planned while the index's
// statistics still count none of the derived relationships (built as an imported graph is first opened),
// Neo4j scanned the whole index instead (see statements-page-of-pair).
// The dates are text: the JavaScript driver turns each Date value into year, month and day with 64-bit
// integer arithmetic, which cost more than the query for thousands of rows.
MATCH (x:Actor)
WHERE x.id IN $ids
WITH x, COUNT { (x)-[:SPOKE_ABOUT_PAIR]->() } > 200 AS speaksMuch, COUNT { (x)<-[:SPOKE_ABOUT_PAIR]-() } > 200 AS muchSpokenOf
WITH collect(x) AS members,
     collect(CASE WHEN NOT speaksMuch THEN x END) AS quietSpeakers,
     collect(CASE WHEN speaksMuch THEN x END) AS busySpeakers,
     collect(CASE WHEN NOT muchSpokenOf THEN x END) AS quietTargets,
     collect(CASE WHEN muchSpokenOf THEN x END) AS busyTargets
CALL (members, quietSpeakers, busySpeakers, quietTargets, busyTargets) {
  UNWIND quietSpeakers AS a
  MATCH (a)-[d:SPOKE_ABOUT_PAIR]->(b)
  WHERE b IN members
  RETURN a, b, d
  UNION ALL
  UNWIND quietTargets AS b
  MATCH (a)-[d:SPOKE_ABOUT_PAIR]->(b)
  WHERE a IN busySpeakers
  RETURN a, b, d
  UNION ALL
  UNWIND busySpeakers AS a
  UNWIND busyTargets AS b
  MATCH ()-[d:SPOKE_ABOUT_PAIR {pair: a.id + ' ' + b.id}]->()
  USING INDEX SEEK d:SPOKE_ABOUT_PAIR(pair)
  RETURN a, b, d
}
WITH a, b, d, CASE WHEN size($stances) = 0 THEN null ELSE [i IN range(0, size(d.stances) - 1) WHERE d.stances[i] IN $stances] END AS kept
WHERE kept IS NULL OR size(kept) > 0
WITH a, b, d, kept, kept IS NULL OR size(kept) = size(d.stances) AS whole
RETURN a.id AS source, b.id AS target,
       CASE WHEN whole THEN d.stances ELSE [i IN kept | d.stances[i]] END AS stances,
       CASE WHEN whole THEN d.counts ELSE [i IN kept | d.counts[i]] END AS counts,
       CASE WHEN whole THEN d.firstDate ELSE reduce(m = null, x IN [i IN kept WHERE d.firstDates[i] <> '' | d.firstDates[i]] | CASE WHEN m IS NULL OR x < m THEN x ELSE m END) END AS firstDate,
       CASE WHEN whole THEN d.lastDate ELSE reduce(m = null, x IN [i IN kept WHERE d.lastDates[i] <> '' | d.lastDates[i]] | CASE WHEN m IS NULL OR x > m THEN x ELSE m END) END AS lastDate
