// The closed stance vocabulary, grounded in CAMEO/PLOVER (see README, "Stance vocabulary"), with how
// each stance reads and how the server and the web pick the one that colours an edge.

export const STANCES = [
  'condemns', 'criticizes', 'accuses', 'threatens', 'warns', 'demands', 'urges',
  'appeals', 'supports', 'praises', 'denies', 'apologizes', 'recognizes', 'states',
] as const;
export type Stance = (typeof STANCES)[number];

export const POLARITIES = ['hostile', 'critical', 'neutral', 'supportive'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** How each stance reads on a hostile→supportive scale; drives edge colours and "hostile" reports. */
export const STANCE_POLARITY: Record<Stance, Polarity> = {
  threatens: 'hostile', condemns: 'hostile', accuses: 'hostile',
  criticizes: 'critical', warns: 'critical', demands: 'critical', denies: 'critical',
  urges: 'neutral', appeals: 'neutral', states: 'neutral',
  supports: 'supportive', praises: 'supportive', recognizes: 'supportive', apologizes: 'supportive',
};

/** The stances from most hostile to most supportive: breaks ties when choosing an edge's dominant stance. */
export const STANCE_SEVERITY: readonly Stance[] = [
  'threatens', 'condemns', 'accuses', 'criticizes', 'warns', 'demands', 'denies',
  'urges', 'appeals', 'states', 'apologizes', 'recognizes', 'supports', 'praises',
];

export const isStance = (value: string): value is Stance => (STANCES as readonly string[]).includes(value);

const SEVERITY_RANK = new Map(STANCE_SEVERITY.map((s, i) => [s, i]));

/**
 * The most frequent stance among `counts` (statements per stance); equally frequent stances go to the
 * more hostile one. Undefined when no stance has a positive count. Unknown keys are ignored.
 */
export function dominantStance(counts: Readonly<Partial<Record<string, number>>>): Stance | undefined {
  const stances = STANCE_SEVERITY.filter((s) => (counts[s] ?? 0) > 0);
  return dominantOf(stances, stances.map((s) => counts[s]!));
}

/**
 * dominantStance of stances and their counts given as two lists in the same order, as the engines fold
 * a pair's statements: a network answer has thousands of pairs, and this makes no object per pair.
 */
export function dominantOf(stances: readonly Stance[], counts: readonly number[]): Stance | undefined {
  let best = -1;
  for (let i = 0; i < stances.length; i++) {
    if (!(counts[i]! > 0)) continue;
    const more = best < 0 || counts[i]! > counts[best]! || (counts[i] === counts[best] && SEVERITY_RANK.get(stances[i]!)! < SEVERITY_RANK.get(stances[best]!)!);
    if (more) best = i;
  }
  return best < 0 ? undefined : stances[best];
}
