// The shipped Firefox build passes Mozilla's linter cleanly, and no built
// script assigns markup or evaluates strings.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const scripts = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? scripts(path) : name.endsWith('.js') ? [path] : [];
  });

describe('built extension', () => {
  it('passes web-ext lint with 0 errors, 0 warnings and 0 notices', () => {
    const run = spawnSync('node_modules/.bin/web-ext', ['lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
    });
    const report = JSON.parse(run.stdout);
    const messages = [...report.errors, ...report.warnings, ...report.notices].map((m: { code: string; file?: string }) => `${m.code} ${m.file ?? ''}`);
    expect(messages).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, notices: 0, warnings: 0 });
  }, 60_000);

  it.each(['.output/chrome-mv3', '.output/firefox-mv2'])('%s: no innerHTML assignment, eval or new Function', (dir) => {
    for (const file of scripts(dir)) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\.(inner|outer)HTML\s*=[^=]/);
      expect(code, file).not.toMatch(/\beval\(|new Function\(/);
    }
  });
});
