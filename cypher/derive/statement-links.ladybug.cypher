// Writes statements' links text, each looked up by its key (server/store/statement-links.ts).
UNWIND $rows AS r
MATCH (s:Statement {id: r.id})
SET s.links = r.links
