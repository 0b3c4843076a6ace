// The names statements' links point to, each looked up by its key in its own table (see
// statements-with-links): the actors (speakers, relayers, targets), the targets again as events and as
// places (a target names one of the three), the positions and the sources. CAST types a list that is
// empty.
UNWIND CAST($actors AS STRING[]) AS wanted MATCH (a:Actor {id: wanted})
RETURN 'actor' AS nodeType, a.id AS id, a.name AS name, a.kind AS kind, CAST(NULL AS STRING) AS url, CAST(NULL AS STRING) AS publisher
UNION ALL UNWIND CAST($events AS STRING[]) AS wanted MATCH (e:Event {id: wanted})
RETURN 'event' AS nodeType, e.id AS id, e.name AS name, 'event' AS kind, CAST(NULL AS STRING) AS url, CAST(NULL AS STRING) AS publisher
UNION ALL UNWIND CAST($places AS STRING[]) AS wanted MATCH (p:Place {id: wanted})
RETURN 'place' AS nodeType, p.id AS id, p.name AS name, 'place' AS kind, CAST(NULL AS STRING) AS url, CAST(NULL AS STRING) AS publisher
UNION ALL UNWIND CAST($positions AS STRING[]) AS wanted MATCH (p:Position {id: wanted})
RETURN 'position' AS nodeType, p.id AS id, p.label AS name, CAST(NULL AS STRING) AS kind, CAST(NULL AS STRING) AS url, CAST(NULL AS STRING) AS publisher
UNION ALL UNWIND CAST($sources AS STRING[]) AS wanted MATCH (src:Source {id: wanted})
RETURN 'source' AS nodeType, src.id AS id, src.title AS name, CAST(NULL AS STRING) AS kind, src.url AS url, src.publisher AS publisher
