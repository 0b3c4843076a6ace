// Audit trail: the changes matching the filters ('' means any), newest first.
// Callers skip this query when $offset is past the total: LadybugDB 0.19.1 crashes on an ORDER BY ... SKIP past the end.
MATCH (c:Change)
WHERE c.at >= $since AND ($actor = '' OR $actor IN c.actors) AND ($record = '' OR $record IN c.records) AND ($by = '' OR c.who = $by)
RETURN c.id AS id, c.at AS at, c.who AS who, c.action AS action, c.summary AS summary, c.reason AS reason,
       c.records AS records, c.actors AS actors, c.diff AS diff
ORDER BY c.at DESC, c.id DESC
SKIP $offset LIMIT $limit
