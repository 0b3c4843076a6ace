// The statements with these ids, one row per speaker (with its rank: 0 is the first-named), and who
// relayed them.
MATCH (s:Statement)
WHERE s.id IN $ids
OPTIONAL MATCH (sp:Actor)-[l:SAID]->(s)
OPTIONAL MATCH (rl:Actor)-[:RELAYED]->(s)
RETURN s.id AS id, s.quote AS quote, s.summary AS summary, s.date AS date, s.datePrecision AS datePrecision,
       s.channel AS channel, s.lang AS lang, s.modality AS modality, s.documentVoice AS documentVoice,
       sp.id AS speakerId, sp.name AS speakerName, sp.kind AS speakerKind, l.rank AS speakerRank,
       rl.id AS relayerId, rl.name AS relayerName, rl.kind AS relayerKind
