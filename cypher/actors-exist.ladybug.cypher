// actors-exist for LadybugDB 0.19.1: `WHERE a.id IN $ids` scans the Actor table; one lookup by the
// primary key per id (UNWIND … {id: …}, from 0.19.0) does not (11 ms → 3 ms for three ids at 10^6 relationships).
UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})
RETURN a.id AS id
