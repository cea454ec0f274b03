// Our own code never turns text into markup or code: page text is rendered by
// Preact as text nodes only, and nothing is evaluated.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['lib', 'components', 'entrypoints', 'guide'];
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });

const FORBIDDEN = [/\binnerHTML\b/, /\bouterHTML\b/, /insertAdjacentHTML/, /dangerouslySetInnerHTML/, /\beval\s*\(/, /new\s+Function\s*\(/, /document\.write/, /\bfetch\s*\(/, /XMLHttpRequest/, /sendBeacon/, /new\s+WebSocket/, /console\.(log|info|debug|warn|error)/];

describe('source hygiene', () => {
  it.each(ROOTS.flatMap(files))('%s has no markup injection, eval, network or logging', (file) => {
    const text = readFileSync(file, 'utf8');
    for (const pattern of FORBIDDEN) expect(text, `${file}: ${pattern}`).not.toMatch(pattern);
  });
});
