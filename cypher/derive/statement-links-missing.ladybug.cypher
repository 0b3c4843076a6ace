// The statements without their links text (a graph made before it was kept): see
// server/store/statement-links.ts.
MATCH (s:Statement) WHERE s.links IS NULL
RETURN s.id AS id
