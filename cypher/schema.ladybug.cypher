// LadybugDB schema: typed node and relationship tables. Primary keys give id lookups their index.
// ABOUT has three FROM/TO pairs because a statement can be about an actor, an event or a place.
CREATE NODE TABLE IF NOT EXISTS Actor(id STRING PRIMARY KEY, name STRING, kind STRING, aliases STRING[], description STRING, searchText STRING, unnamed BOOL);
CREATE NODE TABLE IF NOT EXISTS Statement(id STRING PRIMARY KEY, quote STRING, summary STRING, date DATE, datePrecision STRING, channel STRING, lang STRING, modality STRING, searchText STRING, documentVoice BOOL, links STRING);
CREATE NODE TABLE IF NOT EXISTS Source(id STRING PRIMARY KEY, title STRING, publisher STRING, url STRING, published DATE, kind STRING, file STRING);
// Databases made before sources kept their file name gain the column here (a no-op on newer ones).
ALTER TABLE Source ADD IF NOT EXISTS file STRING;
CREATE NODE TABLE IF NOT EXISTS Position(id STRING PRIMARY KEY, label STRING, description STRING);
CREATE NODE TABLE IF NOT EXISTS Event(id STRING PRIMARY KEY, name STRING, date DATE, endDate DATE, description STRING);
CREATE NODE TABLE IF NOT EXISTS Place(id STRING PRIMARY KEY, name STRING, aliases STRING[], description STRING, searchText STRING);
CREATE REL TABLE IF NOT EXISTS SAID(FROM Actor TO Statement, rank INT64);
CREATE REL TABLE IF NOT EXISTS RELAYED(FROM Actor TO Statement);
CREATE REL TABLE IF NOT EXISTS ABOUT(FROM Statement TO Actor, FROM Statement TO Event, FROM Statement TO Place, stance STRING);
CREATE REL TABLE IF NOT EXISTS TAKES(FROM Statement TO Position, stance STRING, figure STRING);
CREATE REL TABLE IF NOT EXISTS CITED_IN(FROM Statement TO Source, excerpt STRING);
CREATE REL TABLE IF NOT EXISTS MEMBER_OF(FROM Actor TO Actor, role STRING, since DATE, until DATE, source STRING, excerpt STRING);
CREATE REL TABLE IF NOT EXISTS HOLDS_OFFICE(FROM Actor TO Actor, title STRING, since DATE, until DATE, source STRING, excerpt STRING);
CREATE REL TABLE IF NOT EXISTS ALLIED_WITH(FROM Actor TO Actor, basis STRING, since DATE, until DATE, source STRING, excerpt STRING);
CREATE REL TABLE IF NOT EXISTS SUPPLIES_ARMS_TO(FROM Actor TO Actor, items STRING, since DATE, until DATE, source STRING, excerpt STRING);
CREATE REL TABLE IF NOT EXISTS PARTICIPATED_IN(FROM Actor TO Event, role STRING);
CREATE REL TABLE IF NOT EXISTS RESPONDS_TO(FROM Statement TO Statement);
CREATE REL TABLE IF NOT EXISTS AT(FROM Event TO Place);
CREATE REL TABLE IF NOT EXISTS REPORTED_IN(FROM Event TO Source, excerpt STRING);
// Databases made before joint statements, relays, unnamed speakers and contested figures gain the columns here.
ALTER TABLE Actor ADD IF NOT EXISTS unnamed BOOL DEFAULT false;
ALTER TABLE Statement ADD IF NOT EXISTS documentVoice BOOL DEFAULT false;
ALTER TABLE SAID ADD IF NOT EXISTS rank INT64 DEFAULT 0;
ALTER TABLE TAKES ADD IF NOT EXISTS figure STRING;
// A statement's own links as JSON (server/domain/statement-links.ts), which a page of statements reads
// instead of following relationships. Databases made before it gain the column here; the store then
// writes it from the relationships (derive/statement-links-missing).
ALTER TABLE Statement ADD IF NOT EXISTS links STRING;
// The audit trail: one Change per write (who, when, what before and after as JSON, why). An
// Idempotency-Key makes the Change id, so a retried request finds the first one's response.
CREATE NODE TABLE IF NOT EXISTS Change(id STRING PRIMARY KEY, at STRING, who STRING, action STRING, summary STRING, reason STRING, records STRING[], actors STRING[], diff STRING, fingerprint STRING, response STRING);
// Derived from statements (cypher/derive/): one per speaker, actor spoken about and stance, kept by every write.
CREATE REL TABLE IF NOT EXISTS SPOKE_ABOUT(FROM Actor TO Actor, stance STRING, statements INT64, firstDate DATE, lastDate DATE, statementKeys STRING[]);
// Databases made before the derived relationships kept their statement keys gain the column here; the
// store then builds them again (derive/spoke-about-missing).
ALTER TABLE SPOKE_ABOUT ADD IF NOT EXISTS statementKeys STRING[];
