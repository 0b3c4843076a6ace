// Whether the graph has statements but no derived "spoke about" relationships, or has them without the
// pair and statement keys or the relationships per pair that an earlier version did not write: then
// they are built again once (derive/clear-spoke-about-all, derive/spoke-about-all) as the store opens.
MATCH (s:Statement)
WITH count(s) AS statements
RETURN statements > 0 AND (NOT EXISTS { (:Actor)-[:SPOKE_ABOUT]->(:Actor) }
  OR NOT EXISTS { (:Actor)-[:SPOKE_ABOUT_PAIR]->(:Actor) }
  OR EXISTS { MATCH ()-[d:SPOKE_ABOUT]->() WHERE d.pair IS NULL }) AS missing
