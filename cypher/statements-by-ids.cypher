// The statements with these ids, with their speakers.
// (MATCH … WHERE id IN $ids, not UNWIND: LadybugDB 0.19.1 joins UNWIND values after matching every
// statement's links, 400 ms for 50 statements at 10^6 relationships; the IN filter is applied first.)
MATCH (sp:Actor)-[:SAID]->(s:Statement)
WHERE s.id IN $ids
RETURN s.id AS id, s.quote AS quote, s.summary AS summary, s.date AS date, s.datePrecision AS datePrecision,
       s.channel AS channel, s.lang AS lang, s.modality AS modality,
       sp.id AS speakerId, sp.name AS speakerName, sp.kind AS speakerKind
