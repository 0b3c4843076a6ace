// Write API: deletes these statements with every relationship they have.
MATCH (n:Statement) WHERE n.id IN $ids
DETACH DELETE n
