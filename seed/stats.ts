// `npm run data:stats`: what the seed data holds — counts per label, relationship type and stance,
// the most prolific speakers, and the positions with the most disagreement.
import path from 'node:path';
import { readDataset, seedFiles } from '../server/domain/dataset.js';
import { commandLine } from '../server/cli/args.js';

commandLine({ usage: 'usage: npm run data:stats   (SEED_DIR: the seed files, default seed/data)' }, () => {});

const d = await readDataset(await seedFiles(path.resolve(process.env.SEED_DIR ?? 'seed/data')));
const tally = (items: string[]) => [...items.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
const table = (title: string, rows: [string, number | string][]) => {
  console.log(`\n${title}`);
  for (const [k, v] of rows) console.log(`  ${String(v).padStart(5)}  ${k}`);
};

table('Nodes per label', [['Actor', d.actors.length], ['Statement', d.statements.length], ['Source', d.sources.length], ['Position', d.positions.length], ['Event', d.events.length], ['Place', d.places.length]]);
table('Relationships per type', [
  ['SAID', d.statements.length], ['ABOUT', d.statements.reduce((n, s) => n + s.about.length, 0)], ['TAKES', d.statements.reduce((n, s) => n + s.positions.length, 0)],
  ['CITED_IN', d.statements.reduce((n, s) => n + s.sources.length, 0)], ['RESPONDS_TO', d.statements.reduce((n, s) => n + s.respondsTo.length, 0)],
  ...tally(d.ties.map((t) => t.type)),
  ['PARTICIPATED_IN', d.events.reduce((n, e) => n + e.participants.length, 0)], ['AT', d.events.reduce((n, e) => n + e.places.length, 0)],
]);
table('Actors per kind', tally(d.actors.map((a) => a.kind)));
table('ABOUT edges per stance', tally(d.statements.flatMap((s) => s.about.map((a) => a.stance))));
const names = new Map(d.actors.map((a) => [a.id, a.name]));
table(`Speakers with the most statements (${new Set(d.statements.map((s) => s.speaker)).size} speakers in all)`, tally(d.statements.map((s) => s.speaker)).slice(0, 15).map(([id, n]) => [names.get(id) ?? id, n]));
const disagreement = d.positions.map((p) => {
  const side = (stance: string) => new Set(d.statements.filter((s) => s.positions.some((x) => x.position === p.id && x.stance === stance)).map((s) => s.speaker)).size;
  return { label: p.label, supporters: side('supports'), rejecters: side('rejects') };
}).sort((a, b) => Math.min(b.supporters, b.rejecters) - Math.min(a.supporters, a.rejecters) || (b.supporters + b.rejecters) - (a.supporters + a.rejecters));
table('Positions with the most disagreement (supporters / rejecters)', disagreement.slice(0, 12).map((p) => [p.label, `${p.supporters}/${p.rejecters}`]));
