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
RETURN sp.id AS speaker, sp.name AS speakerName, stance, count(s) AS statements,
       min(s.date) AS firstDate, max(s.date) AS lastDate, collect(s.id) AS statementIds
ORDER BY statements DESC, speakerName, stance
