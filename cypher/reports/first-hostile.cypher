// @title First hostile stance
// @description For each speaker and target: the first day the speaker took a hostile stance (threatens, condemns, accuses) toward the target, the statements of that day, and how many dated statements about the target came before it.
// @param speaker actorId default="" "Only this speaker; empty for every speaker"
// @param target actorId default="" "Only this target; empty for every target"
// @param limit integer(1,5000) default=1000 "Most pairs to list"
MATCH (a:Actor)-[:SAID]->(s:Statement)-[ab:ABOUT]->(b:Actor)
WHERE a.id <> b.id AND s.date IS NOT NULL AND ab.stance IN ['threatens', 'condemns', 'accuses']
  AND ($speaker = '' OR a.id = $speaker) AND ($target = '' OR b.id = $target)
WITH a, b, min(s.date) AS firstDate
MATCH (a)-[:SAID]->(s:Statement)-[ab:ABOUT]->(b)
WHERE s.date = firstDate AND ab.stance IN ['threatens', 'condemns', 'accuses']
// statementIds come in order of id, stances in the same order: sorted before collect() (SKIP 0: LadybugDB takes ORDER BY in a WITH only with SKIP or LIMIT).
WITH a, b, firstDate, s, ab
ORDER BY s.id, ab.stance SKIP 0
WITH a, b, firstDate, collect(s.id) AS statementIds, collect(ab.stance) AS stances, collect(s.datePrecision) AS precisions
OPTIONAL MATCH (a)-[:SAID]->(earlier:Statement)-[:ABOUT]->(b)
WHERE earlier.date < firstDate
WITH a, b, firstDate, statementIds, stances, precisions, earlier
// The day as precisely as the most precisely dated of that day's statements gives it.
RETURN a.id AS speaker, a.name AS speakerName, b.id AS target, b.name AS targetName, firstDate,
       CASE WHEN 'day' IN precisions THEN 'day' WHEN 'approximate' IN precisions THEN 'approximate'
            WHEN 'month' IN precisions THEN 'month' ELSE 'year' END AS firstDatePrecision, stances, statementIds,
       count(earlier) AS earlierStatements
ORDER BY firstDate, speakerName, targetName
LIMIT $limit
