// @title Alliance and office network
// @description The ties (memberships, offices, alliances, arms supplies) within N steps of an actor, each with the step at which it is first reached. Shown as a graph.
// @param actor actorId required "The actor at the centre"
// @param depth integer(1,3) default=2 "How many tie steps to follow"
// @graph
// LadybugDB dialect: no type()/startNode(); a path's nodes and relationships are read as 1-based lists of properties.
MATCH p = (a:Actor)-[:MEMBER_OF|HOLDS_OFFICE|ALLIED_WITH|SUPPLIES_ARMS_TO* TRAIL 1..3]-(:Actor)
WHERE a.id = $actor AND length(p) <= $depth
WITH length(p) AS hops, properties(nodes(p), '_id') AS nodeKeys, properties(nodes(p), 'id') AS ids, properties(rels(p), '_src') AS srcKeys, rels(p) AS ties
UNWIND range(1, hops) AS i
WITH i, ties[i] AS tie, srcKeys[i] = nodeKeys[i] AS forward, ids[i] AS near, ids[i + 1] AS far
WITH tie, CASE WHEN forward THEN near ELSE far END AS source, CASE WHEN forward THEN far ELSE near END AS target, min(i) AS hop
MATCH (x:Actor), (y:Actor)
WHERE x.id = source AND y.id = target
RETURN source, x.name AS sourceName, label(tie) AS type, target, y.name AS targetName,
       coalesce(tie.role, tie.title, tie.basis, tie.items) AS detail, tie.since AS since, tie.until AS until, hop
ORDER BY hop, type, sourceName, targetName
