// A page of events in id order after $after, without their links (records/event-parts reads those for the page).
MATCH (n:Event) WHERE n.id > $after
RETURN n.id AS id, n.name AS name, n.date AS date, n.endDate AS endDate, n.description AS description
ORDER BY id LIMIT $limit
