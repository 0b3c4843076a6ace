// How many relationships of each type the graph holds.
MATCH ()-[r:SAID]->() RETURN 'SAID' AS type, count(r) AS n
UNION ALL MATCH ()-[r:RELAYED]->() RETURN 'RELAYED' AS type, count(r) AS n
UNION ALL MATCH ()-[r:ABOUT]->() RETURN 'ABOUT' AS type, count(r) AS n
UNION ALL MATCH ()-[r:TAKES]->() RETURN 'TAKES' AS type, count(r) AS n
UNION ALL MATCH ()-[r:CITED_IN]->() RETURN 'CITED_IN' AS type, count(r) AS n
UNION ALL MATCH ()-[r:MEMBER_OF]->() RETURN 'MEMBER_OF' AS type, count(r) AS n
UNION ALL MATCH ()-[r:HOLDS_OFFICE]->() RETURN 'HOLDS_OFFICE' AS type, count(r) AS n
UNION ALL MATCH ()-[r:ALLIED_WITH]->() RETURN 'ALLIED_WITH' AS type, count(r) AS n
UNION ALL MATCH ()-[r:SUPPLIES_ARMS_TO]->() RETURN 'SUPPLIES_ARMS_TO' AS type, count(r) AS n
UNION ALL MATCH ()-[r:PARTICIPATED_IN]->() RETURN 'PARTICIPATED_IN' AS type, count(r) AS n
UNION ALL MATCH ()-[r:RESPONDS_TO]->() RETURN 'RESPONDS_TO' AS type, count(r) AS n
UNION ALL MATCH ()-[r:AT]->() RETURN 'AT' AS type, count(r) AS n
UNION ALL MATCH ()-[r:REPORTED_IN]->() RETURN 'REPORTED_IN' AS type, count(r) AS n
