// Audit trail: records one write. CREATE, not MERGE: a second Change with the same id (a retried
// Idempotency-Key racing the first) fails the whole transaction instead of applying twice.
UNWIND $rows AS r
CREATE (c:Change {id: r.id, at: r.at, who: r.who, action: r.action, summary: r.summary, reason: r.reason,
  records: r.records, actors: r.actors, diff: r.diff, fingerprint: r.fingerprint, response: r.response})
