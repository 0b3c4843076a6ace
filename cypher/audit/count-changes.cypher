// Audit trail: how many changes match the filters ('' means any).
MATCH (c:Change)
WHERE c.at >= $since AND ($actor = '' OR $actor IN c.actors) AND ($record = '' OR $record IN c.records) AND ($by = '' OR c.who = $by)
RETURN count(c) AS total
