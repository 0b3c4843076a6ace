// statement-positions for LadybugDB 0.19.1 (same rows as statement-positions.cypher).
// Each statement is found by its key (UNWIND … {id: …}, an index lookup), then its links with OPTIONAL
// MATCH: LadybugDB 0.19.1 plans a plain MATCH from UNWIND values, or a WHERE id IN list, as a scan of
// every statement's links (50 statements at 10^6 relationships: 60 ms this way, 130-290 ms the others).
UNWIND $ids AS statementId
MATCH (s:Statement {id: statementId})
OPTIONAL MATCH (s)-[t:TAKES]->(p:Position)
WITH s, t, p WHERE p IS NOT NULL
RETURN s.id AS statement, p.id AS id, p.label AS label, t.stance AS stance, coalesce(t.figure, '') AS figure
ORDER BY statement, id
