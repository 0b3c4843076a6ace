// @title What X said about Y
// @description Every statement one actor made about another, with its stance, words and sources. Optionally counts the speaker's office holders (a state's president, a ministry's spokesperson) as the speaker.
// @param speaker actorId required "Who spoke"
// @param target actorId required "Whom they spoke about"
// @param viaOffice boolean default=false "Also include statements by people who hold office in the speaker"
MATCH (sp:Actor)-[:SAID]->(s:Statement)-[ab:ABOUT]->(t:Actor)
WHERE t.id = $target
  AND (sp.id = $speaker OR ($viaOffice AND EXISTS { MATCH (sp)-[:HOLDS_OFFICE]->(o:Actor) WHERE o.id = $speaker }))
MATCH (s)-[:CITED_IN]->(src:Source)
// sources come in order of title: sorted before collect() (SKIP 0: LadybugDB takes ORDER BY in a WITH only with SKIP or LIMIT).
WITH sp, s, ab, src
ORDER BY src.title SKIP 0
WITH sp, s, ab, collect(DISTINCT src.title) AS sources
RETURN s.date AS date, s.datePrecision AS datePrecision, sp.id AS speaker, sp.name AS speakerName, ab.stance AS stance,
       coalesce(s.quote, s.summary) AS words, s.modality AS modality, s.channel AS channel, s.id AS statement, sources
ORDER BY s.date IS NULL, date, statement
