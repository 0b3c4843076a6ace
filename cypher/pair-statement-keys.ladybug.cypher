// The statement keys (date, or 9999-99-99 when undated, a space and the id) of one speaker's derived
// "spoke about" relationships to one actor, one row per stance asked for; the repository merges and
// sorts them into the page and its total, and fetches only the page's statements. The count and find
// of the pair's statements take 16-90 ms for a much-quoted speaker at 10^6 relationships.
// No row at all when the target is not an actor (an event or a place, which have no derived
// relationships, or an unknown id): the repository counts and finds the statements then.
MATCH (b:Actor {id: $target})
OPTIONAL MATCH (a:Actor {id: $speaker})-[r:SPOKE_ABOUT]->(b)
WHERE size($stances) = 0 OR list_contains($stances, r.stance)
RETURN r.statementKeys AS keys
