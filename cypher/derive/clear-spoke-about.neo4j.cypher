// Removes the derived "spoke about" relationships of these speakers, per stance and per pair, before
// derive/spoke-about builds them again.
UNWIND $rows AS r
MATCH (a:Actor {id: r.speaker})-[d:SPOKE_ABOUT|SPOKE_ABOUT_PAIR]->(:Actor)
DELETE d
