// One release: the version in package.json (WXT writes it into both manifests;
// package-lock.json repeats it), CHANGELOG.md's entry, the three zips and their
// SHA-256 checksums. Everything is checked before anything is written, and when
// the build fails the edits are undone: no half-made release is left behind.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { artifactPaths, CHECKSUMS_FILE, OUTPUT_DIR } from './artifacts';
import { changelogProblem, releaseChangelog } from './changelog';
import { versionProblem } from './version';
import { readZip } from './zipFile';

/** A release that was not started: nothing was written. */
export class ReleaseRefused extends Error {}

export interface ReleaseOptions {
  root: string;
  version: string;
  /** The changelog entry's date, YYYY-MM-DD. */
  date: string;
  /** Builds the three zips into <root>/.output (`npm run zip`). */
  build: (root: string) => void;
}

export interface ReleaseResult {
  files: string[];
  checksums: string;
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The same JSON with one change, written the way npm writes it (two spaces, final newline). */
function withVersion(text: string, set: (json: Record<string, any>) => void): string {
  const json = JSON.parse(text);
  set(json);
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function makeRelease({ root, version, date, build }: ReleaseOptions): ReleaseResult {
  const paths = { pkg: join(root, 'package.json'), lock: join(root, 'package-lock.json'), changelog: join(root, 'CHANGELOG.md') };
  const pkgText = readFileSync(paths.pkg, 'utf8');
  const pkg = JSON.parse(pkgText) as { name: string; version: string };
  const lockText = existsSync(paths.lock) ? readFileSync(paths.lock, 'utf8') : null;
  if (!existsSync(paths.changelog)) throw new ReleaseRefused('CHANGELOG.md is missing');
  const changelogText = readFileSync(paths.changelog, 'utf8');

  const problem = versionProblem(version, pkg.version) ?? changelogProblem(changelogText, version);
  if (problem) throw new ReleaseRefused(problem);

  const edits: [string, string, string][] = [
    [paths.pkg, pkgText, withVersion(pkgText, (j) => (j.version = version))],
    [paths.changelog, changelogText, releaseChangelog(changelogText, version, date)],
  ];
  if (lockText !== null) {
    edits.push([
      paths.lock,
      lockText,
      withVersion(lockText, (j) => {
        j.version = version;
        if (j.packages?.['']) j.packages[''].version = version;
      }),
    ]);
  }
  const zips = artifactPaths(root, pkg.name, version);
  const checksumsPath = join(root, OUTPUT_DIR, CHECKSUMS_FILE);
  const undo = () => {
    for (const [path, before] of edits) writeFileSync(path, before);
    for (const path of [...Object.values(zips), checksumsPath]) rmSync(path, { force: true });
  };

  // Old checksums never sit next to new zips.
  rmSync(checksumsPath, { force: true });
  try {
    for (const [path, , after] of edits) writeFileSync(path, after);
    build(root);
    for (const [browser, zip] of [
      ['chrome', zips.chrome],
      ['firefox', zips.firefox],
    ] as const) {
      if (!existsSync(zip)) throw new Error(`the build made no ${basename(zip)}`);
      const manifest = readZip(readFileSync(zip)).get('manifest.json');
      const built = manifest ? (JSON.parse(manifest.toString('utf8')) as { version?: string }).version : undefined;
      if (built !== version) throw new Error(`the ${browser} package's manifest says version ${built}, not ${version}`);
    }
    if (!existsSync(zips.sources)) throw new Error(`the build made no ${basename(zips.sources)}`);
    // sha256sum's own format: `cd .output && sha256sum -c SHA256SUMS` checks them.
    const checksums = Object.values(zips)
      .map((zip) => `${sha256(zip)}  ${basename(zip)}\n`)
      .join('');
    writeFileSync(checksumsPath, checksums);
    return { files: [...Object.values(zips), checksumsPath], checksums };
  } catch (error) {
    undo();
    throw error;
  }
}
