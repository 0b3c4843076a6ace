// Removes every derived "spoke about" relationship, before derive/spoke-about-all builds them again for
// a graph whose relationships an earlier version made without their statement keys.
MATCH ()-[d:SPOKE_ABOUT]->()
DELETE d
