// The privacy policy (store/privacy.md) lists every key the extension keeps in
// storage, and the code keeps nothing anywhere else: a new stored value fails
// here until the policy says what it is.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE_DIRS = ['lib', 'components', 'entrypoints', 'guide'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const code = SOURCE_DIRS.flatMap(sources).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const policy = readFileSync('store/privacy.md', 'utf8');

describe('privacy policy against the code', () => {
  it('lists exactly the storage keys the code defines', () => {
    const defined = code.flatMap(({ text }) => [...text.matchAll(/defineItem(?:<[^>]*>)?\(\s*'([^']+)'/g)].map((m) => m[1]!));
    const listed = [...policy.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!).filter((k) => k !== 'storage.local');
    expect(defined.length).toBeGreaterThan(0);
    expect([...new Set(defined)].sort()).toEqual([...new Set(listed)].sort());
  });

  it('stores only through storage items in storage.local: no sync, session, cookies, web storage or IndexedDB', () => {
    for (const { path, text } of code) {
      const direct = path.endsWith('storageItem.ts') ? [] : text.match(/storage\.local\.(set|get)\(/g) ?? [];
      expect(direct, path).toEqual([]);
      expect(text, path).not.toMatch(/storage\.(sync|session|managed)\b|\blocalStorage\b|\bsessionStorage\b|indexedDB|document\.cookie/);
    }
  });

  it('has the same sections in its four languages', () => {
    const languages = policy.split(/^## /m).slice(1);
    expect(languages.map((s) => s.split('\n')[0])).toEqual(['Français', 'Nederlands', 'Deutsch', 'English']);
    const subheadings = languages.map((s) => s.match(/^### /gm)?.length);
    expect(subheadings).toEqual([5, 5, 5, 5]);
    for (const section of languages) {
      expect(section).toContain('02 511 51 51');
      for (const host of ['www.csam.be', 'csam.be', 'www.socialsecurity.be', 'idp.iamfas.belgium.be', 'iamapps.belgium.be']) expect(section).toContain(`\`${host}\``);
    }
  });
});
