// Write API: deletes these events with every relationship they have.
MATCH (n:Event) WHERE n.id IN $ids
DETACH DELETE n
