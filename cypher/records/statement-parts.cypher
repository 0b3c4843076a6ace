// The links of these statements, one row each: speakers with their rank, who relayed them, targets and
// positions with the stance (and a position's figure as extra), sources with the excerpt, responses.
MATCH (a:Actor)-[r:SAID]->(s:Statement) WHERE s.id IN $ids
RETURN s.id AS owner, 'speakers' AS part, a.id AS ref, '' AS detail, r.rank AS rank, '' AS extra
UNION ALL MATCH (a:Actor)-[:RELAYED]->(s:Statement) WHERE s.id IN $ids
RETURN s.id AS owner, 'relayedBy' AS part, a.id AS ref, '' AS detail, 0 AS rank, '' AS extra
UNION ALL MATCH (s:Statement)-[r:ABOUT]->(t) WHERE s.id IN $ids
RETURN s.id AS owner, 'about' AS part, t.id AS ref, r.stance AS detail, 0 AS rank, '' AS extra
UNION ALL MATCH (s:Statement)-[r:TAKES]->(p:Position) WHERE s.id IN $ids
RETURN s.id AS owner, 'positions' AS part, p.id AS ref, r.stance AS detail, 0 AS rank, coalesce(r.figure, '') AS extra
UNION ALL MATCH (s:Statement)-[r:CITED_IN]->(src:Source) WHERE s.id IN $ids
RETURN s.id AS owner, 'sources' AS part, src.id AS ref, r.excerpt AS detail, 0 AS rank, '' AS extra
UNION ALL MATCH (s:Statement)-[:RESPONDS_TO]->(t:Statement) WHERE s.id IN $ids
RETURN s.id AS owner, 'respondsTo' AS part, t.id AS ref, '' AS detail, 0 AS rank, '' AS extra
