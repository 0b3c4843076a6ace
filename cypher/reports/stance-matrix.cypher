// @title Speaker × target stance matrix
// @description For every speaker and every actor it spoke about: how many statements, and how many of them were hostile (threatens, condemns, accuses), critical (criticizes, warns, demands, denies), neutral (urges, appeals, states) or supportive (supports, praises, recognizes, apologizes). Shown as a graph of who speaks about whom.
// @param speakerKind enum(any,person,state,organization,armed_force,alliance,group,media) default=any "Only speakers of this kind"
// @param targetKind enum(any,person,state,organization,armed_force,alliance,group,media) default=any "Only targets of this kind"
// @param minStatements integer(1,1000) default=1 "Only pairs with at least this many statements"
// @param limit integer(1,5000) default=1000 "Most pairs to list"
// @graph
// The polarity lists follow STANCE_POLARITY in server/domain/stances.ts. A statement counts once per polarity it shows.
MATCH (a:Actor)-[:SAID]->(s:Statement)-[ab:ABOUT]->(b:Actor)
WHERE a.id <> b.id
  AND ($speakerKind = 'any' OR a.kind = $speakerKind)
  AND ($targetKind = 'any' OR b.kind = $targetKind)
WITH a, b, s,
     max(CASE WHEN ab.stance IN ['threatens', 'condemns', 'accuses'] THEN 1 ELSE 0 END) AS h,
     max(CASE WHEN ab.stance IN ['criticizes', 'warns', 'demands', 'denies'] THEN 1 ELSE 0 END) AS c,
     max(CASE WHEN ab.stance IN ['urges', 'appeals', 'states'] THEN 1 ELSE 0 END) AS n,
     max(CASE WHEN ab.stance IN ['supports', 'praises', 'recognizes', 'apologizes'] THEN 1 ELSE 0 END) AS p
WITH a, b, count(s) AS statements, sum(h) AS hostile, sum(c) AS critical, sum(n) AS neutral, sum(p) AS supportive
WHERE statements >= $minStatements
RETURN a.id AS source, a.name AS sourceName, 'SPOKE_ABOUT' AS type, b.id AS target, b.name AS targetName,
       statements, hostile, critical, neutral, supportive
ORDER BY statements DESC, sourceName, targetName
LIMIT $limit
