// A page of statements for Neo4j in one round trip: the statements matching the filters (as
// find-statements), how many there are, and the page's statements whole (as statements-whole).
// The search starts where the index can: from the given speakers, from the given targets, or from both
// at once, else from every statement. A target is looked up by its key under each label it may have.
// An UNWIND of an empty list switches a start off without scanning anything. The side started from
// needs no second test, and the other side is tested by node, not by id.
// With speakers and targets both given, the nodes' degrees (free to read) choose the start. From one
// side, each of its statements is tested against the other side (EXISTS). Joining both sides by hash
// reads each speaker's statements once per target and each target's once per speaker, at about a
// quarter of the cost per statement ($joinWeight: STATEMENT_JOIN_WEIGHT). So the join is taken when it
// reads no more than $joinWeight times the smaller side. For two much-quoted actors at 10^6 (22,406 and
// 31,828 statements, 3,017 in common) the join took 45-60 ms, starting from the speaker 140-170 ms.
// A much-quoted speaker about a rarely named target starts from the target, and the other way round.
CALL {
  UNWIND $speakers AS speakerId
  MATCH (a:Actor {id: speakerId})
  RETURN collect(a) AS speakers, sum(COUNT { (a)-[:SAID]->() }) AS said
}
CALL {
  UNWIND $about AS targetId
  CALL (targetId) {
    MATCH (t:Actor {id: targetId}) RETURN t
    UNION
    MATCH (t:Event {id: targetId}) RETURN t
    UNION
    MATCH (t:Place {id: targetId}) RETURN t
  }
  RETURN collect(t) AS targets, sum(COUNT { ()-[:ABOUT]->(t) }) AS heard
}
WITH speakers, targets, CASE
  WHEN size($speakers) = 0 AND size($about) = 0 THEN 'everything'
  WHEN size($about) = 0 THEN 'speakers'
  WHEN size($speakers) = 0 THEN 'targets'
  WHEN size(targets) * said + size(speakers) * heard <= $joinWeight * CASE WHEN said < heard THEN said ELSE heard END THEN 'both'
  WHEN said <= heard THEN 'speakers'
  ELSE 'targets' END AS start
CALL (speakers, targets, start) {
  UNWIND CASE WHEN start = 'both' THEN speakers ELSE [] END AS a
  UNWIND targets AS t
  MATCH (a)-[:SAID]->(s)-[ab:ABOUT]->(t) USING JOIN ON s
  WHERE size($stances) = 0 OR ab.stance IN $stances
  RETURN s
  UNION
  UNWIND CASE WHEN start = 'speakers' THEN speakers ELSE [] END AS a
  MATCH (a)-[:SAID]->(s:Statement)
  RETURN s
  UNION
  UNWIND CASE WHEN start = 'targets' THEN targets ELSE [] END AS t
  MATCH (s:Statement)-[:ABOUT]->(t)
  RETURN s
  UNION
  UNWIND CASE WHEN start = 'everything' THEN [true] ELSE [] END AS everything
  MATCH (s:Statement)
  RETURN s
}
WITH s, speakers, targets, start
WHERE (size($speakers) = 0 OR start IN ['speakers', 'both'] OR EXISTS { MATCH (sp)-[:SAID]->(s) WHERE sp IN speakers })
  AND (start = 'both' OR (size($about) = 0 OR start = 'targets') AND size($stances) = 0
       OR EXISTS { MATCH (s)-[ab:ABOUT]->(t) WHERE (size($about) = 0 OR t IN targets) AND (size($stances) = 0 OR ab.stance IN $stances) })
  AND ($q = '' OR s.searchText CONTAINS $q)
  AND ($anyDate OR (s.date >= date($from) AND s.date <= date($to)))
  AND ($position = '' OR EXISTS { MATCH (s)-[:TAKES]->(p:Position) WHERE p.id = $position })
  AND ($source = '' OR EXISTS { MATCH (s)-[:CITED_IN]->(src:Source) WHERE src.id = $source })
  AND (size($involving) = 0 OR EXISTS { MATCH (sp:Actor)-[:SAID]->(s) WHERE sp.id IN $involving } OR EXISTS { MATCH (s)-[:ABOUT]->(t2:Actor) WHERE t2.id IN $involving })
WITH s
ORDER BY s.date IS NULL, s.date, s.id
WITH collect(s) AS matching
RETURN size(matching) AS total, [s IN matching[$offset..($offset + $limit)] | {
  id: s.id, quote: s.quote, summary: s.summary, date: s.date, datePrecision: s.datePrecision,
  channel: s.channel, lang: s.lang, modality: s.modality, documentVoice: s.documentVoice,
  speakers: [(sp:Actor)-[l:SAID]->(s) | {id: sp.id, name: sp.name, kind: sp.kind, rank: l.rank}],
  relayer: head([(rl:Actor)-[:RELAYED]->(s) | {id: rl.id, name: rl.name, kind: rl.kind}]),
  about: [(s)-[ab:ABOUT]->(t) | {id: t.id, name: t.name, kind: CASE WHEN t:Event THEN 'event' WHEN t:Place THEN 'place' ELSE t.kind END, stance: ab.stance}],
  positions: [(s)-[tk:TAKES]->(p:Position) | {id: p.id, label: p.label, stance: tk.stance, figure: coalesce(tk.figure, '')}],
  sources: [(s)-[c:CITED_IN]->(src:Source) | {id: src.id, title: src.title, url: src.url, publisher: src.publisher, excerpt: c.excerpt}]
}] AS page
