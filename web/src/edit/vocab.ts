// The seed schema's closed vocabularies, for the forms' menus. Each is written as a record keyed by the schema's
// own union, so a value added to seed/schema.ts fails type-checking here until the forms offer it (and no zod
// reaches the bundle).
import type { Channel, DatePrecision, Modality, PositionStance, SourceKind } from '../api/types.js';

const keys = <K extends string>(r: Record<K, true>) => Object.keys(r) as K[];

export const CHANNELS = keys<Channel>({
  'press statement': true, 'official statement': true, 'press conference': true, 'press briefing': true, interview: true,
  'televised address': true, speech: true, x: true, telegram: true, facebook: true, 'social media': true, 'phone call': true,
  meeting: true, letter: true, report: true, 'news media': true, parliament: true, decree: true, 'court order': true, resolution: true,
  'un security council': true, 'un general assembly': true, 'un human rights council': true, 'text messages and leaflets': true, protest: true, unknown: true,
});

export const MODALITIES = keys<Modality>({ asserted: true, reported: true, alleged: true });
export const DATE_PRECISIONS = keys<DatePrecision>({ day: true, month: true, year: true, approximate: true, unknown: true });
export const POSITION_STANCES = keys<PositionStance>({ supports: true, rejects: true });
export const SOURCE_KINDS = keys<SourceKind>({
  'independent press': true, 'official channel': true, 'state media': true, 'NGO report': true, encyclopedia: true, analysis: true, 'socialist press': true,
});
