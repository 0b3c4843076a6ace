// find-statements-about for LadybugDB 0.19.1 (same filter and order as find-statements-about.cypher).
// The MATCH filters on ids alone and the optional filters follow in a WITH: LadybugDB 0.19.1 plans
// a conjunction of id filters and optional ("OR") filters as a scan of every statement's links.
// Position, source and "involving" filters are not here: their EXISTS subqueries cost as much as the
// scan even when switched off, so the caller uses the general query for them.
// Callers skip the find query when $offset is past the total: LadybugDB 0.19.1 crashes on an ORDER BY ... SKIP past the end.
MATCH (s:Statement)-[ab:ABOUT]->(t)
WHERE t.id IN $about
WITH s, ab
WHERE (size($stances) = 0 OR ab.stance IN $stances)
  AND ($q = '' OR s.searchText CONTAINS $q)
  AND ($anyDate OR (s.date >= date($from) AND s.date <= date($to)))
WITH DISTINCT s
RETURN s.id AS id
ORDER BY s.date IS NULL, s.date, s.id
SKIP $offset LIMIT $limit
