// statements-by-ids for LadybugDB 0.19.1 (same rows as statements-by-ids.cypher).
// Each statement is found by its key (UNWIND … {id: …}, an index lookup), then its links with OPTIONAL
// MATCH: LadybugDB 0.19.1 plans a plain MATCH from UNWIND values, or a WHERE id IN list, as a scan of
// every statement's links (50 statements at 10^6 relationships: 60 ms this way, 130-290 ms the others).
UNWIND $ids AS statementId
MATCH (s:Statement {id: statementId})
OPTIONAL MATCH (sp:Actor)-[l:SAID]->(s)
OPTIONAL MATCH (rl:Actor)-[:RELAYED]->(s)
RETURN s.id AS id, s.quote AS quote, s.summary AS summary, s.date AS date, s.datePrecision AS datePrecision,
       s.channel AS channel, s.lang AS lang, s.modality AS modality, s.documentVoice AS documentVoice,
       sp.id AS speakerId, sp.name AS speakerName, sp.kind AS speakerKind, l.rank AS speakerRank,
       rl.id AS relayerId, rl.name AS relayerName, rl.kind AS relayerKind
