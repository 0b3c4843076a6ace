// Seed load: creates or updates statements by id, with the speaker's SAID edge.
UNWIND $rows AS r
MATCH (a:Actor {id: r.speaker})
MERGE (s:Statement {id: r.id})
SET s.quote = r.quote, s.summary = r.summary, s.date = date(r.date), s.datePrecision = r.datePrecision,
    s.channel = r.channel, s.lang = r.lang, s.modality = r.modality, s.searchText = r.searchText
MERGE (a)-[:SAID]->(s)
