// `npm install` from npm 12 on runs a dependency's install script only if package.json's allowScripts
// approves it. LadybugDB's script puts the engine's native binary in place, so without its approval
// `npm install && npm start` installs a database that cannot load. Every dependency that has an install
// script (the lock file marks them) must therefore be reviewed in allowScripts: approved or denied.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readJson = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as T;
const manifest = readJson<{ allowScripts?: Record<string, boolean> }>('package.json');
const lock = readJson<{ packages: Record<string, { hasInstallScript?: boolean }> }>('package-lock.json');

/** The package name of a lock entry's path: the part after its last node_modules/ (scoped names keep their scope). */
const nameOf = (lockPath: string) => lockPath.slice(lockPath.lastIndexOf('node_modules/') + 'node_modules/'.length);

const withScripts = [...new Set(Object.entries(lock.packages).filter(([, p]) => p.hasInstallScript).map(([at]) => nameOf(at)))].sort();
const reviewed = manifest.allowScripts ?? {};

describe('install scripts', () => {
  it("approves LadybugDB's, which puts the engine's native binary in place", () => {
    expect(reviewed['@ladybugdb/core']).toBe(true);
  });

  it('reviews every dependency that has one, and names no other package', () => {
    expect(withScripts).toContain('@ladybugdb/core');
    expect({ unreviewed: withScripts.filter((name) => !(name in reviewed)), notInstalledWithScripts: Object.keys(reviewed).filter((name) => !withScripts.includes(name)) })
      .toEqual({ unreviewed: [], notInstalledWithScripts: [] });
  });
});
