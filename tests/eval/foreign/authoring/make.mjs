// Writes pages/<id>.html and cases.json from the hand-written page definitions.
// Run: node tests/eval/foreign/authoring/make.mjs
import { writeFileSync, mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pages as p1 } from './pages1.mjs';
import { pages as p2 } from './pages2.mjs';
import { pages as p3 } from './pages3.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'pages');
mkdirSync(out, { recursive: true });
for (const f of readdirSync(out)) if (f.endsWith('.html')) unlinkSync(join(out, f));
const all = [...p1, ...p2, ...p3];
const ids = new Set();
const cases = [];
for (const p of all) {
  if (ids.has(p.id)) throw new Error(`duplicate id ${p.id}`);
  ids.add(p.id);
  writeFileSync(join(out, `${p.id}.html`), p.html);
  const c = { id: p.id, file: `pages/${p.id}.html`, journey: p.journey, page: p.page, lang: p.lang, url: p.url, done: p.done };
  if (p.inFrame) c.inFrame = true;
  Object.assign(c, { expect: p.expect, build: p.build, note: p.note });
  cases.push(c);
}
writeFileSync(join(root, 'cases.json'), JSON.stringify(cases, null, 1) + '\n');
console.log(`${cases.length} pages written`);
