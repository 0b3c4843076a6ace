// Synthetic statements: power-law speakers and targets (a few actors say and draw most), a stance
// mix leaning critical, dates over several years, positions, sources with excerpts, and replies.
import { CHANNELS } from '../../server/domain/vocabulary.js';
import { type Actor, type Event, type Place, type Position, type Source, type Statement } from '../../server/domain/records.js';
import { type Stance } from '../../server/domain/stances.js';
import { day, int, pick, shuffled, weighted, zipf, type Random } from './random.js';
import { YEARS } from './actors.js';
import { sentence, word } from './words.js';

const STANCE_MIX: Record<Stance, number> = {
  states: 20, condemns: 12, criticizes: 12, accuses: 8, warns: 8, demands: 7, urges: 7, supports: 8,
  appeals: 4, threatens: 4, praises: 4, denies: 3, recognizes: 2, apologizes: 1,
};
const MODALITY_MIX = { asserted: 80, reported: 14, alleged: 6 } as const;

export interface World { actors: Actor[]; events: Event[]; places: Place[]; positions: Position[]; sources: Source[] }

export function statements(r: Random, count: number, w: World): Statement[] {
  const speakers = shuffled(r, w.actors), targets = shuffled(r, w.actors);
  const speakerRank = zipf(speakers.length, 1.0), targetRank = zipf(targets.length, 1.0);
  const nameOf = new Map(w.actors.map((a) => [a.id, a.name]));
  const out: Statement[] = [];
  for (let i = 0; i < count; i++) {
    const speaker = speakers[speakerRank(r)]!;
    const about = new Map<string, Stance>();
    for (let k = Number(weighted(r, { 1: 55, 2: 30, 3: 15 })); k > 0; k--) {
      const roll = r();
      const target = roll < 0.05 ? pick(r, w.events).id : roll < 0.08 ? pick(r, w.places).id : targets[targetRank(r)]!.id;
      if (target !== speaker.id) about.set(target, weighted(r, STANCE_MIX));
    }
    if (about.size === 0) about.set(targets.find((t) => t.id !== speaker.id)!.id, 'states');
    const dated = r() < 0.99;
    const firstTarget = nameOf.get([...about.keys()][0]!) ?? 'the other side';
    const citations = new Map<string, string>();
    for (let k = r() < 0.8 ? 1 : 2; k > 0; k--) citations.set(pick(r, w.sources).id, `${speaker.name} was quoted on ${word(r).toLowerCase()} (item ${i}).`);
    out.push({
      id: `statement-${i}`, speaker: speaker.id, speakers: [], relayedBy: null, documentVoice: false,
      quote: r() < 0.8 ? sentence(r, 'We', firstTarget) : null,
      summary: sentence(r, speaker.name, firstTarget),
      date: dated ? day(r, YEARS.from, YEARS.to) : null, datePrecision: dated ? (r() < 0.9 ? 'day' : 'month') : 'unknown',
      channel: pick(r, CHANNELS), lang: r() < 0.9 ? 'en' : 'fr', modality: weighted(r, MODALITY_MIX),
      about: [...about].map(([target, stance]) => ({ target, stance })),
      positions: r() < 0.3 ? [{ position: pick(r, w.positions).id, stance: r() < 0.6 ? 'supports' : 'rejects', figure: null }] : [],
      sources: [...citations].map(([source, excerpt]) => ({ source, excerpt })),
      respondsTo: i > 0 && r() < 0.1 ? [`statement-${int(r, Math.max(0, i - 1000), i - 1)}`] : [],
    });
  }
  return out;
}
