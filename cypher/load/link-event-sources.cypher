// Seed load: the sources an event is reported in, with the document's exact words.
// The excerpt is part of the merged pattern: a record citing one source for several passages keeps each one.
UNWIND $rows AS r
MATCH (e:Event {id: r.event}), (src:Source {id: r.source})
MERGE (e)-[:REPORTED_IN {excerpt: r.excerpt}]->(src)
