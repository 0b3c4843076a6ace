// Which statements does this statement respond to, and which respond to it?
MATCH (s:Statement {id: $id})-[:RESPONDS_TO]->(t:Statement)
RETURN 'respondsTo' AS direction, t.id AS id
UNION ALL
MATCH (s:Statement {id: $id})<-[:RESPONDS_TO]-(t:Statement)
RETURN 'responses' AS direction, t.id AS id
