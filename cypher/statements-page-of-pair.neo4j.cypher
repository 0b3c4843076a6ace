// A page of one speaker's statements about one actor, read from their derived "spoke about"
// relationships (one per stance; derive/spoke-about keeps each one's statementKeys in page order):
// the keys of the stances and dates asked for, merged, give the total and the page's ids, and only the
// page's statements are read, whole (as statements-whole). statements-page finds and sorts every
// statement of the pair: for two much-quoted actors at 10^6 (3,017 in common) 45-60 ms, against about
// 12 ms for this query. The relationships are found by their `pair` index, since expanding from either
// of two much-quoted actors reads thousands. The seek is a hint: for about ten seconds after an
// imported graph's derived relationships are built as it is first opened, the index's statistics still
// count none of them, and a plan made then scanned the whole index (278,787 relationships at 10^6, about
// 160 ms a page) and stayed in the plan cache (bench runs of 4 Dec 19:52 and 5 Dec 01:38). `paired` is
// false when the target is not an actor (an event or a place, which have no derived relationships, or an
// unknown id): the repository asks statements-page then.
OPTIONAL MATCH (b:Actor {id: $target})
CALL () {
  OPTIONAL MATCH ()-[r:SPOKE_ABOUT {pair: $speaker + ' ' + $target}]->()
  USING INDEX SEEK r:SPOKE_ABOUT(pair)
  WHERE size($stances) = 0 OR r.stance IN $stances
  UNWIND coalesce(r.statementKeys, []) AS key
  WITH DISTINCT key
  WHERE $anyDate OR substring(key, 0, 10) >= $from AND substring(key, 0, 10) <= $to
  WITH key
  ORDER BY key
  RETURN collect(key) AS keys
}
CALL (keys) {
  UNWIND keys[$offset..($offset + $limit)] AS key
  MATCH (s:Statement {id: substring(key, 11)})
  WITH s, key
  ORDER BY key
  RETURN collect({
    id: s.id, quote: s.quote, summary: s.summary, date: s.date, datePrecision: s.datePrecision,
    channel: s.channel, lang: s.lang, modality: s.modality, documentVoice: s.documentVoice,
    speakers: [(sp:Actor)-[l:SAID]->(s) | {id: sp.id, name: sp.name, kind: sp.kind, rank: l.rank}],
    relayer: head([(rl:Actor)-[:RELAYED]->(s) | {id: rl.id, name: rl.name, kind: rl.kind}]),
    about: [(s)-[ab:ABOUT]->(t) | {id: t.id, name: t.name, kind: CASE WHEN t:Event THEN 'event' WHEN t:Place THEN 'place' ELSE t.kind END, stance: ab.stance}],
    positions: [(s)-[tk:TAKES]->(p:Position) | {id: p.id, label: p.label, stance: tk.stance, figure: coalesce(tk.figure, '')}],
    sources: [(s)-[c:CITED_IN]->(src:Source) | {id: src.id, title: src.title, url: src.url, publisher: src.publisher, excerpt: c.excerpt}]
  }) AS page
}
RETURN b IS NOT NULL AS paired, size(keys) AS total, page
