// Which of these ids name an actor? (Validating ids needs no counts: actors-by-ids counts every
// statement by and about each actor, which for a much-quoted actor is tens of thousands of links.)
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a.id AS id
