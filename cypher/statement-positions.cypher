// The positions each of these statements supports or rejects.
UNWIND $ids AS statementId
MATCH (s:Statement {id: statementId})-[t:TAKES]->(p:Position)
RETURN s.id AS statement, p.id AS id, p.label AS label, t.stance AS stance
ORDER BY statement, id
