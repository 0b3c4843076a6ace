// Seed load: alliances between actors.
UNWIND $rows AS r
MATCH (a:Actor {id: r.from}), (b:Actor {id: r.to})
MERGE (a)-[t:ALLIED_WITH]->(b)
SET t.basis = r.detail, t.since = date(r.since), t.until = date(r.until), t.source = r.source, t.excerpt = r.excerpt
