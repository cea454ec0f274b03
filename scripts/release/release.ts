// `npm run release -- <version>`: see makeRelease.ts. Refuses a bad or
// non-increasing version and an empty "## Unreleased" changelog section before
// touching anything; undoes its edits when the build fails or is interrupted.
import { execFileSync } from 'node:child_process';
import { makeRelease, ReleaseRefused } from './makeRelease';
import { run } from './run';

const [version, ...extra] = process.argv.slice(2);
if (!version || extra.length > 0) {
  console.error('usage: npm run release -- <version>   (e.g. npm run release -- 0.2.0)');
  process.exit(2);
}

// The sources zip is made from the files on disk: say so when they are not what is committed.
try {
  const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim();
  if (dirty) console.error(`warning: uncommitted changes go into the sources zip:\n${dirty}\n`);
} catch {
  // Not a git checkout (an unpacked sources zip): nothing to compare with.
}

// Ctrl-C stops the build (the child gets it too); the release then undoes its edits before exiting.
process.on('SIGINT', () => undefined);

try {
  const { files, checksums } = makeRelease({
    root: process.cwd(),
    version,
    date: new Date().toISOString().slice(0, 10),
    build: (root) => run('npm', ['run', 'zip'], { cwd: root }),
  });
  console.log(`released ${version}:\n${files.map((f) => `  ${f}`).join('\n')}\n\n${checksums}`);
  console.log('Next: commit package.json, package-lock.json and CHANGELOG.md; upload the zips (store/README.md).');
} catch (error) {
  const refused = error instanceof ReleaseRefused;
  console.error(`${refused ? 'release refused' : 'release failed, edits undone'}: ${(error as Error).message}`);
  process.exit(1);
}
