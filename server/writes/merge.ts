// Merging two actors that turned out to be one: the kept actor takes the other's name as an alias
// and every edge (statements it said and that are about it, ties both ways, event participation);
// the other is deleted. Edges between the two would become self-loops and are dropped, named in the
// answer; a tie the kept actor already has with the same end stays as it is.
import type { Actor, Event, Statement, Tie } from '../domain/records.js';
import { Conflict, InvalidInput } from '../domain/errors.js';
import { tieId } from '../records/kinds.js';
import type { RecordReader } from '../records/read.js';
import { created, deleted, updated, type DiffEntry, type Plan } from './changeset.js';
import type { Planners } from './planners.js';
import { respond } from './respond.js';
import { rewriteEvent, rewriteStatement, type Remap } from './rewrite.js';

export function createMerger(reader: RecordReader, planners: Planners) {
  /** A statement by the kept actor about itself loses that target, unless it is the only one. */
  function withoutSelfTarget(s: Statement, notes: string[]): Statement {
    if (!s.about.some((a) => a.target === s.speaker)) return s;
    if (s.about.length === 1) {
      throw new Conflict(`Statement "${s.id}" would be ${s.speaker} speaking only about itself; change its targets before merging`, [{ field: `statement "${s.id}"`, message: 'would be about its own speaker only' }]);
    }
    notes.push(`statement "${s.id}": target ${s.speaker} dropped (it would be about its own speaker)`);
    return { ...s, about: s.about.filter((a) => a.target !== s.speaker) };
  }

  function movedTies(removeTies: Tie[], keepTies: Tie[], remap: Remap, notes: string[]): DiffEntry[] {
    const kept = new Set(keepTies.map(tieId));
    const out: DiffEntry[] = [];
    for (const t of removeTies) {
      out.push(deleted('tie', tieId(t), t));
      const moved = { ...t, from: remap(t.from)!, to: remap(t.to)! };
      if (moved.from === moved.to) notes.push(`tie ${tieId(t)} dropped: it would join ${moved.from} to itself`);
      else if (kept.has(tieId(moved))) notes.push(`tie ${tieId(t)} dropped: ${tieId(moved)} already exists`);
      else out.push(created('tie', tieId(moved), moved));
    }
    return out;
  }

  async function merge(keepId: string, removeId: string, reason: string): Promise<Plan> {
    if (keepId === removeId) throw new InvalidInput('keep and remove name the same actor', [{ field: 'body.remove', message: 'must differ from keep' }]);
    const keep = (await planners.existing('actor', keepId)) as Actor;
    const gone = (await planners.existing('actor', removeId)) as Actor;
    const remap: Remap = (id) => (id === removeId ? keepId : id);
    const notes: string[] = [];

    const refs = await reader.referrers([removeId]);
    const idsOf = (kind: string) => [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.ref))];
    const statements = (await reader.byIds('statement', idsOf('statement'))) as Statement[];
    const events = (await reader.byIds('event', idsOf('event'))) as Event[];
    const [removeTies, keepTies] = await Promise.all([reader.ties({ actors: [removeId], either: true }), reader.ties({ actors: [keepId], either: true })]);

    const aliases = [...new Set([...keep.aliases, gone.name, ...gone.aliases])].filter((a) => a !== keep.name);
    const merged: Actor = { ...keep, aliases, description: keep.description ?? gone.description };
    const diff: DiffEntry[] = [
      updated('actor', keepId, keep, merged),
      deleted('actor', removeId, gone),
      ...statements.map((s) => updated('statement', s.id, s, withoutSelfTarget(rewriteStatement(s, remap), notes))),
      ...events.map((e) => updated('event', e.id, e, rewriteEvent(e, remap))),
      ...movedTies(removeTies, keepTies, remap, notes),
    ];
    return { action: 'merge', summary: `merged actor "${removeId}" into "${keepId}"`, reason, diff, body: respond(diff, merged, notes) };
  }

  return { merge };
}
