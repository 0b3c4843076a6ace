// Every actor's folded names and aliases (of one kind, or all with $kind = ''), for the typo-tolerant search
// that runs when no name contains the query.
MATCH (a:Actor)
WHERE $kind = '' OR a.kind = $kind
RETURN a.id AS id, a.searchText AS searchText
ORDER BY id
