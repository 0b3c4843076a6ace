// Seed load: creates or updates events by id.
UNWIND $rows AS r
MERGE (n:Event {id: r.id})
SET n.name = r.name, n.date = date(r.date), n.endDate = date(r.endDate), n.description = r.description
