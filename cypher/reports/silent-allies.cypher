// @title Silent allies
// @description Allies of an actor (ALLIED_WITH either way, or fellow members of an organisation it belongs to) that said nothing about a target.
// @param actor actorId required "The actor whose allies to check"
// @param target actorId required "The actor the allies might have spoken about"
// @param viaOffice boolean default=true "Count statements by an ally's office holders (its president, its ministers) as the ally speaking"
// One WITH per test: LadybugDB 0.19.1 answers wrongly when NOT EXISTS and EXISTS share a WHERE.
MATCH (x:Actor), (ally:Actor)
WHERE x.id = $actor AND ally.id <> x.id
  AND (EXISTS { MATCH (x)-[:ALLIED_WITH]-(ally) } OR EXISTS { MATCH (x)-[:MEMBER_OF]->(:Actor)<-[:MEMBER_OF]-(ally) })
WITH x, ally
WHERE NOT EXISTS { MATCH (ally)-[:SAID]->(:Statement)-[:ABOUT]->(t:Actor) WHERE t.id = $target }
WITH x, ally
WHERE NOT ($viaOffice AND EXISTS { MATCH (ally)<-[:HOLDS_OFFICE]-(:Actor)-[:SAID]->(:Statement)-[:ABOUT]->(t2:Actor) WHERE t2.id = $target })
WITH x, ally, EXISTS { MATCH (x)-[:ALLIED_WITH]-(ally) } AS allied
OPTIONAL MATCH (x)-[:MEMBER_OF]->(org:Actor)<-[:MEMBER_OF]-(ally)
// sharedMemberships come in order of name: sorted before collect() (SKIP 0: LadybugDB takes ORDER BY in a WITH only with SKIP or LIMIT).
WITH ally, allied, org
ORDER BY org.name SKIP 0
WITH ally, allied, coalesce(collect(org.name), []) AS sharedMemberships
RETURN ally.id AS ally, ally.name AS allyName, ally.kind AS allyKind, allied, sharedMemberships
ORDER BY allyName
