// The stance vocabulary the server and the web share: one dominant stance, ties toward the more hostile.
import { describe, expect, it } from 'vitest';
import { dominantOf, dominantStance, POLARITIES, STANCE_POLARITY, STANCE_SEVERITY, STANCES } from '../../server/domain/stances.js';

describe('dominantStance', () => {
  it('picks the most frequent stance', () => {
    expect(dominantStance({ praises: 3, threatens: 1, states: 2 })).toBe('praises');
  });

  it('breaks a tie toward the more hostile stance, whatever the order of the counts', () => {
    expect(dominantStance({ supports: 2, condemns: 2 })).toBe('condemns');
    expect(dominantStance({ condemns: 2, supports: 2 })).toBe('condemns');
    expect(dominantStance({ states: 1, warns: 1, urges: 1 })).toBe('warns');
  });

  it('has none when no stance is counted, and ignores words outside the vocabulary', () => {
    expect(dominantStance({})).toBeUndefined();
    expect(dominantStance({ supports: 0 })).toBeUndefined();
    expect(dominantStance({ shouts: 9, urges: 1 })).toBe('urges');
  });
});

describe('dominantOf', () => {
  it('picks from two lists in the same order what dominantStance picks from the same counts', () => {
    expect(dominantOf(['praises', 'threatens', 'states'], [3, 1, 2])).toBe('praises');
    expect(dominantOf(['supports', 'condemns'], [2, 2])).toBe('condemns');
    expect(dominantOf(['states', 'urges', 'warns'], [1, 1, 1])).toBe('warns');
    expect(dominantOf(['condemns', 'supports'], [0, 1])).toBe('supports');
    expect(dominantOf([], [])).toBeUndefined();
  });
});

describe('the stance vocabulary', () => {
  it('orders every stance, once, from hostile to supportive polarity', () => {
    expect([...STANCE_SEVERITY].sort()).toEqual([...STANCES].sort());
    const ranks = STANCE_SEVERITY.map((s) => POLARITIES.indexOf(STANCE_POLARITY[s]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
