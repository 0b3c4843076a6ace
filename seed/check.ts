// `npm run seed:check`: validates the seed files, checks them against ../shared/sources (exact words, aliases
// the documents use) and against the coding convention's checkable rules (seed/README.md).
import path from 'node:path';
import { readDataset, seedFiles, SeedError } from '../server/domain/dataset.js';
import { checkAgainstSources, nameCollisions, readSourceDocuments } from './source-check.js';
import { aliasesNotInDocuments, conventionProblems } from './convention.js';
import { commandLine } from '../server/cli/args.js';

commandLine({ usage: 'usage: npm run seed:check   (SOURCES_DIR: the source documents, default ../shared/sources)' }, () => {});

const sourcesDir = path.resolve(process.env.SOURCES_DIR ?? '../shared/sources');
try {
  const data = await readDataset(await seedFiles(path.resolve('seed/data')));
  const { docs } = await readSourceDocuments(data, sourcesDir);
  const problems = [
    ...nameCollisions(data), ...conventionProblems(data), ...(await checkAgainstSources(data, sourcesDir)), ...aliasesNotInDocuments(data, [...docs.values()]),
  ];
  const counts = Object.entries(data).map(([k, v]) => `${k} ${v.length}`).join(', ');
  if (problems.length > 0) {
    console.error(`${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    process.exitCode = 1;
  } else console.log(`seed data OK: ${counts}`);
} catch (e) {
  if (!(e instanceof SeedError)) throw e;
  console.error(e.message);
  process.exitCode = 1;
}
