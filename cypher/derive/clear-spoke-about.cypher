// Removes the derived "spoke about" relationships of these speakers, before derive/spoke-about builds them again.
UNWIND $rows AS r
MATCH (a:Actor {id: r.speaker})-[d:SPOKE_ABOUT]->(:Actor)
DELETE d
