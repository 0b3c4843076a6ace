// Write API: deletes these sources with every relationship they have.
MATCH (n:Source) WHERE n.id IN $ids
DETACH DELETE n
