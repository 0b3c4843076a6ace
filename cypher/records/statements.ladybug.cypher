// records/statements on LadybugDB: each id looked up by its key (UNWIND … {id}). The shared form's
// `WHERE s.id IN $ids` scans every statement for each slice of ids: at 10^6 relationships, writing an
// earlier version's links text (server/store/statement-links.ts) took 166 s that way, reading back
// 236,000 statements in slices of 5,000.
UNWIND $ids AS wanted
MATCH (s:Statement {id: wanted})
RETURN s.id AS id, s.quote AS quote, s.summary AS summary, s.date AS date, s.datePrecision AS datePrecision,
       s.channel AS channel, s.lang AS lang, s.modality AS modality, s.documentVoice AS documentVoice
