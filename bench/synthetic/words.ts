// Made-up names and sentences for the synthetic dataset: pronounceable, searchable, some with diacritics.
import { int, pick, type Random } from './random.js';

const ONSETS = ['b', 'd', 'k', 'l', 'm', 'n', 'r', 's', 't', 'v', 'z', 'sh', 'gr', 'tr', 'kh', 'ð', 'ç', 'ž'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ä', 'ö', 'ı', 'ə', 'ia', 'ou'];
const CODAS = ['', '', 'n', 'r', 'l', 'v', 'k', 'sh', 'z'];
const VERBS = ['said', 'warned', 'insisted', 'stated', 'claimed', 'argued', 'declared', 'stressed'];
const NOUNS = ['border', 'ceasefire', 'corridor', 'sanctions', 'talks', 'aid', 'troops', 'treaty', 'elections', 'refugees'];
const ADJECTIVES = ['unacceptable', 'necessary', 'urgent', 'illegal', 'historic', 'dangerous', 'fair', 'premature'];

export function word(r: Random): string {
  let w = '';
  for (let i = int(r, 2, 3); i > 0; i--) w += pick(r, ONSETS) + pick(r, VOWELS) + pick(r, CODAS);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export const name = (r: Random, words = 2) => Array.from({ length: words }, () => word(r)).join(' ');

export function sentence(r: Random, subject: string, object: string): string {
  return `${subject} ${pick(r, VERBS)} that the ${pick(r, NOUNS)} with ${object} is ${pick(r, ADJECTIVES)}.`;
}
