// `npm run test:reproducible`: proves that the sources zip rebuilds the Firefox
// package byte for byte, as an addons.mozilla.org reviewer does it — unpack
// the sources in an empty directory, run the README's two commands
// (`npm ci`, `npm run build`), diff the result with the package. Then the
// same zip command in there must give the very same zips (WXT's zips carry no
// dates and list files in order, so a byte-identical build gives byte-identical
// zips). Exits 1 on any difference, with the differences.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { artifactPaths } from './artifacts';
import { cleanEnv } from './cleanEnv';
import { compareFiles, readTree } from './compareTree';
import { run } from './run';
import { readZip } from './zipFile';

const root = process.cwd();
const started = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const here = artifactPaths(root, name, version);

// The package and its sources, made the way the release makes them.
run('npx', ['wxt', 'zip', '-b', 'firefox'], { cwd: root });
const firefoxZip = readFileSync(here.firefox);
const sourcesZip = readFileSync(here.sources);

const failures: string[] = [];
// What a reviewer should not have to wade through, nor the build need: if one
// of these gets in, zip.includeSources in wxt.config.ts was widened too far.
const NOT_SOURCES = /^(node_modules|\.output|\.wxt|test-results|tests|store|docs|scripts)\/|^(bench-results\.json|CHANGELOG\.md|CONTRIBUTING\.md)$/;
for (const path of readZip(sourcesZip).keys()) if (NOT_SOURCES.test(path)) failures.push(`sources zip: ${path} is not needed to build`);

const dir = mkdtempSync(join(tmpdir(), 'csam-guide-sources-'));
try {
  for (const [path, content] of readZip(sourcesZip)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  // A reviewer's shell: none of this checkout's npm variables or PATH.
  const env = cleanEnv();
  const install = Date.now();
  run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, env });
  const installTime = seconds(install);
  const build = Date.now();
  run('npm', ['run', 'build'], { cwd: dir, env });
  const buildTime = seconds(build);

  // What the reviewer's diff sees: every file of the package against the rebuilt directory.
  const differences = compareFiles(readZip(firefoxZip), readTree(join(dir, '.output/firefox-mv2')));
  failures.push(...differences.map((d) => `firefox package vs rebuilt .output/firefox-mv2: ${d}`));

  // And the zips themselves, whole.
  run('npx', ['wxt', 'zip', '-b', 'firefox'], { cwd: dir, env });
  const there = artifactPaths(dir, name, version);
  for (const [what, mine, theirs] of [
    ['firefox package', firefoxZip, readFileSync(there.firefox)],
    ['sources zip', sourcesZip, readFileSync(there.sources)],
  ] as const) {
    if (sha256(mine) !== sha256(theirs)) failures.push(`${what}: the zip made from the sources differs (${sha256(mine)} vs ${sha256(theirs)})`);
  }
  console.log(
    `sources zip: ${readZip(sourcesZip).size} files, ${sourcesZip.length} bytes; firefox package ${sha256(firefoxZip)}\n` +
      `npm ci ${installTime}, npm run build ${buildTime}, total ${seconds(started)}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`NOT reproducible:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('reproducible: the sources rebuild the Firefox package byte for byte');
