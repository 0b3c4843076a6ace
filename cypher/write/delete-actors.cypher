// Write API: deletes these actors with every relationship they have.
MATCH (n:Actor) WHERE n.id IN $ids
DETACH DELETE n
