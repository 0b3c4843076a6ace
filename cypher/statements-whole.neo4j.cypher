// The statements with these ids, whole: one row each, with its speakers (rank 0 is the first-named), who
// relayed it, what it is about, the positions it takes and the sources it is cited in, as nested lists.
// One query where LadybugDB needs four (statements-by-ids and the statement-* links): it has no pattern
// comprehension, and fails on a key lookup from UNWIND followed by aggregating OPTIONAL MATCHes.
MATCH (s:Statement)
WHERE s.id IN $ids
RETURN s.id AS id, s.quote AS quote, s.summary AS summary, s.date AS date, s.datePrecision AS datePrecision,
       s.channel AS channel, s.lang AS lang, s.modality AS modality, s.documentVoice AS documentVoice,
       [(sp:Actor)-[l:SAID]->(s) | {id: sp.id, name: sp.name, kind: sp.kind, rank: l.rank}] AS speakers,
       head([(rl:Actor)-[:RELAYED]->(s) | {id: rl.id, name: rl.name, kind: rl.kind}]) AS relayer,
       [(s)-[ab:ABOUT]->(t) | {id: t.id, name: t.name, kind: CASE WHEN t:Event THEN 'event' WHEN t:Place THEN 'place' ELSE t.kind END, stance: ab.stance}] AS about,
       [(s)-[tk:TAKES]->(p:Position) | {id: p.id, label: p.label, stance: tk.stance, figure: coalesce(tk.figure, '')}] AS positions,
       [(s)-[c:CITED_IN]->(src:Source) | {id: src.id, title: src.title, url: src.url, publisher: src.publisher, excerpt: c.excerpt}] AS sources
