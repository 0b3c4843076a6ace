// Events in a date range ($anyDate for all), ordered by date; undated events last.
MATCH (e:Event)
WHERE $anyDate OR (e.date >= date($from) AND e.date <= date($to))
RETURN e.id AS id, e.name AS name, e.date AS date, e.endDate AS endDate, e.description AS description
ORDER BY e.date IS NULL, e.date, e.id
