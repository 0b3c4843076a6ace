// Statements with these ids and their speaker, without their other links (see records/statement-parts).
MATCH (sp:Actor)-[:SAID]->(s:Statement) WHERE s.id IN $ids
RETURN s.id AS id, sp.id AS speaker, s.quote AS quote, s.summary AS summary, s.date AS date, s.datePrecision AS datePrecision,
       s.channel AS channel, s.lang AS lang, s.modality AS modality
