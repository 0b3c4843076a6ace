// Who spoke about whom among a set of actors, from the derived SPOKE_ABOUT relationships: the rows of
// spoke-pairs-among, one relationship per speaker, target and stance where that query expands every
// statement. Only without a date range (spoke-pairs-among answers a range).
MATCH (a:Actor)-[d:SPOKE_ABOUT]->(b:Actor)
WHERE a.id IN $ids AND b.id IN $ids
  AND (size($stances) = 0 OR d.stance IN $stances)
RETURN a.id AS source, b.id AS target, d.stance AS stance, d.statements AS statements, d.firstDate AS firstDate, d.lastDate AS lastDate
