// The place of each of these actors in LadybugDB's Actor table, looked up by key. The store runs it
// before a query that names $actorOffsets, in the same read transaction (ladybug-store.ts): testing an
// actor's offset against a list is much cheaper in LadybugDB 0.19.1 than reading its id and comparing
// strings (one scan of the 20,000 actors at 10^6: 32 ms by id, 5 ms by offset, for 200 actors).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN offset(id(a)) AS offset
