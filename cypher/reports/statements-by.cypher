// @title Statements by an actor
// @description Everything an actor said, in date order (undated last), with what each statement was about and the stance taken.
// @param speaker actorId required "The actor who spoke"
// @param stance enum(any,condemns,criticizes,accuses,threatens,warns,demands,urges,appeals,supports,praises,denies,apologizes,recognizes,states) default=any "Only statements taking this stance toward something"
// @param from date default=0001-01-01 "Only statements made on or after this date"
// @param to date default=9999-12-31 "Only statements made on or before this date"
// @param undated boolean default=true "Also list statements whose date is unknown"
// @param limit integer(1,5000) default=500 "Most statements to list"
MATCH (sp:Actor)-[:SAID]->(s:Statement)-[ab:ABOUT]->(t)
WHERE sp.id = $speaker
  AND ((s.date IS NULL AND $undated) OR (s.date >= date($from) AND s.date <= date($to)))
  AND ($stance = 'any' OR EXISTS { MATCH (s)-[x:ABOUT]->() WHERE x.stance = $stance })
// `about` comes in alphabetical order: sorted before collect() (SKIP 0: LadybugDB takes ORDER BY in a WITH only with SKIP or LIMIT).
WITH s, t.name + ' (' + ab.stance + ')' AS item
ORDER BY item SKIP 0
WITH s, collect(item) AS about
RETURN s.date AS date, s.datePrecision AS datePrecision, s.id AS statement, s.channel AS channel, s.modality AS modality,
       coalesce(s.quote, s.summary) AS words, about
ORDER BY s.date IS NULL, date, statement
LIMIT $limit
