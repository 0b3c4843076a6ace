// The statements with these ids, with their speakers.
// Each statement is found by its id (an index lookup), then its links with OPTIONAL MATCH: LadybugDB
// 0.19.1 plans a plain MATCH from UNWIND values, or a WHERE id IN list, as a scan of every statement's
// links (50 statements at 10^6 relationships: 60 ms this way, 130-290 ms the others).
UNWIND $ids AS statementId
MATCH (s:Statement {id: statementId})
OPTIONAL MATCH (sp:Actor)-[:SAID]->(s)
RETURN s.id AS id, s.quote AS quote, s.summary AS summary, s.date AS date, s.datePrecision AS datePrecision,
       s.channel AS channel, s.lang AS lang, s.modality AS modality,
       sp.id AS speakerId, sp.name AS speakerName, sp.kind AS speakerKind
