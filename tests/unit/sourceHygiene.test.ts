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

const FORBIDDEN = [/\bimport\s*\(/, /\binnerHTML\b/, /\bouterHTML\b/, /insertAdjacentHTML/, /dangerouslySetInnerHTML/, /\beval\s*\(/, /new\s+Function\s*\(/, /document\.write/, /\bfetch\s*\(/, /XMLHttpRequest/, /sendBeacon/, /new\s+WebSocket/, /console\.(log|info|debug|warn|error)/];

/** The one file allowed to fetch: it reads the overlay's strings from the extension's own package. */
const STRINGS_READER = join('entrypoints', 'portal.content', 'strings.ts');
/** The one file allowed a dynamic import: the content script's loader, importing the guide from the package (lib/guideModule.ts). */
const LOADER = join('entrypoints', 'portal.content', 'index.ts');
const allowed = (file: string) => (p: RegExp) =>
  !(file === STRINGS_READER && p.source.includes('fetch')) && !(file === LOADER && p.source.includes('import'));

describe('source hygiene', () => {
  it.each(ROOTS.flatMap(files))('%s has no markup injection, eval, network or logging', (file) => {
    const text = readFileSync(file, 'utf8');
    for (const pattern of FORBIDDEN.filter(allowed(file))) expect(text, `${file}: ${pattern}`).not.toMatch(pattern);
  });

  it('fetches nothing but an extension-internal URL, in the strings reader', () => {
    const text = readFileSync(STRINGS_READER, 'utf8');
    expect(text.match(/\bfetch\s*\(/g)).toEqual(['fetch(']);
    expect(text).toMatch(/const url = \(browser\.runtime\.getURL[^\n]*\n\s*const response = await fetch\(url\);/);
  });

  it("imports nothing but the package's own modules, the guide's and the extras', in the loader", () => {
    const text = readFileSync(LOADER, 'utf8');
    expect(text.match(/\bimport\s*\(/g)).toEqual(['import(']);
    expect(text).toMatch(/function importPackaged\(path: typeof GUIDE_MODULE_PATH \| typeof EXTRAS_MODULE_PATH\): Promise<unknown> \{\n\s*return import\(\/\* @vite-ignore \*\/ \(browser\.runtime\.getURL as \(path: string\) => string\)\(path\)\);/);
    expect(readFileSync(join('lib', 'guideModule.ts'), 'utf8')).toMatch(/export const GUIDE_MODULE_PATH = '\/portal-guide\.js';/);
    expect(readFileSync(join('lib', 'extras.ts'), 'utf8')).toMatch(/export const EXTRAS_MODULE_PATH = '\/portal-extras\.js';/);
  });
});
