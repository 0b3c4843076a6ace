// Who spoke about whom across the whole graph, folded in the engine as spoke-pairs-among does for a set:
// one row per speaker, target and stance, with how many statements and their first and last dates.
MATCH (a:Actor)-[:SAID]->(s:Statement)-[ab:ABOUT]->(b:Actor)
WHERE (size($stances) = 0 OR ab.stance IN $stances)
  AND ($anyDate OR (s.date >= date($from) AND s.date <= date($to)))
RETURN a.id AS source, b.id AS target, ab.stance AS stance, count(DISTINCT s) AS statements, min(s.date) AS firstDate, max(s.date) AS lastDate
