// load/upsert-statements on LadybugDB: the same, and the statement's own links as JSON (links: see
// server/domain/statement-links.ts), which pages of statements read instead of its relationships.
UNWIND $rows AS r
MERGE (s:Statement {id: r.id})
SET s.quote = r.quote, s.summary = r.summary, s.date = date(r.date), s.datePrecision = r.datePrecision,
    s.channel = r.channel, s.lang = r.lang, s.modality = r.modality, s.documentVoice = r.documentVoice, s.searchText = r.searchText,
    s.links = r.links
