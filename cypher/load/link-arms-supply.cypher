// Seed load: who supplies arms to whom.
UNWIND $rows AS r
MATCH (a:Actor {id: r.from}), (b:Actor {id: r.to})
MERGE (a)-[t:SUPPLIES_ARMS_TO]->(b)
SET t.items = r.detail, t.since = date(r.since), t.until = date(r.until), t.source = r.source, t.excerpt = r.excerpt
