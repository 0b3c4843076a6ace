// `npm run data:stats`: what the seed data holds — counts per label, relationship type and stance,
// statements by speaker kind and modality, the most prolific speakers, and the positions with the most disagreement.
import path from 'node:path';
import { readDataset, seedFiles } from '../server/domain/dataset.js';
import { speakersOf } from '../server/domain/records.js';
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
  ['SAID', d.statements.reduce((n, s) => n + speakersOf(s).length, 0)], ['RELAYED', d.statements.filter((s) => s.relayedBy !== null).length], ['ABOUT', d.statements.reduce((n, s) => n + s.about.length, 0)], ['TAKES', d.statements.reduce((n, s) => n + s.positions.length, 0)],
  ['CITED_IN', d.statements.reduce((n, s) => n + s.sources.length, 0)], ['RESPONDS_TO', d.statements.reduce((n, s) => n + s.respondsTo.length, 0)],
  ...tally(d.ties.map((t) => t.type)),
  ['PARTICIPATED_IN', d.events.reduce((n, e) => n + e.participants.length, 0)], ['AT', d.events.reduce((n, e) => n + e.places.length, 0)],
]);
table('Actors per kind', tally(d.actors.map((a) => a.kind)));
const kindOf = new Map(d.actors.map((a) => [a.id, a.unnamed ? `${a.kind} (unnamed)` : a.kind]));
const said = d.statements.flatMap((s) => speakersOf(s));
table(`Speakers per kind (${new Set(said).size} speakers)`, tally([...new Set(said)].map((id) => kindOf.get(id) ?? '?')));
table('Statements per speaker kind (a joint statement counts once for each speaker)', tally(said.map((id) => kindOf.get(id) ?? '?')));
table('Statements per modality', tally(d.statements.map((s) => s.modality)));
table('Statements in a document\'s own voice, joint, relayed', [
  ['document voice', d.statements.filter((s) => s.documentVoice).length], ['joint (several speakers)', d.statements.filter((s) => s.speakers.length > 1).length],
  ['relayed', d.statements.filter((s) => s.relayedBy !== null).length],
]);
table('ABOUT edges per stance', tally(d.statements.flatMap((s) => s.about.map((a) => a.stance))));
const names = new Map(d.actors.map((a) => [a.id, a.name]));
table('Speakers with the most statements', tally(said).slice(0, 15).map(([id, n]) => [names.get(id) ?? id, n]));
const disagreement = d.positions.filter((p) => !d.statements.some((s) => s.positions.some((x) => x.position === p.id && x.figure !== null))).map((p) => {
  const side = (stance: string) => new Set(d.statements.filter((s) => s.positions.some((x) => x.position === p.id && x.stance === stance)).flatMap((s) => speakersOf(s))).size;
  return { label: p.label, supporters: side('supports'), rejecters: side('rejects') };
}).sort((a, b) => Math.min(b.supporters, b.rejecters) - Math.min(a.supporters, a.rejecters) || (b.supporters + b.rejecters) - (a.supporters + a.rejecters));
table('Positions with the most disagreement (supporters / rejecters)', disagreement.slice(0, 12).map((p) => [p.label, `${p.supporters}/${p.rejecters}`]));
const figures = d.positions.map((p) => ({ p, claims: d.statements.flatMap((s) => s.positions.filter((x) => x.position === p.id && x.figure !== null).map((x) => ({ s, figure: x.figure! }))) }))
  .filter((f) => f.claims.length > 0);
for (const { p, claims } of figures) {
  console.log(`\nContested figure: ${p.label} (${new Set(claims.map((c) => c.figure)).size} figures)`);
  for (const { s, figure } of claims) console.log(`  ${figure} — ${speakersOf(s).map((id) => names.get(id) ?? id).join(', ')} (${s.id})`);
}
