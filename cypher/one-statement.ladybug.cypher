// statements-by-ids for one statement on LadybugDB 0.19.1 (same rows). An id given as an equality
// parameter is looked up by its key and its links followed: 5-15 ms at 10^6, where the list form's
// OPTIONAL MATCH is a hash join over every SAID and RELAYED relationship (60-130 ms however few the
// ids). The statements repository takes it for a few statements (hydratesOneByOne).
MATCH (s:Statement {id: $id})
OPTIONAL MATCH (s)<-[l:SAID]-(sp:Actor)
OPTIONAL MATCH (s)<-[:RELAYED]-(rl:Actor)
RETURN s.id AS id, s.quote AS quote, s.summary AS summary, s.date AS date, s.datePrecision AS datePrecision,
       s.channel AS channel, s.lang AS lang, s.modality AS modality, s.documentVoice AS documentVoice,
       sp.id AS speakerId, sp.name AS speakerName, sp.kind AS speakerKind, l.rank AS speakerRank,
       rl.id AS relayerId, rl.name AS relayerName, rl.kind AS relayerKind
