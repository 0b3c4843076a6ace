// Events with these ids, without their links (see records/event-parts).
MATCH (n:Event) WHERE n.id IN $ids
RETURN n.id AS id, n.name AS name, n.date AS date, n.endDate AS endDate, n.description AS description
