// How many actors match a search (same filter as search-actors)?
MATCH (a:Actor)
WHERE ($kind = '' OR a.kind = $kind) AND ($q = '' OR a.searchText CONTAINS $q)
RETURN count(a) AS total
