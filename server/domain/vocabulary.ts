// The closed vocabularies a record may use, as plain values (no zod), so the web can import them
// without bundling a validator. The record schemas (records.ts) are built from these lists.

export const ACTOR_KINDS = ['person', 'state', 'organization', 'armed_force', 'alliance', 'group', 'media'] as const;
export const POSITION_STANCES = ['supports', 'rejects'] as const;
/** asserted: the speaker's own words; reported: someone's account of them; alleged: marked unproven. Denial is the `denies` stance. */
export const MODALITIES = ['asserted', 'reported', 'alleged'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year', 'approximate', 'unknown'] as const;
export const SOURCE_KINDS = ['official channel', 'state media', 'independent press', 'NGO report', 'encyclopedia', 'analysis', 'socialist press'] as const;
export const CHANNELS = [
  'televised address', 'press statement', 'press conference', 'press briefing', 'interview', 'telegram', 'x', 'facebook',
  'social media', 'phone call', 'un security council', 'un general assembly', 'un human rights council', 'parliament',
  'official statement', 'report', 'letter', 'speech', 'meeting', 'decree', 'court order', 'resolution',
  'news media', 'text messages and leaflets', 'protest', 'unknown',
] as const;
export const TIE_TYPES = ['MEMBER_OF', 'HOLDS_OFFICE', 'ALLIED_WITH', 'SUPPLIES_ARMS_TO'] as const;
/** The network's edges: statements folded into actor→actor SPOKE_ABOUT, and the ties, each its own type. */
export const EDGE_TYPES = ['SPOKE_ABOUT', ...TIE_TYPES] as const;
/** What a write did, as its Change (the audit trail's record of it) names it. */
export const ACTIONS = ['create', 'update', 'delete', 'merge', 'import'] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type PositionStance = (typeof POSITION_STANCES)[number];
export type Modality = (typeof MODALITIES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Channel = (typeof CHANNELS)[number];
export type TieType = (typeof TIE_TYPES)[number];
export type EdgeType = (typeof EDGE_TYPES)[number];
export type Action = (typeof ACTIONS)[number];
