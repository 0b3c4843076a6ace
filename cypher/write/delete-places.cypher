// Write API: deletes these places with every relationship they have.
MATCH (n:Place) WHERE n.id IN $ids
DETACH DELETE n
