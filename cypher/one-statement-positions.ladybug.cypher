// statement-positions for one statement on LadybugDB 0.19.1 (same rows): looked up by its key, see
// one-statement.ladybug.cypher (1-4 ms at 10^6, against 60-80 ms for the list form). Unordered: the
// repository puts a statement's positions in one order for both engines.
MATCH (s:Statement {id: $id})-[t:TAKES]->(p:Position)
RETURN s.id AS statement, p.id AS id, p.label AS label, t.stance AS stance, coalesce(t.figure, '') AS figure
