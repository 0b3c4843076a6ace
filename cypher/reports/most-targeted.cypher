// @title Most targeted actors
// @description The actors spoken about the most, by how many statements and how many different speakers, and how many of those statements were hostile toward them (threatens, condemns, accuses).
// @param kind enum(any,person,state,organization,armed_force,alliance,group,media) default=any "Only targets of this kind"
// @param from date default=0001-01-01 "Only statements made on or after this date"
// @param to date default=9999-12-31 "Only statements made on or before this date"
// @param undated boolean default=true "Also count statements whose date is unknown"
// @param limit integer(1,1000) default=20 "How many actors"
// A joint statement is said by several speakers but counts once: statements are counted per target first,
// then the target's distinct speakers.
MATCH (sp:Actor)-[:SAID]->(s:Statement)-[ab:ABOUT]->(t:Actor)
WHERE sp.id <> t.id AND ($kind = 'any' OR t.kind = $kind)
  AND ((s.date IS NULL AND $undated) OR (s.date >= date($from) AND s.date <= date($to)))
WITH t, s, max(CASE WHEN ab.stance IN ['threatens', 'condemns', 'accuses'] THEN 1 ELSE 0 END) AS hostile
WITH t, count(s) AS statements, sum(hostile) AS hostileStatements
MATCH (sp:Actor)-[:SAID]->(s:Statement)-[:ABOUT]->(t)
WHERE sp.id <> t.id AND ((s.date IS NULL AND $undated) OR (s.date >= date($from) AND s.date <= date($to)))
WITH t, statements, hostileStatements, count(DISTINCT sp) AS speakers
RETURN t.id AS actor, t.name AS name, t.kind AS kind, statements, speakers, hostileStatements
ORDER BY statements DESC, name
LIMIT $limit
