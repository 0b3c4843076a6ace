// The links of these events, one row each: places, participants with their role, sources with the excerpt.
MATCH (e:Event)-[:AT]->(p:Place) WHERE e.id IN $ids
RETURN e.id AS owner, 'places' AS part, p.id AS ref, '' AS detail
UNION ALL MATCH (a:Actor)-[r:PARTICIPATED_IN]->(e:Event) WHERE e.id IN $ids
RETURN e.id AS owner, 'participants' AS part, a.id AS ref, r.role AS detail
UNION ALL MATCH (e:Event)-[r:REPORTED_IN]->(src:Source) WHERE e.id IN $ids
RETURN e.id AS owner, 'sources' AS part, src.id AS ref, r.excerpt AS detail
