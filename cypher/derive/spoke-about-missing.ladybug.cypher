// Whether the graph has statements but no derived "spoke about" relationships, or has them without the
// statement keys an earlier version did not write: then they are built again once
// (derive/clear-spoke-about-all, derive/spoke-about-all) as the store opens.
MATCH (s:Statement)
WITH count(s) AS statements
OPTIONAL MATCH (:Actor)-[d:SPOKE_ABOUT]->(:Actor)
WITH statements, count(d) AS derived, count(d.statementKeys) AS keyed
RETURN statements > 0 AND (derived = 0 OR keyed < derived) AS missing
