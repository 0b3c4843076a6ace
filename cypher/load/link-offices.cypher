// Seed load: offices a person holds in a state or organisation.
UNWIND $rows AS r
MATCH (a:Actor {id: r.from}), (b:Actor {id: r.to})
MERGE (a)-[t:HOLDS_OFFICE]->(b)
SET t.title = r.detail, t.since = date(r.since), t.until = date(r.until), t.source = r.source, t.excerpt = r.excerpt
