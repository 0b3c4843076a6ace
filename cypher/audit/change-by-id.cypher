// Audit trail: one change, whole (with the response an Idempotency-Key retry gets again).
MATCH (c:Change) WHERE c.id = $id
RETURN c.id AS id, c.at AS at, c.who AS who, c.action AS action, c.summary AS summary, c.reason AS reason,
       c.records AS records, c.actors AS actors, c.diff AS diff, c.fingerprint AS fingerprint, c.response AS response
