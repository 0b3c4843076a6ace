// How many nodes of each label the graph holds (health, stats, and load checks).
MATCH (n:Actor) RETURN 'Actor' AS label, count(n) AS n
UNION ALL MATCH (n:Statement) RETURN 'Statement' AS label, count(n) AS n
UNION ALL MATCH (n:Source) RETURN 'Source' AS label, count(n) AS n
UNION ALL MATCH (n:Position) RETURN 'Position' AS label, count(n) AS n
UNION ALL MATCH (n:Event) RETURN 'Event' AS label, count(n) AS n
UNION ALL MATCH (n:Place) RETURN 'Place' AS label, count(n) AS n
