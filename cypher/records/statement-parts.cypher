// The links of these statements, one row each: targets and positions with the stance, sources with the excerpt, responses.
MATCH (s:Statement)-[r:ABOUT]->(t) WHERE s.id IN $ids
RETURN s.id AS owner, 'about' AS part, t.id AS ref, r.stance AS detail
UNION ALL MATCH (s:Statement)-[r:TAKES]->(p:Position) WHERE s.id IN $ids
RETURN s.id AS owner, 'positions' AS part, p.id AS ref, r.stance AS detail
UNION ALL MATCH (s:Statement)-[r:CITED_IN]->(src:Source) WHERE s.id IN $ids
RETURN s.id AS owner, 'sources' AS part, src.id AS ref, r.excerpt AS detail
UNION ALL MATCH (s:Statement)-[:RESPONDS_TO]->(t:Statement) WHERE s.id IN $ids
RETURN s.id AS owner, 'respondsTo' AS part, t.id AS ref, '' AS detail
