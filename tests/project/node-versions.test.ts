// The project runs on Node 20.19, 22 and 24 (package.json's engines). A dependency whose own engines refuse one
// of them makes npm warn on install, or refuse it with engine-strict, and may use what that Node lacks: so each
// locked package must accept the first release of every line the project accepts.
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { lockPackages, manifest } from '../helpers/package-files.js';

/** The lowest Node version of each alternative in the project's range, e.g. 20.19.0, 22.13.0 and 24.0.0. */
const lowest = new semver.Range(manifest.engines.node).set.map((comparators) => semver.minVersion(new semver.Range(comparators.map(String).join(' ')))!.version);

describe('the Node versions the project accepts', () => {
  it('are the lines 20 (from 20.19), 22 and 24', () => {
    expect(lowest.map((v) => semver.major(v))).toEqual([20, 22, 24]);
    expect(lowest[0]).toBe('20.19.0');
  });

  it("are accepted by every locked package's engines", () => {
    const refused = Object.entries(lockPackages).flatMap(([at, p]) => {
      const range = p.engines && !Array.isArray(p.engines) ? p.engines.node : undefined;
      return range ? lowest.filter((v) => !semver.satisfies(v, range)).map((v) => `${at} (${range}) refuses ${v}`) : [];
    });
    expect(refused).toEqual([]);
  });
});
