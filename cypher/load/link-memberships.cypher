// Seed load: membership ties (a state in an organisation, a person in a body).
UNWIND $rows AS r
MATCH (a:Actor {id: r.from}), (b:Actor {id: r.to})
MERGE (a)-[t:MEMBER_OF]->(b)
SET t.role = r.detail, t.since = date(r.since), t.until = date(r.until), t.source = r.source, t.excerpt = r.excerpt
