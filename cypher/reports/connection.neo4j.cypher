// @title Connection between two actors
// @description Every shortest connection between two actors through ties (memberships, offices, alliances, arms supplies), statements (who said what about whom) and shared events, one row per step. Shown as a graph.
// @param from actorId required "One actor"
// @param to actorId required "The other actor"
// @param maxHops integer(1,6) default=4 "Longest connection to look for, in steps (a statement is two steps: speaker to statement, statement to target)"
// @graph
// Neo4j dialect: allShortestPaths(), type(), startNode() and 0-based path lists, which LadybugDB does not have.
MATCH (a:Actor), (b:Actor)
WHERE a.id = $from AND b.id = $to AND a.id <> b.id
MATCH p = allShortestPaths((a)-[:SAID|ABOUT|MEMBER_OF|HOLDS_OFFICE|ALLIED_WITH|SUPPLIES_ARMS_TO|PARTICIPATED_IN*..6]-(b))
WITH p
WHERE length(p) <= $maxHops
UNWIND range(0, length(p) - 1) AS i
WITH i + 1 AS hop, relationships(p)[i] AS step
WITH DISTINCT hop, step, startNode(step) AS x, endNode(step) AS y
RETURN hop,
       x.id AS source, coalesce(x.name, x.summary) AS sourceName, coalesce(x.kind, toLower(labels(x)[0])) AS sourceKind,
       type(step) AS type,
       y.id AS target, coalesce(y.name, y.summary) AS targetName, coalesce(y.kind, toLower(labels(y)[0])) AS targetKind,
       coalesce(step.stance, step.role, step.title, step.basis, step.items) AS detail
ORDER BY hop, type, source, target
