// spoke-edges-among for LadybugDB 0.19.1 (same rows as spoke-edges-among.cypher). Both ends are tested
// by their offset in the Actor table ($actorOffsets, which the store looks up from $ids): testing each
// actor's id against the list meant two scans of the 20,000 actors comparing strings (71 → 20 ms for a
// neighbourhood of 200 at 10^6 relationships). The dates come as text, which the engine hands to
// JavaScript without making a Date of each: with the rows folded per pair, a much-quoted actor's
// neighbourhood (7,037 relationships, 1,625 pairs) took 24 ms where a row per relationship took 45 ms.
MATCH (a:Actor)-[d:SPOKE_ABOUT]->(b:Actor)
WHERE offset(id(a)) IN $actorOffsets AND offset(id(b)) IN $actorOffsets
  AND (size($stances) = 0 OR d.stance IN $stances)
WITH a, b, collect(d.stance) AS stances, collect(d.statements) AS counts, min(d.firstDate) AS firstDate, max(d.lastDate) AS lastDate
RETURN a.id AS source, b.id AS target, stances, counts, CAST(firstDate AS STRING) AS firstDate, CAST(lastDate AS STRING) AS lastDate
