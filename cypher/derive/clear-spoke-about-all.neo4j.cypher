// Removes every derived "spoke about" relationship, per stance and per pair, before
// derive/spoke-about-all builds them again for a graph an earlier version made without some of them.
MATCH ()-[d:SPOKE_ABOUT|SPOKE_ABOUT_PAIR]->()
DELETE d
