// Who spoke about whom across the whole graph, from the derived SPOKE_ABOUT relationships: the rows of
// spoke-pairs without expanding every statement. Only without a date range (the derived relationships
// count a pair's statements of all dates; spoke-pairs answers a range).
MATCH (a:Actor)-[d:SPOKE_ABOUT]->(b:Actor)
WHERE size($stances) = 0 OR d.stance IN $stances
RETURN a.id AS source, b.id AS target, d.stance AS stance, d.statements AS statements, d.firstDate AS firstDate, d.lastDate AS lastDate
