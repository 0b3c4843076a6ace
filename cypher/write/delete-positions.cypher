// Write API: deletes these positions with every relationship they have.
MATCH (n:Position) WHERE n.id IN $ids
DETACH DELETE n
