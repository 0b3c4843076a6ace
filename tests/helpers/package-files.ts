// The project's package.json and package-lock.json, as the tests about its dependencies read them.
import { readFileSync } from 'node:fs';

const readJson = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as T;

export const manifest = readJson<{ engines: { node: string }; allowScripts?: Record<string, boolean> }>('package.json');

/** Every installed package under its lock path ("node_modules/a/node_modules/b"); the project itself is "". */
type LockEntry = { hasInstallScript?: boolean; engines?: { node?: string } | string[] };
export const lockPackages = readJson<{ packages: Record<string, LockEntry> }>('package-lock.json').packages;

/** The package name of a lock entry's path: the part after its last node_modules/ (scoped names keep their scope). */
export const nameOf = (lockPath: string) => lockPath.slice(lockPath.lastIndexOf('node_modules/') + 'node_modules/'.length);
