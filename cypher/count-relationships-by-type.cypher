// How many relationships of each type the graph holds, 0 for a type it has none of. The count comes
// before the type's name (WITH), with no key to group by, so Neo4j reads it from its count store (as
// in count-nodes-by-label).
MATCH ()-[r:SAID]->() WITH count(r) AS n RETURN 'SAID' AS type, n
UNION ALL MATCH ()-[r:RELAYED]->() WITH count(r) AS n RETURN 'RELAYED' AS type, n
UNION ALL MATCH ()-[r:ABOUT]->() WITH count(r) AS n RETURN 'ABOUT' AS type, n
UNION ALL MATCH ()-[r:TAKES]->() WITH count(r) AS n RETURN 'TAKES' AS type, n
UNION ALL MATCH ()-[r:CITED_IN]->() WITH count(r) AS n RETURN 'CITED_IN' AS type, n
UNION ALL MATCH ()-[r:MEMBER_OF]->() WITH count(r) AS n RETURN 'MEMBER_OF' AS type, n
UNION ALL MATCH ()-[r:HOLDS_OFFICE]->() WITH count(r) AS n RETURN 'HOLDS_OFFICE' AS type, n
UNION ALL MATCH ()-[r:ALLIED_WITH]->() WITH count(r) AS n RETURN 'ALLIED_WITH' AS type, n
UNION ALL MATCH ()-[r:SUPPLIES_ARMS_TO]->() WITH count(r) AS n RETURN 'SUPPLIES_ARMS_TO' AS type, n
UNION ALL MATCH ()-[r:PARTICIPATED_IN]->() WITH count(r) AS n RETURN 'PARTICIPATED_IN' AS type, n
UNION ALL MATCH ()-[r:RESPONDS_TO]->() WITH count(r) AS n RETURN 'RESPONDS_TO' AS type, n
UNION ALL MATCH ()-[r:AT]->() WITH count(r) AS n RETURN 'AT' AS type, n
UNION ALL MATCH ()-[r:REPORTED_IN]->() WITH count(r) AS n RETURN 'REPORTED_IN' AS type, n
