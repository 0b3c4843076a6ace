// derive/spoke-about-all for LadybugDB 0.19.1: its bulk COPY from a query (1.5 s at 10^6 relationships, where
// MATCH … CREATE took 20 s). The WITH between the hops keeps the join from starting at every statement's
// speakers (13 s); the aggregates are in the order that keeps max() from null (see derive/spoke-about), and
// the columns in the table's order.
COPY SPOKE_ABOUT FROM (
  MATCH (b:Actor)<-[ab:ABOUT]-(s:Statement)
  WITH b, ab, s
  MATCH (a:Actor)-[:SAID]->(s)
  WITH a.id AS source, b.id AS target, ab.stance AS stance, min(s.date) AS firstDate, max(s.date) AS lastDate, count(DISTINCT s) AS statements,
       list_sort(collect(DISTINCT coalesce(CAST(s.date AS STRING), '9999-99-99') + ' ' + s.id)) AS statementKeys
  RETURN source, target, stance, statements, firstDate, lastDate, statementKeys
)
