// @title Source coverage
// @description Statements backed by only one source (or at most N), the weakest-sourced claims first, with the sources that back them.
// @param maxSources integer(1,100) default=1 "List statements backed by at most this many sources"
// @param speaker actorId default="" "Only statements by this actor; empty for every speaker"
// @param limit integer(1,5000) default=1000 "Most statements to list"
// A joint statement is one row, under its first-named speaker (rank 0); `speaker` filters on any of its speakers.
MATCH (s:Statement)-[:CITED_IN]->(src:Source)
WHERE $speaker = '' OR EXISTS { MATCH (a:Actor)-[:SAID]->(s) WHERE a.id = $speaker }
// sourceTitles come in order of title: sorted before collect() (SKIP 0: LadybugDB takes ORDER BY in a WITH only with SKIP or LIMIT).
WITH s, src
ORDER BY src.title SKIP 0
WITH s, count(DISTINCT src) AS sources, collect(DISTINCT src.title) AS sourceTitles
WHERE sources <= $maxSources
MATCH (sp:Actor)-[lead:SAID]->(s) WHERE lead.rank = 0
RETURN s.id AS statement, s.date AS date, s.datePrecision AS datePrecision, sp.id AS speaker, sp.name AS speakerName, s.summary AS summary, s.modality AS modality,
       sources, sourceTitles
ORDER BY sources, s.date IS NULL, date, statement
LIMIT $limit
