// The statements and events that refer to these ids, and through which field: what a delete would break
// and what a merge must rewrite. (Ties are read whole with records/ties.)
MATCH (a:Actor)-[:SAID]->(s:Statement) WHERE a.id IN $ids
RETURN a.id AS id, 'statement' AS kind, s.id AS ref, 'speaker' AS field
UNION ALL MATCH (a:Actor)-[:RELAYED]->(s:Statement) WHERE a.id IN $ids
RETURN a.id AS id, 'statement' AS kind, s.id AS ref, 'relayedBy' AS field
UNION ALL MATCH (s:Statement)-[:ABOUT]->(t) WHERE t.id IN $ids
RETURN t.id AS id, 'statement' AS kind, s.id AS ref, 'about' AS field
UNION ALL MATCH (s:Statement)-[:TAKES]->(p:Position) WHERE p.id IN $ids
RETURN p.id AS id, 'statement' AS kind, s.id AS ref, 'positions' AS field
UNION ALL MATCH (s:Statement)-[:CITED_IN]->(src:Source) WHERE src.id IN $ids
RETURN src.id AS id, 'statement' AS kind, s.id AS ref, 'sources' AS field
UNION ALL MATCH (s:Statement)-[:RESPONDS_TO]->(t:Statement) WHERE t.id IN $ids
RETURN t.id AS id, 'statement' AS kind, s.id AS ref, 'respondsTo' AS field
UNION ALL MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event) WHERE a.id IN $ids
RETURN a.id AS id, 'event' AS kind, e.id AS ref, 'participants' AS field
UNION ALL MATCH (e:Event)-[:AT]->(p:Place) WHERE p.id IN $ids
RETURN p.id AS id, 'event' AS kind, e.id AS ref, 'places' AS field
UNION ALL MATCH (e:Event)-[:REPORTED_IN]->(src:Source) WHERE src.id IN $ids
RETURN src.id AS id, 'event' AS kind, e.id AS ref, 'sources' AS field
