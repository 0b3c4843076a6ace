// Colours and shapes: one table each, used by the graph style, the legend and the badges.
// Records keyed by the domain's own unions, so a new kind or stance fails type-checking until it is given a look.
// The vocabulary itself (stances, their polarity, the dominant stance) comes from the domain, shared with the server.
import { STANCE_POLARITY, type Polarity, type Stance } from '../../../server/domain/stances.js';
import type { ActorKind, TieType } from '../../../server/domain/vocabulary.js';

export { STANCES, STANCE_POLARITY, POLARITIES, dominantStance } from '../../../server/domain/stances.js';

export const KIND_LOOK: Record<ActorKind, { color: string; shape: string; label: string }> = {
  person: { color: '#3b6fb6', shape: 'ellipse', label: 'Person' },
  state: { color: '#2a7f62', shape: 'round-rectangle', label: 'State' },
  organization: { color: '#8a5a9e', shape: 'hexagon', label: 'Organisation' },
  armed_force: { color: '#7a5c2e', shape: 'triangle', label: 'Armed force' },
  alliance: { color: '#b0527a', shape: 'octagon', label: 'Alliance' },
  group: { color: '#5f6b7a', shape: 'diamond', label: 'Group' },
  media: { color: '#c07a10', shape: 'round-tag', label: 'Media' },
};
export const KINDS = Object.keys(KIND_LOOK) as ActorKind[];
export const kindLook = (kind: string) => KIND_LOOK[kind as ActorKind] ?? { color: '#6b7280', shape: 'ellipse', label: kind };

/** Hostile → supportive, a diverging red–blue scale that stays distinct for colour-blind readers. */
export const POLARITY_COLOR: Record<Polarity, string> = {
  hostile: '#b2182b', critical: '#d6604d', neutral: '#878787', supportive: '#2166ac',
};

export const polarityOf = (stance: string): Polarity => STANCE_POLARITY[stance as Stance] ?? 'neutral';

/**
 * Each tie type's line: its own dash pattern (dash and gap lengths in pixels; [] is a solid line), so the types
 * tell apart in one colour, on the canvas, in the legends and in the PNG and SVG exports alike.
 */
export const TIE_LOOK: Record<TieType, { dash: number[]; arrow: string; label: string; verb: string }> = {
  MEMBER_OF: { dash: [2, 3], arrow: 'circle', label: 'Member of', verb: 'is a member of' },
  HOLDS_OFFICE: { dash: [7, 3], arrow: 'square', label: 'Holds office in', verb: 'holds office in' },
  ALLIED_WITH: { dash: [], arrow: 'none', label: 'Allied with', verb: 'is allied with' },
  SUPPLIES_ARMS_TO: { dash: [10, 3, 2, 3], arrow: 'tee', label: 'Supplies arms to', verb: 'supplies arms to' },
};
export const TIE_COLOR = '#4b3f72';
