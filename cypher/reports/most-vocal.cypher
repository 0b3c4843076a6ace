// @title Most vocal speakers
// @description The actors who made the most statements, with how many of them were hostile (threatens, condemns or accuses something) and how many actors they spoke about.
// @param kind enum(any,person,state,organization,armed_force,alliance,group,media) default=any "Only speakers of this kind"
// @param from date default=0001-01-01 "Only statements made on or after this date"
// @param to date default=9999-12-31 "Only statements made on or before this date"
// @param undated boolean default=true "Also count statements whose date is unknown"
// @param limit integer(1,1000) default=20 "How many speakers"
MATCH (a:Actor)-[:SAID]->(s:Statement)
WHERE ($kind = 'any' OR a.kind = $kind)
  AND ((s.date IS NULL AND $undated) OR (s.date >= date($from) AND s.date <= date($to)))
WITH a, s, CASE WHEN EXISTS { MATCH (s)-[ab:ABOUT]->() WHERE ab.stance IN ['threatens', 'condemns', 'accuses'] } THEN 1 ELSE 0 END AS hostile
WITH a, count(s) AS statements, sum(hostile) AS hostileStatements
OPTIONAL MATCH (a)-[:SAID]->(s2:Statement)-[:ABOUT]->(t:Actor)
WHERE t.id <> a.id AND ((s2.date IS NULL AND $undated) OR (s2.date >= date($from) AND s2.date <= date($to)))
WITH DISTINCT a, statements, hostileStatements, t
RETURN a.id AS actor, a.name AS name, a.kind AS kind, statements, hostileStatements, count(t) AS actorsSpokenAbout
ORDER BY statements DESC, name
LIMIT $limit
