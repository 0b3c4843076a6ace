// `npm install` from npm 12 on runs a dependency's install script only if package.json's allowScripts
// approves it. LadybugDB's script puts the engine's native binary in place, so without its approval
// `npm install && npm start` installs a database that cannot load. Every dependency that has an install
// script (the lock file marks them) must therefore be reviewed in allowScripts: approved or denied.
import { describe, expect, it } from 'vitest';
import { lockPackages, manifest, nameOf } from '../helpers/package-files.js';

const withScripts = [...new Set(Object.entries(lockPackages).filter(([, p]) => p.hasInstallScript).map(([at]) => nameOf(at)))].sort();
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
