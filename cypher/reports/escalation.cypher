// @title Escalation
// @description Threats, condemnations and accusations per day (or per month or year, for statements dated only that precisely) (and criticisms, warnings, demands and denials when asked): how many statements of each, and who made them. Dated statements only.
// @param target actorId default="" "Only statements about this actor; empty for any target"
// @param speaker actorId default="" "Only statements by this actor; empty for any speaker"
// @param from date default=0001-01-01 "First day"
// @param to date default=9999-12-31 "Last day"
// @param includeCritical boolean default=false "Also count critical statements (criticizes, warns, demands, denies)"
MATCH (sp:Actor)-[:SAID]->(s:Statement)-[ab:ABOUT]->(t:Actor)
WHERE s.date >= date($from) AND s.date <= date($to)
  AND ($target = '' OR t.id = $target)
  AND ($speaker = '' OR sp.id = $speaker)
  AND (ab.stance IN ['threatens', 'condemns', 'accuses'] OR ($includeCritical AND ab.stance IN ['criticizes', 'warns', 'demands', 'denies']))
WITH sp, s,
     max(CASE WHEN ab.stance = 'threatens' THEN 1 ELSE 0 END) AS th,
     max(CASE WHEN ab.stance = 'condemns' THEN 1 ELSE 0 END) AS co,
     max(CASE WHEN ab.stance = 'accuses' THEN 1 ELSE 0 END) AS ac,
     max(CASE WHEN ab.stance IN ['criticizes', 'warns', 'demands', 'denies'] THEN 1 ELSE 0 END) AS cr
// A day, a month or a year as the statements were dated: "Sep 2023" is its own row, apart from 1 Sep 2023.
WITH s.date AS date, s.datePrecision AS datePrecision, sp, count(s) AS n, sum(th) AS th, sum(co) AS co, sum(ac) AS ac, sum(cr) AS cr
// speakers come in order of name: sorted before collect() (SKIP 0: LadybugDB takes ORDER BY in a WITH only with SKIP or LIMIT).
ORDER BY sp.name SKIP 0
RETURN date, datePrecision, sum(n) AS statements, sum(th) AS threats, sum(co) AS condemnations, sum(ac) AS accusations,
       sum(cr) AS critical, collect(sp.name) AS speakers
ORDER BY date, datePrecision
