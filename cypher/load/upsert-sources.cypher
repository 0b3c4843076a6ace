// Seed load: creates or updates sources by id.
UNWIND $rows AS r
MERGE (n:Source {id: r.id})
SET n.title = r.title, n.publisher = r.publisher, n.url = r.url, n.published = date(r.published), n.kind = r.kind, n.file = r.file
