// Statements with these ids, each looked up by its key, with its links as JSON (links: see
// server/domain/statement-links.ts): the names they point to come from link-names. Following the
// relationships instead is a hash join over each whole relationship table on LadybugDB 0.19.1 (about
// 92 ms at 10^6 relationships for a page of 2 statements as of 50); this is about 2 ms for 50.
UNWIND $ids AS wanted
MATCH (s:Statement {id: wanted})
RETURN s.id AS id, s.quote AS quote, s.summary AS summary, s.date AS date, s.datePrecision AS datePrecision,
       s.channel AS channel, s.lang AS lang, s.modality AS modality, s.documentVoice AS documentVoice, s.links AS links
