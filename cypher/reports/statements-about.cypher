// @title Statements about an actor
// @description Who spoke about an actor, grouped by speaker and stance: how many statements, the first and last date, and the statement ids.
// @param target actorId required "The actor spoken about"
// @param from date default=0001-01-01 "Only statements made on or after this date"
// @param to date default=9999-12-31 "Only statements made on or before this date"
// @param undated boolean default=true "Also count statements whose date is unknown"
MATCH (sp:Actor)-[:SAID]->(s:Statement)-[ab:ABOUT]->(t:Actor)
WHERE t.id = $target
  AND ((s.date IS NULL AND $undated) OR (s.date >= date($from) AND s.date <= date($to)))
WITH DISTINCT sp, ab.stance AS stance, s
WITH sp, stance, min(s.date) AS firstDate, max(s.date) AS lastDate, collect(s) AS grouped
// The first and last dates at the precision of the statements dated so (the most precise one, if several).
UNWIND grouped AS s
// statementIds come in order of id: sorted before collect() (SKIP 0: LadybugDB takes ORDER BY in a WITH only with SKIP or LIMIT).
WITH sp, stance, firstDate, lastDate, s
ORDER BY s.id SKIP 0
WITH sp, stance, firstDate, lastDate, count(s) AS statements, collect(s.id) AS statementIds,
     collect(CASE WHEN s.date = firstDate THEN s.datePrecision ELSE '' END) AS fp,
     collect(CASE WHEN s.date = lastDate THEN s.datePrecision ELSE '' END) AS lp
RETURN sp.id AS speaker, sp.name AS speakerName, stance, statements,
       firstDate, CASE WHEN firstDate IS NULL THEN 'unknown' WHEN 'day' IN fp THEN 'day' WHEN 'approximate' IN fp THEN 'approximate'
                       WHEN 'month' IN fp THEN 'month' ELSE 'year' END AS firstDatePrecision,
       lastDate, CASE WHEN lastDate IS NULL THEN 'unknown' WHEN 'day' IN lp THEN 'day' WHEN 'approximate' IN lp THEN 'approximate'
                      WHEN 'month' IN lp THEN 'month' ELSE 'year' END AS lastDatePrecision,
       statementIds
ORDER BY statements DESC, speakerName, stance
