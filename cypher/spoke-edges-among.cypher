// Who spoke about whom among a set of actors, from the derived SPOKE_ABOUT relationships (one per
// speaker, target and stance), folded to one row per pair: its stances with their statement counts in
// two lists of the same order, and its first and last dates. Only without a date range
// (spoke-pairs-among answers a range, from the statements). A row per pair, not per stance: between
// much-quoted actors the rows are most of the answer's cost, and a pair has up to one per stance.
MATCH (a:Actor)-[d:SPOKE_ABOUT]->(b:Actor)
WHERE a.id IN $ids AND b.id IN $ids
  AND (size($stances) = 0 OR d.stance IN $stances)
WITH a, b, collect(d.stance) AS stances, collect(d.statements) AS counts, min(d.firstDate) AS firstDate, max(d.lastDate) AS lastDate
RETURN a.id AS source, b.id AS target, stances, counts, firstDate, lastDate
