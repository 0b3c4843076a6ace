// Whether the graph has statements but no derived "spoke about" relationships: then they are built once
// (derive/spoke-about-all) as the store opens.
MATCH (s:Statement)
WITH count(s) AS statements
OPTIONAL MATCH (:Actor)-[d:SPOKE_ABOUT]->(:Actor)
WITH statements, count(d) AS derived
RETURN statements > 0 AND derived = 0 AS missing
