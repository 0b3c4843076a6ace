// The project runs on Node 20.19+, 22.13+ and 24 (package.json's engines). A dependency whose own engines refuse
// some of those versions makes npm warn on install, or refuse it with engine-strict, and may use what that Node
// lacks: so each locked package must accept every version the project accepts.
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { lockPackages, manifest } from '../helpers/package-files.js';

const accepted = manifest.engines.node;

describe('the Node versions the project accepts', () => {
  it('are 20 from 20.19, 22 from 22.13, and 24 on', () => {
    const lowest = new semver.Range(accepted).set.map((comparators) => semver.minVersion(comparators.map(String).join(' '))!.version);
    expect(lowest).toEqual(['20.19.0', '22.13.0', '24.0.0']);
  });

  it("are all accepted by every locked package's engines", () => {
    const refusing = Object.entries(lockPackages).flatMap(([at, p]) => {
      const range = p.engines && !Array.isArray(p.engines) ? p.engines.node : undefined;
      return range && !semver.subset(accepted, range) ? [`${at} (${range})`] : [];
    });
    expect(refusing).toEqual([]);
  });
});
