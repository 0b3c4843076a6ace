// The statements with these ids, with their speakers.
UNWIND $ids AS statementId
MATCH (sp:Actor)-[:SAID]->(s:Statement {id: statementId})
RETURN s.id AS id, s.quote AS quote, s.summary AS summary, s.date AS date, s.datePrecision AS datePrecision,
       s.channel AS channel, s.lang AS lang, s.modality AS modality,
       sp.id AS speakerId, sp.name AS speakerName, sp.kind AS speakerKind
