// A page of statements in id order after $after, without their links (records/statement-parts reads those for the page).
MATCH (s:Statement) WHERE s.id > $after
RETURN s.id AS id, s.quote AS quote, s.summary AS summary, s.date AS date, s.datePrecision AS datePrecision,
       s.channel AS channel, s.lang AS lang, s.modality AS modality, s.documentVoice AS documentVoice
ORDER BY id LIMIT $limit
