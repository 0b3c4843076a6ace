// Seed load: the sources an event is reported in, with the document's exact words.
UNWIND $rows AS r
MATCH (e:Event {id: r.event}), (src:Source {id: r.source})
MERGE (e)-[c:REPORTED_IN]->(src)
SET c.excerpt = r.excerpt
