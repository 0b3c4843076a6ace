// @title Bloc reactions
// @description What a bloc (the EU, the CSTO...), its members and bodies, and the people holding office in them said about a target, one row per member and stance. Members that said nothing are listed with no stance and 0 statements. Distance is the number of membership or office steps from the bloc.
// @param bloc actorId required "The bloc or organisation, e.g. european-union or csto"
// @param target actorId required "The actor spoken about"
// @param depth integer(1,3) default=2 "How many MEMBER_OF / HOLDS_OFFICE steps to follow into the bloc (2 reaches the officials of member states)"
MATCH path = (m:Actor)-[:MEMBER_OF|HOLDS_OFFICE*0..3]->(bloc:Actor)
WHERE bloc.id = $bloc AND length(path) <= $depth
WITH m, min(length(path)) AS distance
OPTIONAL MATCH (m)-[:SAID]->(s:Statement)-[ab:ABOUT]->(t:Actor)
WHERE t.id = $target
WITH DISTINCT m, distance, ab.stance AS stance, s
// statementIds come in order of id: sorted before collect() (SKIP 0: LadybugDB takes ORDER BY in a WITH only with SKIP or LIMIT).
ORDER BY s.id SKIP 0
RETURN m.id AS member, m.name AS memberName, m.kind AS memberKind, distance, stance,
       count(s) AS statements, coalesce(collect(s.id), []) AS statementIds
ORDER BY distance, memberName, stance
