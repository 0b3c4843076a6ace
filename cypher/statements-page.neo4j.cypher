// A page of statements for Neo4j in one round trip: the statements matching the filters (as
// find-statements), how many there are, and the page's statements whole (as statements-whole).
// The search starts where the index can: from the given speakers, else from the given targets, else
// from every statement (a target is looked up by its key under each label it may have). An UNWIND of an empty list switches a start off without scanning anything.
CALL {
  UNWIND CASE WHEN size($speakers) > 0 THEN $speakers ELSE [] END AS speakerId
  MATCH (:Actor {id: speakerId})-[:SAID]->(s:Statement)
  RETURN s
  UNION
  UNWIND CASE WHEN size($speakers) = 0 THEN $about ELSE [] END AS targetId
  CALL (targetId) {
    MATCH (t:Actor {id: targetId}) RETURN t
    UNION
    MATCH (t:Event {id: targetId}) RETURN t
    UNION
    MATCH (t:Place {id: targetId}) RETURN t
  }
  MATCH (s:Statement)-[:ABOUT]->(t)
  RETURN s
  UNION
  UNWIND CASE WHEN size($speakers) = 0 AND size($about) = 0 THEN [true] ELSE [] END AS everything
  MATCH (s:Statement)
  RETURN s
}
WITH s
WHERE (size($speakers) = 0 OR EXISTS { MATCH (sp:Actor)-[:SAID]->(s) WHERE sp.id IN $speakers })
  AND ($q = '' OR s.searchText CONTAINS $q)
  AND ($anyDate OR (s.date >= date($from) AND s.date <= date($to)))
  AND ((size($about) = 0 AND size($stances) = 0) OR EXISTS { MATCH (s)-[ab:ABOUT]->(t) WHERE (size($about) = 0 OR t.id IN $about) AND (size($stances) = 0 OR ab.stance IN $stances) })
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
