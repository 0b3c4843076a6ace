// The statement keys (date, or 9999-99-99 when undated, a space and the id) of one speaker's derived
// "spoke about" relationships to one actor, one row per stance asked for; the repository merges and
// sorts them into the page and its total, and fetches only the page's statements. The count and find
// of the pair's statements take 16-90 ms for a much-quoted speaker at 10^6 relationships.
// No row at all when the target is not an actor (an event or a place, which have no derived
// relationships, or an unknown id): the repository counts and finds the statements then. An actor
// target adds a row without keys (its second part), so that no OPTIONAL MATCH is needed: LadybugDB
// plans one as a hash join over every derived relationship (6.0-7.2 ms a pair at 10^6, 1.9-2.3 ms this way).
MATCH (a:Actor {id: $speaker})-[r:SPOKE_ABOUT]->(b:Actor {id: $target})
WHERE size($stances) = 0 OR list_contains($stances, r.stance)
RETURN r.statementKeys AS keys
UNION ALL
MATCH (b:Actor {id: $target})
RETURN CAST(NULL AS STRING[]) AS keys
