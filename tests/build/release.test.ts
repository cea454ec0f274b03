// The release scripts' parts (scripts/release/): which versions are taken, the
// changelog entry, a release that undoes itself when its build fails, the zip
// reader and the comparison the reproducible-build check rests on. The build
// itself is replaced by a stand-in here; `npm run test:reproducible` runs the real one.
import { createZip } from '@aklinker1/zero-zip';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { artifactPaths } from '../../scripts/release/artifacts';
import { changelogProblem, releaseChangelog, unreleasedNotes } from '../../scripts/release/changelog';
import { cleanEnv } from '../../scripts/release/cleanEnv';
import { compareFiles } from '../../scripts/release/compareTree';
import { makeRelease, ReleaseRefused } from '../../scripts/release/makeRelease';
import { parseVersion, versionProblem } from '../../scripts/release/version';
import { readZip } from '../../scripts/release/zipFile';

describe('version', () => {
  it.each(['0.2.0', '1.0.0', '10.20.30', '65535.0.1'])('takes %s', (v) => expect(parseVersion(v)).not.toBeNull());
  it.each(['', '0.2', '0.2.0.1', 'v0.2.0', '0.02.0', '0.2.0-beta', '0.2.0 ', '1.65536.0', '0.2.x', '1..2', '-1.0.0'])('refuses %j', (v) =>
    expect(parseVersion(v)).toBeNull(),
  );
  it('must go up', () => {
    expect(versionProblem('0.2.0', '0.1.0')).toBeNull();
    expect(versionProblem('1.0.0', '0.9.9')).toBeNull();
    expect(versionProblem('0.1.10', '0.1.9')).toBeNull();
    expect(versionProblem('0.1.0', '0.1.0')).toMatch(/not above/);
    expect(versionProblem('0.0.9', '0.1.0')).toMatch(/not above/);
    expect(versionProblem('0.2', '0.1.0')).toMatch(/not a version/);
  });
});

const CHANGELOG = '# Changelog\n\nIntro.\n\n## Unreleased\n\n- Something new.\n\n## 0.1.0 — 2026-01-01\n\n- First.\n';

describe('changelog', () => {
  it('turns Unreleased into the version, with a new empty Unreleased above', () => {
    const out = releaseChangelog(CHANGELOG, '0.2.0', '2026-12-01');
    expect(out).toBe('# Changelog\n\nIntro.\n\n## Unreleased\n\n## 0.2.0 — 2026-12-01\n\n- Something new.\n\n## 0.1.0 — 2026-01-01\n\n- First.\n');
    expect(unreleasedNotes(out)).toBe('');
  });
  it('refuses an empty Unreleased, a missing one, and a version already there', () => {
    expect(changelogProblem(CHANGELOG.replace('- Something new.\n', ''), '0.2.0')).toMatch(/empty/);
    expect(changelogProblem('# Changelog\n', '0.2.0')).toMatch(/no "## Unreleased"/);
    expect(changelogProblem(CHANGELOG, '0.1.0')).toMatch(/already has/);
  });
  it('the repository CHANGELOG.md can take the next release', () => {
    const text = readFileSync('CHANGELOG.md', 'utf8');
    const current = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
    const [major, minor] = parseVersion(current)!;
    expect(changelogProblem(text, `${major}.${minor + 1}.0`)).toBeNull();
  });
});

describe('makeRelease', () => {
  let root: string;
  const files = () => ({
    pkg: readFileSync(join(root, 'package.json'), 'utf8'),
    lock: readFileSync(join(root, 'package-lock.json'), 'utf8'),
    changelog: readFileSync(join(root, 'CHANGELOG.md'), 'utf8'),
  });
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'release-test-'));
    writeFileSync(join(root, 'package.json'), `${JSON.stringify({ name: 'guide', version: '0.1.0', private: true }, null, 2)}\n`);
    writeFileSync(join(root, 'package-lock.json'), `${JSON.stringify({ name: 'guide', version: '0.1.0', packages: { '': { name: 'guide', version: '0.1.0' } } }, null, 2)}\n`);
    writeFileSync(join(root, 'CHANGELOG.md'), CHANGELOG);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A package whose manifest says `version`, as WXT's zip writer makes it. */
  const packageZip = async (version: string) => {
    const zip = createZip();
    zip.addFile('manifest.json', JSON.stringify({ version }));
    return zip.toBuffer();
  };
  /** A stand-in for `npm run zip`: writes the three zips of `version`, the packages' manifests saying `manifestVersion`. */
  const fakeBuild = async (version: string, manifestVersion = version) => {
    const pkg = await packageZip(manifestVersion);
    return (dir: string) => {
      const zips = artifactPaths(dir, 'guide', version);
      mkdirSync(join(dir, '.output'), { recursive: true });
      writeFileSync(zips.chrome, pkg);
      writeFileSync(zips.firefox, pkg);
      writeFileSync(zips.sources, 'sources');
    };
  };

  it('sets the version in package.json and the lock, dates the changelog, checksums the three zips', async () => {
    const build = await fakeBuild('0.2.0');
    const { checksums } = makeRelease({ root, version: '0.2.0', date: '2026-12-01', build });
    const after = files();
    expect(JSON.parse(after.pkg).version).toBe('0.2.0');
    expect(JSON.parse(after.lock).version).toBe('0.2.0');
    expect(JSON.parse(after.lock).packages[''].version).toBe('0.2.0');
    expect(after.changelog).toContain('## 0.2.0 — 2026-12-01\n\n- Something new.');
    const lines = readFileSync(join(root, '.output/SHA256SUMS'), 'utf8').trim().split('\n');
    expect(lines.map((l) => l.split('  ')[1])).toEqual(['guide-0.2.0-chrome.zip', 'guide-0.2.0-firefox.zip', 'guide-0.2.0-sources.zip']);
    for (const line of lines) expect(line).toMatch(/^[0-9a-f]{64} {2}guide-0\.2\.0-\w+\.zip$/);
    expect(checksums).toBe(`${lines.join('\n')}\n`);
  });

  it('refuses a bad version before writing anything', () => {
    const before = files();
    for (const version of ['0.2', 'v0.2.0', '0.1.0', '0.0.1']) {
      expect(() => makeRelease({ root, version, date: '2026-12-01', build: () => { throw new Error('must not build'); } })).toThrow(ReleaseRefused);
      expect(files()).toEqual(before);
    }
  });

  it('undoes its edits and removes what it made when the build fails', () => {
    const before = files();
    expect(() =>
      makeRelease({
        root,
        version: '0.2.0',
        date: '2026-12-01',
        build: (dir) => {
          // Half a build: one zip made, then a failure.
          mkdirSync(join(dir, '.output'), { recursive: true });
          writeFileSync(artifactPaths(dir, 'guide', '0.2.0').chrome, 'half');
          throw new Error('build failed');
        },
      }),
    ).toThrow('build failed');
    expect(files()).toEqual(before);
    expect(existsSync(artifactPaths(root, 'guide', '0.2.0').chrome)).toBe(false);
    expect(existsSync(join(root, '.output/SHA256SUMS'))).toBe(false);
  });

  it('undoes its edits when a package does not carry the new version', async () => {
    const before = files();
    const build = await fakeBuild('0.2.0', '0.1.0');
    expect(() => makeRelease({ root, version: '0.2.0', date: '2026-12-01', build })).toThrow(/says version 0\.1\.0/);
    expect(files()).toEqual(before);
    expect(existsSync(join(root, '.output/SHA256SUMS'))).toBe(false);
  });
});

describe('zip reader and comparison', () => {
  it('reads back what WXT’s zip writer wrote, stored and deflated', async () => {
    const zip = createZip({ level: 9 });
    const big = 'a'.repeat(10_000);
    zip.addFile('manifest.json', '{"version":"1.0.0"}');
    zip.addFile('icon/16.png', Buffer.from([137, 80, 78, 71]));
    zip.addFile('strings/fr.json', big);
    const files = readZip(await zip.toBuffer());
    expect([...files.keys()]).toEqual(['manifest.json', 'icon/16.png', 'strings/fr.json']);
    expect(files.get('strings/fr.json')!.toString()).toBe(big);
    expect([...files.get('icon/16.png')!]).toEqual([137, 80, 78, 71]);
  });
  it('refuses what is not a zip', () => expect(() => readZip(Buffer.from('not a zip at all, not even close'))).toThrow(/not a zip/));

  it('names every difference: missing, extra, one byte changed', () => {
    const a = new Map([
      ['a.js', Buffer.from('x')],
      ['b.js', Buffer.from('same')],
      ['c.js', Buffer.from('abc')],
    ]);
    expect(compareFiles(a, new Map(a))).toEqual([]);
    const b = new Map([
      ['b.js', Buffer.from('same')],
      ['c.js', Buffer.from('abd')],
      ['d.js', Buffer.from('new')],
    ]);
    expect(compareFiles(a, b)).toEqual(['a.js: missing from the rebuild', 'c.js: differs (3 bytes in the package, 3 rebuilt)', 'd.js: only in the rebuild']);
  });

  it('rebuilds in a reviewer’s environment: no npm run variables, no node_modules/.bin on PATH', () => {
    const env = cleanEnv({
      PATH: '/repo/node_modules/.bin:/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin:/usr/bin',
      npm_config_local_prefix: '/repo',
      npm_package_version: '0.1.0',
      npm_lifecycle_event: 'test',
      npm_config_cache: '/cache',
      INIT_CWD: '/repo',
      HOME: '/root',
    });
    expect(env).toEqual({ PATH: '/usr/bin', npm_config_cache: '/cache', HOME: '/root' });
  });
});
