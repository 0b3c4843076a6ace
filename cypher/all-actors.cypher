// Every actor with how many statements it made and how many were about it (the network's nodes).
MATCH (a:Actor)
OPTIONAL MATCH (a)-[:SAID]->(made:Statement)
WITH a, count(made) AS saidCount
OPTIONAL MATCH (heard:Statement)-[:ABOUT]->(a)
RETURN a.id AS id, a.name AS name, a.kind AS kind, saidCount AS said, count(heard) AS spokenAbout
ORDER BY id
