// @title Connection between two actors
// @description Every shortest connection between two actors through ties (memberships, offices, alliances, arms supplies), statements (who said what about whom) and shared events, one row per step. Shown as a graph.
// @param from actorId required "One actor"
// @param to actorId required "The other actor"
// @param maxHops integer(1,6) default=4 "Longest connection to look for, in steps (a statement is two steps: speaker to statement, statement to target)"
// @graph
// LadybugDB dialect: ALL SHORTEST instead of allShortestPaths(), and no type()/startNode(); a path's nodes and
// relationships are read as 1-based lists of properties.
MATCH p = (a:Actor)-[:SAID|ABOUT|MEMBER_OF|HOLDS_OFFICE|ALLIED_WITH|SUPPLIES_ARMS_TO|PARTICIPATED_IN* ALL SHORTEST 1..6]-(b:Actor)
WHERE a.id = $from AND b.id = $to AND a.id <> b.id AND length(p) <= $maxHops
WITH length(p) AS hops, rels(p) AS steps, properties(rels(p), '_src') AS srcKeys, properties(nodes(p), '_id') AS nodeKeys,
     properties(nodes(p), 'id') AS ids, properties(nodes(p), '_label') AS labels, properties(nodes(p), 'kind') AS kinds,
     properties(nodes(p), 'name') AS names, properties(nodes(p), 'summary') AS summaries
UNWIND range(1, hops) AS i
WITH i AS hop, steps[i] AS step, srcKeys[i] = nodeKeys[i] AS forward,
     ids[i] AS nearId, coalesce(names[i], summaries[i]) AS nearName, coalesce(kinds[i], lower(labels[i])) AS nearKind,
     ids[i + 1] AS farId, coalesce(names[i + 1], summaries[i + 1]) AS farName, coalesce(kinds[i + 1], lower(labels[i + 1])) AS farKind
RETURN DISTINCT hop,
       CASE WHEN forward THEN nearId ELSE farId END AS source, CASE WHEN forward THEN nearName ELSE farName END AS sourceName,
       CASE WHEN forward THEN nearKind ELSE farKind END AS sourceKind,
       label(step) AS type,
       CASE WHEN forward THEN farId ELSE nearId END AS target, CASE WHEN forward THEN farName ELSE nearName END AS targetName,
       CASE WHEN forward THEN farKind ELSE nearKind END AS targetKind,
       coalesce(step.stance, step.role, step.title, step.basis, step.items) AS detail
ORDER BY hop, type, source, target
