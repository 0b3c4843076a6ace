// @title Stance reversals
// @description When a speaker turned from supportive (supports, praises, recognizes, apologizes) to hostile (threatens, condemns, accuses) toward an actor, event or place, or back: each pair of consecutive opposite statements, with no supportive or hostile statement about that target between them. Dated statements only.
// @param speaker actorId default="" "Only this speaker; empty for every speaker"
// @param target actorId default="" "Only statements about this actor; empty for every target"
// @param includeCritical boolean default=false "Count critical stances (criticizes, warns, demands, denies) as hostile"
// Each step is projected by its own WITH: LadybugDB 0.19.1 crashes (segfault) when the relationship of one part is read
// after a second MATCH, or when NOT EXISTS shares a WHERE with the CASE columns.
MATCH (a:Actor)-[:SAID]->(s1:Statement)-[ab1:ABOUT]->(b)
WHERE a.id <> b.id AND s1.date IS NOT NULL
  AND ($speaker = '' OR a.id = $speaker) AND ($target = '' OR b.id = $target)
WITH a, b, s1, ab1.stance AS before,
     CASE WHEN ab1.stance IN ['supports', 'praises', 'recognizes', 'apologizes'] THEN 'supportive'
          WHEN ab1.stance IN ['threatens', 'condemns', 'accuses'] OR ($includeCritical AND ab1.stance IN ['criticizes', 'warns', 'demands', 'denies']) THEN 'hostile'
          ELSE '' END AS p1
WHERE p1 <> ''
MATCH (a)-[:SAID]->(s2:Statement)-[ab2:ABOUT]->(b)
WHERE s2.date > s1.date
WITH a, b, s1, before, p1, s2, ab2.stance AS after,
     CASE WHEN ab2.stance IN ['supports', 'praises', 'recognizes', 'apologizes'] THEN 'supportive'
          WHEN ab2.stance IN ['threatens', 'condemns', 'accuses'] OR ($includeCritical AND ab2.stance IN ['criticizes', 'warns', 'demands', 'denies']) THEN 'hostile'
          ELSE '' END AS p2
WHERE p2 <> '' AND p2 <> p1
WITH a, b, s1, before, s2, after, p2
WHERE NOT EXISTS {
    MATCH (a)-[:SAID]->(s3:Statement)-[ab3:ABOUT]->(b)
    WHERE s3.date > s1.date AND s3.date < s2.date
      AND (ab3.stance IN ['supports', 'praises', 'recognizes', 'apologizes', 'threatens', 'condemns', 'accuses']
           OR ($includeCritical AND ab3.stance IN ['criticizes', 'warns', 'demands', 'denies']))
  }
RETURN a.id AS speaker, a.name AS speakerName, b.id AS target, b.name AS targetName, 'turned ' + p2 AS change,
       before, s1.date AS beforeDate, s1.datePrecision AS beforeDatePrecision, s1.id AS beforeStatement,
       after, s2.date AS afterDate, s2.datePrecision AS afterDatePrecision, s2.id AS afterStatement
ORDER BY afterDate, speakerName, targetName, beforeStatement
