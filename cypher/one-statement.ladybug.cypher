// statements-by-ids for one statement on LadybugDB 0.19.1, looked up by its key: a row per speaker
// (every statement has one) and one for its relayer, which the repository gathers. One UNION part per
// kind of link and no OPTIONAL MATCH: LadybugDB plans an OPTIONAL MATCH as a hash join over the whole
// relationship table (6.9-8.6 ms a statement at 10^6 relationships with the two of them, 2.0-2.2 ms
// this way). More than a few statements take the list form, statements-by-ids.ladybug.cypher
// (hydratesOneByOne).
MATCH (sp:Actor)-[l:SAID]->(s:Statement {id: $id})
RETURN s.id AS id, s.quote AS quote, s.summary AS summary, s.date AS date, s.datePrecision AS datePrecision,
       s.channel AS channel, s.lang AS lang, s.modality AS modality, s.documentVoice AS documentVoice,
       sp.id AS speakerId, sp.name AS speakerName, sp.kind AS speakerKind, l.rank AS speakerRank,
       CAST(NULL AS STRING) AS relayerId, CAST(NULL AS STRING) AS relayerName, CAST(NULL AS STRING) AS relayerKind
UNION ALL
MATCH (rl:Actor)-[:RELAYED]->(s:Statement {id: $id})
RETURN s.id AS id, s.quote AS quote, s.summary AS summary, s.date AS date, s.datePrecision AS datePrecision,
       s.channel AS channel, s.lang AS lang, s.modality AS modality, s.documentVoice AS documentVoice,
       CAST(NULL AS STRING) AS speakerId, CAST(NULL AS STRING) AS speakerName, CAST(NULL AS STRING) AS speakerKind, CAST(NULL AS INT64) AS speakerRank,
       rl.id AS relayerId, rl.name AS relayerName, rl.kind AS relayerKind
