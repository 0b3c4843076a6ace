// Which actors match a search? Names and aliases are matched on their folded form (case and
// diacritics ignored): exact matches first, then prefix, then word prefix, then anywhere.
// The patterns are built by the caller ($exact "|q|", $prefix "|q", $word " q"), because a prepared
// STARTS WITH $param aborts LadybugDB 0.19.1. Ties are ordered by the folded names, so "Ä" sorts with "A".
// Callers skip this query when $offset is past the total: LadybugDB 0.19.1 crashes on an ORDER BY ... SKIP past the end.
MATCH (a:Actor)
WHERE ($kind = '' OR a.kind = $kind) AND ($q = '' OR a.searchText CONTAINS $q)
WITH a, CASE WHEN $q = '' THEN 3 WHEN a.searchText CONTAINS $exact THEN 0 WHEN a.searchText CONTAINS $prefix THEN 1 WHEN a.searchText CONTAINS $word THEN 2 ELSE 3 END AS rank
RETURN a.id AS id, rank
ORDER BY rank, a.searchText, a.id
SKIP $offset LIMIT $limit
