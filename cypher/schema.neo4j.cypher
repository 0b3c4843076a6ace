// Neo4j schema: a uniqueness constraint on every id (which also indexes it), and indexes for
// the names and dates that searches and timelines filter on.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT position_id IF NOT EXISTS FOR (n:Position) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX actor_search IF NOT EXISTS FOR (n:Actor) ON (n.searchText);
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
// The derived "spoke about" relationships of one speaker and one target (derive/spoke-about).
CREATE INDEX spoke_about_pair IF NOT EXISTS FOR ()-[r:SPOKE_ABOUT]-() ON (r.pair);
// Their fold per pair, between two much-quoted actors (spoke-edges-among).
CREATE INDEX spoke_about_pair_pair IF NOT EXISTS FOR ()-[r:SPOKE_ABOUT_PAIR]-() ON (r.pair);
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
