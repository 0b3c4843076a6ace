// Seed load: creates or updates statements by id (their speakers are linked by link-statement-speakers).
UNWIND $rows AS r
MERGE (s:Statement {id: r.id})
SET s.quote = r.quote, s.summary = r.summary, s.date = date(r.date), s.datePrecision = r.datePrecision,
    s.channel = r.channel, s.lang = r.lang, s.modality = r.modality, s.documentVoice = r.documentVoice, s.searchText = r.searchText
