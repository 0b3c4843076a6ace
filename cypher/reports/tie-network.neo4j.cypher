// @title Alliance and office network
// @description The ties (memberships, offices, alliances, arms supplies) within N steps of an actor, each with the step at which it is first reached. Shown as a graph.
// @param actor actorId required "The actor at the centre"
// @param depth integer(1,3) default=2 "How many tie steps to follow"
// @graph
// Neo4j dialect: type(), startNode() and 0-based path lists, which LadybugDB does not have.
MATCH p = (a:Actor)-[:MEMBER_OF|HOLDS_OFFICE|ALLIED_WITH|SUPPLIES_ARMS_TO*1..3]-(:Actor)
WHERE a.id = $actor AND length(p) <= $depth
UNWIND range(0, length(p) - 1) AS i
WITH relationships(p)[i] AS tie, i + 1 AS step
WITH tie, min(step) AS hop
WITH tie, hop, startNode(tie) AS x, endNode(tie) AS y
RETURN x.id AS source, x.name AS sourceName, type(tie) AS type, y.id AS target, y.name AS targetName,
       coalesce(tie.role, tie.title, tie.basis, tie.items) AS detail, tie.since AS since, tie.until AS until, hop
ORDER BY hop, type, sourceName, targetName
