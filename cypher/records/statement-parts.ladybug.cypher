// records/statement-parts on LadybugDB: each id looked up by key (UNWIND … {id}) and its links followed from there.
// The shared form's `WHERE s.id IN $ids` scans every link of each type, which made an export's page cost
// the whole graph (2.4 s against 0.25 s for 2,000 statements of 23,500).
UNWIND $ids AS wanted MATCH (a:Actor)-[r:SAID]->(s:Statement {id: wanted})
RETURN s.id AS owner, 'speakers' AS part, a.id AS ref, '' AS detail, r.rank AS rank, '' AS extra
UNION ALL UNWIND $ids AS wanted MATCH (a:Actor)-[:RELAYED]->(s:Statement {id: wanted})
RETURN s.id AS owner, 'relayedBy' AS part, a.id AS ref, '' AS detail, 0 AS rank, '' AS extra
UNION ALL UNWIND $ids AS wanted MATCH (s:Statement {id: wanted})-[r:ABOUT]->(t)
RETURN s.id AS owner, 'about' AS part, t.id AS ref, r.stance AS detail, 0 AS rank, '' AS extra
UNION ALL UNWIND $ids AS wanted MATCH (s:Statement {id: wanted})-[r:TAKES]->(p:Position)
RETURN s.id AS owner, 'positions' AS part, p.id AS ref, r.stance AS detail, 0 AS rank, coalesce(r.figure, '') AS extra
UNION ALL UNWIND $ids AS wanted MATCH (s:Statement {id: wanted})-[r:CITED_IN]->(src:Source)
RETURN s.id AS owner, 'sources' AS part, src.id AS ref, r.excerpt AS detail, 0 AS rank, '' AS extra
UNION ALL UNWIND $ids AS wanted MATCH (s:Statement {id: wanted})-[:RESPONDS_TO]->(t:Statement)
RETURN s.id AS owner, 'respondsTo' AS part, t.id AS ref, '' AS detail, 0 AS rank, '' AS extra
