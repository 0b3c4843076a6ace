// Rewrites the references inside statements and events: a merge points them at the kept actor, a
// delete drops the optional ones (event places and participants, statement positions and responses).
import type { Event, Statement } from '../domain/records.js';

/** The new id for a referenced id, or null to drop the reference. */
export type Remap = (id: string) => string | null;

/** Maps each item's id; when two items land on one id, the one whose id did not change is kept. */
function remapList<T>(items: T[], get: (t: T) => string, set: (t: T, id: string) => T, remap: Remap): T[] {
  const moved = (t: T) => Number(remap(get(t)) !== get(t));
  const out = new Map<string, T>();
  for (const t of [...items].sort((a, b) => moved(a) - moved(b))) {
    const id = remap(get(t));
    if (id !== null && !out.has(id)) out.set(id, set(t, id));
  }
  return [...out.values()];
}

export function rewriteStatement(s: Statement, remap: Remap): Statement {
  return {
    ...s, speaker: remap(s.speaker) ?? s.speaker,
    speakers: remapList(s.speakers, (a) => a, (_a, id) => id, remap),
    relayedBy: s.relayedBy === null ? null : remap(s.relayedBy),
    about: remapList(s.about, (a) => a.target, (a, target) => ({ ...a, target }), remap),
    positions: remapList(s.positions, (p) => p.position, (p, position) => ({ ...p, position }), remap),
    respondsTo: remapList(s.respondsTo, (r) => r, (_r, id) => id, remap),
  };
}

export function rewriteEvent(e: Event, remap: Remap): Event {
  return {
    ...e, places: remapList(e.places, (p) => p, (_p, id) => id, remap),
    participants: remapList(e.participants, (p) => p.actor, (p, actor) => ({ ...p, actor }), remap),
  };
}

/** Drops one id wherever it is referenced. */
export const dropping = (gone: string): Remap => (id) => (id === gone ? null : id);
