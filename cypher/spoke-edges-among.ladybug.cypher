// spoke-edges-among for LadybugDB 0.19.1 (same rows as spoke-edges-among.cypher). Both ends are tested
// by their offset in the Actor table ($actorOffsets, which the store looks up from $ids): testing each
// actor's id against the list meant two scans of the 20,000 actors comparing strings (71 → 20 ms for a
// neighbourhood of 200 at 10^6 relationships; 138 → 86 ms for a much-quoted actor's 7,037 rows).
MATCH (a:Actor)-[d:SPOKE_ABOUT]->(b:Actor)
WHERE offset(id(a)) IN $actorOffsets AND offset(id(b)) IN $actorOffsets
  AND (size($stances) = 0 OR d.stance IN $stances)
RETURN a.id AS source, b.id AS target, d.stance AS stance, d.statements AS statements, d.firstDate AS firstDate, d.lastDate AS lastDate
