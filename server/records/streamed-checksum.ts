// The content checksum (canonical.ts: sha256 of the canonical dump) computed as records go by, for an
// export that streams. The dump lists its sections by name (actors, events, places, …) while an export
// writes them in its own order, so a section that comes before its turn is kept as dump text until the
// sections before it in the dump are hashed; the export's large sections (statements, ties) come in
// their turn and pass straight into the hash.
import { createHash } from 'node:crypto';
import type { Dataset } from '../domain/dataset.js';
import { stableJson } from './canonical.js';
import { RECORD_KINDS, SECTION, type AnyRecord, type RecordKind } from './kinds.js';

type Section = keyof Dataset;
/** The dump's section order: stableJson sorts an object's keys. */
const DUMP_ORDER = RECORD_KINDS.map((k) => SECTION[k]).sort();

export class StreamedChecksum {
  private readonly hash = createHash('sha256').update(`{${JSON.stringify(DUMP_ORDER[0])}:[`);
  /** The dump's sections not yet hashed whole; the first is the one being hashed. */
  private readonly pending = [...DUMP_ORDER];
  private readonly kept = new Map<Section, string[]>();
  private readonly ended = new Set<Section>();
  private readonly counts = new Map<Section, number>();

  /** A canonical record of this kind, the next in its section's canonical order. */
  add(kind: RecordKind, record: AnyRecord): void {
    const section = SECTION[kind];
    if (this.ended.has(section)) throw new Error(`The checksum's ${section} section was already ended.`);
    const n = this.counts.get(section) ?? 0;
    this.counts.set(section, n + 1);
    const text = `${n === 0 ? '' : ','}${stableJson(record)}`;
    if (section === this.pending[0]) this.hash.update(text);
    else this.kept.set(section, this.kept.get(section) ?? []).get(section)!.push(text);
  }

  /** Every record of this kind has been added. */
  end(kind: RecordKind): void {
    this.ended.add(SECTION[kind]);
    while (this.pending.length > 0 && this.ended.has(this.pending[0]!)) {
      this.hash.update(']');
      this.pending.shift();
      const next = this.pending[0];
      if (next === undefined) {
        this.hash.update('}');
        break;
      }
      this.hash.update(`,${JSON.stringify(next)}:[`);
      for (const text of this.kept.get(next) ?? []) this.hash.update(text);
      this.kept.delete(next);
    }
  }

  /** Records per section so far. */
  recordCounts(): Record<Section, number> {
    return Object.fromEntries(RECORD_KINDS.map((k) => [SECTION[k], this.counts.get(SECTION[k]) ?? 0])) as Record<Section, number>;
  }

  /** `sha256:…`, equal to checksum() of the same records; once every kind has ended. */
  digest(): string {
    if (this.pending.length > 0) throw new Error(`The checksum is incomplete: ${this.pending.join(', ')} not ended.`);
    return `sha256:${this.hash.digest('hex')}`;
  }
}
