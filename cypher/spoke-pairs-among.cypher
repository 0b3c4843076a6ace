// Who spoke about whom among a set of actors, folded in the engine: one row per speaker, target and
// stance, with how many statements and their first and last dates. The "spoke about" edges of a view
// that does not ask for statement ids (spoken-among gives those, a row per statement): a much-quoted
// actor's tens of thousands of statements become a few hundred rows.
MATCH (a:Actor)-[:SAID]->(s:Statement)-[ab:ABOUT]->(b:Actor)
WHERE a.id IN $ids AND b.id IN $ids
  AND (size($stances) = 0 OR ab.stance IN $stances)
  AND ($anyDate OR (s.date >= date($from) AND s.date <= date($to)))
RETURN a.id AS source, b.id AS target, ab.stance AS stance, count(DISTINCT s) AS statements, min(s.date) AS firstDate, max(s.date) AS lastDate
