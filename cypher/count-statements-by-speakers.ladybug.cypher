// count-statements-by-speakers for LadybugDB 0.19.1 (same filter and order as count-statements-by-speakers.cypher).
// The MATCH filters on ids alone and the optional filters follow in a WITH: LadybugDB 0.19.1 plans
// a conjunction of id filters and optional ("OR") filters as a scan of every statement's links.
// Position, source and "involving" filters are not here: their EXISTS subqueries cost as much as the
// scan even when switched off, so the caller uses the general query for them.
// Callers skip the find query when $offset is past the total: LadybugDB 0.19.1 crashes on an ORDER BY ... SKIP past the end.
MATCH (sp:Actor)-[:SAID]->(s:Statement)
WHERE sp.id IN $speakers
WITH DISTINCT s
WHERE (size($stances) = 0 OR EXISTS { MATCH (s)-[ab:ABOUT]->(t) WHERE ab.stance IN $stances })
  AND ($q = '' OR s.searchText CONTAINS $q)
  AND ($anyDate OR (s.date >= date($from) AND s.date <= date($to)))
RETURN count(s) AS total
