// @title Timeline
// @description Statements and events between two dates, day by day; optionally only those involving one actor (statements by or about it, events it took part in).
// @param from date default=0001-01-01 "First day"
// @param to date default=9999-12-31 "Last day"
// @param actor actorId default="" "Only what involves this actor; empty for everyone"
// @param limit integer(1,5000) default=1000 "Most rows"
// One MATCH over every dated node, so that statements and events share one ORDER BY (a UNION cannot be sorted as a whole in both engines).
MATCH (n)
WHERE n.date >= date($from) AND n.date <= date($to)
  AND ($actor = ''
       OR EXISTS { MATCH (a:Actor)-[:SAID]->(n) WHERE a.id = $actor }
       OR EXISTS { MATCH (n)-[:ABOUT]->(a:Actor) WHERE a.id = $actor }
       OR EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN]->(n) WHERE a.id = $actor })
// A joint statement is one row: its first-named speaker (rank 0) and how many spoke.
OPTIONAL MATCH (sp:Actor)-[lead:SAID]->(n) WHERE lead.rank = 0
OPTIONAL MATCH (co:Actor)-[:SAID]->(n)
WITH n, sp, count(co) AS speakers
RETURN n.date AS date, coalesce(n.datePrecision, 'day') AS datePrecision, CASE WHEN sp IS NULL THEN 'event' ELSE 'statement' END AS kind, n.id AS id,
       sp.name AS speakerName, speakers, coalesce(n.summary, n.name) AS text
ORDER BY date, kind, id
LIMIT $limit
