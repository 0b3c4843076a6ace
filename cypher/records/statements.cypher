// Statements with these ids, without their links (speakers and the rest: see records/statement-parts).
MATCH (s:Statement) WHERE s.id IN $ids
RETURN s.id AS id, s.quote AS quote, s.summary AS summary, s.date AS date, s.datePrecision AS datePrecision,
       s.channel AS channel, s.lang AS lang, s.modality AS modality, s.documentVoice AS documentVoice
