// statement-targets for LadybugDB 0.19.1 (same rows as statement-targets.cypher).
// Each statement is found by its key (UNWIND … {id: …}, an index lookup), then its links with OPTIONAL
// MATCH: LadybugDB 0.19.1 plans a plain MATCH from UNWIND values, or a WHERE id IN list, as a scan of
// every statement's links (50 statements at 10^6 relationships: 60 ms this way, 130-290 ms the others).
UNWIND $ids AS statementId
MATCH (s:Statement {id: statementId})
OPTIONAL MATCH (s)-[ab:ABOUT]->(t:Actor)
WITH s, ab, t WHERE t IS NOT NULL
RETURN s.id AS statement, t.id AS id, t.name AS name, t.kind AS kind, ab.stance AS stance
UNION ALL
UNWIND $ids AS statementId
MATCH (s:Statement {id: statementId})
OPTIONAL MATCH (s)-[ab:ABOUT]->(t:Event)
WITH s, ab, t WHERE t IS NOT NULL
RETURN s.id AS statement, t.id AS id, t.name AS name, 'event' AS kind, ab.stance AS stance
UNION ALL
UNWIND $ids AS statementId
MATCH (s:Statement {id: statementId})
OPTIONAL MATCH (s)-[ab:ABOUT]->(t:Place)
WITH s, ab, t WHERE t IS NOT NULL
RETURN s.id AS statement, t.id AS id, t.name AS name, 'place' AS kind, ab.stance AS stance
